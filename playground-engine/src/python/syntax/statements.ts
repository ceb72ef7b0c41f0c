// lezer statement nodes → AST statements.

import type { SyntaxNode } from '@lezer/common';
import type { Expr, Handler, Stmt } from './ast';
import { type Ctx, kids, splitCommas } from './context';
import { callArgs, compileExpr, compileYield, exprList } from './expressions';
import { annotationOf, compileClass, compileFunction } from './functions';
import { matchStatement } from '../matchSupport';

export function compileBody(c: Ctx, body: SyntaxNode): Stmt[] {
  const out: Stmt[] = [];
  for (const k of kids(body)) {
    if (k.name === ':') continue;
    out.push(...compileStmt(c, k));
  }
  if (out.length === 0) c.fail(body.to, 'expected an indented block');
  return out;
}

function unsupported(c: Ctx, n: SyntaxNode, what: string): Stmt[] {
  return [{ k: 'Unsupported', what, ...c.pos(n) }];
}

const TARGET_NAMES: Record<string, string> = {
  Const: 'literal',
  Call: 'function call',
  BinOp: 'expression',
  UnaryOp: 'expression',
  BoolOp: 'expression',
  Compare: 'comparison',
  IfExp: 'conditional expression',
  Lambda: 'lambda',
  FString: 'f-string expression',
  Dict: 'dict literal',
  Set: 'set display',
  Comp: 'comprehension',
};

/** Check an assignment target the way CPython's compiler does. */
function target(c: Ctx, e: Expr, at: SyntaxNode, verb: string): Expr {
  switch (e.k) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
    case 'Unsupported':
      return e;
    case 'Tuple':
    case 'List':
      if (e.elts.filter((x) => x.k === 'Starred').length > 1) {
        c.fail(at, `multiple starred expressions in assignment`);
      }
      for (const x of e.elts) target(c, x.k === 'Starred' ? x.value : x, at, verb);
      return e;
  }
  return c.fail(at, `cannot ${verb} ${TARGET_NAMES[e.k] ?? 'expression'}`);
}

function checkedTarget(c: Ctx, nodes: SyntaxNode[], verb = 'assign to'): Expr {
  return target(c, exprList(c, nodes), nodes[0], verb);
}

function splitOn(nodes: SyntaxNode[], name: string): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  for (const n of nodes) {
    if (n.name === name) groups.push([]);
    else groups[groups.length - 1].push(n);
  }
  return groups;
}

export function compileStmt(c: Ctx, n: SyntaxNode): Stmt[] {
  const p = c.pos(n);
  const ks = kids(n);
  switch (n.name) {
    case 'StatementGroup':
      return ks.filter((k) => k.name !== ';').flatMap((k) => compileStmt(c, k));
    case 'ExpressionStatement':
      return [{ k: 'Expr', value: exprList(c, ks), ...p }];
    case 'AssignStatement': {
      const typeAt = ks.findIndex((k) => k.name === 'TypeDef');
      if (typeAt >= 0) return [annAssign(c, n, ks, typeAt)];
      const groups = splitOn(ks, 'AssignOp');
      const last = groups[groups.length - 1];
      if (last.length === 0) c.fail(n.to, 'invalid syntax');
      const targets = groups.slice(0, -1).map((g) => {
        if (g.length === 0) c.fail(n, 'invalid syntax');
        return checkedTarget(c, g);
      });
      return [{ k: 'Assign', targets, value: exprList(c, last), ...p }];
    }
    case 'UpdateStatement': {
      const at = ks.findIndex((k) => k.name === 'UpdateOp');
      if (at <= 0 || !ks[at + 1]) c.fail(n, 'invalid syntax');
      const t = exprList(c, ks.slice(0, at));
      if (t.k !== 'Name' && t.k !== 'Attribute' && t.k !== 'Subscript') {
        c.fail(
          ks[0],
          `'${t.k === 'Tuple' ? 'tuple' : t.k === 'List' ? 'list' : 'expression'}' is an illegal expression for augmented assignment`,
        );
      }
      return [
        {
          k: 'AugAssign',
          target: t,
          op: c.text(ks[at]).slice(0, -1),
          value: exprList(c, ks.slice(at + 1)),
          ...p,
        },
      ];
    }
    case 'DeleteStatement': {
      const { groups } = splitCommas(ks.slice(1));
      return [{ k: 'Delete', targets: groups.map((g) => checkedTarget(c, g, 'delete')), ...p }];
    }
    case 'PassStatement':
      return [{ k: 'Pass', ...p }];
    case 'BreakStatement':
      if (c.loopDepth === 0) c.fail(n, "'break' outside loop");
      return [{ k: 'Break', ...p }];
    case 'ContinueStatement':
      if (c.loopDepth === 0) c.fail(n, "'continue' not properly in loop");
      return [{ k: 'Continue', ...p }];
    case 'ReturnStatement':
      if (c.functionDepth === 0) c.fail(n, "'return' outside function");
      return [{ k: 'Return', value: ks.length > 1 ? exprList(c, ks.slice(1)) : undefined, ...p }];
    case 'YieldStatement':
      return [{ k: 'Expr', value: compileYield(c, n), ...p }];
    case 'PrintStatement':
      return c.fail(n, "Missing parentheses in call to 'print'. Did you mean print(...)?");
    case 'RaiseStatement': {
      const rest = ks.slice(1);
      if (rest.some((k) => k.name === ',')) c.fail(n, 'invalid syntax');
      const from = rest.findIndex((k) => k.name === 'from');
      const exc = rest.length ? compileExpr(c, rest[0]) : undefined;
      const cause = from >= 0 && rest[from + 1] ? compileExpr(c, rest[from + 1]) : undefined;
      return [{ k: 'Raise', exc, cause, ...p }];
    }
    case 'AssertStatement': {
      const { groups } = splitCommas(ks.slice(1));
      if (groups.length === 0 || groups.length > 2) c.fail(n, 'invalid syntax');
      return [
        {
          k: 'Assert',
          test: exprList(c, groups[0]),
          msg: groups[1] ? exprList(c, groups[1]) : undefined,
          ...p,
        },
      ];
    }
    case 'ImportStatement':
      return [compileImport(c, n, ks)];
    case 'ScopeStatement': {
      const kind = ks[0].name === 'global' ? 'Global' : 'Nonlocal';
      if (kind === 'Nonlocal' && c.functionDepth === 0)
        c.fail(n, 'nonlocal declaration not allowed at module level');
      return [
        { k: kind, names: ks.filter((k) => k.name === 'VariableName').map((k) => c.text(k)), ...p },
      ];
    }
    case 'IfStatement':
      return [compileIf(c, ks, 0)];
    case 'WhileStatement': {
      const body = loopBody(c, ks[2]);
      return [{ k: 'While', test: compileExpr(c, ks[1]), body, orelse: elseOf(c, ks, 3), ...p }];
    }
    case 'ForStatement': {
      if (ks[0].name === 'async') return unsupported(c, n, 'async for');
      const inAt = ks.findIndex((k) => k.name === 'in');
      const bodyAt = ks.findIndex((k) => k.name === 'Body');
      if (inAt < 0 || bodyAt < 0) c.fail(n, 'invalid syntax');
      const targetExpr = checkedTarget(c, ks.slice(1, inAt));
      const iter = exprList(c, ks.slice(inAt + 1, bodyAt));
      const body = loopBody(c, ks[bodyAt]);
      return [
        { k: 'For', target: targetExpr, iter, body, orelse: elseOf(c, ks, bodyAt + 1), ...p },
      ];
    }
    case 'TryStatement':
      return [compileTry(c, n, ks)];
    case 'WithStatement': {
      if (ks[0].name === 'async') return unsupported(c, n, 'async with');
      const bodyAt = ks.findIndex((k) => k.name === 'Body');
      if (bodyAt < 0) c.fail(n, 'invalid syntax');
      const items = splitCommas(ks.slice(1, bodyAt)).groups.map((g) => {
        const asAt = g.findIndex((k) => k.name === 'as');
        if (asAt < 0) return { ctx: exprList(c, g) };
        return { ctx: exprList(c, g.slice(0, asAt)), target: checkedTarget(c, g.slice(asAt + 1)) };
      });
      return [{ k: 'With', items, body: compileBody(c, ks[bodyAt]), ...p }];
    }
    case 'FunctionDefinition':
    case 'ClassDefinition':
      return definition(c, n, []);
    case 'DecoratedStatement': {
      const decorators = ks.filter((k) => k.name === 'Decorator').map((d) => decorator(c, d));
      const def = ks[ks.length - 1];
      if (def?.name !== 'FunctionDefinition' && def?.name !== 'ClassDefinition')
        c.fail(n, 'invalid syntax');
      return definition(c, def, decorators);
    }
    case 'MatchStatement':
      return [matchStatement().compileMatch(c, n, compileBody)];
    case 'TypeDefinition':
      return unsupported(c, n, 'type aliases');
  }
  return c.fail(n, 'invalid syntax');
}

function definition(c: Ctx, n: SyntaxNode, decorators: Expr[]): Stmt[] {
  const p = c.pos(n);
  if (n.name === 'ClassDefinition')
    return [{ k: 'ClassDef', ...compileClass(c, n), decorators, ...p }];
  const fn = compileFunction(c, n);
  if (typeof fn === 'string') return unsupported(c, n, fn);
  return [{ k: 'FunctionDef', fn, decorators, ...p }];
}

/** `@name`, `@a.b`, `@a.b(args)` arrive as a flat run of tokens; any other expression as one node. */
function decorator(c: Ctx, d: SyntaxNode): Expr {
  const toks = kids(d).slice(1);
  if (toks.length === 0) c.fail(d, 'invalid syntax');
  let e = compileExpr(c, toks[0]);
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.name === '.' && toks[i + 1]?.name === 'VariableName') {
      e = { k: 'Attribute', value: e, attr: c.text(toks[i + 1]), ...c.pos(toks[i + 1]) };
      i++;
    } else if (t.name === 'ArgList') {
      e = { k: 'Call', func: e, args: callArgs(c, t), ...c.pos(toks[0]) };
    } else c.fail(t, 'invalid syntax');
  }
  return e;
}

/** `target: T` and `target: T = value`. */
function annAssign(c: Ctx, n: SyntaxNode, ks: SyntaxNode[], typeAt: number): Stmt {
  const p = c.pos(n);
  const targetNodes = ks.slice(0, typeAt);
  if (targetNodes.length !== 1) c.fail(n, 'only single target (not tuple) can be annotated');
  const target = checkedTarget(c, targetNodes);
  const eq = ks.findIndex((k) => k.name === 'AssignOp');
  const value = eq >= 0 ? exprList(c, ks.slice(eq + 1)) : undefined;
  if (eq >= 0 && eq + 1 >= ks.length) c.fail(n.to, 'invalid syntax');
  const annotation = annotationOf(c, ks[typeAt]);
  return {
    k: 'AnnAssign',
    target,
    annotation,
    value,
    simple: targetNodes[0].name === 'VariableName',
    ...p,
  };
}

function loopBody(c: Ctx, body: SyntaxNode | undefined): Stmt[] {
  if (body?.name !== 'Body') throw c.fail(0, 'invalid syntax');
  c.loopDepth++;
  try {
    return compileBody(c, body);
  } finally {
    c.loopDepth--;
  }
}

function elseOf(c: Ctx, ks: SyntaxNode[], at: number): Stmt[] {
  if (ks[at]?.name === 'else' && ks[at + 1]) return compileBody(c, ks[at + 1]);
  return [];
}

function compileIf(c: Ctx, ks: SyntaxNode[], at: number): Stmt {
  // ks[at] is 'if' or 'elif', then test, Body.
  const kw = ks[at];
  const test = ks[at + 1];
  const body = ks[at + 2];
  if (!test || body?.name !== 'Body') c.fail(kw, 'invalid syntax');
  const next = ks[at + 3];
  let orelse: Stmt[] = [];
  if (next?.name === 'elif') orelse = [compileIf(c, ks, at + 3)];
  else if (next?.name === 'else' && ks[at + 4]) orelse = compileBody(c, ks[at + 4]);
  return { k: 'If', test: compileExpr(c, test), body: compileBody(c, body), orelse, ...c.pos(kw) };
}

function compileTry(c: Ctx, n: SyntaxNode, ks: SyntaxNode[]): Stmt {
  const p = c.pos(n);
  const body = compileBody(c, ks[1]);
  const handlers: Handler[] = [];
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  let i = 2;
  while (i < ks.length) {
    const k = ks[i];
    if (k.name === 'except') {
      const bodyAt = ks.findIndex((x, j) => j > i && x.name === 'Body');
      if (bodyAt < 0) c.fail(k, 'invalid syntax');
      const clause = ks.slice(i + 1, bodyAt);
      if (clause[0]?.name === '*')
        return { k: 'Unsupported', what: 'except* (exception groups)', ...c.pos(k) };
      const asAt = clause.findIndex((x) => x.name === 'as' || x.name === ',');
      if (asAt >= 0 && clause[asAt].name === ',')
        c.fail(clause[asAt], 'multiple exception types must be parenthesized');
      const typeNodes = asAt >= 0 ? clause.slice(0, asAt) : clause;
      const handler: Handler = {
        type: typeNodes.length ? exprList(c, typeNodes) : undefined,
        name: asAt >= 0 ? c.text(clause[asAt + 1]) : undefined,
        body: compileBody(c, ks[bodyAt]),
        ...c.pos(k),
      };
      if (handlers.length && !handlers[handlers.length - 1].type)
        c.fail(k, "default 'except:' must be last");
      handlers.push(handler);
      i = bodyAt + 1;
    } else if (k.name === 'else') {
      orelse = compileBody(c, ks[i + 1]);
      i += 2;
    } else if (k.name === 'finally') {
      finalbody = compileBody(c, ks[i + 1]);
      i += 2;
    } else c.fail(k, 'invalid syntax');
  }
  if (handlers.length === 0 && finalbody.length === 0)
    c.fail(n.to, "expected 'except' or 'finally' block");
  return { k: 'Try', body, handlers, orelse, finalbody, ...p };
}

function dotted(c: Ctx, nodes: SyntaxNode[]): string {
  return nodes.map((k) => (k.name === '.' ? '.' : c.text(k))).join('');
}

function compileImport(c: Ctx, n: SyntaxNode, ks: SyntaxNode[]): Stmt {
  const p = c.pos(n);
  if (ks[0].name === 'import') {
    const names = splitCommas(ks.slice(1)).groups.map((g) => {
      const asAt = g.findIndex((k) => k.name === 'as');
      const mod = dotted(c, asAt >= 0 ? g.slice(0, asAt) : g);
      return { module: mod, asname: asAt >= 0 ? c.text(g[asAt + 1]) : undefined };
    });
    return { k: 'Import', names, ...p };
  }
  const importAt = ks.findIndex((k) => k.name === 'import');
  if (importAt < 0) c.fail(n, 'invalid syntax');
  const modNodes = ks.slice(1, importAt);
  if (modNodes[0]?.name === '.' || modNodes[0]?.name === 'Ellipsis') {
    return { k: 'Unsupported', what: 'relative imports', ...p };
  }
  const rest = ks.slice(importAt + 1).filter((k) => k.name !== '(' && k.name !== ')');
  if (rest[0]?.name === '*')
    return { k: 'Unsupported', what: "wildcard imports ('from x import *')", ...p };
  const names = splitCommas(rest).groups.map((g) => {
    const asAt = g.findIndex((k) => k.name === 'as');
    return { name: c.text(g[0]), asname: asAt >= 0 ? c.text(g[asAt + 1]) : undefined };
  });
  const module = dotted(c, modNodes);
  // The compile-time flag; the __future__ module itself is an ordinary module.
  if (module === '__future__' && names.some((x) => x.name === 'annotations'))
    c.futureAnnotations = true;
  return { k: 'ImportFrom', module, names, ...p };
}
