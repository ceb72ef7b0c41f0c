// def/lambda parameters and the compile-time scope analysis CPython does: a name
// assigned anywhere in a function body is local to the whole body.

import type { SyntaxNode } from '@lezer/common';
import type { Annotation, Arg, Expr, FunctionInfo, Param, ScopeInfo, Stmt } from './ast';
import { type Ctx, kids, splitCommas } from './context';
import { callArgs, compileExpr } from './expressions';
import { matchStatement } from '../matchSupport';
import { compileBody } from './statements';

export function compileParams(c: Ctx, nodes: SyntaxNode[]): Param[] {
  const params: Param[] = [];
  const seen = new Set<string>();
  const posOf = new Map<Param, number>();
  let kwOnly = false;
  let sawDefault = false;
  for (const g of splitCommas(nodes.filter((n) => n.name !== '(' && n.name !== ')')).groups) {
    const [first, second] = g;
    const add = (p: Param, at: SyntaxNode) => {
      if (seen.has(p.name)) c.fail(at, `duplicate argument '${p.name}' in function definition`);
      seen.add(p.name);
      params.push(p);
      posOf.set(p, at.from);
    };
    if (!first || first.name === '/') continue;
    if (first.name === '*') {
      if (kwOnly) c.fail(first, '* argument may appear only once');
      kwOnly = true;
      if (second?.name === 'VariableName')
        add({ name: c.text(second), kind: 'varargs', annotation: annotationIn(c, g) }, second);
      continue;
    }
    if (first.name === '**') {
      if (second?.name !== 'VariableName') c.fail(first, 'invalid syntax');
      add({ name: c.text(second), kind: 'varkw', annotation: annotationIn(c, g) }, second);
      continue;
    }
    if (first.name !== 'VariableName') c.fail(first, 'invalid syntax');
    const eq = g.findIndex((x) => x.name === 'AssignOp');
    const p: Param = {
      name: c.text(first),
      kind: kwOnly ? 'kwonly' : 'pos',
      annotation: annotationIn(c, g),
    };
    if (eq >= 0) {
      if (!g[eq + 1]) c.fail(g[eq], 'invalid syntax');
      p.default = compileExpr(c, g[eq + 1]);
      if (!kwOnly) sawDefault = true;
    } else if (sawDefault && !kwOnly) {
      c.fail(first, 'non-default argument follows default argument');
    }
    add(p, first);
  }
  // The positional-only marker `/` leaves no node in lezer's tree: find it in the text
  // between tokens. Parameters before it are positional-only.
  for (let i = 1; i < nodes.length; i++) {
    const gap = c.src.slice(nodes[i - 1].to, nodes[i].from);
    if (!/\//.test(gap.replace(/#.*$/gm, ''))) continue;
    const before = params.filter((p) => p.kind === 'pos' && posOf.get(p)! < nodes[i].from);
    if (
      before.length === 0 ||
      before.length !== params.filter((p) => posOf.get(p)! < nodes[i].from).length
    )
      c.fail(nodes[i], 'invalid syntax');
    for (const q of before) q.posonly = true;
    break;
  }
  const varkw = params.findIndex((p) => p.kind === 'varkw');
  if (varkw >= 0 && varkw !== params.length - 1)
    c.fail(nodes[0], 'arguments cannot follow var-keyword argument');
  return params;
}

/** `: T` (a TypeDef node) → the annotation. */
export function annotationOf(c: Ctx, typeDef: SyntaxNode): Annotation {
  const e = kids(typeDef).find((k) => k.name !== ':' && k.name !== '->');
  if (!e) c.fail(typeDef, 'invalid syntax');
  return { expr: compileExpr(c, e), text: c.text(e) };
}

function annotationIn(c: Ctx, g: SyntaxNode[]): Annotation | undefined {
  const t = g.find((x) => x.name === 'TypeDef');
  return t ? annotationOf(c, t) : undefined;
}

function targetNames(t: Expr, out: Set<string>): void {
  if (t.k === 'Name') out.add(t.id);
  else if (t.k === 'Tuple' || t.k === 'List') for (const e of t.elts) targetNames(e, out);
  else if (t.k === 'Starred') targetNames(t.value, out);
}

export function scopeOfTargets(targets: Expr[]): ScopeInfo {
  const locals = new Set<string>();
  for (const t of targets) targetNames(t, locals);
  return { locals, globals: new Set(), nonlocals: new Set(), kind: 'comp' };
}

/** Names bound by statements of one function body (not nested defs or comprehensions). */
function collectBindings(body: Stmt[], scope: ScopeInfo): void {
  for (const s of body) {
    switch (s.k) {
      case 'Assign':
        for (const t of s.targets) targetNames(t, scope.locals);
        break;
      case 'AugAssign':
      case 'AnnAssign':
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
      case 'Match':
        for (const mc of s.cases) {
          matchStatement().patternNames(mc.pattern, scope.locals);
          collectBindings(mc.body, scope);
        }
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
      case 'ClassDef':
        scope.locals.add(s.name);
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

/** True when `body` (not nested defs) has a `name: T` annotation. */
export function hasAnnotations(body: Stmt[]): boolean {
  for (const s of body) {
    if (s.k === 'AnnAssign' && s.simple) return true;
    if (s.k === 'If' || s.k === 'While' || s.k === 'For') {
      if (hasAnnotations(s.body) || hasAnnotations(s.orelse)) return true;
    } else if (s.k === 'With' && hasAnnotations(s.body)) return true;
    else if (s.k === 'Match' && s.cases.some((mc) => hasAnnotations(mc.body))) return true;
    else if (s.k === 'Try') {
      if ([s.body, s.orelse, s.finalbody, ...s.handlers.map((h) => h.body)].some(hasAnnotations))
        return true;
    }
  }
  return false;
}

export function finishScope(
  params: Param[],
  body: Stmt[],
  walrus: Set<string> = new Set(),
  kind: 'function' | 'class' = 'function',
): ScopeInfo {
  const scope: ScopeInfo = {
    locals: new Set([...params.map((p) => p.name), ...walrus]),
    globals: new Set(),
    nonlocals: new Set(),
    kind,
    hasAnnotations: kind === 'class' && hasAnnotations(body),
  };
  collectBindings(body, scope);
  for (const g of scope.globals) scope.locals.delete(g);
  for (const g of scope.nonlocals) scope.locals.delete(g);
  return scope;
}

export function qualnameFor(c: Ctx, name: string): string {
  const outer = c.qualStack[c.qualStack.length - 1];
  if (!outer) return name;
  return outer.isClass ? `${outer.qualname}.${name}` : `${outer.qualname}.<locals>.${name}`;
}

/** Compile a function-like body with its own loop depth, `yield` flag and walrus names. */
function inFunction<T>(
  c: Ctx,
  qualname: string,
  f: () => T,
): { value: T; sawYield: boolean; walrus: Set<string> } {
  c.qualStack.push({ qualname, isClass: false });
  const saved = { loop: c.loopDepth, yield: c.sawYield, walrus: c.walrus };
  c.loopDepth = 0;
  c.sawYield = false;
  c.walrus = new Set();
  c.functionDepth++;
  try {
    const value = f();
    return { value, sawYield: c.sawYield, walrus: c.walrus };
  } finally {
    c.functionDepth--;
    c.loopDepth = saved.loop;
    c.sawYield = saved.yield;
    c.walrus = saved.walrus;
    c.qualStack.pop();
  }
}

/** The docstring: a string literal as the first statement. */
export function docOf(body: Stmt[]): string | undefined {
  const first = body[0];
  return first?.k === 'Expr' && first.value.k === 'Const' && typeof first.value.value === 'string'
    ? first.value.value
    : undefined;
}

export function compileLambda(c: Ctx, n: SyntaxNode): FunctionInfo {
  const ks = kids(n);
  const paramList = ks.find((k) => k.name === 'ParamList');
  const colon = ks.findIndex((k) => k.name === ':');
  if (colon < 0 || !ks[colon + 1]) c.fail(n, 'invalid syntax');
  const params = paramList ? compileParams(c, kids(paramList)) : [];
  const qualname = qualnameFor(c, '<lambda>');
  const r = inFunction(c, qualname, () => compileExpr(c, ks[colon + 1]));
  return {
    name: '<lambda>',
    qualname,
    params,
    body: [],
    expr: r.value,
    line: c.pos(n).line,
    isGenerator: r.sawYield,
    ...finishScope(params, [], r.walrus),
  };
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
  const retNode = ks.find((k) => k.name === 'TypeDef');
  const returns = retNode ? annotationOf(c, retNode) : undefined;
  const qualname = qualnameFor(c, name);
  const r = inFunction(c, qualname, () => compileBody(c, bodyNode));
  const body = r.value;
  return {
    name,
    qualname,
    params,
    body,
    line: c.pos(n).line,
    isGenerator: r.sawYield,
    annotated: returns !== undefined || params.some((p) => p.annotation),
    returns,
    doc: docOf(body),
    ...finishScope(params, body, r.walrus),
  };
}

export interface ClassParts {
  name: string;
  qualname: string;
  bases: Arg[];
  body: Stmt[];
  scope: ScopeInfo;
  doc?: string;
}

export function compileClass(c: Ctx, n: SyntaxNode): ClassParts {
  const ks = kids(n);
  const nameNode = ks.find((k) => k.name === 'VariableName');
  const argList = ks.find((k) => k.name === 'ArgList');
  const bodyNode = ks.find((k) => k.name === 'Body');
  if (!nameNode || !bodyNode) c.fail(n, 'invalid syntax');
  const name = c.text(nameNode);
  const bases = argList ? callArgs(c, argList) : [];
  const qualname = qualnameFor(c, name);
  c.qualStack.push({ qualname, isClass: true });
  const saved = { loop: c.loopDepth, fn: c.functionDepth };
  c.loopDepth = 0;
  c.functionDepth = 0;
  try {
    const body = compileBody(c, bodyNode);
    return {
      name,
      qualname,
      bases,
      body,
      scope: finishScope([], body, new Set(), 'class'),
      doc: docOf(body),
    };
  } finally {
    c.loopDepth = saved.loop;
    c.functionDepth = saved.fn;
    c.qualStack.pop();
  }
}
