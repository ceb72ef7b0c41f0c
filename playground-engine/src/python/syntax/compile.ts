// Entry point of the front end: parse with @lezer/python, report the first error
// node as a SyntaxError, then build our AST.

import type { SyntaxNode, Tree } from '@lezer/common';
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

/** A snippet's parse tree, its first syntax error, and whether it holds a `match`. */
export interface ParsedModule {
  source: string;
  tree: Tree;
  /** Offset of the first error node, or -1. */
  firstError: number;
  /** The `match` statement's code loads on demand (matchSupport.ts): load it first. */
  usesMatch: boolean;
}

/** Parse a snippet and scan it once for its first error and for `match` statements. */
export function parseModule(source: string): ParsedModule {
  const tree = parser.parse(source);
  let firstError = -1;
  let usesMatch = false;
  tree.iterate({
    enter(n) {
      if (firstError >= 0) return false;
      // A bare `yield` leaves an empty error node after the keyword in lezer's grammar.
      // So do the empty brackets of `C()`, `[]` and `()` in a `case` pattern.
      if (n.type.isError && !(n.from === n.to && emptyErrorAllowed(n.node))) {
        firstError = n.from;
        return false;
      }
      if (n.name === 'MatchStatement') usesMatch = true;
      return undefined;
    },
  });
  return { source, tree, firstError, usesMatch };
}

/**
 * Compile a parsed snippet (or parse one first). Throws CompileError (a Python SyntaxError)
 * and nothing else. A snippet with a `match` needs loadMatchStatement() to have finished.
 */
export function compileModule(input: ParsedModule | string): Module {
  const { source, tree, firstError } = typeof input === 'string' ? parseModule(input) : input;
  const c = new Ctx(source);
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
