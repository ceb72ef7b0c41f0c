// lezer expression nodes → AST expressions.

import type { SyntaxNode } from '@lezer/common';
import type { Arg, CompFor, DictItem, Expr, FPart } from './ast';
import { type Ctx, kids, splitCommas } from './context';
import { compileLambda, scopeOfTargets } from './functions';
import { PyBytes } from '../values/bytes';
import { decodeEscapes, decodeStringLiteral, stringDelims } from './strings';

const COMPARE_NAMES = new Set(['CompareOp', 'in', 'not', 'is']);

export function compileExpr(c: Ctx, n: SyntaxNode): Expr {
  const p = c.pos(n);
  switch (n.name) {
    case 'VariableName':
      return { k: 'Name', id: c.text(n), ...p };
    case 'Number':
      return compileNumber(c, n);
    case 'String': {
      const d = stringDelims(c.text(n));
      if (d.bytes) return { k: 'Const', value: bytesLiteral(c, [n]), ...p };
      return { k: 'Const', value: decode(c, n, () => decodeStringLiteral(c.text(n))), ...p };
    }
    case 'FormatString':
      return { k: 'FString', parts: fstringParts(c, n), ...p };
    case 'ContinuedString':
      return continuedString(c, n);
    case 'Boolean':
      return { k: 'Const', value: c.text(n) === 'True', ...p };
    case 'None':
      return { k: 'Const', value: null, ...p };
    case 'Ellipsis':
      return c.unsupported(n, 'the Ellipsis literal (...)');
    case 'ParenthesizedExpression': {
      const inner = kids(n).filter((k) => k.name !== '(' && k.name !== ')');
      if (inner.length !== 1) {
        if (inner[0]?.name === '*') c.fail(inner[0], 'cannot use starred expression here');
        c.fail(n, 'invalid syntax');
      }
      return compileExpr(c, inner[0]);
    }
    case 'TupleExpression':
      return { k: 'Tuple', elts: elements(c, inner(n)), ...p };
    case 'ArrayExpression':
      return { k: 'List', elts: elements(c, inner(n)), ...p };
    case 'SetExpression':
      return { k: 'Set', elts: elements(c, inner(n)), ...p };
    case 'DictionaryExpression':
      return { k: 'Dict', items: dictItems(c, inner(n)), ...p };
    case 'ArrayComprehensionExpression':
      return comprehension(c, n, 'list');
    case 'SetComprehensionExpression':
      return comprehension(c, n, 'set');
    case 'DictionaryComprehensionExpression':
      return comprehension(c, n, 'dict');
    case 'ComprehensionExpression':
      return comprehension(c, n, 'gen');
    case 'CallExpression': {
      const [fn, argList] = kids(n);
      if (!argList) c.fail(n, 'invalid syntax');
      return { k: 'Call', func: compileExpr(c, fn), args: callArgs(c, argList), ...p };
    }
    case 'MemberExpression':
      return member(c, n);
    case 'BinaryExpression': {
      const op = kids(n)[1];
      if (!op) c.fail(n, 'invalid syntax');
      if (op.name === 'and' || op.name === 'or') return boolChain(c, n);
      if (COMPARE_NAMES.has(op.name)) return compareChain(c, n);
      const [l, , r] = kids(n);
      if (!r) c.fail(n, 'invalid syntax');
      return {
        k: 'BinOp',
        op: c.text(op),
        left: compileExpr(c, l),
        right: compileExpr(c, r),
        ...p,
      };
    }
    case 'UnaryExpression': {
      const [op, operand] = kids(n);
      if (!operand) c.fail(n, 'invalid syntax');
      if (op.name === 'not') return boolChain(c, n);
      return {
        k: 'UnaryOp',
        op: c.text(op) as '-' | '+' | '~',
        operand: compileExpr(c, operand),
        ...p,
      };
    }
    case 'ConditionalExpression': {
      const [body, , test, , orelse] = kids(n);
      if (!orelse) c.fail(n, 'invalid syntax');
      return {
        k: 'IfExp',
        test: compileExpr(c, test),
        body: compileExpr(c, body),
        orelse: compileExpr(c, orelse),
        ...p,
      };
    }
    case 'LambdaExpression':
      return { k: 'Lambda', fn: compileLambda(c, n), ...p };
    case 'AwaitExpression':
      return c.unsupported(n, 'await');
    case 'YieldExpression':
      return compileYield(c, n);
    case 'NamedExpression': {
      const [t, , v] = kids(n);
      if (t?.name !== 'VariableName' || !v)
        c.fail(n, `cannot use assignment expressions with ${t ? 'expression' : 'nothing'}`);
      return namedExpr(c, t, v);
    }
  }
  return c.fail(n, 'invalid syntax');
}

function namedExpr(c: Ctx, t: SyntaxNode, v: SyntaxNode): Expr {
  const target = c.text(t);
  c.walrus.add(target);
  return { k: 'NamedExpr', target, value: compileExpr(c, v), ...c.pos(t) };
}

/** `yield`, `yield x`, `yield a, b`, `yield from it` (statement or expression). */
export function compileYield(c: Ctx, n: SyntaxNode): Expr {
  if (c.functionDepth === 0) c.fail(n, "'yield' outside function");
  c.sawYield = true;
  const ks = kids(n).filter((k) => !k.type.isError);
  const p = c.pos(n);
  if (ks[1]?.name === 'from') {
    if (!ks[2]) c.fail(n, 'invalid syntax');
    return { k: 'YieldFrom', value: compileExpr(c, ks[2]), ...p };
  }
  return { k: 'Yield', value: ks.length > 1 ? exprList(c, ks.slice(1)) : undefined, ...p };
}

/** b"..." pieces as one bytes value; only ASCII characters may be written literally. */
function bytesLiteral(c: Ctx, pieces: SyntaxNode[]): PyBytes {
  const out: number[] = [];
  for (const k of pieces) {
    const d = stringDelims(c.text(k));
    const body = c
      .text(k)
      .slice(d.prefix.length + d.quote.length, c.text(k).length - d.quote.length);
    if ([...body].some((ch) => ch.charCodeAt(0) > 0x7f))
      c.fail(k, 'bytes can only contain ASCII literal characters');
    const text = decode(c, k, () => decodeStringLiteral(c.text(k)));
    for (const ch of text) out.push(ch.charCodeAt(0) & 0xff);
  }
  return new PyBytes(Uint8Array.from(out));
}

function decode(c: Ctx, n: SyntaxNode, f: () => string): string {
  try {
    return f();
  } catch (e) {
    return c.fail(
      n,
      `(unicode error) 'unicodeescape' codec can't decode bytes: ${(e as Error).message}`,
    );
  }
}

/** Children between the opening and closing bracket. */
function inner(n: SyntaxNode): SyntaxNode[] {
  const ks = kids(n);
  return ks.slice(1, ks[ks.length - 1]?.name.match(/^[)\]}]$/) ? -1 : undefined);
}

function compileNumber(c: Ctx, n: SyntaxNode): Expr {
  const p = c.pos(n);
  const raw = c.text(n);
  const t = raw.replace(/_/g, '');
  if (/[jJ]$/.test(t)) return c.unsupported(n, 'complex numbers');
  if (/^0[xXoObB]/.test(t)) return { k: 'Const', value: BigInt(t.toLowerCase()), ...p };
  if (/[.eE]/.test(t)) return { k: 'Const', value: Number(t), ...p };
  if (/^0+[1-9]/.test(t)) {
    c.fail(
      n,
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
    );
  }
  if (t.length > 4300) {
    c.fail(
      n,
      `Exceeds the limit (4300 digits) for integer string conversion: value has ${t.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return { k: 'Const', value: BigInt(t), ...p };
}

function literalText(c: Ctx, at: SyntaxNode, raw: string, isRaw: boolean): string {
  if (raw.replace(/\}\}/g, '').includes('}')) c.fail(at, "f-string: single '}' is not allowed");
  const braces = raw.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  return isRaw ? braces : decode(c, at, () => decodeEscapes(braces));
}

function fstringParts(c: Ctx, n: SyntaxNode): FPart[] {
  const text = c.text(n);
  const d = stringDelims(text);
  const start = n.from + d.prefix.length + d.quote.length;
  const end = n.to - d.quote.length;
  return replacementRun(c, n, start, end, d.raw);
}

/** Literal text and `{...}` replacements between two offsets of a (format) string. */
function replacementRun(
  c: Ctx,
  n: SyntaxNode,
  start: number,
  end: number,
  isRaw: boolean,
): FPart[] {
  const parts: FPart[] = [];
  let cursor = start;
  for (const r of kids(n)) {
    if (r.name !== 'FormatReplacement') continue;
    if (r.from > cursor) parts.push(literalText(c, n, c.src.slice(cursor, r.from), isRaw));
    parts.push(replacement(c, r, isRaw));
    cursor = r.to;
  }
  if (end > cursor) parts.push(literalText(c, n, c.src.slice(cursor, end), isRaw));
  return parts;
}

function replacement(c: Ctx, r: SyntaxNode, isRaw: boolean): FPart {
  const ks = kids(r);
  const exprNodes: SyntaxNode[] = [];
  let conv: 's' | 'r' | 'a' | undefined;
  let spec: FPart[] | undefined;
  let selfDoc: string | undefined;
  for (const [i, k] of ks.entries()) {
    if (k.name === '{' || k.name === '}') continue;
    // The self-documenting text runs up to the conversion, spec or closing brace.
    if (k.name === 'FormatSelfDoc') selfDoc = c.src.slice(ks[0].to, ks[i + 1]?.from ?? k.to);
    else if (k.name === 'FormatConversion') conv = c.text(k)[1] as 's' | 'r' | 'a';
    else if (k.name === 'FormatSpec') spec = replacementRun(c, k, k.from + 1, k.to, isRaw);
    else exprNodes.push(k);
  }
  if (exprNodes.length === 0) c.fail(r, "f-string: valid expression required before '}'");
  return { expr: exprList(c, exprNodes), conv, spec, selfDoc };
}

function continuedString(c: Ctx, n: SyntaxNode): Expr {
  const p = c.pos(n);
  const pieces = kids(n);
  const isBytes = (k: SyntaxNode) => k.name === 'String' && stringDelims(c.text(k)).bytes;
  if (pieces.some(isBytes)) {
    if (!pieces.every(isBytes)) c.fail(n, 'cannot mix bytes and nonbytes literals');
    return { k: 'Const', value: bytesLiteral(c, pieces), ...p };
  }
  if (pieces.every((k) => k.name === 'String')) {
    return {
      k: 'Const',
      value: pieces.map((k) => decode(c, k, () => decodeStringLiteral(c.text(k)))).join(''),
      ...p,
    };
  }
  const parts: FPart[] = [];
  for (const k of pieces) {
    if (k.name === 'String') parts.push(decode(c, k, () => decodeStringLiteral(c.text(k))));
    else parts.push(...fstringParts(c, k));
  }
  return { k: 'FString', parts, ...p };
}

/** Display elements: `a, *b, c`. */
function elements(c: Ctx, nodes: SyntaxNode[]): Expr[] {
  const { groups } = splitCommas(nodes);
  return groups.map((g) => element(c, g));
}

function element(c: Ctx, g: SyntaxNode[]): Expr {
  if (g[0].name === '*') {
    if (!g[1]) c.fail(g[0], 'invalid syntax');
    return { k: 'Starred', value: compileExpr(c, g[1]), ...c.pos(g[0]) };
  }
  if (g.length !== 1) c.fail(g[1] ?? g[0], 'invalid syntax');
  return compileExpr(c, g[0]);
}

/** `a, b` as a tuple, `a` alone as itself: expression statements, assignments, returns. */
export function exprList(c: Ctx, nodes: SyntaxNode[]): Expr {
  if (nodes.length === 0) c.fail(0, 'invalid syntax');
  const { groups, sawComma } = splitCommas(nodes);
  const elts = groups.map((g) => element(c, g));
  if (!sawComma) {
    if (elts[0].k === 'Starred') c.fail(nodes[0], "can't use starred expression here");
    return elts[0];
  }
  return { k: 'Tuple', elts, ...c.pos(nodes[0]) };
}

function dictItems(c: Ctx, nodes: SyntaxNode[]): DictItem[] {
  return splitCommas(nodes).groups.map((g) => {
    if (g[0].name === '**') return { spread: compileExpr(c, g[1]) };
    if (g.length !== 3 || g[1].name !== ':') c.fail(g[0], 'invalid syntax');
    return { key: compileExpr(c, g[0]), value: compileExpr(c, g[2]) };
  });
}

function compFors(c: Ctx, ks: SyntaxNode[], from: number): CompFor[] {
  const gens: CompFor[] = [];
  let i = from;
  while (i < ks.length) {
    const k = ks[i];
    if (k.name === 'async')
      c.fail(k, 'asynchronous comprehension outside of an asynchronous function');
    if (k.name === 'for') {
      const inAt = ks.findIndex((x, j) => j > i && x.name === 'in');
      if (inAt < 0 || !ks[inAt + 1]) c.fail(k, 'invalid syntax');
      gens.push({
        target: exprList(c, ks.slice(i + 1, inAt)),
        iter: compileExpr(c, ks[inAt + 1]),
        ifs: [],
      });
      i = inAt + 2;
    } else if (k.name === 'if') {
      if (!ks[i + 1] || gens.length === 0) c.fail(k, 'invalid syntax');
      gens[gens.length - 1].ifs.push(compileExpr(c, ks[i + 1]));
      i += 2;
    } else c.fail(k, 'invalid syntax');
  }
  return gens;
}

function comprehension(c: Ctx, n: SyntaxNode, kind: 'list' | 'set' | 'dict' | 'gen'): Expr {
  return comprehensionOf(c, n, inner(n), kind);
}

function comprehensionOf(
  c: Ctx,
  at: SyntaxNode,
  ks: SyntaxNode[],
  kind: 'list' | 'set' | 'dict' | 'gen',
): Expr {
  if (ks[0]?.name === '*' || ks[0]?.name === '**')
    c.fail(ks[0], 'iterable unpacking cannot be used in comprehension');
  const elt = compileExpr(c, ks[0]);
  let value: Expr | undefined;
  let i = 1;
  if (kind === 'dict') {
    if (ks[1]?.name !== ':') c.fail(at, 'invalid syntax');
    value = compileExpr(c, ks[2]);
    i = 3;
  }
  const gens = compFors(c, ks, i);
  return {
    k: 'Comp',
    kind,
    elt,
    value,
    gens,
    scope: scopeOfTargets(gens.map((g) => g.target)),
    ...c.pos(at),
  };
}

export function callArgs(c: Ctx, argList: SyntaxNode): Arg[] {
  const args: Arg[] = [];
  const nodes = inner(argList);
  // A bare generator argument `f(x for a, b in y)`: its own commas do not split arguments.
  const forAt = nodes.findIndex((k) => k.name === 'for' || k.name === 'async');
  if (forAt > 0) {
    if (nodes.slice(0, forAt).some((k) => k.name === ',') || nodes[nodes.length - 1]?.name === ',')
      c.fail(nodes[0], 'Generator expression must be parenthesized');
    return [{ kind: 'pos', value: comprehensionOf(c, nodes[0], nodes, 'gen') }];
  }
  const { groups } = splitCommas(nodes);
  let sawKw = false;
  let sawDstar = false;
  const kwNames = new Set<string>();
  for (const g of groups) {
    const first = g[0];
    if (first.name === '*') {
      if (sawDstar) c.fail(first, 'iterable argument unpacking follows keyword argument unpacking');
      args.push({ kind: 'star', value: compileExpr(c, g[1]) });
    } else if (first.name === '**') {
      sawDstar = true;
      args.push({ kind: 'dstar', value: compileExpr(c, g[1]) });
    } else if (g[1]?.name === 'AssignOp') {
      if (c.text(g[1]) !== '=') {
        if (first.name !== 'VariableName' || !g[2]) c.fail(first, 'invalid syntax');
        if (sawDstar) c.fail(first, 'positional argument follows keyword argument unpacking');
        if (sawKw) c.fail(first, 'positional argument follows keyword argument');
        args.push({ kind: 'pos', value: namedExpr(c, first, g[2]) });
        continue;
      }
      if (first.name !== 'VariableName')
        c.fail(first, 'expression cannot contain assignment, perhaps you meant "=="?');
      const name = c.text(first);
      if (kwNames.has(name)) c.fail(first, `keyword argument repeated: ${name}`);
      kwNames.add(name);
      sawKw = true;
      if (!g[2]) c.fail(g[1], 'invalid syntax');
      args.push({ kind: 'kw', name, value: compileExpr(c, g[2]) });
    } else if (g[1]?.name === 'for' || g[1]?.name === 'async') {
      if (groups.length > 1) c.fail(first, 'Generator expression must be parenthesized');
      args.push({ kind: 'pos', value: comprehensionOf(c, first, g, 'gen') });
    } else {
      if (g.length !== 1) c.fail(g[1], 'invalid syntax');
      if (sawDstar) c.fail(first, 'positional argument follows keyword argument unpacking');
      if (sawKw) c.fail(first, 'positional argument follows keyword argument');
      args.push({ kind: 'pos', value: compileExpr(c, first) });
    }
  }
  return args;
}

function member(c: Ctx, n: SyntaxNode): Expr {
  const p = c.pos(n);
  const ks = kids(n);
  const obj = compileExpr(c, ks[0]);
  if (ks[1]?.name === '.') {
    if (!ks[2]) c.fail(n, 'invalid syntax');
    return { k: 'Attribute', value: obj, attr: c.text(ks[2]), ...c.pos(ks[2]) };
  }
  const body = ks.slice(2, ks[ks.length - 1]?.name === ']' ? -1 : undefined);
  if (body.length === 0) c.fail(n, 'invalid syntax');
  const { groups, sawComma } = splitCommas(body);
  const items = groups.map((g) => subscriptItem(c, g));
  const index: Expr = sawComma ? { k: 'Tuple', elts: items, ...c.pos(body[0]) } : items[0];
  return { k: 'Subscript', value: obj, index, ...p };
}

function subscriptItem(c: Ctx, g: SyntaxNode[]): Expr {
  if (!g.some((x) => x.name === ':')) {
    if (g.length !== 1) c.fail(g[1], 'invalid syntax');
    return compileExpr(c, g[0]);
  }
  const slots: (Expr | undefined)[] = [undefined];
  for (const x of g) {
    if (x.name === ':') slots.push(undefined);
    else if (slots[slots.length - 1] === undefined) slots[slots.length - 1] = compileExpr(c, x);
    else c.fail(x, 'invalid syntax');
  }
  if (slots.length > 3) c.fail(g[0], 'invalid syntax');
  return { k: 'Slice', lower: slots[0], upper: slots[1], step: slots[2], ...c.pos(g[0]) };
}

// The lezer grammar gives `not` no precedence, so `not a and b` parses as
// `not (a and b)`. We flatten an unparenthesised and/or/not run and rebuild it
// with Python's precedence: or < and < not.
type BoolTok = Expr | 'and' | 'or' | 'not';

function linearize(c: Ctx, n: SyntaxNode, out: BoolTok[]): void {
  const ks = kids(n);
  if (n.name === 'BinaryExpression' && (ks[1]?.name === 'and' || ks[1]?.name === 'or') && ks[2]) {
    linearize(c, ks[0], out);
    out.push(ks[1].name);
    linearize(c, ks[2], out);
  } else if (n.name === 'UnaryExpression' && ks[0]?.name === 'not' && ks[1]) {
    out.push('not');
    linearize(c, ks[1], out);
  } else out.push(compileExpr(c, n));
}

function boolChain(c: Ctx, n: SyntaxNode): Expr {
  const toks: BoolTok[] = [];
  linearize(c, n, toks);
  let i = 0;
  const parseNot = (): Expr => {
    const t = toks[i++];
    if (t === 'not') {
      const operand = parseNot();
      return { k: 'UnaryOp', op: 'not', operand, line: operand.line, col: operand.col };
    }
    if (typeof t !== 'object') c.fail(n, 'invalid syntax');
    return t;
  };
  const parseAnd = (): Expr => {
    let left = parseNot();
    while (toks[i] === 'and') {
      i++;
      left = { k: 'BoolOp', op: 'and', left, right: parseNot(), line: left.line, col: left.col };
    }
    return left;
  };
  let left = parseAnd();
  while (toks[i] === 'or') {
    i++;
    left = { k: 'BoolOp', op: 'or', left, right: parseAnd(), line: left.line, col: left.col };
  }
  return left;
}

/** `a < b <= c` arrives left-nested; Python means a chain evaluated pairwise. */
function compareChain(c: Ctx, n: SyntaxNode): Expr {
  const ops: string[] = [];
  const comparators: Expr[] = [];
  let cur = n;
  for (;;) {
    const ks = kids(cur);
    const opNodes = ks.slice(1, -1);
    if (opNodes.length === 0) c.fail(cur, 'invalid syntax');
    ops.unshift(opNodes.map((o) => c.text(o)).join(' '));
    comparators.unshift(compileExpr(c, ks[ks.length - 1]));
    const left = ks[0];
    const leftOp = kids(left)[1];
    if (left.name === 'BinaryExpression' && leftOp && COMPARE_NAMES.has(leftOp.name)) cur = left;
    else return { k: 'Compare', left: compileExpr(c, left), ops, comparators, ...c.pos(n) };
  }
}
