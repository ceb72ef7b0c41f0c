// lezer `match` nodes → AST (PEP 634 patterns).

import type { SyntaxNode } from '@lezer/common';
import type { Expr, MatchCase, Pattern, Stmt } from './ast';
import { type Ctx, kids, splitCommas } from './context';
import { compileExpr, exprList } from './expressions';

type Body = (c: Ctx, body: SyntaxNode) => Stmt[];

export function compileMatch(c: Ctx, n: SyntaxNode, compileBody: Body): Stmt {
  const ks = kids(n);
  const bodyAt = ks.findIndex((k) => k.name === 'MatchBody');
  if (bodyAt < 2) c.fail(n, 'invalid syntax');
  const subject = exprList(c, ks.slice(1, bodyAt));
  const clauses = kids(ks[bodyAt]).filter((k) => k.name === 'MatchClause');
  if (clauses.length === 0) c.fail(ks[bodyAt].to, 'expected an indented block');
  const cases = clauses.map((cl) => matchCase(c, cl, compileBody));
  // As CPython's compiler: an irrefutable case (no guard) must be the last one.
  cases.slice(0, -1).forEach((mc, i) => {
    const why = mc.guard ? undefined : irrefutable(mc.pattern);
    if (why) c.fail(clauses[i], `${why} makes remaining patterns unreachable`);
  });
  return { k: 'Match', subject, cases, ...c.pos(n) };
}

function irrefutable(p: Pattern): string | undefined {
  if (p.k === 'Capture') return p.name === null ? 'wildcard' : `name capture '${p.name}'`;
  if (p.k === 'Or') return p.alts.map(irrefutable).find((x) => x);
  if (p.k === 'As') return irrefutable(p.pattern);
  return undefined;
}

function matchCase(c: Ctx, cl: SyntaxNode, compileBody: Body): MatchCase {
  const ks = kids(cl);
  const bodyAt = ks.findIndex((k) => k.name === 'Body');
  if (bodyAt < 0) c.fail(cl, 'invalid syntax');
  const guardAt = ks.findIndex((k) => k.name === 'Guard');
  const patNodes = ks.slice(1, guardAt >= 0 ? guardAt : bodyAt);
  if (patNodes.length === 0) c.fail(cl, 'invalid syntax');
  const { groups, sawComma } = splitCommas(patNodes);
  const pattern: Pattern = sawComma
    ? { k: 'Sequence', items: groups.map((g) => single(c, g)), ...c.pos(patNodes[0]) }
    : single(c, patNodes);
  const guard = guardAt >= 0 ? exprList(c, kids(ks[guardAt]).slice(1)) : undefined;
  const mc: MatchCase = { pattern, guard, body: compileBody(c, ks[bodyAt]) };
  checkNames(c, pattern, cl);
  return mc;
}

function single(c: Ctx, g: SyntaxNode[]): Pattern {
  if (g.length !== 1) c.fail(g[0] ?? 0, 'invalid syntax');
  return pattern(c, g[0]);
}

function name(c: Ctx, n: SyntaxNode): string | null {
  const id = c.text(n);
  return id === '_' ? null : id;
}

function pattern(c: Ctx, n: SyntaxNode): Pattern {
  const p = c.pos(n);
  const ks = kids(n);
  switch (n.name) {
    case 'CapturePattern':
      return { k: 'Capture', name: name(c, ks[0]), ...p };
    case 'StarPattern':
      return { k: 'Star', name: name(c, kids(ks[1])[0] ?? ks[1]), ...p };
    case 'LiteralPattern':
      return literal(c, n, ks);
    case 'AttributePattern': {
      let e: Expr = compileExpr(c, ks[0]);
      for (const k of ks.slice(1)) {
        if (k.name === 'PropertyName') e = { k: 'Attribute', value: e, attr: c.text(k), ...p };
      }
      return { k: 'Value', value: e, ...p };
    }
    case 'OrPattern': {
      const altNodes = ks.filter((k) => k.name !== 'LogicOp');
      if (altNodes.slice(0, -1).some((k) => k.name === 'AsPattern')) c.fail(n, 'invalid syntax');
      // lezer binds `as` tighter than `|`; Python reads `a | b as x` as `(a | b) as x`.
      const last = altNodes[altNodes.length - 1];
      if (last?.name === 'AsPattern') {
        const [inner, , target] = kids(last);
        const alts = [...altNodes.slice(0, -1), inner].map((k) => pattern(c, k));
        return asPattern(c, { k: 'Or', alts, ...p }, target, n);
      }
      return { k: 'Or', alts: altNodes.map((k) => pattern(c, k)), ...p };
    }
    case 'AsPattern': {
      const asAt = ks.findIndex((k) => k.name === 'as');
      if (asAt !== 1 || !ks[2]) c.fail(n, 'invalid syntax');
      return asPattern(c, pattern(c, ks[0]), ks[2], n);
    }
    case 'SequencePattern': {
      const inner = ks.slice(1, -1).filter((k) => k.from !== k.to);
      const { groups, sawComma } = splitCommas(inner);
      // `(p)` is a group, not a one-item sequence.
      if (ks[0].name === '(' && !sawComma && groups.length === 1) return single(c, groups[0]);
      return { k: 'Sequence', items: groups.map((g) => single(c, g)), ...p };
    }
    case 'MappingPattern':
      return mapping(c, n, ks);
    case 'ClassPattern':
      return classPattern(c, n, ks);
  }
  return c.fail(n, 'invalid syntax');
}

function asPattern(
  c: Ctx,
  inner: Pattern,
  targetNode: SyntaxNode | undefined,
  at: SyntaxNode,
): Pattern {
  if (targetNode?.name !== 'VariableName') return c.fail(targetNode ?? at, 'invalid syntax');
  const target = c.text(targetNode);
  if (target === '_') c.fail(targetNode, "cannot use '_' as a target");
  return { k: 'As', pattern: inner, name: target, line: inner.line, col: inner.col };
}

function literal(c: Ctx, n: SyntaxNode, ks: SyntaxNode[]): Pattern {
  const p = c.pos(n);
  if (ks.length === 1 && ks[0].name === 'None') return { k: 'Singleton', value: null, ...p };
  if (ks.length === 1 && ks[0].name === 'Boolean')
    return { k: 'Singleton', value: c.text(ks[0]) === 'True', ...p };
  if (ks.length >= 1 && ks.every((k) => k.name === 'String')) {
    const parts = ks.map((k) => compileExpr(c, k));
    if (parts.some((e) => e.k !== 'Const'))
      c.fail(n, 'patterns may only match literals and attribute lookups');
    const value = parts.reduce((a, b) => ({ k: 'BinOp', op: '+', left: a, right: b, ...p }));
    return { k: 'Value', value, ...p };
  }
  if (ks.length === 1 && ks[0].name === 'Number')
    return { k: 'Value', value: compileExpr(c, ks[0]), ...p };
  if (
    ks.length === 2 &&
    ks[0].name === 'ArithOp' &&
    c.text(ks[0]) === '-' &&
    ks[1].name === 'Number'
  )
    return {
      k: 'Value',
      value: { k: 'UnaryOp', op: '-', operand: compileExpr(c, ks[1]), ...p },
      ...p,
    };
  // Complex literals: `1+2j`, `-1-2j`.
  const last = ks[ks.length - 1];
  const op = ks[ks.length - 2];
  if (
    ks.length >= 3 &&
    op.name === 'ArithOp' &&
    last.name === 'Number' &&
    /[jJ]$/.test(c.text(last))
  ) {
    const left = literal(c, n, ks.slice(0, -2));
    if (left.k === 'Value')
      return {
        k: 'Value',
        value: { k: 'BinOp', op: c.text(op), left: left.value, right: compileExpr(c, last), ...p },
        ...p,
      };
  }
  return c.fail(n, 'invalid syntax');
}

function mapping(c: Ctx, n: SyntaxNode, ks: SyntaxNode[]): Pattern {
  const keys: Expr[] = [];
  const values: Pattern[] = [];
  let rest: string | undefined;
  const literals = new Set<string>();
  const { groups } = splitCommas(ks.slice(1, -1).filter((k) => k.from !== k.to));
  groups.forEach((g, i) => {
    if (g[0].name === '**') {
      if (i !== groups.length - 1 || !g[1]) c.fail(g[0], 'invalid syntax');
      const r = name(c, kids(g[1])[0] ?? g[1]);
      if (r === null) c.fail(g[1], 'invalid syntax');
      rest = r;
      return;
    }
    if (g.length !== 3 || g[1].name !== ':') c.fail(g[0], 'invalid syntax');
    const key = pattern(c, g[0]);
    // CPython refuses repeated literal keys at compile time (value-pattern keys at run time).
    if (g[0].name === 'LiteralPattern') {
      if (literals.has(c.text(g[0])))
        c.fail(g[0], `mapping pattern checks duplicate key (${c.text(g[0])})`);
      literals.add(c.text(g[0]));
    }
    if (key.k === 'Value') keys.push(key.value);
    else if (key.k === 'Singleton')
      keys.push({ k: 'Const', value: key.value, line: key.line, col: key.col });
    else c.fail(g[0], 'mapping pattern keys may only match literals and attribute lookups');
    values.push(pattern(c, g[2]));
  });
  return { k: 'Mapping', keys, values, rest, ...c.pos(n) };
}

function classPattern(c: Ctx, n: SyntaxNode, ks: SyntaxNode[]): Pattern {
  const argsAt = ks.findIndex((k) => k.name === 'PatternArgList');
  if (argsAt < 1) c.fail(n, 'invalid syntax');
  let cls: Expr = compileExpr(c, ks[0]);
  for (const k of ks.slice(1, argsAt)) {
    if (k.name === 'PropertyName')
      cls = { k: 'Attribute', value: cls, attr: c.text(k), ...c.pos(k) };
  }
  const args: Pattern[] = [];
  const kwNames: string[] = [];
  const kwPats: Pattern[] = [];
  // `C()` (like `[]`) leaves an empty literal holding an empty error node.
  const inner = kids(ks[argsAt])
    .slice(1, -1)
    .filter((k) => k.from !== k.to);
  for (const g of splitCommas(inner).groups) {
    const a = g[0];
    if (g.length !== 1) c.fail(a, 'invalid syntax');
    if (a.name === 'KeywordPattern') {
      const [kw, val] = kids(a);
      const id = c.text(kw);
      if (kwNames.includes(id)) c.fail(a, `attribute name repeated in class pattern: ${id}`);
      kwNames.push(id);
      kwPats.push(pattern(c, val));
    } else {
      if (kwNames.length) c.fail(a, 'positional patterns follow keyword patterns');
      args.push(pattern(c, a));
    }
  }
  return { k: 'Class', cls, args, kwNames, kwPats, ...c.pos(n) };
}

/** Names a pattern binds, checked the way CPython's compiler does. */
function checkNames(c: Ctx, p: Pattern, at: SyntaxNode): Set<string> {
  const out = new Set<string>();
  const add = (id: string | null | undefined) => {
    if (!id) return;
    if (out.has(id)) c.fail(at, `multiple assignments to name '${id}' in pattern`);
    out.add(id);
  };
  const walk = (q: Pattern): void => {
    switch (q.k) {
      case 'Capture':
      case 'Star':
        add(q.name);
        break;
      case 'Sequence':
        if (q.items.filter((x) => x.k === 'Star').length > 1)
          c.fail(at, 'multiple starred names in sequence pattern');
        q.items.forEach(walk);
        break;
      case 'Mapping':
        q.values.forEach(walk);
        add(q.rest);
        break;
      case 'Class':
        q.args.forEach(walk);
        q.kwPats.forEach(walk);
        break;
      case 'As':
        walk(q.pattern);
        add(q.name);
        break;
      case 'Or': {
        const sets = q.alts.map((a) => checkNames(c, a, at));
        const first = [...sets[0]].sort().join();
        if (sets.some((s) => [...s].sort().join() !== first))
          c.fail(at, 'alternative patterns bind different names');
        sets[0].forEach(add);
        break;
      }
    }
  };
  walk(p);
  return out;
}

/** Every name a pattern may bind (for a function's locals). */
export function patternNames(p: Pattern, out: Set<string>): void {
  switch (p.k) {
    case 'Capture':
    case 'Star':
      if (p.name) out.add(p.name);
      break;
    case 'Sequence':
      for (const x of p.items) patternNames(x, out);
      break;
    case 'Mapping':
      for (const x of p.values) patternNames(x, out);
      if (p.rest) out.add(p.rest);
      break;
    case 'Class':
      for (const x of [...p.args, ...p.kwPats]) patternNames(x, out);
      break;
    case 'Or':
      for (const x of p.alts) patternNames(x, out);
      break;
    case 'As':
      patternNames(p.pattern, out);
      out.add(p.name);
      break;
  }
}
