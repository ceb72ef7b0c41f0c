// The tree-walking evaluator: ONE evaluator, written as generator functions. Evaluating
// never awaits by itself; a generator yields a Promise only where a host call (a wandb
// round trip, a pause for the page) really has to wait. `run()` drives it and awaits those
// promises; `callSync` drives it synchronously for the value layer (repr, ==, hash, sort),
// where a wait is refused with a clear error. Python generators are the same machinery:
// a generator function's body is a JS generator that yields `YieldReq` values.

import { BudgetStop, BUDGETS, checkCollectionSize, checkStringLength } from '../budgets';
import type { Arg, Expr, FPart, FunctionInfo, Module, Pos, ScopeInfo, Stmt } from '../syntax/ast';
import { type BinOp, binaryOp, type UnaryOp, unaryOp } from '../values/arith';
import { truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { formatValue } from '../values/format';
import { dictSet, setAdd } from '../values/hashing';
import {
  type ClassRuntime,
  type Kwargs,
  type NativeContext,
  type OutputStream,
  PyBoundMethod,
  PyBuiltin,
  PyDict,
  PyDictSub,
  PyExc,
  PyFunction,
  PyGenerator,
  PyHost,
  PyInstance,
  PyList,
  PyPending,
  type PyModule,
  PyProperty,
  PySet,
  PySuper,
  PyTuple,
  PyTupleSub,
  PyType,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr, str } from '../values/repr';
import { typeName } from '../values/typename';
import { delAttr, getAttr, setAttr } from './attributes';
import { findInMro, instanceAttr, makeClass, OBJECT_INIT } from './classes';
import { iterate, toArray } from './iteration';
import { matchStatement } from '../matchSupport';
import type { PatternRuntime } from './patterns';
import { compareOp, inplaceOp } from './operators';
import { bindArguments, type SigParam } from './signature';
import { delItem, getItem, getSlice, type SliceValue, setItem, setSlice } from './subscript';
import { yieldToHost } from './yield';

/** What an evaluator generator yields: a Promise to await, or a Python `yield`. */
export type Gen<T = PyValue> = Generator<unknown, T, unknown>;

/** An iterator as loops see it: a synchronous pull, or an evaluator step (generators, __next__). */
type Iter =
  | { sync: () => PyValue | typeof STOP; gen?: undefined }
  | { sync?: undefined; gen: () => Gen<PyValue | typeof STOP> };

/** A Python `yield value`, passed up to the generator object driving the body. */
export class YieldReq {
  constructor(readonly value: PyValue) {}
}

const isAtom = (e: Expr): boolean => e.k === 'Const' || e.k === 'Name';

const NORMAL = 0;
const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;
type Signal = 0 | 1 | 2 | 3;

/** The class a method's zero-argument super() refers to (CPython's `__class__` cell). */
export interface ClassCell {
  cls: PyType | null;
}

export class Scope {
  readonly vars = new Map<string, PyValue>();
  classCell?: ClassCell;
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
  /** A Promise when the module loads on demand (a stdlib chunk); the import statement awaits it. */
  importModule(name: string): PyModule | undefined | Promise<PyModule | undefined>;
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
      posonly: p.posonly,
    }));
    sigCache.set(info, s);
  }
  return s;
}

export function unsupported(what: string, line: number): PyExc {
  return pyErr(E.NotImplementedError, `not supported in the playground: ${what} (line ${line})`);
}

const WAIT_REFUSED =
  'not supported in the playground: waiting for W&B inside a method that Python calls implicitly (repr, ==, hash, len, sorting) or inside a generator consumed by a builtin';

/** A Python generator object whose body is an evaluator generator. */
class Generator_ extends PyGenerator {
  private started = false;
  private finished = false;
  private running = false;
  returnValue: PyValue = null;
  constructor(
    private readonly rt: Interpreter,
    private readonly body: Gen<PyValue>,
    private readonly frame: Frame,
    name: string,
    qualname: string,
  ) {
    super(name, qualname);
  }

  /** Resume with `sent` (or throw `thrown` in); yields host promises upward; STOP at the end. */
  *resume(sent: PyValue, thrown?: PyExc): Gen<PyValue | typeof STOP> {
    if (this.running) throw pyErr(E.ValueError, 'generator already executing');
    if (this.finished) {
      if (thrown) throw thrown;
      // The return value goes with the first StopIteration only.
      this.returnValue = null;
      return STOP;
    }
    if (!this.started && sent !== null && !thrown)
      throw pyErr(E.TypeError, "can't send non-None value to a just-started generator");
    this.started = true;
    this.running = true;
    const rt = this.rt;
    rt.pushFrame(this.frame);
    try {
      let r: IteratorResult<unknown, PyValue>;
      try {
        r = thrown ? this.body.throw(thrown) : this.body.next(sent);
        for (;;) {
          if (r.done) {
            this.finished = true;
            this.returnValue = r.value;
            return STOP;
          }
          if (r.value instanceof YieldReq) return r.value.value;
          // A host promise: pass it to whoever drives us, then continue with its outcome.
          let v: unknown;
          rt.popFrame();
          try {
            v = yield r.value;
          } catch (err) {
            rt.pushFrame(this.frame);
            r = this.body.throw(err);
            continue;
          }
          rt.pushFrame(this.frame);
          r = this.body.next(v);
        }
      } catch (err) {
        this.finished = true;
        throw rt.normalizeAt(err, this.frame);
      }
    } finally {
      this.running = false;
      rt.popFrame();
    }
  }

  pull(): PyValue | typeof STOP {
    return this.rt.runSync(this.resume(null));
  }

  private *step(sent: PyValue, thrown?: PyExc): Gen {
    const v = yield* this.resume(sent, thrown);
    if (v === STOP) {
      throw new PyExc(E.StopIteration, this.returnValue === null ? [] : [this.returnValue]);
    }
    return v;
  }

  send(v: PyValue): PyValue | Promise<PyValue> {
    return this.rt.runMaybe(this.step(v));
  }

  throwIn(exc: PyExc): PyValue | Promise<PyValue> {
    return this.rt.runMaybe(this.step(null, exc));
  }

  /** close(): throw GeneratorExit in so `finally` blocks run (as CPython). */
  close(): PyValue | Promise<PyValue> {
    return this.rt.runMaybe(this.closing());
  }

  private *closing(): Gen {
    if (!this.started || this.finished) {
      this.finished = true;
      return null;
    }
    try {
      const v = yield* this.resume(null, new PyExc(E.GeneratorExit, []));
      if (v !== STOP) throw pyErr(E.RuntimeError, 'generator ignored GeneratorExit');
    } catch (err) {
      if (!(err instanceof PyExc) || !err.type.isSubclassOf(E.GeneratorExit)) throw err;
    }
    return null;
  }
}

export { Generator_ as PyGeneratorImpl };

export class Interpreter implements NativeContext, ClassRuntime {
  steps = 0;
  /** One shared callback (not a fresh closure per operation) for natives that charge steps. */
  private readonly tickFn = (n?: number): void => this.tick(n);
  private nextYield: number = BUDGETS.yieldEvery;
  private readonly started = Date.now();
  readonly frames: Frame[] = [];
  private readonly handling: PyExc[] = [];
  readonly globals = new Scope(null, null);
  /** >0 while the value layer drives Python code synchronously (no pauses for the page). */
  private syncDepth = 0;

  private readonly limits: RunLimits;

  constructor(
    private readonly module: Module,
    private readonly host: InterpHost,
  ) {
    this.globals.vars.set('__name__', '__main__');
    if (module.futureAnnotations || module.hasAnnotations)
      this.globals.vars.set('__annotations__', new PyDict());
    this.limits = { ...BUDGETS, ...(host.limits ?? {}) };
  }

  // ---- NativeContext / ClassRuntime -------------------------------------------

  /** Call a Python value: synchronously when nothing waits, else a Promise. */
  call(fn: PyValue, args: PyValue[], kwargs: Kwargs | null = null): PyValue | Promise<PyValue> {
    return this.runMaybe(this.callValue(fn, args, kwargs));
  }

  /** Drive `g` synchronously; only if it waits, continue asynchronously (a Promise). */
  runMaybe<T>(g: Gen<T>): T | Promise<T> {
    const r = g.next();
    if (r.done) return r.value;
    return this.finish(g, r.value);
  }

  callSync(fn: PyValue, args: PyValue[], kwargs: Kwargs | null = null): PyValue {
    return this.runSync(this.callValue(fn, args, kwargs));
  }

  stackLines(): number[] {
    return this.frames.map((f) => f.node?.line ?? 0).reverse();
  }

  /** Drive an evaluator generator to its end without waiting; a wait is refused in Python. */
  runSync<T>(g: Gen<T>): T {
    this.syncDepth++;
    try {
      let r = g.next();
      while (!r.done) {
        const w = r.value;
        if (w instanceof Promise) w.catch(() => {});
        r = g.throw(pyErr(E.NotImplementedError, WAIT_REFUSED));
      }
      return r.value;
    } finally {
      this.syncDepth--;
    }
  }

  /** Drive an evaluator generator, awaiting the promises it yields. */
  private async finish<T>(g: Gen<T>, first: unknown): Promise<T> {
    let w = first;
    for (;;) {
      let r: IteratorResult<unknown, T>;
      try {
        const v = await w;
        r = g.next(v);
      } catch (err) {
        if (err instanceof BudgetStop) {
          g.return(undefined as T);
          throw err;
        }
        r = g.throw(err);
      }
      if (r.done) return r.value;
      w = r.value;
    }
  }

  private drive<T>(g: Gen<T>): Promise<T> {
    try {
      const r = g.next();
      if (r.done) return Promise.resolve(r.value);
      return this.finish(g, r.value);
    } catch (err) {
      return Promise.reject(err);
    }
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
      await this.drive(this.block(this.module.body, this.globals));
    } catch (err) {
      throw this.normalizeAt(err, frame);
    } finally {
      this.frames.pop();
    }
  }

  pushFrame(f: Frame): void {
    if (this.frames.length >= this.limits.maxDepth)
      throw pyErr(E.RecursionError, 'maximum recursion depth exceeded');
    this.frames.push(f);
  }

  popFrame(): void {
    this.frames.pop();
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
  normalizeAt(err: unknown, frame: Frame): unknown {
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

  /** Every few thousand steps: check the clock and let the page breathe (not inside callSync). */
  private *checkpoint(): Gen<void> {
    this.nextYield = this.steps + BUDGETS.yieldEvery;
    if (Date.now() - this.started > this.limits.maxMillis) {
      this.stop(
        E.TimeoutError,
        `the snippet ran longer than ${this.limits.maxMillis / 1000} seconds (playground time budget)`,
      );
    }
    if (this.syncDepth === 0) yield yieldToHost();
  }

  // ---- names -----------------------------------------------------------------

  private lookupGlobal(name: string): PyValue {
    const v = this.globals.vars.get(name);
    if (v !== undefined) return v;
    const b = this.host.builtins.get(name);
    if (b !== undefined) return b;
    throw pyErr(E.NameError, `name '${name}' is not defined`);
  }

  /** A free variable: the nearest enclosing function that binds it (class bodies are skipped). */
  private lookupFree(name: string, s: Scope): PyValue {
    for (let p = s.parent; p?.info; p = p.parent) {
      if (p.info.kind === 'class') continue;
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
    return this.lookupGlobal(name);
  }

  private lookup(name: string, s: Scope): PyValue {
    const info = s.info;
    if (!info) return this.lookupGlobal(name);
    if (info.kind === 'class') {
      const v = s.vars.get(name);
      if (v !== undefined) return v;
      return info.globals.has(name) ? this.lookupGlobal(name) : this.lookupFree(name, s);
    }
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
    if (!info.globals.has(name)) return this.lookupFree(name, s);
    return this.lookupGlobal(name);
  }

  private scopeFor(name: string, s: Scope): Scope {
    const info = s.info;
    if (!info || info.globals.has(name)) return this.globals;
    if (info.nonlocals.has(name)) {
      for (let p = s.parent; p?.info; p = p.parent)
        if (p.info.kind !== 'class' && p.info.locals.has(name)) return p;
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
      if (target.info && target.info.kind !== 'class') {
        throw pyErr(
          E.UnboundLocalError,
          `cannot access local variable '${name}' where it is not associated with a value`,
        );
      }
      throw pyErr(E.NameError, `name '${name}' is not defined`);
    }
  }

  // ---- calls -----------------------------------------------------------------

  *callValue(fn: PyValue, args: PyValue[], kwargs: Kwargs | null): Gen {
    this.tick();
    if (fn instanceof PyFunction) return yield* this.callFunction(fn, args, kwargs);
    if (fn instanceof PyBoundMethod)
      return yield* this.callValue(fn.fn, [fn.self, ...args], kwargs);
    if (fn instanceof PyType && fn.user) {
      // A class-API metaclass's __call__ replaces type.__call__ (Enum's Color(1) lookup).
      const metaCall = fn.meta ? findInMro(fn.meta, '__call__', true) : undefined;
      if (metaCall !== undefined) return yield* this.callValue(metaCall, [fn, ...args], kwargs);
      return yield* this.instantiate(fn, args, kwargs);
    }
    if (fn instanceof PyBuiltin || fn instanceof PyType) {
      if (fn instanceof PyType && !fn.construct)
        throw pyErr(E.TypeError, `cannot create '${fn.name}' instances`);
      for (const a of args) {
        // A paginator that waits for pages: builtins cannot wait, so fetch first.
        const p = a instanceof PyHost ? a.prefetch?.(fn.name) : undefined;
        if (p) yield p;
      }
      let r: PyValue | Promise<PyValue>;
      try {
        r = (fn instanceof PyBuiltin ? fn.fn : fn.construct!)(this, args, kwargs);
      } catch (err) {
        throw this.nativeRecursion(err);
      }
      if (r instanceof Promise) r = (yield r) as PyValue;
      if (r instanceof PyPending) r = (yield r.promise) as PyValue;
      return r;
    }
    if (fn instanceof PyInstance) {
      const call = findInMro(fn.cls, '__call__');
      if (call !== undefined) return yield* this.callValue(call, [fn, ...args], kwargs);
    }
    throw pyErr(E.TypeError, `'${typeName(fn)}' object is not callable`);
  }

  private nativeRecursion(err: unknown): unknown {
    if (err instanceof RangeError)
      return pyErr(
        E.RecursionError,
        'maximum recursion depth exceeded while calling a Python object',
      );
    return err;
  }

  /** `Cls(...)` for a class made by a class statement or the class API. */
  private *instantiate(cls: PyType, args: PyValue[], kwargs: Kwargs | null): Gen {
    const newFn = findInMro(cls, '__new__', true);
    let obj: PyValue;
    if (newFn !== undefined) {
      obj = yield* this.callValue(newFn, [cls, ...args], kwargs);
      const made =
        obj instanceof PyInstance || obj instanceof PyDictSub || obj instanceof PyTupleSub
          ? obj.cls
          : obj instanceof PyExc
            ? obj.type
            : null;
      if (!made?.isSubclassOf(cls)) return obj;
    } else obj = cls.isSubclassOf(E.BaseException) ? new PyExc(cls, args) : new PyInstance(cls);
    const init = findInMro(cls, '__init__');
    if (init === undefined || init === OBJECT_INIT) {
      if ((args.length || kwargs?.size) && newFn === undefined)
        throw pyErr(E.TypeError, `${cls.name}() takes no arguments`);
      return obj;
    }
    const r = yield* this.callValue(init, [obj, ...args], kwargs);
    if (r !== null) throw pyErr(E.TypeError, `__init__() should return None, not '${typeName(r)}'`);
    return obj;
  }

  private newScope(f: PyFunction, args: PyValue[], kwargs: Kwargs | null): Scope {
    const info = f.info;
    const bound = bindArguments(f.qualname, sigOf(info), args, kwargs);
    const scope = new Scope(info, f.closure as Scope);
    scope.classCell = f.classCell as ClassCell | undefined;
    for (const p of info.params) {
      const v = bound.get(p.name);
      scope.vars.set(p.name, v !== undefined ? v : f.defaults.get(p.name)!);
    }
    return scope;
  }

  private *callFunction(f: PyFunction, args: PyValue[], kwargs: Kwargs | null): Gen {
    const info = f.info;
    const scope = this.newScope(f, args, kwargs);
    const frame: Frame = { name: info.name, node: null, ret: null };
    if (info.isGenerator) {
      const body = this.generatorBody(info, scope, frame);
      return new Generator_(this, body, frame, info.name, f.qualname);
    }
    this.pushFrame(frame);
    try {
      if (info.expr) return yield* this.ev(info.expr, scope);
      const sig = yield* this.block(info.body, scope);
      return sig === RETURN ? frame.ret : null;
    } catch (err) {
      throw this.normalizeAt(err, frame);
    } finally {
      this.frames.pop();
    }
  }

  private *generatorBody(info: FunctionInfo, scope: Scope, frame: Frame): Gen {
    if (info.expr) {
      yield* this.ev(info.expr, scope);
      return null;
    }
    const sig = yield* this.block(info.body, scope);
    return sig === RETURN ? frame.ret : null;
  }

  private *makeFunction(info: FunctionInfo, s: Scope): Gen<PyFunction> {
    const defaults = new Map<string, PyValue>();
    for (const p of info.params) if (p.default) defaults.set(p.name, yield* this.ev(p.default, s));
    // Functions in a class body close over the enclosing function, not the class namespace.
    const inClass = s.info?.kind === 'class';
    const f = new PyFunction(info, defaults, inClass ? s.parent : s);
    f.classCell = s.classCell;
    f.module = '__main__';
    f.annotations = yield* this.annotations(info, s);
    return f;
  }

  /** A function's `__annotations__`: evaluated at def time, or strings under the future import. */
  private *annotations(info: FunctionInfo, s: Scope): Gen<PyDict | null> {
    if (!info.annotated) return null;
    const d = new PyDict();
    for (const p of info.params) {
      if (!p.annotation) continue;
      dictSet(d, p.name, yield* this.annotationValue(p.annotation, s));
    }
    if (info.returns) dictSet(d, 'return', yield* this.annotationValue(info.returns, s));
    return d;
  }

  private *annotationValue(a: { expr: Expr; text: string }, s: Scope): Gen {
    if (this.module.futureAnnotations) return a.text;
    return yield* this.ev(a.expr, s);
  }

  // ---- statements ------------------------------------------------------------

  *block(body: Stmt[], s: Scope): Gen<Signal> {
    for (const st of body) {
      this.tick();
      this.at(st);
      if (this.steps >= this.nextYield) yield* this.checkpoint();
      let sig: Signal = NORMAL;
      switch (st.k) {
        case 'Expr':
          yield* this.ev(st.value, s);
          break;
        case 'Assign': {
          const v = this.leaf(st.value, s) ?? (yield* this.ev(st.value, s));
          for (const t of st.targets) {
            if (t.k === 'Name') this.bind(t.id, v, s);
            else yield* this.assign(t, v, s);
          }
          break;
        }
        case 'AugAssign':
          if (st.target.k === 'Name') {
            const t = st.target;
            this.at(t);
            const cur = this.lookup(t.id, s);
            const v = this.leaf(st.value, s) ?? (yield* this.ev(st.value, s));
            this.at(st);
            this.bind(t.id, inplaceOp(st.op, cur, v, this.tickFn), s);
          } else yield* this.augAssign(st.target, st.op, st.value, s, st);
          break;
        case 'Pass':
        case 'Global':
        case 'Nonlocal':
          break;
        default:
          sig = yield* this.exec(st, s);
      }
      if (sig !== NORMAL) return sig;
    }
    return NORMAL;
  }

  private *exec(st: Stmt, s: Scope): Gen<Signal> {
    switch (st.k) {
      case 'AnnAssign':
        return yield* this.annAssign(st, s);
      case 'Delete':
        for (const t of st.targets) yield* this.delete(t, s);
        return NORMAL;
      case 'Break':
        return BREAK;
      case 'Continue':
        return CONTINUE;
      case 'Return':
        this.frame.ret = st.value ? yield* this.ev(st.value, s) : null;
        return RETURN;
      case 'Raise':
        return yield* this.raise(st, s);
      case 'Assert': {
        if (truthy(yield* this.ev(st.test, s))) return NORMAL;
        const msg = st.msg ? [yield* this.ev(st.msg, s)] : [];
        this.at(st);
        throw new PyExc(E.AssertionError, msg);
      }
      case 'Import':
        for (const n of st.names) {
          const mod = yield* this.importModule(n.module);
          if (n.asname) this.bind(n.asname, mod, s);
          else {
            const top = n.module.split('.')[0];
            this.bind(top, yield* this.importModule(top), s);
          }
        }
        return NORMAL;
      case 'ImportFrom': {
        const mod = yield* this.importModule(st.module);
        for (const n of st.names) {
          const v = mod.attrs.get(n.name) ?? (yield* this.hostModule(`${st.module}.${n.name}`));
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
      case 'If': {
        const t = this.leaf(st.test, s) ?? (yield* this.ev(st.test, s));
        return yield* this.block(truthy(t) ? st.body : st.orelse, s);
      }
      case 'While':
        for (;;) {
          if (!truthy(yield* this.ev(st.test, s))) break;
          const sig = yield* this.block(st.body, s);
          if (sig === BREAK) return NORMAL;
          if (sig === RETURN) return sig;
          this.tick();
        }
        return yield* this.block(st.orelse, s);
      case 'For':
        return yield* this.forLoop(st, s);
      case 'With':
        return yield* this.with(st.items, 0, st.body, s);
      case 'Try':
        return yield* this.try(st, s);
      case 'Match':
        return yield* this.match(st, s);
      case 'FunctionDef': {
        const decorators = yield* this.evalAll(st.decorators, s);
        let f: PyValue = yield* this.makeFunction(st.fn, s);
        this.at(st);
        f = yield* this.decorate(decorators, f);
        this.bind(st.fn.name, f, s);
        return NORMAL;
      }
      case 'ClassDef':
        yield* this.classDef(st, s);
        return NORMAL;
      case 'Unsupported':
        throw unsupported(st.what, st.line);
    }
    return NORMAL;
  }

  private *evalAll(es: Expr[], s: Scope): Gen<PyValue[]> {
    const out: PyValue[] = [];
    for (const e of es) out.push(yield* this.ev(e, s));
    return out;
  }

  /** Apply decorators bottom-up, as CPython does. */
  private *decorate(decorators: PyValue[], v: PyValue): Gen {
    for (let i = decorators.length - 1; i >= 0; i--)
      v = yield* this.callValue(decorators[i], [v], null);
    return v;
  }

  private *classDef(st: Extract<Stmt, { k: 'ClassDef' }>, s: Scope): Gen<void> {
    const decorators = yield* this.evalAll(st.decorators, s);
    const { args: bases, kwargs } = yield* this.callArgs(st.bases, s, () => st.name);
    const ns = new Scope(st.scope, s);
    ns.classCell = { cls: null };
    ns.vars.set('__module__', '__main__');
    ns.vars.set('__qualname__', st.qualname);
    if (st.doc !== undefined) ns.vars.set('__doc__', st.doc);
    if (st.scope.hasAnnotations) ns.vars.set('__annotations__', new PyDict());
    const frame: Frame = { name: st.name, node: null, ret: null };
    this.pushFrame(frame);
    try {
      yield* this.block(st.body, ns);
    } catch (err) {
      throw this.normalizeAt(err, frame);
    } finally {
      this.frames.pop();
    }
    this.at(st);
    let cls: PyValue = makeClass(this, st.name, st.qualname, bases, ns.vars, kwargs);
    ns.classCell.cls = cls as PyType;
    cls = yield* this.decorate(decorators, cls);
    this.bind(st.name, cls, s);
  }

  private *annAssign(st: Extract<Stmt, { k: 'AnnAssign' }>, s: Scope): Gen<Signal> {
    if (st.value) {
      const v = yield* this.ev(st.value, s);
      yield* this.assign(st.target, v, s);
    }
    // CPython evaluates annotations of simple names only at module and class level.
    if (st.target.k === 'Name' && st.simple && s.info?.kind !== 'function') {
      const ann = yield* this.annotationValue(st.annotation, s);
      const store = s.info
        ? s.vars.get('__annotations__')
        : this.globals.vars.get('__annotations__');
      if (store instanceof PyDict) dictSet(store, st.target.id, ann);
    } else if (
      !this.module.futureAnnotations &&
      s.info?.kind !== 'function' &&
      st.target.k !== 'Name'
    ) {
      // `obj.attr: T = v` at module/class level evaluates T (and discards it).
      yield* this.ev(st.annotation.expr, s);
    }
    return NORMAL;
  }

  private *forLoop(st: Extract<Stmt, { k: 'For' }>, s: Scope): Gen<Signal> {
    const it = yield* this.iterator(yield* this.ev(st.iter, s));
    for (;;) {
      this.at(st);
      const x = it.sync ? it.sync() : yield* it.gen();
      if (x === STOP) break;
      this.tick();
      if (st.target.k === 'Name') this.bind(st.target.id, x, s);
      else yield* this.assign(st.target, x, s);
      const sig = yield* this.block(st.body, s);
      if (sig === BREAK) return NORMAL;
      if (sig === RETURN) return sig;
    }
    return yield* this.block(st.orelse, s);
  }

  /**
   * An iterator for `for` loops and comprehensions: Python generators and user iterators
   * run in the evaluator (so a W&B call inside them can wait); the rest pull synchronously.
   */
  *iterator(v: PyValue): Gen<Iter> {
    if (v instanceof Generator_) return { gen: () => v.resume(null) };
    if (v instanceof PyHost && v.nextItem) {
      const host = v;
      host.rewind?.();
      return {
        *gen() {
          const r = host.nextItem!();
          return r instanceof Promise ? ((yield r) as PyValue | typeof STOP) : r;
        },
      };
    }
    if (v instanceof PyInstance) {
      const iterFn = findInMro(v.cls, '__iter__', true);
      if (iterFn === undefined) return { sync: iterate(v) };
      const it = yield* this.callValue(iterFn, [v], null);
      if (it instanceof Generator_) return { gen: () => it.resume(null) };
      if (!(it instanceof PyInstance)) return { sync: iterate(it) };
      const nextFn = findInMro(it.cls, '__next__', true);
      if (nextFn === undefined)
        throw pyErr(E.TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
      const self = this;
      return {
        *gen() {
          try {
            return yield* self.callValue(nextFn, [it], null);
          } catch (err) {
            if (err instanceof PyExc && err.type.isSubclassOf(E.StopIteration)) return STOP;
            throw err;
          }
        },
      };
    }
    return { sync: iterate(v) };
  }

  /** The host's module, waiting (yielding its Promise) when it loads on demand. */
  private *hostModule(name: string): Gen<PyModule | undefined> {
    const m = this.host.importModule(name);
    return m instanceof Promise ? ((yield m) as PyModule | undefined) : m;
  }

  private *importModule(name: string): Gen<PyModule> {
    const mod = yield* this.hostModule(name);
    if (mod) return mod;
    const parts = name.split('.');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (!(yield* this.hostModule(prefix))) {
        throw pyErr(E.ModuleNotFoundError, `No module named '${prefix}'`);
      }
    }
    throw pyErr(E.ModuleNotFoundError, `No module named '${name}'`);
  }

  private *raise(st: Extract<Stmt, { k: 'Raise' }>, s: Scope): Gen<never> {
    if (!st.exc) {
      const current = this.handling[this.handling.length - 1];
      if (!current) throw pyErr(E.RuntimeError, 'No active exception to reraise');
      throw current;
    }
    let v = yield* this.ev(st.exc, s);
    if (st.cause) yield* this.ev(st.cause, s);
    this.at(st);
    if (v instanceof PyType && v.isSubclassOf(E.BaseException))
      v = yield* this.callValue(v, [], null);
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

  private *try(st: Extract<Stmt, { k: 'Try' }>, s: Scope): Gen<Signal> {
    let sig: Signal = NORMAL;
    let pending: unknown;
    let failed = false;
    try {
      let raised: PyExc | undefined;
      try {
        sig = yield* this.block(st.body, s);
      } catch (err) {
        const e = this.normalizeLocal(err);
        if (!(e instanceof PyExc)) throw e;
        raised = e;
      }
      if (raised) {
        this.noteFrame(raised, this.frame);
        let handled = false;
        for (const h of st.handlers) {
          if (h.type && !this.matches(raised, yield* this.ev(h.type, s))) continue;
          handled = true;
          if (h.name) this.bind(h.name, raised, s);
          this.handling.push(raised);
          try {
            sig = yield* this.block(h.body, s);
          } finally {
            this.handling.pop();
            if (h.name) this.scopeFor(h.name, s).vars.delete(h.name);
          }
          break;
        }
        if (!handled) throw raised;
      } else if (sig === NORMAL) {
        sig = yield* this.block(st.orelse, s);
      }
    } catch (err) {
      if (err instanceof BudgetStop) throw err;
      pending = err;
      failed = true;
    }
    if (st.finalbody.length) {
      const ret = this.frame.ret;
      const fsig = yield* this.block(st.finalbody, s);
      if (fsig !== NORMAL) return fsig;
      this.frame.ret = ret;
    }
    if (failed) throw pending;
    return sig;
  }

  /** The first case whose pattern matches and whose guard holds runs; none is fine. */
  private *match(st: Extract<Stmt, { k: 'Match' }>, s: Scope): Gen<Signal> {
    const subject = yield* this.ev(st.subject, s);
    const rt: PatternRuntime = {
      value: (e) => this.ev(e, s),
      attr: (o, name) => this.attrOrMissing(o, name),
      at: (p) => this.at(p),
      tick: this.tickFn,
    };
    const { matchPattern } = matchStatement();
    for (const mc of st.cases) {
      const binds = new Map<string, PyValue>();
      if (!(yield* matchPattern(rt, mc.pattern, subject, binds))) continue;
      for (const [name, v] of binds) this.bind(name, v, s);
      if (mc.guard && !truthy(yield* this.ev(mc.guard, s))) continue;
      return yield* this.block(mc.body, s);
    }
    return NORMAL;
  }

  private *attrOrMissing(obj: PyValue, name: string): Gen<PyValue | undefined> {
    try {
      return yield* this.getAttrG(obj, name);
    } catch (err) {
      if (err instanceof PyExc && err.type.isSubclassOf(E.AttributeError)) return undefined;
      throw err;
    }
  }

  private normalizeLocal(err: unknown): unknown {
    if (err instanceof RangeError)
      return pyErr(E.RecursionError, 'maximum recursion depth exceeded');
    return err;
  }

  private *with(
    items: { ctx: Expr; target?: Expr }[],
    i: number,
    body: Stmt[],
    s: Scope,
  ): Gen<Signal> {
    if (i >= items.length) return yield* this.block(body, s);
    const item = items[i];
    const mgr = yield* this.ev(item.ctx, s);
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
    const value = yield* this.callValue(enter, [], null);
    if (item.target) yield* this.assign(item.target, value, s);
    let sig: Signal;
    try {
      sig = yield* this.with(items, i + 1, body, s);
    } catch (err) {
      const e = this.normalizeLocal(err);
      if (!(e instanceof PyExc)) throw e;
      this.noteFrame(e, this.frame);
      const suppress = truthy(yield* this.callValue(exit, [e.type, e, null], null));
      if (!suppress) throw e;
      return NORMAL;
    }
    yield* this.callValue(exit, [null, null, null], null);
    return sig;
  }

  // ---- targets ---------------------------------------------------------------

  private *assign(t: Expr, v: PyValue, s: Scope): Gen<void> {
    switch (t.k) {
      case 'Name':
        this.bind(t.id, v, s);
        return;
      case 'Attribute': {
        const obj = yield* this.ev(t.value, s);
        this.at(t);
        yield* this.setAttrG(obj, t.attr, v);
        return;
      }
      case 'Subscript': {
        const obj = yield* this.ev(t.value, s);
        if (t.index.k === 'Slice') {
          const sl = yield* this.slice(t.index, s);
          this.at(t);
          this.assignSlice(obj, sl, v);
          return;
        }
        const key = yield* this.ev(t.index, s);
        this.at(t);
        const wait = obj instanceof PyHost ? obj.setItemWait?.(key, v) : undefined;
        if (wait) yield wait;
        else setItem(obj, key, v);
        return;
      }
      case 'Tuple':
      case 'List': {
        const [ts, values] = this.unpackPlan(t.elts, v, t);
        for (let i = 0; i < ts.length; i++) yield* this.assign(ts[i], values[i], s);
        return;
      }
      case 'Starred':
        throw pyErr(E.TypeError, 'starred assignment target must be in a list or tuple');
      case 'Unsupported':
        throw unsupported(t.what, t.line);
    }
    throw pyErr(E.TypeError, 'invalid assignment target');
  }

  /** `obj.name = v`: a property setter runs in the evaluator (it may call W&B). */
  private *setAttrG(obj: PyValue, name: string, v: PyValue): Gen<void> {
    const wait = obj instanceof PyHost ? obj.setAttrWait?.(name, v) : undefined;
    if (wait) {
      yield wait;
      return;
    }
    if (obj instanceof PyInstance) {
      const d = findInMro(obj.cls, name);
      if (d instanceof PyProperty) {
        if (d.fset === null)
          throw pyErr(
            E.AttributeError,
            `property '${name}' of '${obj.cls.name}' object has no setter`,
          );
        yield* this.callValue(d.fset, [obj, v], null);
        return;
      }
      const custom = findInMro(obj.cls, '__setattr__', true);
      if (custom !== undefined) {
        yield* this.callValue(custom, [obj, name, v], null);
        return;
      }
    }
    setAttr(obj, name, v);
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
        if (
          err instanceof PyExc &&
          err.type === E.TypeError &&
          err.args[0] === `'${typeName(v)}' object is not iterable`
        ) {
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

  /** `obj.attr op= v` and `obj[key] op= v` (names are handled inline in block()). */
  private *augAssign(t: Expr, op: string, valueExpr: Expr, s: Scope, at: Pos): Gen<void> {
    if (t.k === 'Attribute') {
      const obj = yield* this.ev(t.value, s);
      this.at(t);
      const cur = yield* this.getAttrG(obj, t.attr);
      const v = yield* this.ev(valueExpr, s);
      this.at(at);
      yield* this.setAttrG(obj, t.attr, inplaceOp(op, cur, v, this.tickFn));
      return;
    }
    if (t.k === 'Subscript') {
      const obj = yield* this.ev(t.value, s);
      if (t.index.k === 'Slice') throw unsupported('augmented assignment to a slice', at.line);
      const key = yield* this.ev(t.index, s);
      this.at(t);
      const cur = getItem(obj, key);
      const v = yield* this.ev(valueExpr, s);
      this.at(at);
      setItem(obj, key, inplaceOp(op, cur, v, this.tickFn));
      return;
    }
    throw pyErr(E.TypeError, 'illegal expression for augmented assignment');
  }

  private *delete(t: Expr, s: Scope): Gen<void> {
    switch (t.k) {
      case 'Name':
        this.at(t);
        this.unbind(t.id, s);
        return;
      case 'Subscript': {
        const obj = yield* this.ev(t.value, s);
        if (t.index.k === 'Slice') {
          const sl = yield* this.slice(t.index, s);
          this.at(t);
          delItem(obj, sl, true);
          return;
        }
        const key = yield* this.ev(t.index, s);
        this.at(t);
        delItem(obj, key, false);
        return;
      }
      case 'Tuple':
      case 'List':
        for (const e of t.elts) yield* this.delete(e, s);
        return;
      case 'Attribute': {
        const obj = yield* this.ev(t.value, s);
        this.at(t);
        // A class's own __delattr__ (as __setattr__ above); object's is delAttr.
        const custom =
          obj instanceof PyInstance ? findInMro(obj.cls, '__delattr__', true) : undefined;
        if (custom !== undefined) {
          yield* this.callValue(custom, [obj, t.attr], null);
          return;
        }
        delAttr(obj, t.attr);
        return;
      }
    }
    throw pyErr(E.TypeError, 'cannot delete this target');
  }

  // ---- expressions -----------------------------------------------------------

  /** `obj.name`, running a property getter or `__getattr__` in the evaluator. */
  private *getAttrG(obj: PyValue, name: string): Gen {
    if (obj instanceof PyInstance) {
      const r = instanceAttr(obj, name);
      if (r.getter !== undefined) return yield* this.callValue(r.getter, [obj], null);
      if (r.value !== undefined) return r.value;
      if (r.fallback !== undefined) return yield* this.callValue(r.fallback, [obj, name], null);
    }
    const v = getAttr(obj, name);
    return v instanceof PyPending ? ((yield v.promise) as PyValue) : v;
  }

  /**
   * The commonest operands without creating a generator: constants, names, and one
   * operator, comparison or subscript over those. Not a second evaluator: it uses the
   * same helpers as ev() and returns undefined for anything else, which ev() then runs.
   */
  private leaf(e: Expr, s: Scope): PyValue | undefined {
    switch (e.k) {
      case 'Const':
        return e.value;
      case 'Name':
        this.at(e);
        return this.lookup(e.id, s);
      case 'BinOp': {
        const { left, right } = e;
        if (!isAtom(left) || !isAtom(right)) return undefined;
        const l = this.atom(left, s);
        const r = this.atom(right, s);
        this.at(e);
        return binaryOp(e.op as BinOp, l, r);
      }
      case 'Compare': {
        const right = e.comparators[0];
        if (e.ops.length !== 1 || !isAtom(e.left) || !isAtom(right)) return undefined;
        const l = this.atom(e.left, s);
        const r = this.atom(right, s);
        this.at(e);
        return compareOp(e.ops[0], l, r, this.tickFn);
      }
      case 'Subscript': {
        if (!isAtom(e.value) || !isAtom(e.index)) return undefined;
        const obj = this.atom(e.value, s);
        // A paginator may wait for pages first: ev() does that.
        if (obj instanceof PyHost && obj.prefetchItem) return undefined;
        const key = this.atom(e.index, s);
        this.at(e);
        return getItem(obj, key);
      }
    }
    return undefined;
  }

  private atom(e: Expr, s: Scope): PyValue {
    if (e.k === 'Const') return e.value;
    this.at(e);
    return this.lookup((e as { id: string }).id, s);
  }

  *ev(e: Expr, s: Scope): Gen {
    switch (e.k) {
      case 'Const':
        return e.value;
      case 'Name':
        this.at(e);
        return this.lookup(e.id, s);
      case 'BinOp': {
        const l = this.leaf(e.left, s) ?? (yield* this.ev(e.left, s));
        const r = this.leaf(e.right, s) ?? (yield* this.ev(e.right, s));
        this.at(e);
        return binaryOp(e.op as BinOp, l, r);
      }
      case 'UnaryOp': {
        const v = yield* this.ev(e.operand, s);
        if (e.op === 'not') return !truthy(v);
        this.at(e);
        return unaryOp(e.op as UnaryOp, v);
      }
      case 'BoolOp': {
        const l = yield* this.ev(e.left, s);
        if (e.op === 'and' ? !truthy(l) : truthy(l)) return l;
        return yield* this.ev(e.right, s);
      }
      case 'Compare': {
        let left = this.leaf(e.left, s) ?? (yield* this.ev(e.left, s));
        for (let i = 0; i < e.ops.length; i++) {
          const c = e.comparators[i];
          const right = this.leaf(c, s) ?? (yield* this.ev(c, s));
          this.at(e);
          if (!compareOp(e.ops[i], left, right, this.tickFn)) return false;
          left = right;
        }
        return true;
      }
      case 'IfExp':
        return truthy(yield* this.ev(e.test, s))
          ? yield* this.ev(e.body, s)
          : yield* this.ev(e.orelse, s);
      case 'Call':
        return yield* this.evalCall(e, s);
      case 'Attribute': {
        const obj = this.leaf(e.value, s) ?? (yield* this.ev(e.value, s));
        this.at(e);
        if (!(obj instanceof PyInstance)) {
          const v = getAttr(obj, e.attr);
          return v instanceof PyPending ? ((yield v.promise) as PyValue) : v;
        }
        return yield* this.getAttrG(obj, e.attr);
      }
      case 'Subscript': {
        const obj = this.leaf(e.value, s) ?? (yield* this.ev(e.value, s));
        if (e.index.k === 'Slice') {
          const sl = yield* this.slice(e.index, s);
          this.at(e);
          return getSlice(obj, sl);
        }
        const key = this.leaf(e.index, s) ?? (yield* this.ev(e.index, s));
        this.at(e);
        const pages = obj instanceof PyHost ? obj.prefetchItem?.(key) : undefined;
        if (pages) yield pages;
        return getItem(obj, key);
      }
      case 'List':
        return new PyList(yield* this.elements(e.elts, s));
      case 'Tuple':
        return new PyTuple(yield* this.elements(e.elts, s));
      case 'Set': {
        const set = new PySet();
        for (const x of yield* this.elements(e.elts, s)) setAdd(set, x);
        return set;
      }
      case 'Dict': {
        const d = new PyDict();
        for (const item of e.items) {
          if ('spread' in item) {
            const src = yield* this.ev(item.spread, s);
            this.at(item.spread);
            yield* this.mergeMapping(d, src, null);
          } else {
            const k = yield* this.ev(item.key, s);
            const v = yield* this.ev(item.value, s);
            dictSet(d, k, v);
          }
        }
        return d;
      }
      case 'FString':
        return yield* this.fstring(e.parts, s);
      case 'Lambda':
        return yield* this.makeFunction(e.fn, s);
      case 'Comp':
        return yield* this.comprehension(e, s);
      case 'NamedExpr': {
        const v = yield* this.ev(e.value, s);
        let target = s;
        while (target.info?.kind === 'comp' && target.parent) target = target.parent;
        this.bind(e.target, v, target);
        return v;
      }
      case 'Yield': {
        const v = e.value ? yield* this.ev(e.value, s) : null;
        return (yield new YieldReq(v)) as PyValue;
      }
      case 'YieldFrom':
        return yield* this.yieldFrom(yield* this.ev(e.value, s));
      case 'Slice':
        throw pyErr(E.TypeError, 'slices are only supported inside [...]');
      case 'Starred':
        this.at(e);
        throw pyErr(E.TypeError, "can't use starred expression here");
      case 'Unsupported':
        throw unsupported(e.what, e.line);
    }
  }

  /** `yield from it`: pass values (and sent values) through; the result is the return value. */
  private *yieldFrom(it: PyValue): Gen {
    if (it instanceof Generator_) {
      let sent: PyValue = null;
      for (;;) {
        const v = yield* it.resume(sent);
        if (v === STOP) return it.returnValue;
        sent = (yield new YieldReq(v)) as PyValue;
      }
    }
    const iter = yield* this.iterator(it);
    for (;;) {
      const v = iter.sync ? iter.sync() : yield* iter.gen();
      if (v === STOP) return null;
      yield new YieldReq(v);
    }
  }

  private *slice(e: Extract<Expr, { k: 'Slice' }>, s: Scope): Gen<SliceValue> {
    return {
      lower: e.lower ? yield* this.ev(e.lower, s) : null,
      upper: e.upper ? yield* this.ev(e.upper, s) : null,
      step: e.step ? yield* this.ev(e.step, s) : null,
    };
  }

  private *elements(elts: Expr[], s: Scope): Gen<PyValue[]> {
    const out: PyValue[] = [];
    for (const x of elts) {
      if (x.k === 'Starred') {
        const v = yield* this.ev(x.value, s);
        this.at(x);
        out.push(...(yield* this.collect(v)));
        checkCollectionSize(out.length);
      } else out.push(this.leaf(x, s) ?? (yield* this.ev(x, s)));
    }
    return out;
  }

  /** Every item of an iterable, Python generators and user iterators included. */
  *collect(v: PyValue): Gen<PyValue[]> {
    if (v instanceof PyList || v instanceof PyTuple) {
      this.tick(Math.ceil(v.items.length / 64));
      return v.items.slice();
    }
    if (
      !(v instanceof Generator_ || v instanceof PyInstance || (v instanceof PyHost && v.nextItem))
    )
      return toArray(v, this.tickFn);
    const it = yield* this.iterator(v);
    const out: PyValue[] = [];
    for (;;) {
      const x = it.sync ? it.sync() : yield* it.gen();
      if (x === STOP) return out;
      this.tick();
      out.push(x);
    }
  }

  /** `{**src}` and `f(**src)`: a dict, or any mapping with keys() and __getitem__. */
  private *mergeMapping(
    into: PyDict | null,
    src: PyValue,
    fname: (() => string) | null,
  ): Gen<[PyValue, PyValue][]> {
    let pairs: [PyValue, PyValue][];
    if (src instanceof PyDict) pairs = [...src.map.values()];
    else if (src instanceof PyInstance && findInMro(src.cls, 'keys') !== undefined) {
      const keys = yield* this.collect(yield* this.callValue(getAttr(src, 'keys'), [], null));
      pairs = [];
      for (const k of keys) pairs.push([k, getItem(src, k)]);
    } else if (fname) {
      throw pyErr(
        E.TypeError,
        `${fname()}() argument after ** must be a mapping, not ${typeName(src)}`,
      );
    } else throw pyErr(E.TypeError, `'${typeName(src)}' object is not a mapping`);
    if (into) for (const [k, v] of pairs) dictSet(into, k, v);
    return pairs;
  }

  private *callArgs(
    argNodes: Arg[],
    s: Scope,
    fname: () => string,
  ): Gen<{ args: PyValue[]; kwargs: Kwargs | null }> {
    const args: PyValue[] = [];
    let kwargs: Kwargs | null = null;
    for (const a of argNodes) {
      if (a.kind === 'pos') {
        args.push(this.leaf(a.value, s) ?? (yield* this.ev(a.value, s)));
      } else if (a.kind === 'star') {
        const v = yield* this.ev(a.value, s);
        try {
          args.push(...(yield* this.collect(v)));
        } catch (err) {
          if (
            err instanceof PyExc &&
            err.type === E.TypeError &&
            err.args[0] === `'${typeName(v)}' object is not iterable`
          ) {
            throw pyErr(
              E.TypeError,
              `${fname()}() argument after * must be an iterable, not ${typeName(v)}`,
            );
          }
          throw err;
        }
      } else if (a.kind === 'kw') {
        kwargs ??= new Map();
        kwargs.set(a.name, this.leaf(a.value, s) ?? (yield* this.ev(a.value, s)));
      } else {
        const v = yield* this.ev(a.value, s);
        const pairs = yield* this.mergeMapping(null, v, fname);
        kwargs ??= new Map();
        for (const [k, val] of pairs) {
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
    return { args, kwargs };
  }

  private *evalCall(e: Extract<Expr, { k: 'Call' }>, s: Scope): Gen {
    const fn = this.leaf(e.func, s) ?? (yield* this.ev(e.func, s));
    if (fn === this.host.builtins.get('super') && e.args.length === 0) {
      this.at(e);
      return this.zeroArgSuper(s);
    }
    const fname = () =>
      fn instanceof PyFunction ? fn.qualname : fn instanceof PyBuiltin ? fn.name : typeName(fn);
    const { args, kwargs } = yield* this.callArgs(e.args, s, fname);
    this.at(e);
    return yield* this.callValue(fn, args, kwargs);
  }

  /** super() inside a method: the class being defined and the method's first argument. */
  private zeroArgSuper(s: Scope): PyValue {
    let fs: Scope | null = s;
    while (fs?.info?.kind === 'comp') fs = fs.parent;
    const cls = fs?.classCell?.cls;
    const info = fs?.info;
    if (info?.kind !== 'function' || !cls || !fs)
      throw pyErr(E.RuntimeError, 'super(): __class__ cell not found');
    const first = (info as FunctionInfo).params[0];
    if (first?.kind !== 'pos') throw pyErr(E.RuntimeError, 'super(): no arguments');
    const self = fs.vars.get(first.name);
    if (self === undefined) throw pyErr(E.RuntimeError, 'super(): arg[0] deleted');
    return new PySuper(cls, self);
  }

  private *fstring(parts: FPart[], s: Scope): Gen<string> {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const v = yield* this.ev(p.expr, s);
      const spec = p.spec ? yield* this.fstring(p.spec, s) : '';
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

  private *comprehension(e: Extract<Expr, { k: 'Comp' }>, s: Scope): Gen {
    const inner = new Scope(e.scope, s);
    inner.classCell = s.classCell;
    // The first iterable is evaluated in the enclosing scope, at once (as CPython).
    const firstIter = yield* this.ev(e.gens[0].iter, s);
    if (e.kind === 'gen') {
      // A builtin may drive this generator without waiting: a paginator's pages come first.
      const p = firstIter instanceof PyHost ? firstIter.prefetch?.('<genexpr>') : undefined;
      if (p) yield p;
      const frame: Frame = { name: '<genexpr>', node: e, ret: null };
      const body = this.compLoop(e, inner, firstIter, 0, null, null);
      return new Generator_(this, body as Gen<PyValue>, frame, '<genexpr>', '<genexpr>');
    }
    const results: PyValue[] = [];
    const dict = e.kind === 'dict' ? new PyDict() : null;
    yield* this.compLoop(e, inner, firstIter, 0, results, dict);
    if (dict) return dict;
    if (e.kind === 'list') return new PyList(results);
    const set = new PySet();
    for (const x of results) setAdd(set, x);
    return set;
  }

  /** The loops of a comprehension; a generator expression yields instead of collecting. */
  private *compLoop(
    e: Extract<Expr, { k: 'Comp' }>,
    inner: Scope,
    iterable: PyValue,
    gi: number,
    results: PyValue[] | null,
    dict: PyDict | null,
  ): Gen<PyValue> {
    const g = e.gens[gi];
    this.at(g.iter);
    const it = yield* this.iterator(iterable);
    for (;;) {
      const x = it.sync ? it.sync() : yield* it.gen();
      if (x === STOP) break;
      this.tick();
      if (this.steps >= this.nextYield) yield* this.checkpoint();
      if (g.target.k === 'Name') inner.vars.set(g.target.id, x);
      else yield* this.assign(g.target, x, inner);
      let ok = true;
      for (const cond of g.ifs) {
        if (!truthy(yield* this.ev(cond, inner))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (gi + 1 < e.gens.length) {
        const nextIter = yield* this.ev(e.gens[gi + 1].iter, inner);
        yield* this.compLoop(e, inner, nextIter, gi + 1, results, dict);
      } else if (dict) {
        const k = yield* this.ev(e.elt, inner);
        dictSet(dict, k, yield* this.ev(e.value!, inner));
      } else {
        const v = yield* this.ev(e.elt, inner);
        if (results) {
          results.push(v);
          if (results.length > BUDGETS.maxCollectionSize) checkCollectionSize(results.length);
        } else yield new YieldReq(v);
      }
    }
    return null;
  }
}
