// Entry point of the front end: parse with @lezer/python, report the first error
// node as a SyntaxError, then build our AST.

import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import type { Module } from './ast';
import { hasAnnotations } from './functions';
import { CompileError, Ctx, kids } from './context';
import { compileStmt } from './statements';

export { CompileError } from './context';

function emptyErrorAllowed(n: SyntaxNode): boolean {
  const parent = n.parent;
  if (parent?.name.startsWith('Yield')) return true;
  const holder = parent?.name === 'LiteralPattern' ? parent.parent?.name : undefined;
  return holder === 'PatternArgList' || holder === 'SequencePattern';
}

/** Parse and compile a snippet. Throws CompileError (a Python SyntaxError) and nothing else. */
export function compileModule(source: string): Module {
  const c = new Ctx(source);
  const tree = parser.parse(source);
  let firstError = -1;
  tree.iterate({
    enter(n) {
      if (firstError >= 0) return false;
      // A bare `yield` leaves an empty error node after the keyword in lezer's grammar.
      // So do the empty brackets of `C()`, `[]` and `()` in a `case` pattern.
      if (n.type.isError && !(n.from === n.to && emptyErrorAllowed(n.node))) {
        firstError = n.from;
        return false;
      }
      return undefined;
    },
  });
  if (firstError >= 0) c.fail(firstError, 'invalid syntax');
  try {
    const body = kids(tree.topNode).flatMap((n) => compileStmt(c, n));
    return {
      body,
      source,
      lines: source.split(/\r?\n/),
      futureAnnotations: c.futureAnnotations,
      hasAnnotations: hasAnnotations(body),
    };
  } catch (e) {
    if (e instanceof CompileError) throw e;
    // Pathologically deep nesting exhausts the JS stack while compiling.
    if (e instanceof RangeError) throw new CompileError('too many nested parentheses', 1, 1);
    throw e;
  }
}
