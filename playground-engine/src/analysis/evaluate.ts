// Static values of expressions: string literals, f-strings, `+` concatenation, lists and
// tuples, and names bound exactly once in the snippet to such a value (constant
// propagation). Anything else is unknown (null); an unknown f-string replacement becomes a
// hole so the rest of the string stays known.
import type { SyntaxNode } from '@lezer/common';
import type { Binding, ScopeInfo, Use } from './scopes';
import {
  decodeEscape,
  type LiteralInfo,
  literalShape,
  type Piece,
  type Span,
  type StrVal,
  type Value,
} from './strval';

const MAX_EVAL_DEPTH = 60;

export class Evaluator {
  private readonly useAt = new Map<number, Use>();
  private readonly memo = new Map<Binding, Value | null>();
  private readonly active = new Set<Binding>();

  constructor(
    private readonly code: string,
    private readonly scopes: ScopeInfo,
  ) {
    for (const u of scopes.uses) this.useAt.set(u.from, u);
  }

  evaluate(node: SyntaxNode, depth = 0): Value | null {
    if (depth > MAX_EVAL_DEPTH || node.type.isError) return null;
    switch (node.name) {
      case 'String':
      case 'FormatString':
        return this.literal(node, depth);
      case 'ContinuedString': {
        const pieces: Piece[] = [];
        for (let c = node.firstChild; c; c = c.nextSibling) {
          const v = this.evaluate(c, depth + 1);
          if (v?.kind !== 'str') return null;
          pieces.push(...v.pieces);
        }
        return { kind: 'str', pieces, span: spanOf(node) };
      }
      case 'ParenthesizedExpression': {
        const inner = innerExpressions(node);
        return inner.length === 1 ? this.evaluate(inner[0], depth + 1) : null;
      }
      case 'BinaryExpression': {
        const [a, op, b] = [node.firstChild, node.firstChild?.nextSibling, node.lastChild];
        if (!a || !b || !op || op.name !== 'ArithOp' || this.text(op) !== '+') return null;
        const va = this.evaluate(a, depth + 1);
        const vb = this.evaluate(b, depth + 1);
        if (va?.kind === 'str' && vb?.kind === 'str') {
          return { kind: 'str', pieces: [...va.pieces, ...vb.pieces], span: spanOf(node) };
        }
        if (va?.kind === 'list' && vb?.kind === 'list') {
          return { kind: 'list', items: [...va.items, ...vb.items], span: spanOf(node) };
        }
        return null;
      }
      case 'ArrayExpression':
      case 'TupleExpression': {
        const inner = innerExpressions(node);
        if (inner.some((c) => c.name === '*')) return null;
        return {
          kind: 'list',
          items: inner.map((c) => this.evaluate(c, depth + 1)),
          span: spanOf(node),
        };
      }
      case 'VariableName':
        return this.name(node, depth);
      default:
        return null;
    }
  }

  /** The single binding a name use refers to when it is a propagatable constant. */
  constantBinding(node: SyntaxNode): Binding | null {
    const use = this.useAt.get(node.from);
    if (!use || use.to !== node.to) return null;
    const res = this.scopes.resolve(use);
    if (res.kind !== 'bound') return null;
    const everywhere = this.scopes.all.get(use.name) ?? [];
    if (everywhere.length !== 1) return null;
    const b = everywhere[0];
    return res.bindings.includes(b) && b.value ? b : null;
  }

  private name(node: SyntaxNode, depth: number): Value | null {
    const b = this.constantBinding(node);
    if (!b?.value) return null;
    if (this.memo.has(b)) return this.memo.get(b) ?? null;
    if (this.active.has(b)) return null;
    this.active.add(b);
    const v = this.evaluate(b.value, depth + 1);
    this.active.delete(b);
    this.memo.set(b, v);
    return v;
  }

  private literal(node: SyntaxNode, depth: number): StrVal | null {
    const code = this.code;
    const shape = literalShape(code.slice(node.from, node.to));
    if (!shape || shape.bytes) return null;
    const lit: LiteralInfo = {
      id: node.from,
      quote: shape.quote,
      raw: shape.raw,
      fstring: shape.fstring,
    };
    let pos = node.from + shape.prefixLen + shape.quote.length;
    const closed =
      node.to - pos >= shape.quote.length &&
      code.slice(node.to - shape.quote.length, node.to) === shape.quote;
    const end = closed ? node.to - shape.quote.length : node.to;
    const pieces: Piece[] = [];
    const char = (c: string, from: number, to: number) =>
      pieces.push({ kind: 'char', c, from, to, lit });

    const plain = (a: number, b: number) => {
      for (let i = a; i < b; ) {
        const ch = code[i];
        if (lit.fstring && (ch === '{' || ch === '}') && code[i + 1] === ch && i + 1 < b) {
          char(ch, i, i + 2);
          i += 2;
        } else if (isHigh(code.charCodeAt(i)) && i + 1 < b && isLow(code.charCodeAt(i + 1))) {
          // Keep a surrogate pair's two units together so no range splits it.
          char(ch, i, i + 2);
          char(code[i + 1], i, i + 2);
          i += 2;
        } else {
          char(ch, i, i + 1);
          i += 1;
        }
      }
    };

    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.from < pos) continue;
      if (c.from >= end) break;
      plain(pos, c.from);
      if (c.name === 'Escape') {
        for (const unit of decodeEscape(code.slice(c.from, c.to))) {
          for (let k = 0; k < unit.length; k++) char(unit[k], c.from, c.to);
        }
      } else if (c.name === 'FormatReplacement') {
        pieces.push(...this.replacement(c, depth));
      } else {
        pieces.push({ kind: 'hole', from: c.from, to: c.to });
      }
      pos = c.to;
    }
    plain(pos, end);
    return { kind: 'str', pieces, span: spanOf(node) };
  }

  /** `{NAME}` with a known string value: its chars, marked as coming through this `{...}`. */
  private replacement(node: SyntaxNode, depth: number): Piece[] {
    const hole: Piece[] = [{ kind: 'hole', from: node.from, to: node.to }];
    const exprs: SyntaxNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === '{' || c.name === '}') continue;
      if (c.name === 'FormatConversion' && this.text(c) === '!s') continue;
      if (c.name === 'FormatSpec' && this.text(c) === ':') continue;
      exprs.push(c);
    }
    if (exprs.length !== 1) return hole;
    const v = this.evaluate(exprs[0], depth + 1);
    if (v?.kind !== 'str') return hole;
    const via: Span = spanOf(node);
    return v.pieces.map((p): Piece => (p.kind === 'char' ? { ...p, via } : p));
  }

  private text(n: SyntaxNode) {
    return this.code.slice(n.from, n.to);
  }
}

const spanOf = (n: SyntaxNode): Span => ({ from: n.from, to: n.to });

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** Expression children of a bracketed display, without the brackets and commas. */
function innerExpressions(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (/^[()[\],]$/.test(c.name)) continue;
    out.push(c);
  }
  return out;
}
