// The runtime's side of the one hint table (hints/hintFor.ts): which error code a Python
// error has, and the runtime's specifics on top of the table's text. Engine refusals carry
// their code (SimError.code, kept on the exception when it crosses into Python); the
// runtime's own errors are classified here by exception type.
import type { ErrorCode } from '../errors/codes';
import { type Hint, hintFor } from '../hints/hintFor';
import { closeMatches } from '../text/similar';

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

/** The closest defined name for a NameError ("Did you mean"), as the editor suggests it. */
export function didYouMean(name: string, names: readonly string[]): string | undefined {
  return closeMatches(
    name,
    names.filter((n) => !n.startsWith('__')),
    1,
  )[0];
}

/**
 * The hint of a Python error with `code`: the table's, with the runtime's specifics (the
 * name a NameError probably meant, the budget that stopped the run). `names` are the
 * snippet's defined names; `engineHint` an explanation the engine attached to the error.
 */
export function hintOf(
  code: ErrorCode | undefined,
  message: string,
  names: readonly string[] = [],
  engineHint?: string,
): Hint | undefined {
  if (!code) return engineHint ? { text: engineHint } : undefined;
  const h = hintFor(code);
  if (code === 'undefined-name') {
    const m = /name '([^']+)' is not defined/.exec(message);
    const similar = m ? didYouMean(m[1], names) : undefined;
    if (similar)
      return { ...h, text: `'${m![1]}' is used but never assigned. Did you mean '${similar}'?` };
  }
  if (code === 'budgets') return { ...h, text: `The playground stopped the snippet: ${message}.` };
  return engineHint ? { ...h, text: engineHint } : h;
}
