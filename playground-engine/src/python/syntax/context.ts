// Shared state and helpers for turning lezer nodes into our AST.

import type { SyntaxNode } from '@lezer/common';
import type { Expr, Pos } from './ast';

/** A compile-time failure: becomes a Python SyntaxError at this position. */
export class CompileError {
  constructor(
    readonly message: string,
    readonly line: number,
    readonly col: number,
  ) {}
}

export class Ctx {
  private readonly lineStarts: number[] = [0];
  /** Enclosing function and class qualnames, innermost last. */
  readonly qualStack: { qualname: string; isClass: boolean }[] = [];
  loopDepth = 0;
  functionDepth = 0;
  /** Set when the function being compiled contains `yield`. */
  sawYield = false;
  /** Names bound by `:=` in the function being compiled (they are its locals). */
  walrus = new Set<string>();
  /** `from __future__ import annotations` was seen. */
  futureAnnotations = false;

  constructor(readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  pos(at: SyntaxNode | number): Pos {
    const off = typeof at === 'number' ? at : at.from;
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: off - this.lineStarts[lo] + 1 };
  }

  text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }

  fail(at: SyntaxNode | number, message: string): never {
    const p = this.pos(at);
    throw new CompileError(message, p.line, p.col);
  }

  unsupported(n: SyntaxNode, what: string): Expr {
    return { k: 'Unsupported', what, ...this.pos(n) };
  }
}

/** Children of a node, without comments. */
export function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

/** Split a flat child run on ',' tokens. */
export function splitCommas(nodes: SyntaxNode[]): { groups: SyntaxNode[][]; sawComma: boolean } {
  const groups: SyntaxNode[][] = [[]];
  let sawComma = false;
  for (const n of nodes) {
    if (n.name === ',') {
      sawComma = true;
      groups.push([]);
    } else groups[groups.length - 1].push(n);
  }
  // Empty groups come from a trailing comma or from tokens the grammar leaves out of the
  // tree (the `/` of positional-only parameters); neither carries anything to compile.
  return { groups: groups.filter((g) => g.length > 0), sawComma };
}
