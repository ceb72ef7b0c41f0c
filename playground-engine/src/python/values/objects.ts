// The Python value model. Plain JS primitives stand for the immutable scalars
// (None = null, bool = boolean, int = bigint, float = number, str = string), so
// int vs float is decided by `typeof` and never by guessing from the digits.
// Everything else is an instance of a PyObject subclass below. Attribute access
// from Python never touches JS properties directly: it goes through explicit
// Maps and switches (see interp/attributes.ts), which is what keeps the sandbox shut.

import type { FunctionInfo } from '../syntax/ast';

export type PyValue = null | boolean | bigint | number | string | PyObject;

export type Kwargs = Map<string, PyValue>;

/** The two output streams a run writes to, as in CPython. */
export type OutputStream = 'stdout' | 'stderr';

/** Interpreter services a native function may use (kept minimal on purpose). */
export interface NativeContext {
  /** Call a Python value: the result at once when nothing waits, else a Promise of it. */
  call(fn: PyValue, args: PyValue[], kwargs?: Kwargs | null): PyValue | Promise<PyValue>;
  /** Call a Python value and return its result; a W&B call that must wait inside is refused. */
  callSync(fn: PyValue, args: PyValue[], kwargs?: Kwargs | null): PyValue;
  /** Charge the step budget (native loops call this per item). */
  tick(n?: number): void;
  /** Append to stdout, or to stderr when `stream` says so (both count against the output budget). */
  write(text: string, stream?: OutputStream): void;
  getAttr(v: PyValue, name: string): PyValue;
  /** The line each running snippet frame is at, innermost first (warnings.warn's location). */
  stackLines?(): number[];
}

/** A method implemented in TypeScript: `self` is the receiver. */
export type NativeMethod<T> = (
  ctx: NativeContext,
  self: T,
  args: PyValue[],
  kwargs: Kwargs | null,
) => PyValue | Promise<PyValue>;

export type NativeFn = (
  ctx: NativeContext,
  args: PyValue[],
  kwargs: Kwargs | null,
) => PyValue | Promise<PyValue>;

export abstract class PyObject {
  abstract get typeName(): string;
}

export class PyList extends PyObject {
  get typeName() {
    return 'list';
  }
  constructor(public items: PyValue[]) {
    super();
  }
}

export class PyTuple extends PyObject {
  get typeName() {
    return 'tuple';
  }
  constructor(public readonly items: PyValue[]) {
    super();
  }
}

/** Dict entries keyed by a canonical hash key (see values/hashing.ts); insertion ordered. */
export class PyDict extends PyObject {
  get typeName() {
    return 'dict';
  }
  readonly map = new Map<string, [PyValue, PyValue]>();
}

/** Sets keep insertion order (CPython orders by hash; documented difference). */
export class PySet extends PyObject {
  get typeName() {
    return 'set';
  }
  readonly map = new Map<string, PyValue>();
}

export class PyRange extends PyObject {
  get typeName() {
    return 'range';
  }
  constructor(
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    super();
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
  at(i: bigint): bigint {
    return this.start + i * this.step;
  }
}

export const STOP: unique symbol = Symbol('StopIteration');

/** A one-shot iterator (iter(), enumerate, zip, map, filter, generator expressions). */
export class PyIterator extends PyObject {
  constructor(
    private readonly kind: string,
    readonly next: () => PyValue | typeof STOP,
  ) {
    super();
  }
  get typeName() {
    return this.kind;
  }
}

export class PyDictView extends PyObject {
  constructor(
    readonly kind: 'keys' | 'values' | 'items',
    readonly dict: PyDict,
    /**
     * The Mapping whose `keys()` / `items()` / `values()` this is, for a view that is not a
     * dict's: collections.abc's `KeysView(mapping)` & co. (os.environ's), which print as
     * `KeysView(environ({...}))`. Undefined for dict_keys & co.
     */
    readonly mapping?: PyValue,
  ) {
    super();
  }
  get typeName() {
    return this.mapping === undefined
      ? `dict_${this.kind}`
      : `${this.kind[0].toUpperCase()}${this.kind.slice(1)}View`;
  }
}

export class PyFunction extends PyObject {
  get typeName() {
    return 'function';
  }
  /** `__name__`, `__qualname__`, `__doc__`, `__module__`: settable, as functools.wraps does. */
  name: string;
  qualname: string;
  doc: PyValue;
  module = '__main__';
  annotations: PyDict | null = null;
  /** Function attributes (`f.calls = 0`, `__wrapped__`), created on first use. */
  dict: PyDict | null = null;
  /** The class a method was defined in, for zero-argument super(). */
  classCell: unknown = undefined;
  constructor(
    readonly info: FunctionInfo,
    readonly defaults: Map<string, PyValue>,
    /** The scope the def was executed in (closures read through it). */
    readonly closure: unknown,
  ) {
    super();
    this.name = info.name;
    this.qualname = info.qualname;
    this.doc = info.doc ?? null;
  }
}

export class PyBuiltin extends PyObject {
  /** Attributes a module gives a native function (`chain.from_iterable`, `f.cache_info`). */
  attrs?: Map<string, PyValue>;
  /**
   * The `__qualname__` of a function the real library writes in Python (the wandb SDK's), so it
   * reads as a Python function or bound method (`<bound method Artifact.download of …>`), not as
   * CPython's built-in one.
   */
  qualname?: string;
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** Set for bound methods: used only by repr. */
    readonly self?: PyValue,
  ) {
    super();
  }
  get typeName() {
    if (this.self !== undefined) return 'method';
    return this.qualname === undefined ? 'builtin_function_or_method' : 'function';
  }
}

export class PyType extends PyObject {
  get typeName() {
    return 'type';
  }
  /** The class namespace (methods, class attributes); builtin classes keep theirs elsewhere. */
  readonly dict = new Map<string, PyValue>();
  bases: PyType[];
  /** Method resolution order, this class first (C3 for classes made by interp/classes.ts). */
  mro: PyType[];
  qualname: string;
  /** Made by a class statement or the class API: instantiated and looked up the Python way. */
  user = false;
  /** The interpreter that runs this class's Python methods. */
  rt?: ClassRuntime;
  /**
   * Special methods that apply to the class object itself (what a metaclass gives Enum:
   * `for member in Color`, `len(Color)`, `Color["RED"]`, `repr(Color)`). Class API only.
   */
  meta?: PyType;
  /**
   * `type(cls)` when it is not `type` (`enum.EnumType`, `abc.ABCMeta`), set on the class that
   * brings it (Enum, ABC) and found through the MRO, as CPython derives a metaclass from the
   * bases. Display and isinstance only: behaviour comes from `meta`.
   */
  metaclass?: PyType;
  constructor(
    readonly name: string,
    readonly base: PyType | null,
    /** Called for `T(...)`; undefined means the type cannot be instantiated from Python. */
    readonly construct?: NativeFn,
    /** Dotted module for display (`wandb.errors`, `__main__`); builtins have none. */
    readonly module?: string,
  ) {
    super();
    this.bases = base ? [base] : [];
    this.mro = base ? [this, ...base.mro] : [this];
    this.qualname = name;
  }
  /** Class-level attributes of host-made classes (Path.cwd, datetime.now...), inherited by subclasses. */
  statics?: Map<string, PyValue>;
  /** The name CPython prints on the last traceback line. */
  /** The name CPython prints on the last traceback line (`__main__` is left out, as traceback.py does). */
  get qualifiedName(): string {
    return this.module && this.module !== '__main__'
      ? `${this.module}.${this.qualname}`
      : this.qualname;
  }
  isSubclassOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }
  /** The metaclass this class gets from itself or a base (undefined: `type`). */
  get metaclassInMro(): PyType | undefined {
    return this.mro.find((c) => c.metaclass !== undefined)?.metaclass;
  }
}

/** `object`: the root of every class. `object()` makes a bare instance (a common sentinel). */
export const OBJECT_TYPE: PyType = new PyType('object', null, () => new PyInstance(OBJECT_TYPE));

export class PyModule extends PyObject {
  get typeName() {
    return 'module';
  }
  constructor(
    readonly name: string,
    readonly attrs: Map<string, PyValue>,
  ) {
    super();
  }
}

export interface TracebackEntry {
  name: string;
  line: number;
  column: number;
}

export class PyExc extends PyObject {
  /** Attributes a user exception class sets on its instances. */
  readonly dict = new PyDict();
  /** Traceback entries, outermost first, added as the exception leaves each frame. */
  tb: TracebackEntry[] = [];
  /** The last frame that recorded an entry (so a frame records itself once). */
  tbFrame: unknown = undefined;
  /** Our explanation for the reader (never part of str(e)). */
  hint?: string;
  constructor(
    readonly type: PyType,
    /** Settable: BaseException.__init__ and `e.args = ...` replace it. */
    public args: PyValue[],
  ) {
    super();
  }
  get typeName() {
    return this.type.name;
  }
}

/**
 * Objects handed to Python by the host (files, wandb Run/Artifact/Api...). They list
 * their attributes explicitly; anything not listed is an AttributeError.
 */
export abstract class PyHost extends PyObject {
  /** The class `type(obj)` returns, when the host exposes one (e.g. wandb.Artifact). */
  get pyType(): PyType | undefined {
    return undefined;
  }
  abstract getAttr(name: string): PyValue | undefined;
  setAttr(_name: string, _value: PyValue): boolean {
    return false;
  }
  abstract repr(): string;
  /** Hosts that can be looped over (files yield lines) return a pull function. */
  iterate(): (() => PyValue | typeof STOP) | undefined {
    return undefined;
  }
  // Paginators whose pages come from the server (wandb's registry search) wait between pages.
  /** `__next__`: the next item, a Promise of it while its page is fetched, STOP at the end. */
  nextItem?(): PyValue | typeof STOP | Promise<PyValue | typeof STOP>;
  /** `__iter__`: back to the first item; `for` loops then pull with nextItem. */
  rewind?(): void;
  /** Before builtin `consumer` (which cannot wait) reads this host: fetch what it needs. */
  prefetch?(consumer: string): Promise<void> | undefined;
  /**
   * `obj[key] = value` / `obj.name = value` that must wait (a write that calls W&B): a Promise
   * the evaluator waits for, or undefined to go on with setItem / setAttr.
   */
  setItemWait?(key: PyValue, value: PyValue): Promise<void> | undefined;
  setAttrWait?(name: string, value: PyValue): Promise<void> | undefined;
  /** `del obj[key]`; hosts without it do not support item deletion. */
  delItem?(key: PyValue): void;
  /** Before `obj[key]` (getItem cannot wait): fetch the pages up to `key`. */
  prefetchItem?(key: PyValue): Promise<void> | undefined;
  // Optional value protocol for stdlib objects (Path, datetime, Counter...), all sync.
  // A method left undefined (or returning undefined) means "not supported": the
  // caller raises CPython's usual TypeError.
  /** `a <op> b` with this host on the left (reflected=false) or right (reflected=true). */
  binop?(op: string, other: PyValue, reflected: boolean): PyValue | undefined;
  /** `-x`, `+x`, `~x` and abs(x); undefined when not supported. */
  unary?(op: '-' | '+' | '~' | 'abs'): PyValue | undefined;
  /** `==` (also used for `!=`). */
  eq?(other: PyValue): boolean;
  /** Three-way comparison for ordering; undefined when the types do not order. */
  compare?(other: PyValue): number | undefined;
  /** A dict/set key; hosts without it hash by identity. */
  hashKey?(): string;
  /** str(x) when it differs from repr(x). */
  toStr?(): string;
  /** format(x, spec) / f"{x:spec}" (datetime's strftime specs). */
  formatSpec?(spec: string): string;
  len?(): number;
  getItem?(key: PyValue): PyValue;
  setItem?(key: PyValue, value: PyValue): void;
  contains?(item: PyValue): boolean;
  truthy?(): boolean;
  /** Named tuples (sys.version_info, urlparse results): slicing gives a plain tuple. */
  asTuple?(): PyTuple;
}

/**
 * A host property whose value needs a server round trip (e.g. artifact.linked_artifacts).
 * The interpreter awaits it where the attribute is read; it never reaches Python code.
 */
export class PyPending extends PyObject {
  get typeName() {
    return 'pending';
  }
  constructor(readonly promise: Promise<PyValue>) {
    super();
  }
}

export const isInt = (v: PyValue): v is bigint => typeof v === 'bigint';
export const isFloat = (v: PyValue): v is number => typeof v === 'number';
export const isStr = (v: PyValue): v is string => typeof v === 'string';

/**
 * What the value layer needs from the interpreter that made a class: running a Python
 * method synchronously (repr, ==, hash, len, sorted's comparisons run inside natives).
 */
export interface ClassRuntime {
  /** Call `fn` and return its result; a W&B call that must wait inside it is refused. */
  callSync(fn: PyValue, args: PyValue[], kwargs?: Kwargs | null): PyValue;
}

/** An instance of a user class (or a class built natively through the class API). */
export class PyInstance extends PyObject {
  /** The instance `__dict__`, a real dict so `vars(obj)` and `obj.__dict__` are live. */
  readonly dict = new PyDict();
  constructor(readonly cls: PyType) {
    super();
  }
  get typeName() {
    return this.cls.name;
  }
}

/**
 * A dict whose class is a Python-level subclass of dict (Counter, defaultdict, OrderedDict,
 * and your subclasses of them): stored and used as a dict, its methods found through `cls`.
 */
export class PyDictSub extends PyDict {
  /** Instance attributes (`dd.default_factory`, what a subclass sets on self). */
  readonly attrs = new PyDict();
  constructor(readonly cls: PyType) {
    super();
  }
  override get typeName() {
    return this.cls.name;
  }
}

/** A tuple whose class is a Python-level subclass of tuple (namedtuple classes and subclasses). */
export class PyTupleSub extends PyTuple {
  constructor(
    items: PyValue[],
    readonly cls: PyType,
  ) {
    super(items);
  }
  override get typeName() {
    return this.cls.name;
  }
}

/** `obj.method`: a function bound to its receiver. */
export class PyBoundMethod extends PyObject {
  constructor(
    readonly fn: PyValue,
    readonly self: PyValue,
  ) {
    super();
  }
  get typeName() {
    return 'method';
  }
}

/** staticmethod(f) and classmethod(f) as stored in a class body. */
export class PyMethodWrapper extends PyObject {
  constructor(
    readonly kind: 'staticmethod' | 'classmethod',
    readonly fn: PyValue,
  ) {
    super();
  }
  get typeName() {
    return this.kind;
  }
}

/** property(fget, fset, fdel, doc). */
export class PyProperty extends PyObject {
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
    readonly fdel: PyValue,
    readonly doc: PyValue,
  ) {
    super();
  }
  get typeName() {
    return 'property';
  }
}

/** super(): attribute lookup that starts after `start` in the MRO of `self`'s class. */
export class PySuper extends PyObject {
  constructor(
    readonly start: PyType,
    readonly self: PyValue,
  ) {
    super();
  }
  get typeName() {
    return 'super';
  }
}

/** The NotImplemented singleton a binary dunder returns to let the other operand try. */
export class PyNotImplemented extends PyObject {
  get typeName() {
    return 'NotImplementedType';
  }
}
export const NotImplemented = new PyNotImplemented();

/**
 * A generator object (from a generator function or a generator expression). The
 * interpreter implements `resume`; natives pull it through `pull()`.
 */
export abstract class PyGenerator extends PyObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
  ) {
    super();
  }
  get typeName() {
    return 'generator';
  }
  /** Next value or STOP, run synchronously (a W&B call that must wait inside is refused). */
  abstract pull(): PyValue | typeof STOP;
  /** gen.send(v): the next value, StopIteration at the end; a Promise when the body waits. */
  abstract send(v: PyValue): PyValue | Promise<PyValue>;
  /** gen.throw(exc). */
  abstract throwIn(exc: PyExc): PyValue | Promise<PyValue>;
  /** gen.close(): GeneratorExit thrown in, so `finally` blocks run. */
  abstract close(): PyValue | Promise<PyValue>;
}
