// Building blocks for standard-library modules written in TypeScript: functions with
// real Python signatures (CPython's TypeError wording for bad calls), modules that
// name what they leave out, and host classes (Path, Match, Random...) whose
// attributes come from an explicit table, as the sandbox requires.

import { bindArguments, sig } from '../interp/signature';
import { getItem } from '../interp/subscript';
import { pyEq, pyOrder } from '../values/compare';
import { hashKey } from '../values/hashing';
import { repr } from '../values/repr';
import { E, pyErr } from '../values/exceptions';
import {
  type Kwargs,
  type NativeContext,
  PyBuiltin,
  PyDict,
  PyDictView,
  PyHost,
  PyList,
  PyModule,
  PyRange,
  PySet,
  PyTuple,
  PyType,
  type PyValue,
  STOP,
} from '../values/objects';
import { typeName } from '../values/typename';

/** Bound arguments by parameter name; parameters left out have no entry. */
export type Args = Map<string, PyValue>;
export type Impl = (a: Args, ctx: NativeContext) => PyValue | Promise<PyValue>;

/** A native function with a Python signature; `qualname` is what CPython names in errors, e.g. `fn('Random.randrange', ['start', 'stop=', 'step='], ...)`. */
export function fn(qualname: string, spec: string[], impl: Impl, self?: PyValue): PyBuiltin {
  const params = sig(spec);
  const short = qualname.slice(qualname.lastIndexOf('.') + 1);
  return new PyBuiltin(
    short,
    (ctx, args: PyValue[], kwargs: Kwargs | null) =>
      impl(bindArguments(qualname, params, args, kwargs), ctx),
    self,
  );
}

/** The error for a CPython name the playground leaves out. */
export function notSupported(what: string): never {
  throw pyErr(E.NotImplementedError, `not supported in the playground: ${what}`);
}

/**
 * A module from its members. `omitted` lists CPython names the playground leaves out:
 * they import fine and raise a NotImplementedError naming themselves when called,
 * so the reader learns what is missing rather than seeing an AttributeError.
 */
export function makeModule(
  name: string,
  members: Record<string, PyValue>,
  omitted: string[] = [],
): PyModule {
  const attrs = new Map<string, PyValue>(Object.entries(members));
  for (const o of omitted) {
    if (!attrs.has(o)) attrs.set(o, new PyBuiltin(o, () => notSupported(`${name}.${o}`)));
  }
  return new PyModule(name, attrs);
}

type MethodImpl<T> = (self: T, a: Args, ctx: NativeContext) => PyValue | Promise<PyValue>;

/** A class whose instances are NativeObjects: a Python type plus method and property tables. */
export class NativeClass<T extends NativeObject> {
  readonly type: PyType;
  private readonly methods = new Map<
    string,
    { spec: ReturnType<typeof sig>; impl: MethodImpl<T> }
  >();
  private readonly props = new Map<string, (self: T) => PyValue>();

  constructor(
    readonly name: string,
    readonly module: string,
    ctor?: { spec: string[]; make: (a: Args, ctx: NativeContext) => T | Promise<T> },
    base: PyType | null = null,
  ) {
    const params = ctor ? sig(ctor.spec) : [];
    this.type = new PyType(
      name,
      base,
      ctor
        ? (ctx, args, kwargs) => ctor.make(bindArguments(name, params, args, kwargs), ctx)
        : () => {
            throw pyErr(E.TypeError, `cannot create '${module}.${name}' instances`);
          },
      module,
    );
  }

  method(name: string, spec: string[], impl: MethodImpl<T>): this {
    this.methods.set(name, { spec: sig(spec), impl });
    return this;
  }

  /** A class-level attribute: `Path.cwd`, `datetime.now`, `Enum` members. */
  static(name: string, value: PyValue): this {
    this.type.statics ??= new Map();
    this.type.statics.set(name, value);
    return this;
  }

  prop(name: string, get: (self: T) => PyValue): this {
    this.props.set(name, get);
    return this;
  }

  attr(self: T, name: string): PyValue | undefined {
    const p = this.props.get(name);
    if (p) return p(self);
    const m = this.methods.get(name);
    if (!m) return undefined;
    return new PyBuiltin(
      name,
      (ctx, args, kwargs) =>
        m.impl(self, bindArguments(`${this.name}.${name}`, m.spec, args, kwargs), ctx),
      self,
    );
  }

  has(name: string): boolean {
    return this.props.has(name) || this.methods.has(name);
  }
}

/** What a NativeObject needs from its class (methods are bivariant, so any NativeClass fits). */
export interface ClassLike {
  readonly type: PyType;
  readonly name: string;
  attr(self: NativeObject, name: string): PyValue | undefined;
}

/** An instance of a NativeClass. Subclasses add the value protocol they support. */
export abstract class NativeObject extends PyHost {
  abstract get cls(): ClassLike;
  override get pyType(): PyType {
    return this.cls.type;
  }
  get typeName(): string {
    return this.cls.name;
  }
  override getAttr(name: string): PyValue | undefined {
    return this.cls.attr(this, name);
  }
  /** Set by os.PathLike objects (pathlib.Path): what os.fspath() returns. */
  fspath?(): string;
}

// ---- small argument helpers shared by the modules --------------------------------

/** len() of any sized value, with CPython's TypeError otherwise. */
export function pyLen(v: PyValue): number {
  if (typeof v === 'string') return v.length;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size;
  if (v instanceof PyDictView) return v.dict.map.size;
  if (v instanceof PyRange) return Number(v.length);
  if (v instanceof PyHost && v.len) return v.len();
  throw pyErr(E.TypeError, `object of type '${typeName(v)}' has no len()`);
}

/** An optional argument: undefined and None both mean "not given". */
export function opt(a: Args, name: string): PyValue | undefined {
  const v = a.get(name);
  return v === null ? undefined : v;
}

export function argStr(a: Args, name: string, fallback?: string): string {
  const v = a.get(name);
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string')
    throw pyErr(E.TypeError, `${name} must be str, not ${typeName(v ?? null)}`);
  return v;
}

export function argBool(a: Args, name: string, fallback: boolean): boolean {
  const v = a.get(name);
  if (v === undefined) return fallback;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  return true;
}

export function argInt(a: Args, name: string, fallback: bigint): bigint {
  const v = a.get(name);
  if (v === undefined) return fallback;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** An os.PathLike value (pathlib.Path): its path string. */
export function fsPathOf(v: PyValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof NativeObject) return v.fspath?.();
  return undefined;
}

/** A path argument (str or os.PathLike), with CPython's TypeError otherwise. */
export function pathArg(v: PyValue | undefined): string {
  const p = fsPathOf(v);
  if (p === undefined)
    throw pyErr(
      E.TypeError,
      `expected str, bytes or os.PathLike object, not ${typeName(v ?? null)}`,
    );
  return p;
}

/**
 * A named tuple made by the host (sys.version_info, time.struct_time, urlparse results):
 * a tuple by index, slice, iteration, comparison and hash, with its fields as attributes.
 */
export class StructSeq extends NativeObject {
  readonly tuple: PyTuple;
  constructor(
    readonly klass: ClassLike & { fields: string[] },
    values: PyValue[],
  ) {
    super();
    this.tuple = new PyTuple(values);
  }
  get cls(): ClassLike {
    return this.klass;
  }
  override getAttr(name: string): PyValue | undefined {
    const i = this.klass.fields.indexOf(name);
    return i >= 0 ? this.tuple.items[i] : this.klass.attr(this, name);
  }
  repr(): string {
    const body = this.klass.fields.map((f, i) => `${f}=${repr(this.tuple.items[i])}`).join(', ');
    return `${this.klass.name}(${body})`;
  }
  override asTuple(): PyTuple {
    return this.tuple;
  }
  override len(): number {
    return this.tuple.items.length;
  }
  override getItem(key: PyValue): PyValue {
    return getItem(this.tuple, key);
  }
  override iterate() {
    let i = 0;
    return () => (i < this.tuple.items.length ? this.tuple.items[i++] : STOP);
  }
  override eq(other: PyValue): boolean {
    return pyEq(this.tuple, other instanceof StructSeq ? other.tuple : other);
  }
  override compare(other: PyValue): number | undefined {
    const o = other instanceof StructSeq ? other.tuple : other;
    if (!(o instanceof PyTuple)) return undefined;
    return pyOrder('<', this.tuple, o) ? -1 : pyEq(this.tuple, o) ? 0 : 1;
  }
  override hashKey(): string {
    return hashKey(this.tuple);
  }
  override contains(item: PyValue): boolean {
    return this.tuple.items.some((x) => pyEq(x, item));
  }
}

/** A StructSeq class: `structSeq('sys.version_info', ['major', ...])` (repr shows the dotted name). */
export function structSeqClass(
  displayName: string,
  fields: string[],
  module = 'builtins',
): NativeClass<StructSeq> & { fields: string[] } {
  const c = new NativeClass<StructSeq>(displayName, module) as NativeClass<StructSeq> & {
    fields: string[];
  };
  c.fields = fields;
  c.method('count', ['value'], (s, a) =>
    BigInt(s.tuple.items.filter((x) => pyEq(x, a.get('value')!)).length),
  );
  c.method('index', ['value'], (s, a) => {
    const i = s.tuple.items.findIndex((x) => pyEq(x, a.get('value')!));
    if (i < 0) throw pyErr(E.ValueError, 'tuple.index(x): x not in tuple');
    return BigInt(i);
  });
  return c;
}
