// def/lambda parameters and the compile-time scope analysis CPython does: a name
// assigned anywhere in a function body is local to the whole body.

import type { SyntaxNode } from '@lezer/common';
import type { Expr, FunctionInfo, Param, ScopeInfo, Stmt } from './ast';
import { type Ctx, kids, splitCommas } from './context';
import { compileExpr } from './expressions';
import { compileBody } from './statements';

export function compileParams(c: Ctx, nodes: SyntaxNode[]): Param[] {
  const params: Param[] = [];
  const seen = new Set<string>();
  let kwOnly = false;
  let sawDefault = false;
  for (const g of splitCommas(nodes.filter((n) => n.name !== '(' && n.name !== ')')).groups) {
    const [first, second] = g;
    const add = (p: Param, at: SyntaxNode) => {
      if (seen.has(p.name)) c.fail(at, `duplicate argument '${p.name}' in function definition`);
      seen.add(p.name);
      params.push(p);
    };
    // The positional-only marker `/` leaves no node (an empty group): accepted, not enforced.
    if (!first || first.name === '/') continue;
    if (first.name === '*') {
      if (kwOnly) c.fail(first, '* argument may appear only once');
      kwOnly = true;
      if (second?.name === 'VariableName') add({ name: c.text(second), kind: 'varargs' }, second);
      continue;
    }
    if (first.name === '**') {
      if (second?.name !== 'VariableName') c.fail(first, 'invalid syntax');
      add({ name: c.text(second), kind: 'varkw' }, second);
      continue;
    }
    if (first.name !== 'VariableName') c.fail(first, 'invalid syntax');
    const eq = g.findIndex((x) => x.name === 'AssignOp');
    const p: Param = { name: c.text(first), kind: kwOnly ? 'kwonly' : 'pos' };
    if (eq >= 0) {
      if (!g[eq + 1]) c.fail(g[eq], 'invalid syntax');
      p.default = compileExpr(c, g[eq + 1]);
      if (!kwOnly) sawDefault = true;
    } else if (sawDefault && !kwOnly) {
      c.fail(first, 'non-default argument follows default argument');
    }
    add(p, first);
  }
  const varkw = params.findIndex((p) => p.kind === 'varkw');
  if (varkw >= 0 && varkw !== params.length - 1)
    c.fail(nodes[0], 'arguments cannot follow var-keyword argument');
  return params;
}

function targetNames(t: Expr, out: Set<string>): void {
  if (t.k === 'Name') out.add(t.id);
  else if (t.k === 'Tuple' || t.k === 'List') for (const e of t.elts) targetNames(e, out);
  else if (t.k === 'Starred') targetNames(t.value, out);
}

export function scopeOfTargets(targets: Expr[]): ScopeInfo {
  const locals = new Set<string>();
  for (const t of targets) targetNames(t, locals);
  return { locals, globals: new Set(), nonlocals: new Set() };
}

/** Names bound by statements of one function body (not nested defs or comprehensions). */
function collectBindings(body: Stmt[], scope: ScopeInfo): void {
  for (const s of body) {
    switch (s.k) {
      case 'Assign':
        for (const t of s.targets) targetNames(t, scope.locals);
        break;
      case 'AugAssign':
        targetNames(s.target, scope.locals);
        break;
      case 'Delete':
        for (const t of s.targets) targetNames(t, scope.locals);
        break;
      case 'For':
        targetNames(s.target, scope.locals);
        collectBindings(s.body, scope);
        collectBindings(s.orelse, scope);
        break;
      case 'While':
      case 'If':
        collectBindings(s.body, scope);
        collectBindings(s.orelse, scope);
        break;
      case 'With':
        for (const it of s.items) if (it.target) targetNames(it.target, scope.locals);
        collectBindings(s.body, scope);
        break;
      case 'Try':
        collectBindings(s.body, scope);
        for (const h of s.handlers) {
          if (h.name) scope.locals.add(h.name);
          collectBindings(h.body, scope);
        }
        collectBindings(s.orelse, scope);
        collectBindings(s.finalbody, scope);
        break;
      case 'Import':
        for (const n of s.names) scope.locals.add(n.asname ?? n.module.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const n of s.names) scope.locals.add(n.asname ?? n.name);
        break;
      case 'FunctionDef':
        scope.locals.add(s.fn.name);
        break;
      case 'Global':
        for (const n of s.names) scope.globals.add(n);
        break;
      case 'Nonlocal':
        for (const n of s.names) scope.nonlocals.add(n);
        break;
    }
  }
}

export function finishScope(params: Param[], body: Stmt[]): ScopeInfo {
  const scope: ScopeInfo = {
    locals: new Set(params.map((p) => p.name)),
    globals: new Set(),
    nonlocals: new Set(),
  };
  collectBindings(body, scope);
  for (const g of scope.globals) scope.locals.delete(g);
  for (const g of scope.nonlocals) scope.locals.delete(g);
  return scope;
}

export function qualnameFor(c: Ctx, name: string): string {
  const outer = c.qualStack[c.qualStack.length - 1];
  return outer ? `${outer}.<locals>.${name}` : name;
}

export function compileLambda(c: Ctx, n: SyntaxNode): FunctionInfo {
  const ks = kids(n);
  const paramList = ks.find((k) => k.name === 'ParamList');
  const colon = ks.findIndex((k) => k.name === ':');
  if (colon < 0 || !ks[colon + 1]) c.fail(n, 'invalid syntax');
  const params = paramList ? compileParams(c, kids(paramList)) : [];
  const qualname = qualnameFor(c, '<lambda>');
  c.qualStack.push(qualname);
  const savedLoop = c.loopDepth;
  c.loopDepth = 0;
  c.functionDepth++;
  try {
    const expr = compileExpr(c, ks[colon + 1]);
    return {
      name: '<lambda>',
      qualname,
      params,
      body: [],
      expr,
      line: c.pos(n).line,
      ...finishScope(params, []),
    };
  } finally {
    c.functionDepth--;
    c.loopDepth = savedLoop;
    c.qualStack.pop();
  }
}

export function compileFunction(c: Ctx, n: SyntaxNode): FunctionInfo | string {
  const ks = kids(n);
  if (ks[0]?.name === 'async') return 'async functions';
  if (ks.some((k) => k.name === 'TypeParamList')) return 'type parameters';
  const nameNode = ks.find((k) => k.name === 'VariableName');
  const paramList = ks.find((k) => k.name === 'ParamList');
  const bodyNode = ks.find((k) => k.name === 'Body');
  if (!nameNode || !paramList || !bodyNode) c.fail(n, 'invalid syntax');
  const name = c.text(nameNode);
  const params = compileParams(c, kids(paramList));
  const qualname = qualnameFor(c, name);
  c.qualStack.push(qualname);
  const savedLoop = c.loopDepth;
  c.loopDepth = 0;
  c.functionDepth++;
  try {
    const body = compileBody(c, bodyNode);
    return { name, qualname, params, body, line: c.pos(n).line, ...finishScope(params, body) };
  } finally {
    c.functionDepth--;
    c.loopDepth = savedLoop;
    c.qualStack.pop();
  }
}
