// Marks the expressions and simple statements that can run without awaiting: no
// calls, comprehensions or lambdas inside. The interpreter evaluates those
// synchronously, which is most of a loop's work, and falls back to the async path
// when a host property needs a round trip.

import type { Expr, FPart, Module, Stmt } from './ast';

function fparts(parts: FPart[]): boolean {
  let ok = true;
  for (const p of parts) {
    if (typeof p === 'string') continue;
    if (!expr(p.expr)) ok = false;
    if (p.spec && !fparts(p.spec)) ok = false;
  }
  return ok;
}

function all(es: (Expr | undefined)[]): boolean {
  let ok = true;
  for (const e of es) if (e && !expr(e)) ok = false;
  return ok;
}

export function expr(e: Expr): boolean {
  let sync: boolean;
  switch (e.k) {
    case 'Name':
    case 'Const':
      sync = true;
      break;
    case 'FString':
      sync = fparts(e.parts);
      break;
    case 'List':
    case 'Tuple':
    case 'Set':
      sync = all(e.elts);
      break;
    case 'Dict':
      sync = all(e.items.flatMap((i) => ('spread' in i ? [i.spread] : [i.key, i.value])));
      break;
    case 'Starred':
      sync = expr(e.value);
      break;
    case 'BinOp':
    case 'BoolOp':
      sync = all([e.left, e.right]);
      break;
    case 'UnaryOp':
      sync = expr(e.operand);
      break;
    case 'Compare':
      sync = all([e.left, ...e.comparators]);
      break;
    case 'IfExp':
      sync = all([e.test, e.body, e.orelse]);
      break;
    case 'Attribute':
      sync = expr(e.value);
      break;
    case 'Subscript':
      sync = all([e.value, e.index]);
      break;
    case 'Slice':
      sync = all([e.lower, e.upper, e.step]);
      break;
    case 'Call':
      expr(e.func);
      for (const a of e.args) expr(a.value);
      sync = false;
      break;
    case 'Lambda':
      for (const p of e.fn.params) if (p.default) expr(p.default);
      if (e.fn.expr) expr(e.fn.expr);
      sync = false;
      break;
    case 'Comp':
      expr(e.elt);
      if (e.value) expr(e.value);
      for (const g of e.gens) all([g.target, g.iter, ...g.ifs]);
      sync = false;
      break;
    default:
      sync = false;
  }
  e.sync = sync;
  return sync;
}

function body(stmts: Stmt[]): void {
  for (const s of stmts) stmt(s);
}

function stmt(s: Stmt): void {
  let simple = false;
  switch (s.k) {
    case 'Expr':
      simple = expr(s.value);
      break;
    case 'Assign':
      simple = all([s.value, ...s.targets]);
      break;
    case 'AugAssign':
      simple = all([s.target, s.value]);
      break;
    case 'Pass':
      simple = true;
      break;
    case 'Return':
      if (s.value) expr(s.value);
      break;
    case 'Delete':
      all(s.targets);
      break;
    case 'Raise':
      all([s.exc, s.cause]);
      break;
    case 'Assert':
      all([s.test, s.msg]);
      break;
    case 'If':
    case 'While':
      expr(s.test);
      body(s.body);
      body(s.orelse);
      break;
    case 'For':
      all([s.target, s.iter]);
      body(s.body);
      body(s.orelse);
      break;
    case 'With':
      for (const it of s.items) all([it.ctx, it.target]);
      body(s.body);
      break;
    case 'Try':
      body(s.body);
      for (const h of s.handlers) {
        if (h.type) expr(h.type);
        body(h.body);
      }
      body(s.orelse);
      body(s.finalbody);
      break;
    case 'FunctionDef':
      for (const p of s.fn.params) if (p.default) expr(p.default);
      body(s.fn.body);
      break;
  }
  s.sync = simple;
}

export function markSync(m: Module): void {
  body(m.body);
}
