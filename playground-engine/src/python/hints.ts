// The runtime's side of the one hint table (hints/hintFor.ts): which error code a Python
// error has, and the runtime's specifics on top of the table's text. Engine refusals carry
// their code (SimError.code, kept on the exception when it crosses into Python); the
// runtime's own errors are classified here by exception type. The table and the name
// suggestions (hintText.ts) load with the first error: a run that ends well never needs them.
import type { ErrorCode } from '../errors/codes';
import type { Hint } from '../hints/hintFor';

export type { Hint };

const tagged = new WeakMap<object, ErrorCode>();

/** Remembers the engine's code of a Python exception raised for a SimError. */
export function tagCode(exc: object, code: ErrorCode): void {
  tagged.set(exc, code);
}

/** The code of a Python error: the engine's, or the class of the runtime's own stop. */
export function codeOf(
  exc: object,
  type: string,
  message: string,
  budget = false,
): ErrorCode | undefined {
  if (budget) return 'budgets';
  const code = tagged.get(exc);
  if (code) return code;
  if (type === 'NameError' || type === 'UnboundLocalError') return 'undefined-name';
  if ((type === 'MemoryError' && /playground limit/.test(message)) || type === 'RecursionError')
    return 'budgets';
  if (type === 'NotImplementedError' && /not supported in the playground/.test(message))
    return 'supported-python';
  if (type === 'ModuleNotFoundError' && /^No module named '[^'.]+/.test(message))
    return 'third-party-modules';
  return undefined;
}

/**
 * The hint of a Python error with `code` (hintText.ts): the table's, with the runtime's
 * specifics. `names` are the snippet's defined names; `engineHint` an explanation the engine
 * attached to the error.
 */
export async function hintOf(
  code: ErrorCode | undefined,
  message: string,
  names: readonly string[] = [],
  engineHint?: string,
): Promise<Hint | undefined> {
  const plain = engineHint ? { text: engineHint } : undefined;
  if (!code) return plain;
  try {
    return (await import('./hintText')).hintText(code, message, names, engineHint);
  } catch {
    return plain; // the table's chunk failed to load (offline): the run still has its result
  }
}
