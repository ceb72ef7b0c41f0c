// The hint text of a Python error (hints.ts decides its code): the one table's entry with the
// runtime's specifics. Loaded with the first error, so a run that ends well never downloads
// the table or the name suggestions.
import type { ErrorCode } from '../errors/codes';
import { type Hint, hintFor } from '../hints/hintFor';
import { closeMatches } from '../text/similar';

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
 * name a NameError probably meant, the budget that stopped the run).
 */
export function hintText(
  code: ErrorCode,
  message: string,
  names: readonly string[],
  engineHint?: string,
): Hint {
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
