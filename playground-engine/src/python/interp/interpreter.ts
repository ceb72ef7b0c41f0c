// The async tree-walking evaluator. Async because wandb calls go through the
// simulated backend; every statement also charges the step budget and, every few
// thousand steps, yields to the event loop so a page stays responsive.

import { BudgetStop, BUDGETS, checkCollectionSize, checkStringLength } from '../budgets';
import type { Expr, FPart, FunctionInfo, Module, Pos, ScopeInfo, Stmt } from '../syntax/ast';
import { type BinOp, binaryOp, type UnaryOp, unaryOp } from '../values/arith';
import { truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { formatValue } from '../values/format';
import { dictSet, setAdd } from '../values/hashing';
import {
  type Kwargs,
  type NativeContext,
  type OutputStream,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFunction,
  PyIterator,
  PyList,
  PyPending,
  type PyModule,
  PySet,
  PyTuple,
  PyType,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr, str } from '../values/repr';
import { typeName } from '../values/typename';
import { getAttr, setAttr } from './attributes';
import { iterate, toArray } from './iteration';
import { compareOp, inplaceOp } from './operators';
import { bindArguments, type SigParam } from './signature';
import { delItem, getItem, getSlice, type SliceValue, setItem, setSlice } from './subscript';
import { yieldToHost } from './yield';

/** Thrown by the synchronous evaluator when a value needs an await (a pending host property). */
const NEED_ASYNC: unique symbol = Symbol('need async');

const NORMAL = 0;
const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;
type Signal = 0 | 1 | 2 | 3;

export class Scope {
  readonly vars = new Map<string, PyValue>();
  constructor(
    /** null for the module scope. */
    readonly info: ScopeInfo | null,
    readonly parent: Scope | null,
  ) {}
}

export interface Frame {
  name: string;
  node: Pos | null;
  ret: PyValue;
}

/** The per-run limits (defaults in budgets.ts; tests lower or raise them). */
export type RunLimits = Record<'maxSteps' | 'maxMillis' | 'maxOutput' | 'maxDepth', number>;

export interface InterpHost {
  builtins: Map<string, PyValue>;
  limits?: Partial<RunLimits>;
  /** A module by dotted name, or undefined if the playground has no such module. */
  importModule(name: string): PyModule | undefined;
  write(text: string, stream: OutputStream): void;
}

const sigCache = new WeakMap<FunctionInfo, SigParam[]>();

function sigOf(info: FunctionInfo): SigParam[] {
  let s = sigCache.get(info);
  if (!s) {
    s = info.params.map((p) => ({
      name: p.name,
      kind: p.kind,
      hasDefault: p.default !== undefined,
    }));
    sigCache.set(info, s);
  }
  return s;
}

export function unsupported(what: string, line: number): PyExc {
  return pyErr(E.NotImplementedError, `not supported in the playground: ${what} (line ${line})`);
}

export class Interpreter implements NativeContext {
  steps = 0;
  /** One shared callback (not a fresh closure per operation) for natives that charge steps. */
  private readonly tickFn = (n?: number): void => this.tick(n);
  private nextYield: number = BUDGETS.yieldEvery;
  private readonly started = Date.now();
  readonly frames: Frame[] = [];
  private readonly handling: PyExc[] = [];
  readonly globals = new Scope(null, null);

  private readonly limits: RunLimits;
  /** A host property request started by the sync path, reused by the async retry. */
  private stashed?: { obj: PyValue; attr: string; v: PyPending };

  constructor(
    private readonly module: Module,
    private readonly host: InterpHost,
  ) {
    this.globals.vars.set('__name__', '__main__');
    this.limits = { ...BUDGETS, ...(host.limits ?? {}) };
  }

  // ---- NativeContext -------------------------------------------------------

  call(fn: PyValue, args: PyValue[], kwargs: Kwargs | null = null): Promise<PyValue> {
    return this.callValue(fn, args, kwargs);
  }

  tick(n = 1): void {
    this.steps += n;
    if (this.steps > this.limits.maxSteps)
      this.stop(
        E.TimeoutError,
        `the snippet ran more than ${this.limits.maxSteps} steps (playground step budget)`,
      );
  }

  private outputLength = 0;

  write(text: string, stream: OutputStream = 'stdout'): void {
    const room = this.limits.maxOutput - this.outputLength;
    if (text.length > room) {
      this.host.write(text.slice(0, Math.max(0, room)), stream);
      this.outputLength = this.limits.maxOutput;
      this.stop(
        E.RuntimeError,
        `output limit reached: the snippet printed more than ${this.limits.maxOutput} characters (playground output budget)`,
      );
    }
    this.outputLength += text.length;
    this.host.write(text, stream);
  }

  getAttr(v: PyValue, name: string): PyValue {
    return getAttr(v, name);
  }

  // ---- running ---------------------------------------------------------------

  async run(): Promise<void> {
    const frame: Frame = { name: '<module>', node: null, ret: null };
    this.frames.push(frame);
    try {
      await this.execBlock(this.module.body, this.globals);
    } catch (err) {
      throw this.normalize(err, frame);
    } finally {
      this.frames.pop();
    }
  }

  /** Stop the run with a budget error that `except` cannot catch. */
  stop(type: PyType, message: string): never {
    const exc = pyErr(type, message);
    exc.tb = this.frames.map((f) => ({
      name: f.name,
      line: f.node?.line ?? 0,
      column: f.node?.col ?? 0,
    }));
    throw new BudgetStop(exc);
  }

  /** Turn JS-level failures into Python exceptions and record the frame in the traceback. */
  private normalize(err: unknown, frame: Frame): unknown {
    if (err instanceof BudgetStop) return err;
    let exc: PyExc;
    if (err instanceof PyExc) exc = err;
    else if (err instanceof RangeError)
      exc = pyErr(E.RecursionError, 'maximum recursion depth exceeded');
    else return err;
    this.noteFrame(exc, frame);
    return exc;
  }

  private noteFrame(exc: PyExc, frame: Frame): void {
    if (exc.tbFrame === frame) return;
    exc.tb.unshift({ name: frame.name, line: frame.node?.line ?? 0, column: frame.node?.col ?? 0 });
    exc.tbFrame = frame;
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  private at(p: Pos): void {
    this.frames[this.frames.length - 1].node = p;
  }

  private async checkpoint(): Promise<void> {
    this.nextYield = this.steps + BUDGETS.yieldEvery;
    if (Date.now() - this.started > this.limits.maxMillis) {
      this.stop(
        E.TimeoutError,
        `the snippet ran longer than ${this.limits.maxMillis / 1000} seconds (playground time budget)`,
      );
    }
    await yieldToHost();
  }

  // ---- names -----------------------------------------------------------------

  private lookupGlobal(name: string): PyValue {
    const v = this.globals.vars.get(name);
    if (v !== undefined) return v;
    const b = this.host.builtins.get(name);
    if (b !== undefined) return b;
    throw pyErr(E.NameError, `name '${name}' is not defined`);
  }

  private lookup(name: string, s: Scope): PyValue {
    const info = s.info;
    if (!info) return this.lookupGlobal(name);
    if (info.locals.has(name)) {
      const v = s.vars.get(name);
      if (v === undefined) {
        throw pyErr(
          E.UnboundLocalError,
          `cannot access local variable '${name}' where it is not associated with a value`,
        );
      }
      return v;
    }
    if (!info.globals.has(name)) {
      for (let p = s.parent; p?.info; p = p.parent) {
        if (p.info.locals.has(name)) {
          const v = p.vars.get(name);
          if (v === undefined) {
            throw pyErr(
              E.NameError,
              `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
            );
          }
          return v;
        }
      }
    }
    return this.lookupGlobal(name);
  }

  private scopeFor(name: string, s: Scope): Scope {
    const info = s.info;
    if (!info || info.globals.has(name)) return this.globals;
    if (info.nonlocals.has(name)) {
      for (let p = s.parent; p?.info; p = p.parent) if (p.info.locals.has(name)) return p;
      return this.globals;
    }
    return s;
  }

  private bind(name: string, v: PyValue, s: Scope): void {
    this.scopeFor(name, s).vars.set(name, v);
  }

  private unbind(name: string, s: Scope): void {
    const target = this.scopeFor(name, s);
    if (!target.vars.delete(name)) {
      if (target.info) {
        throw pyErr(
          E.UnboundLocalError,
          `cannot access local variable '${name}' where it is not associated with a value`,
        );
      }
      throw pyErr(E.NameError, `name '${name}' is not defined`);
    }
  }

  // ---- calls -----------------------------------------------------------------

  async callValue(fn: PyValue, args: PyValue[], kwargs: Kwargs | null): Promise<PyValue> {
    this.tick();
    if (fn instanceof PyFunction) return this.callFunction(fn, args, kwargs);
    if (fn instanceof PyBuiltin || fn instanceof PyType) {
      if (fn instanceof PyType && !fn.construct)
        throw pyErr(E.TypeError, `cannot create '${fn.name}' instances`);
      try {
        const r = await (fn instanceof PyBuiltin ? fn.fn : fn.construct!)(this, args, kwargs);
        return r instanceof PyPending ? await r.promise : r;
      } catch (err) {
        if (err instanceof RangeError)
          throw pyErr(
            E.RecursionError,
            'maximum recursion depth exceeded while calling a Python object',
          );
        throw err;
      }
    }
    throw pyErr(E.TypeError, `'${typeName(fn)}' object is not callable`);
  }

  private async callFunction(
    f: PyFunction,
    args: PyValue[],
    kwargs: Kwargs | null,
  ): Promise<PyValue> {
    const info = f.info;
    const bound = bindArguments(info.qualname, sigOf(info), args, kwargs);
    const scope = new Scope(info, f.closure as Scope);
    for (const p of info.params) {
      scope.vars.set(p.name, bound.has(p.name) ? bound.get(p.name)! : f.defaults.get(p.name)!);
    }
    if (this.frames.length >= this.limits.maxDepth)
      throw pyErr(E.RecursionError, 'maximum recursion depth exceeded');
    const frame: Frame = { name: info.name, node: null, ret: null };
    this.frames.push(frame);
    try {
      // Calls run synchronously until something awaits; every few levels we suspend on
      // purpose so deep recursion unwinds the JS stack instead of overflowing it.
      if (this.frames.length % 32 === 0) await null;
      if (info.expr) return await this.eval(info.expr, scope);
      const sig = await this.execBlock(info.body, scope);
      return sig === RETURN ? frame.ret : null;
    } catch (err) {
      throw this.normalize(err, frame);
    } finally {
      this.frames.pop();
    }
  }

  private async makeFunction(info: FunctionInfo, s: Scope): Promise<PyFunction> {
    const defaults = new Map<string, PyValue>();
    for (const p of info.params) if (p.default) defaults.set(p.name, await this.eval(p.default, s));
    return new PyFunction(info, defaults, s);
  }

  // ---- statements ------------------------------------------------------------

  async execBlock(body: Stmt[], s: Scope): Promise<Signal> {
    for (const st of body) {
      // Fast path: simple statements run without a promise per statement.
      if (st.sync && this.steps < this.nextYield) {
        this.tick();
        this.at(st);
        if (this.execSimple(st, s)) continue;
        const sig = await this.execInner(st, s);
        if (sig !== NORMAL) return sig;
        continue;
      }
      const sig = await this.exec(st, s);
      if (sig !== NORMAL) return sig;
    }
    return NORMAL;
  }

  /** Run a statement marked simple; false (with no effect) if it needs the async path. */
  private execSimple(st: Stmt, s: Scope): boolean {
    try {
      switch (st.k) {
        case 'Pass':
          return true;
        case 'Expr':
          this.evalSync(st.value, s);
          return true;
        case 'Assign': {
          const v = this.evalSync(st.value, s);
          for (const t of st.targets) this.assignSync(t, v, s);
          return true;
        }
        case 'AugAssign':
          this.augAssignSync(st.target, st.op, st.value, s, st);
          return true;
      }
      return false;
    } catch (err) {
      if (err === NEED_ASYNC) return false;
      throw err;
    }
  }

  private async exec(st: Stmt, s: Scope): Promise<Signal> {
    this.tick();
    this.at(st);
    if (this.steps >= this.nextYield) await this.checkpoint();
    return this.execInner(st, s);
  }

  private async execInner(st: Stmt, s: Scope): Promise<Signal> {
    switch (st.k) {
      case 'Expr':
        await this.eval(st.value, s);
        return NORMAL;
      case 'Assign': {
        let v = this.value(st.value, s);
        if (v instanceof Promise) v = await v;
        for (const t of st.targets) await this.assign(t, v, s);
        return NORMAL;
      }
      case 'AugAssign':
        await this.augAssign(st.target, st.op, st.value, s, st);
        return NORMAL;
      case 'Delete':
        for (const t of st.targets) await this.delete(t, s);
        return NORMAL;
      case 'Pass':
        return NORMAL;
      case 'Break':
        return BREAK;
      case 'Continue':
        return CONTINUE;
      case 'Return':
        this.frame.ret = st.value ? await this.eval(st.value, s) : null;
        return RETURN;
      case 'Raise':
        return this.raise(st, s);
      case 'Assert': {
        if (truthy(await this.eval(st.test, s))) return NORMAL;
        const msg = st.msg ? [await this.eval(st.msg, s)] : [];
        this.at(st);
        throw new PyExc(this.host.builtins.get('AssertionError') as PyType, msg);
      }
      case 'Import':
        for (const n of st.names) {
          const mod = this.importModule(n.module);
          if (n.asname) this.bind(n.asname, mod, s);
          else {
            const top = n.module.split('.')[0];
            this.bind(top, this.importModule(top), s);
          }
        }
        return NORMAL;
      case 'ImportFrom': {
        const mod = this.importModule(st.module);
        for (const n of st.names) {
          const v = mod.attrs.get(n.name) ?? this.host.importModule(`${st.module}.${n.name}`);
          if (v === undefined) {
            throw pyErr(
              E.ImportError,
              `cannot import name '${n.name}' from '${st.module}' (unknown location)`,
            );
          }
          this.bind(n.asname ?? n.name, v, s);
        }
        return NORMAL;
      }
      case 'Global':
      case 'Nonlocal':
        return NORMAL;
      case 'If': {
        let t = this.value(st.test, s);
        if (t instanceof Promise) t = await t;
        return this.execBlock(truthy(t) ? st.body : st.orelse, s);
      }
      case 'While':
        for (;;) {
          let t = this.value(st.test, s);
          if (t instanceof Promise) t = await t;
          if (!truthy(t)) break;
          const sig = await this.execBlock(st.body, s);
          if (sig === BREAK) return NORMAL;
          if (sig === RETURN) return sig;
          this.tick();
        }
        return this.execBlock(st.orelse, s);
      case 'For': {
        const pull = iterate(await this.eval(st.iter, s));
        for (;;) {
          this.at(st);
          const x = pull();
          if (x === STOP) break;
          this.tick();
          if (!st.target.sync || !this.assignSimple(st.target, x, s))
            await this.assign(st.target, x, s);
          const sig = await this.execBlock(st.body, s);
          if (sig === BREAK) return NORMAL;
          if (sig === RETURN) return sig;
        }
        return this.execBlock(st.orelse, s);
      }
      case 'With':
        return this.with(st.items, 0, st.body, s);
      case 'Try':
        return this.try(st, s);
      case 'FunctionDef':
        this.bind(st.fn.name, await this.makeFunction(st.fn, s), s);
        return NORMAL;
      case 'Unsupported':
        throw unsupported(st.what, st.line);
    }
  }

  private importModule(name: string): PyModule {
    const mod = this.host.importModule(name);
    if (mod) return mod;
    const parts = name.split('.');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (!this.host.importModule(prefix)) {
        throw pyErr(E.ModuleNotFoundError, `No module named '${prefix}'`);
      }
    }
    const exc = pyErr(E.ModuleNotFoundError, `No module named '${name}'`);
    throw exc;
  }

  private async raise(st: Extract<Stmt, { k: 'Raise' }>, s: Scope): Promise<never> {
    if (!st.exc) {
      const current = this.handling[this.handling.length - 1];
      if (!current) throw pyErr(E.RuntimeError, 'No active exception to reraise');
      throw current;
    }
    let v = await this.eval(st.exc, s);
    if (st.cause) await this.eval(st.cause, s);
    this.at(st);
    if (v instanceof PyType && v.isSubclassOf(E.BaseException))
      v = await this.callValue(v, [], null);
    if (!(v instanceof PyExc))
      throw pyErr(E.TypeError, 'exceptions must derive from BaseException');
    if (v.tbFrame === this.frame) v.tbFrame = undefined;
    throw v;
  }

  private matches(exc: PyExc, type: PyValue): boolean {
    if (type instanceof PyTuple) return type.items.some((t) => this.matches(exc, t));
    if (!(type instanceof PyType) || !type.isSubclassOf(E.BaseException)) {
      throw pyErr(
        E.TypeError,
        'catching classes that do not inherit from BaseException is not allowed',
      );
    }
    return exc.type.isSubclassOf(type);
  }

  private async try(st: Extract<Stmt, { k: 'Try' }>, s: Scope): Promise<Signal> {
    let sig: Signal = NORMAL;
    let pending: unknown;
    let failed = false;
    try {
      let raised: PyExc | undefined;
      try {
        sig = await this.execBlock(st.body, s);
      } catch (err) {
        const e = this.normalizeLocal(err);
        if (!(e instanceof PyExc)) throw e;
        raised = e;
      }
      if (raised) {
        this.noteFrame(raised, this.frame);
        let handled = false;
        for (const h of st.handlers) {
          if (h.type && !this.matches(raised, await this.eval(h.type, s))) continue;
          handled = true;
          if (h.name) this.bind(h.name, raised, s);
          this.handling.push(raised);
          try {
            sig = await this.execBlock(h.body, s);
          } finally {
            this.handling.pop();
            if (h.name) this.scopeFor(h.name, s).vars.delete(h.name);
          }
          break;
        }
        if (!handled) throw raised;
      } else if (sig === NORMAL) {
        sig = await this.execBlock(st.orelse, s);
      }
    } catch (err) {
      if (err instanceof BudgetStop) throw err;
      pending = err;
      failed = true;
    }
    if (st.finalbody.length) {
      const ret = this.frame.ret;
      const fsig = await this.execBlock(st.finalbody, s);
      if (fsig !== NORMAL) return fsig;
      this.frame.ret = ret;
    }
    if (failed) throw pending;
    return sig;
  }

  private normalizeLocal(err: unknown): unknown {
    if (err instanceof RangeError)
      return pyErr(E.RecursionError, 'maximum recursion depth exceeded');
    return err;
  }

  private async with(
    items: { ctx: Expr; target?: Expr }[],
    i: number,
    body: Stmt[],
    s: Scope,
  ): Promise<Signal> {
    if (i >= items.length) return this.execBlock(body, s);
    const item = items[i];
    const mgr = await this.eval(item.ctx, s);
    let enter: PyValue;
    let exit: PyValue;
    try {
      enter = getAttr(mgr, '__enter__');
      exit = getAttr(mgr, '__exit__');
    } catch {
      throw pyErr(
        E.TypeError,
        `'${typeName(mgr)}' object does not support the context manager protocol`,
      );
    }
    const value = await this.callValue(enter, [], null);
    if (item.target) await this.assign(item.target, value, s);
    let sig: Signal;
    try {
      sig = await this.with(items, i + 1, body, s);
    } catch (err) {
      const e = this.normalizeLocal(err);
      if (!(e instanceof PyExc)) throw e;
      this.noteFrame(e, this.frame);
      const suppress = truthy(await this.callValue(exit, [e.type, e, null], null));
      if (!suppress) throw e;
      return NORMAL;
    }
    await this.callValue(exit, [null, null, null], null);
    return sig;
  }

  // ---- targets ---------------------------------------------------------------

  private async assign(t: Expr, v: PyValue, s: Scope): Promise<void> {
    switch (t.k) {
      case 'Name':
        this.bind(t.id, v, s);
        return;
      case 'Attribute': {
        const obj = await this.eval(t.value, s);
        this.at(t);
        setAttr(obj, t.attr, v);
        return;
      }
      case 'Subscript': {
        const obj = await this.eval(t.value, s);
        if (t.index.k === 'Slice') {
          const sl = await this.slice(t.index, s);
          this.at(t);
          this.assignSlice(obj, sl, v);
          return;
        }
        const key = await this.eval(t.index, s);
        this.at(t);
        setItem(obj, key, v);
        return;
      }
      case 'Tuple':
      case 'List':
        return this.unpack(t.elts, v, s, t);
      case 'Starred':
        throw pyErr(E.TypeError, 'starred assignment target must be in a list or tuple');
      case 'Unsupported':
        throw unsupported(t.what, t.line);
    }
    throw pyErr(E.TypeError, 'invalid assignment target');
  }

  private async unpack(targets: Expr[], v: PyValue, s: Scope, at: Pos): Promise<void> {
    const [ts, values] = this.unpackPlan(targets, v, at);
    for (let i = 0; i < ts.length; i++) await this.assign(ts[i], values[i], s);
  }

  /** Match unpacking targets to values (a starred target gets a list), with CPython's errors. */
  private unpackPlan(targets: Expr[], v: PyValue, at: Pos): [Expr[], PyValue[]] {
    this.at(at);
    let items: PyValue[];
    if (v instanceof PyList || v instanceof PyTuple) items = v.items.slice();
    else {
      try {
        items = toArray(v, this.tickFn);
      } catch (err) {
        if (err instanceof PyExc && err.type.name === 'TypeError') {
          throw pyErr(E.TypeError, `cannot unpack non-iterable ${typeName(v)} object`);
        }
        throw err;
      }
    }
    const star = targets.findIndex((t) => t.k === 'Starred');
    if (star < 0) {
      if (items.length > targets.length) {
        throw pyErr(E.ValueError, `too many values to unpack (expected ${targets.length})`);
      }
      if (items.length < targets.length) {
        throw pyErr(
          E.ValueError,
          `not enough values to unpack (expected ${targets.length}, got ${items.length})`,
        );
      }
      return [targets, items];
    }
    const after = targets.length - star - 1;
    if (items.length < targets.length - 1) {
      throw pyErr(
        E.ValueError,
        `not enough values to unpack (expected at least ${targets.length - 1}, got ${items.length})`,
      );
    }
    const starTarget = targets[star] as Extract<Expr, { k: 'Starred' }>;
    const ts = [...targets.slice(0, star), starTarget.value, ...targets.slice(star + 1)];
    const values = [
      ...items.slice(0, star),
      new PyList(items.slice(star, items.length - after)),
      ...items.slice(items.length - after),
    ];
    return [ts, values];
  }

  private assignSlice(obj: PyValue, sl: SliceValue, v: PyValue): void {
    if (!(obj instanceof PyList)) {
      throw pyErr(E.TypeError, `'${typeName(obj)}' object does not support item assignment`);
    }
    let values: PyValue[];
    try {
      values = toArray(v, this.tickFn);
    } catch {
      throw pyErr(E.TypeError, 'can only assign an iterable');
    }
    setSlice(obj, sl, values);
  }

  private async augAssign(t: Expr, op: string, valueExpr: Expr, s: Scope, at: Pos): Promise<void> {
    if (t.k === 'Name') {
      this.at(t);
      const cur = this.lookup(t.id, s);
      const v = await this.eval(valueExpr, s);
      this.at(at);
      this.bind(t.id, inplaceOp(op, cur, v, this.tickFn), s);
      return;
    }
    if (t.k === 'Attribute') {
      const obj = await this.eval(t.value, s);
      this.at(t);
      const cur = getAttr(obj, t.attr);
      const v = await this.eval(valueExpr, s);
      this.at(at);
      setAttr(obj, t.attr, inplaceOp(op, cur, v, this.tickFn));
      return;
    }
    if (t.k === 'Subscript') {
      const obj = await this.eval(t.value, s);
      if (t.index.k === 'Slice') throw unsupported('augmented assignment to a slice', at.line);
      const key = await this.eval(t.index, s);
      this.at(t);
      const cur = getItem(obj, key);
      const v = await this.eval(valueExpr, s);
      this.at(at);
      setItem(obj, key, inplaceOp(op, cur, v, this.tickFn));
      return;
    }
    throw pyErr(E.TypeError, 'illegal expression for augmented assignment');
  }

  private async delete(t: Expr, s: Scope): Promise<void> {
    switch (t.k) {
      case 'Name':
        this.at(t);
        this.unbind(t.id, s);
        return;
      case 'Subscript': {
        const obj = await this.eval(t.value, s);
        if (t.index.k === 'Slice') {
          const sl = await this.slice(t.index, s);
          this.at(t);
          delItem(obj, sl, true);
          return;
        }
        const key = await this.eval(t.index, s);
        this.at(t);
        delItem(obj, key, false);
        return;
      }
      case 'Tuple':
      case 'List':
        for (const e of t.elts) await this.delete(e, s);
        return;
      case 'Attribute':
        throw unsupported('deleting attributes', t.line);
    }
    throw pyErr(E.TypeError, 'cannot delete this target');
  }

  // ---- expressions -----------------------------------------------------------

  /** The value of `e`, synchronously when the expression allows it. */
  private value(e: Expr, s: Scope): PyValue | Promise<PyValue> {
    if (e.sync) {
      try {
        return this.evalSync(e, s);
      } catch (err) {
        if (err !== NEED_ASYNC) throw err;
      }
    }
    return this.eval(e, s);
  }

  async eval(e: Expr, s: Scope): Promise<PyValue> {
    if (e.sync) {
      try {
        return this.evalSync(e, s);
      } catch (err) {
        if (err !== NEED_ASYNC) throw err;
      }
    }
    switch (e.k) {
      case 'Const':
        return e.value;
      case 'Name':
        this.at(e);
        return this.lookup(e.id, s);
      case 'BinOp': {
        const l = await this.eval(e.left, s);
        const r = await this.eval(e.right, s);
        this.at(e);
        return binaryOp(e.op as BinOp, l, r);
      }
      case 'UnaryOp': {
        const v = await this.eval(e.operand, s);
        if (e.op === 'not') return !truthy(v);
        this.at(e);
        return unaryOp(e.op as UnaryOp, v);
      }
      case 'BoolOp': {
        const l = await this.eval(e.left, s);
        if (e.op === 'and' ? !truthy(l) : truthy(l)) return l;
        return this.eval(e.right, s);
      }
      case 'Compare': {
        let left = await this.eval(e.left, s);
        for (let i = 0; i < e.ops.length; i++) {
          const right = await this.eval(e.comparators[i], s);
          this.at(e);
          if (!compareOp(e.ops[i], left, right, this.tickFn)) return false;
          left = right;
        }
        return true;
      }
      case 'IfExp':
        return truthy(await this.eval(e.test, s)) ? this.eval(e.body, s) : this.eval(e.orelse, s);
      case 'Call':
        return this.evalCall(e, s);
      case 'Attribute': {
        const obj = await this.eval(e.value, s);
        this.at(e);
        const st = this.stashed;
        this.stashed = undefined;
        const v = st && st.obj === obj && st.attr === e.attr ? st.v : getAttr(obj, e.attr);
        return v instanceof PyPending ? await v.promise : v;
      }
      case 'Subscript': {
        const obj = await this.eval(e.value, s);
        if (e.index.k === 'Slice') {
          const sl = await this.slice(e.index, s);
          this.at(e);
          return getSlice(obj, sl);
        }
        const key = await this.eval(e.index, s);
        this.at(e);
        return getItem(obj, key);
      }
      case 'List':
        return new PyList(await this.elements(e.elts, s));
      case 'Tuple':
        return new PyTuple(await this.elements(e.elts, s));
      case 'Set': {
        const set = new PySet();
        for (const x of await this.elements(e.elts, s)) setAdd(set, x);
        return set;
      }
      case 'Dict': {
        const d = new PyDict();
        for (const item of e.items) {
          if ('spread' in item) {
            const src = await this.eval(item.spread, s);
            if (!(src instanceof PyDict))
              throw pyErr(E.TypeError, `'${typeName(src)}' object is not a mapping`);
            for (const [k, v] of src.map.values()) dictSet(d, k, v);
          } else {
            const k = await this.eval(item.key, s);
            const v = await this.eval(item.value, s);
            dictSet(d, k, v);
          }
        }
        return d;
      }
      case 'FString':
        return this.fstring(e.parts, s);
      case 'Lambda':
        return this.makeFunction(e.fn, s);
      case 'Comp':
        return this.comprehension(e, s);
      case 'Slice':
        throw pyErr(E.TypeError, 'slices are only supported inside [...]');
      case 'Starred':
        this.at(e);
        throw pyErr(E.TypeError, "can't use starred expression here");
      case 'Unsupported':
        throw unsupported(e.what, e.line);
    }
  }

  private async slice(e: Extract<Expr, { k: 'Slice' }>, s: Scope): Promise<SliceValue> {
    return {
      lower: e.lower ? await this.eval(e.lower, s) : null,
      upper: e.upper ? await this.eval(e.upper, s) : null,
      step: e.step ? await this.eval(e.step, s) : null,
    };
  }

  private async elements(elts: Expr[], s: Scope): Promise<PyValue[]> {
    const out: PyValue[] = [];
    for (const x of elts) {
      if (x.k === 'Starred') {
        const v = await this.eval(x.value, s);
        this.at(x);
        out.push(...toArray(v, this.tickFn));
        checkCollectionSize(out.length);
      } else out.push(await this.eval(x, s));
    }
    return out;
  }

  private async evalCall(e: Extract<Expr, { k: 'Call' }>, s: Scope): Promise<PyValue> {
    let fn = this.value(e.func, s);
    if (fn instanceof Promise) fn = await fn;
    const args: PyValue[] = [];
    let kwargs: Kwargs | null = null;
    const fname = () =>
      fn instanceof PyFunction
        ? fn.info.qualname
        : fn instanceof PyBuiltin
          ? fn.name
          : typeName(fn);
    for (const a of e.args) {
      if (a.kind === 'pos') {
        const v = this.value(a.value, s);
        args.push(v instanceof Promise ? await v : v);
      } else if (a.kind === 'star') {
        const v = await this.eval(a.value, s);
        try {
          args.push(...toArray(v, this.tickFn));
        } catch (err) {
          if (err instanceof PyExc && err.type.name === 'TypeError') {
            this.at(e);
            throw pyErr(
              E.TypeError,
              `${fname()}() argument after * must be an iterable, not ${typeName(v)}`,
            );
          }
          throw err;
        }
      } else if (a.kind === 'kw') {
        kwargs ??= new Map();
        const v = this.value(a.value, s);
        kwargs.set(a.name, v instanceof Promise ? await v : v);
      } else {
        const v = await this.eval(a.value, s);
        this.at(e);
        if (!(v instanceof PyDict)) {
          throw pyErr(
            E.TypeError,
            `${fname()}() argument after ** must be a mapping, not ${typeName(v)}`,
          );
        }
        kwargs ??= new Map();
        for (const [k, val] of v.map.values()) {
          if (typeof k !== 'string') throw pyErr(E.TypeError, 'keywords must be strings');
          if (kwargs.has(k))
            throw pyErr(
              E.TypeError,
              `${fname()}() got multiple values for keyword argument '${k}'`,
            );
          kwargs.set(k, val);
        }
      }
    }
    this.at(e);
    return this.callValue(fn, args, kwargs);
  }

  private async fstring(parts: FPart[], s: Scope): Promise<string> {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const v = await this.eval(p.expr, s);
      const spec = p.spec ? await this.fstring(p.spec, s) : '';
      this.at(p.expr);
      out += (p.selfDoc ?? '') + this.formatPart(v, p, spec);
      checkStringLength(out.length);
    }
    return out;
  }

  private async comprehension(e: Extract<Expr, { k: 'Comp' }>, s: Scope): Promise<PyValue> {
    const inner = new Scope(e.scope, s);
    const firstIter = await this.eval(e.gens[0].iter, s);
    const results: PyValue[] = [];
    const dict = e.kind === 'dict' ? new PyDict() : null;
    const loop = async (gi: number, iterable: PyValue): Promise<void> => {
      const g = e.gens[gi];
      this.at(g.iter);
      const pull = iterate(iterable);
      for (let x = pull(); x !== STOP; x = pull()) {
        this.tick();
        if (this.steps >= this.nextYield) await this.checkpoint();
        if (!g.target.sync || !this.assignSimple(g.target, x, inner))
          await this.assign(g.target, x, inner);
        let ok = true;
        for (const cond of g.ifs) {
          let c = this.value(cond, inner);
          if (c instanceof Promise) c = await c;
          if (!truthy(c)) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (gi + 1 < e.gens.length) await loop(gi + 1, await this.eval(e.gens[gi + 1].iter, inner));
        else if (dict) {
          let k = this.value(e.elt, inner);
          if (k instanceof Promise) k = await k;
          let v = this.value(e.value!, inner);
          if (v instanceof Promise) v = await v;
          dictSet(dict, k, v);
        } else {
          let v = this.value(e.elt, inner);
          if (v instanceof Promise) v = await v;
          results.push(v);
          if (results.length > BUDGETS.maxCollectionSize) checkCollectionSize(results.length);
        }
      }
    };
    await loop(0, firstIter);
    if (dict) return dict;
    if (e.kind === 'list') return new PyList(results);
    if (e.kind === 'set') {
      const set = new PySet();
      for (const x of results) setAdd(set, x);
      return set;
    }
    let i = 0;
    return new PyIterator('generator', () => (i < results.length ? results[i++] : STOP));
  }

  // ---- synchronous evaluation (expressions marked sync) ----------------------

  private evalSync(e: Expr, s: Scope): PyValue {
    switch (e.k) {
      case 'Const':
        return e.value;
      case 'Name':
        this.at(e);
        return this.lookup(e.id, s);
      case 'BinOp': {
        const l = this.evalSync(e.left, s);
        const r = this.evalSync(e.right, s);
        this.at(e);
        return binaryOp(e.op as BinOp, l, r);
      }
      case 'UnaryOp': {
        const v = this.evalSync(e.operand, s);
        if (e.op === 'not') return !truthy(v);
        this.at(e);
        return unaryOp(e.op as UnaryOp, v);
      }
      case 'BoolOp': {
        const l = this.evalSync(e.left, s);
        if (e.op === 'and' ? !truthy(l) : truthy(l)) return l;
        return this.evalSync(e.right, s);
      }
      case 'Compare': {
        let left = this.evalSync(e.left, s);
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.evalSync(e.comparators[i], s);
          this.at(e);
          if (!compareOp(e.ops[i], left, right, this.tickFn)) return false;
          left = right;
        }
        return true;
      }
      case 'IfExp':
        return truthy(this.evalSync(e.test, s))
          ? this.evalSync(e.body, s)
          : this.evalSync(e.orelse, s);
      case 'Attribute': {
        const obj = this.evalSync(e.value, s);
        this.at(e);
        if (this.stashed && this.stashed.obj === obj && this.stashed.attr === e.attr)
          throw NEED_ASYNC;
        const v = getAttr(obj, e.attr);
        if (v instanceof PyPending) {
          // Hand the started request to the async path instead of starting it twice.
          v.promise.catch(() => {});
          this.stashed = { obj, attr: e.attr, v };
          throw NEED_ASYNC;
        }
        return v;
      }
      case 'Subscript': {
        const obj = this.evalSync(e.value, s);
        if (e.index.k === 'Slice') {
          const sl = this.sliceSync(e.index, s);
          this.at(e);
          return getSlice(obj, sl);
        }
        const key = this.evalSync(e.index, s);
        this.at(e);
        return getItem(obj, key);
      }
      case 'List':
        return new PyList(this.elementsSync(e.elts, s));
      case 'Tuple':
        return new PyTuple(this.elementsSync(e.elts, s));
      case 'Set': {
        const set = new PySet();
        for (const x of this.elementsSync(e.elts, s)) setAdd(set, x);
        return set;
      }
      case 'Dict': {
        const d = new PyDict();
        for (const item of e.items) {
          if ('spread' in item) {
            const src = this.evalSync(item.spread, s);
            if (!(src instanceof PyDict))
              throw pyErr(E.TypeError, `'${typeName(src)}' object is not a mapping`);
            for (const [k, v] of src.map.values()) dictSet(d, k, v);
          } else {
            const k = this.evalSync(item.key, s);
            dictSet(d, k, this.evalSync(item.value, s));
          }
        }
        return d;
      }
      case 'FString':
        return this.fstringSync(e.parts, s);
    }
    throw NEED_ASYNC;
  }

  private sliceSync(e: Extract<Expr, { k: 'Slice' }>, s: Scope): SliceValue {
    return {
      lower: e.lower ? this.evalSync(e.lower, s) : null,
      upper: e.upper ? this.evalSync(e.upper, s) : null,
      step: e.step ? this.evalSync(e.step, s) : null,
    };
  }

  private elementsSync(elts: Expr[], s: Scope): PyValue[] {
    const out: PyValue[] = [];
    for (const x of elts) {
      if (x.k === 'Starred') {
        const v = this.evalSync(x.value, s);
        this.at(x);
        out.push(...toArray(v, this.tickFn));
        checkCollectionSize(out.length);
      } else out.push(this.evalSync(x, s));
    }
    return out;
  }

  private fstringSync(parts: FPart[], s: Scope): string {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const v = this.evalSync(p.expr, s);
      const spec = p.spec ? this.fstringSync(p.spec, s) : '';
      this.at(p.expr);
      out += (p.selfDoc ?? '') + this.formatPart(v, p, spec);
      checkStringLength(out.length);
    }
    return out;
  }

  private formatPart(v: PyValue, p: Exclude<FPart, string>, spec: string): string {
    const conv = p.conv ?? (p.selfDoc !== undefined && !p.spec ? 'r' : undefined);
    if (conv === 'r' || conv === 'a') return formatValue(repr(v), spec);
    if (conv === 's') return formatValue(str(v), spec);
    return formatValue(v, spec);
  }

  private assignSync(t: Expr, v: PyValue, s: Scope): void {
    switch (t.k) {
      case 'Name':
        this.bind(t.id, v, s);
        return;
      case 'Attribute': {
        const obj = this.evalSync(t.value, s);
        this.at(t);
        setAttr(obj, t.attr, v);
        return;
      }
      case 'Subscript': {
        const obj = this.evalSync(t.value, s);
        if (t.index.k === 'Slice') {
          const sl = this.sliceSync(t.index, s);
          this.at(t);
          this.assignSlice(obj, sl, v);
          return;
        }
        const key = this.evalSync(t.index, s);
        this.at(t);
        setItem(obj, key, v);
        return;
      }
      case 'Tuple':
      case 'List': {
        const [targets, values] = this.unpackPlan(t.elts, v, t);
        for (let i = 0; i < targets.length; i++) this.assignSync(targets[i], values[i], s);
        return;
      }
    }
    throw NEED_ASYNC;
  }

  /** Assign synchronously when possible; false (with no effect) when it needs the async path. */
  private assignSimple(t: Expr, v: PyValue, s: Scope): boolean {
    try {
      this.assignSync(t, v, s);
      return true;
    } catch (err) {
      if (err === NEED_ASYNC) return false;
      throw err;
    }
  }

  private augAssignSync(t: Expr, op: string, valueExpr: Expr, s: Scope, at: Pos): void {
    const tick = this.tickFn;
    if (t.k === 'Name') {
      this.at(t);
      const cur = this.lookup(t.id, s);
      const v = this.evalSync(valueExpr, s);
      this.at(at);
      this.bind(t.id, inplaceOp(op, cur, v, tick), s);
      return;
    }
    if (t.k === 'Attribute') {
      const obj = this.evalSync(t.value, s);
      this.at(t);
      const cur = getAttr(obj, t.attr);
      if (cur instanceof PyPending) throw NEED_ASYNC;
      const v = this.evalSync(valueExpr, s);
      this.at(at);
      setAttr(obj, t.attr, inplaceOp(op, cur, v, tick));
      return;
    }
    if (t.k === 'Subscript' && t.index.k !== 'Slice') {
      const obj = this.evalSync(t.value, s);
      const key = this.evalSync(t.index, s);
      this.at(t);
      const cur = getItem(obj, key);
      const v = this.evalSync(valueExpr, s);
      this.at(at);
      setItem(obj, key, inplaceOp(op, cur, v, tick));
      return;
    }
    throw NEED_ASYNC;
  }
}
