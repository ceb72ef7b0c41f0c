// The `dataclasses` module: @dataclass reads the class's annotations (strings under
// `from __future__ import annotations`, as CPython does) and adds __init__, __repr__,
// __eq__, ordering, frozen __setattr__ and __hash__ as native methods, with CPython's
// checks and messages. asdict/astuple/replace/fields/is_dataclass work on the result.

import { dictType, listType, setType } from '../builtins/types';
import { bindArguments, sig } from '../interp/signature';
import { pyEq, pyOrder } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { dictSet, hashKey } from '../values/hashing';
import { findInMro } from '../values/instances';
import {
  type Kwargs,
  type NativeContext,
  NotImplemented,
  PyBuiltin,
  PyDict,
  PyDictSub,
  PyExc,
  PyInstance,
  PyList,
  PySet,
  PyTuple,
  PyTupleSub,
  PyType,
  type PyValue,
} from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';
import { method } from './classkit';
import { type ClassLike, NativeClass, NativeObject, fn, makeModule } from './native';
import type { StdlibServices } from './services';

class Missing extends NativeObject {
  constructor(readonly klass: NativeClass<Missing>) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return '<dataclasses._MISSING_TYPE object>';
  }
}

class Field extends NativeObject {
  name = '';
  type: PyValue = null;
  constructor(
    readonly klass: NativeClass<Field>,
    readonly opts: {
      default: PyValue | undefined;
      factory: PyValue | undefined;
      init: boolean;
      repr: boolean;
      compare: boolean;
      hash: PyValue;
      metadata: PyValue;
      kwOnly: boolean | undefined;
    },
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return `Field(name=${repr(this.name)},type=${repr(this.type)},default=${this.opts.default === undefined ? '<dataclasses._MISSING_TYPE object>' : repr(this.opts.default)},init=${this.opts.init ? 'True' : 'False'},repr=${this.opts.repr ? 'True' : 'False'},compare=${this.opts.compare ? 'True' : 'False'})`;
  }
}

const FIELDS = '__dataclass_fields__';

function dataclassFields(cls: PyType): Field[] | undefined {
  const d = findInMro(cls, FIELDS);
  if (!(d instanceof PyDict)) return undefined;
  return [...d.map.values()].map(([, f]) => f as Field);
}

/** A ClassVar annotation, given as a typing form or as a string. */
function isClassVar(t: PyValue): boolean {
  if (typeof t === 'string') return /^(typing\.)?ClassVar\b/.test(t.trim());
  try {
    return repr(t).startsWith('typing.ClassVar');
  } catch {
    return false;
  }
}

const get = (obj: PyInstance, name: string): PyValue => {
  const own = obj.dict.map.get(hashKey(name));
  if (own) return own[1];
  const c = findInMro(obj.cls, name);
  if (c !== undefined) return c;
  throw pyErr(E.AttributeError, `'${obj.cls.name}' object has no attribute '${name}'`);
};

export function makeDataclassesModule(_s: StdlibServices) {
  const missingClass = new NativeClass<Missing>('_MISSING_TYPE', 'dataclasses');
  const MISSING = new Missing(missingClass);
  const fieldClass = new NativeClass<Field>('Field', 'dataclasses');
  fieldClass
    .prop('name', (f) => f.name)
    .prop('type', (f) => f.type)
    .prop('default', (f) => f.opts.default ?? MISSING)
    .prop('default_factory', (f) => f.opts.factory ?? MISSING)
    .prop('init', (f) => f.opts.init)
    .prop('repr', (f) => f.opts.repr)
    .prop('compare', (f) => f.opts.compare)
    .prop('hash', (f) => f.opts.hash)
    .prop('metadata', (f) => f.opts.metadata)
    .prop('kw_only', (f) => f.opts.kwOnly ?? false);
  const FrozenInstanceError: PyType = new PyType(
    'FrozenInstanceError',
    E.AttributeError,
    (_c, args) => new PyExc(FrozenInstanceError, args),
    'dataclasses',
  );

  const newField = (o: Partial<Field['opts']>) =>
    new Field(fieldClass, {
      default: undefined,
      factory: undefined,
      init: true,
      repr: true,
      compare: true,
      hash: null,
      metadata: new PyDict(),
      kwOnly: undefined,
      ...o,
    });

  function process(ctx: NativeContext, cls: PyValue, o: Map<string, PyValue>): PyType {
    if (!(cls instanceof PyType) || !cls.user)
      throw pyErr(E.TypeError, `dataclass() should be called on a class, not ${typeName(cls)}`);
    const flag = (k: string, d: boolean) => {
      const v = o.get(k);
      return v === undefined ? d : v === true || (typeof v === 'bigint' && v !== 0n);
    };
    const init = flag('init', true);
    const doRepr = flag('repr', true);
    const eq = flag('eq', true);
    const order = flag('order', false);
    const unsafeHash = flag('unsafe_hash', false);
    const frozen = flag('frozen', false);
    const kwOnlyAll = flag('kw_only', false);
    if (order && !eq) throw pyErr(E.ValueError, 'eq must be true if order is true');

    // Fields of dataclass bases first (furthest base first), then this class's own.
    const all = new Map<string, Field>();
    for (const base of [...cls.mro].slice(1).reverse()) {
      const d = base.dict.get(FIELDS);
      if (d instanceof PyDict)
        for (const [k, f] of d.map.values()) all.set(k as string, f as Field);
    }
    const ann = cls.dict.get('__annotations__');
    if (ann instanceof PyDict) {
      for (const [k, t] of ann.map.values()) {
        const name = k as string;
        if (isClassVar(t)) continue;
        const attr = cls.dict.get(name);
        let f: Field;
        if (attr instanceof Field) f = attr;
        else f = newField({ default: attr });
        f.name = name;
        f.type = t;
        if (f.opts.kwOnly === undefined) f.opts.kwOnly = kwOnlyAll;
        const dflt = f.opts.default;
        if (
          dflt instanceof PyList ||
          dflt instanceof PyDict ||
          dflt instanceof PySet ||
          (dflt instanceof PyInstance && findInMro(dflt.cls, '__hash__') === null)
        )
          throw pyErr(
            E.ValueError,
            `mutable default ${repr(typeOfDefault(dflt, ctx))} for field ${name} is not allowed: use default_factory`,
          );
        if (dflt !== undefined) cls.dict.set(name, dflt);
        else if (attr instanceof Field) cls.dict.delete(name);
        all.set(name, f);
      }
    }
    const fields = [...all.values()];
    const fieldsDict = new PyDict();
    for (const f of fields) dictSet(fieldsDict, f.name, f);
    cls.dict.set(FIELDS, fieldsDict);
    cls.dict.set(
      '__match_args__',
      new PyTuple(fields.filter((f) => f.opts.init && !f.opts.kwOnly).map((f) => f.name)),
    );

    const setRaw = (self: PyValue, name: string, v: PyValue) => {
      if (self instanceof PyInstance) dictSet(self.dict, name, v);
    };

    if (init && !cls.dict.has('__init__')) {
      const positional = fields.filter((f) => f.opts.init && !f.opts.kwOnly);
      let seenDefault = false;
      for (const f of positional) {
        const has = f.opts.default !== undefined || f.opts.factory !== undefined;
        if (seenDefault && !has)
          throw pyErr(E.TypeError, `non-default argument '${f.name}' follows default argument`);
        seenDefault ||= has;
      }
      const kwOnly = fields.filter((f) => f.opts.init && f.opts.kwOnly);
      const spec = [
        'self',
        ...positional.map((f) =>
          f.opts.default !== undefined || f.opts.factory !== undefined ? `${f.name}=` : f.name,
        ),
        ...(kwOnly.length ? ['*'] : []),
        ...kwOnly.map((f) =>
          f.opts.default !== undefined || f.opts.factory !== undefined ? `${f.name}=` : f.name,
        ),
      ];
      const params = sig(spec);
      cls.dict.set(
        '__init__',
        new PyBuiltin('__init__', (c, args, kwargs: Kwargs | null) => {
          const self = args[0];
          const a = bindArguments(`${cls.qualname}.__init__`, params, args, kwargs);
          for (const f of fields) {
            let v = f.opts.init ? a.get(f.name) : undefined;
            if (v === undefined) {
              if (f.opts.factory !== undefined) v = c.callSync(f.opts.factory, []);
              else if (f.opts.default !== undefined) v = f.opts.default;
              else continue;
            }
            setRaw(self, f.name, v);
          }
          const post =
            self instanceof PyInstance ? findInMro(self.cls, '__post_init__') : undefined;
          if (post !== undefined) {
            const r = c.call(post, [self]);
            if (r instanceof Promise) return r.then(() => null);
          }
          return null;
        }),
      );
    }
    if (doRepr && !cls.dict.has('__repr__')) {
      const shown = fields.filter((f) => f.opts.repr);
      cls.dict.set(
        '__repr__',
        method('__repr__', (_c, self) => {
          const o = self as PyInstance;
          return `${o.cls.qualname}(${shown.map((f) => `${f.name}=${repr(get(o, f.name))}`).join(', ')})`;
        }),
      );
    }
    const compared = fields.filter((f) => f.opts.compare);
    const tupleOf = (o: PyValue) => new PyTuple(compared.map((f) => get(o as PyInstance, f.name)));
    const sameClass = (a: PyValue, b: PyValue) =>
      b instanceof PyInstance && a instanceof PyInstance && b.cls === a.cls;
    const hadEq = cls.dict.has('__eq__');
    // has_explicit_hash, as CPython computes it before adding methods.
    const explicitHash = cls.dict.has('__hash__') && !(cls.dict.get('__hash__') === null && hadEq);
    if (eq && !hadEq) {
      cls.dict.set(
        '__eq__',
        method('__eq__', (_c, self, [other]) =>
          sameClass(self, other) ? pyEq(tupleOf(self), tupleOf(other)) : NotImplemented,
        ),
      );
    }
    if (order) {
      for (const [name, op] of [
        ['__lt__', '<'],
        ['__le__', '<='],
        ['__gt__', '>'],
        ['__ge__', '>='],
      ] as const) {
        if (cls.dict.has(name))
          throw pyErr(
            E.TypeError,
            `Cannot overwrite attribute ${name} in class ${cls.name}. Consider using functools.total_ordering`,
          );
        cls.dict.set(
          name,
          method(name, (_c, self, [other]) =>
            sameClass(self, other) ? pyOrder(op, tupleOf(self), tupleOf(other)) : NotImplemented,
          ),
        );
      }
    }
    if (frozen) {
      for (const name of ['__setattr__', '__delattr__']) {
        if (cls.dict.has(name))
          throw pyErr(E.TypeError, `Cannot overwrite attribute ${name} in class ${cls.name}`);
      }
      const names = new Set(fields.map((f) => f.name));
      cls.dict.set(
        '__setattr__',
        method('__setattr__', (_c, self, [name, v]) => {
          if ((self instanceof PyInstance && self.cls === cls) || names.has(name as string))
            throw new PyExc(FrozenInstanceError, [`cannot assign to field '${name as string}'`]);
          setRaw(self, name as string, v);
          return null;
        }),
      );
      cls.dict.set(
        '__delattr__',
        method('__delattr__', (_c, _self, [name]) => {
          throw new PyExc(FrozenInstanceError, [`cannot delete field '${name as string}'`]);
        }),
      );
    }
    // CPython's _hash_action table: generated for eq+frozen (or unsafe_hash); eq alone
    // makes the class unhashable unless the body defined __hash__.
    const hashed = fields.filter((f) =>
      f.opts.hash === null ? f.opts.compare : f.opts.hash === true,
    );
    const genHash = method('__hash__', (_c, self) => {
      const t = new PyTuple(hashed.map((f) => get(self as PyInstance, f.name)));
      return hashNumber(hashKey(t));
    });
    if (unsafeHash) {
      if (explicitHash)
        throw pyErr(E.TypeError, `Cannot overwrite attribute __hash__ in class ${cls.name}`);
      cls.dict.set('__hash__', genHash);
    } else if (eq && !explicitHash) cls.dict.set('__hash__', frozen ? genHash : null);
    return cls;
  }

  const dataclass = new PyBuiltin('dataclass', (ctx, args, kwargs) => {
    const opts = new Map(kwargs ?? []);
    if (args.length > 1)
      throw pyErr(
        E.TypeError,
        `dataclass() takes from 0 to 1 positional arguments but ${args.length} were given`,
      );
    if (args.length === 1 && args[0] !== null) return process(ctx, args[0], opts);
    return new PyBuiltin('wrap', (c, [cls]) => process(c, cls, opts));
  });

  const isDataclassInstance = (v: PyValue): v is PyInstance =>
    v instanceof PyInstance && dataclassFields(v.cls) !== undefined;

  function convert(
    ctx: NativeContext,
    v: PyValue,
    tuple: boolean,
    factory: PyValue | undefined,
  ): PyValue {
    if (isDataclassInstance(v)) {
      const fs = dataclassFields(v.cls)!;
      if (tuple) return new PyTuple(fs.map((f) => convert(ctx, get(v, f.name), tuple, factory)));
      const pairs = fs.map(
        (f) => new PyTuple([f.name, convert(ctx, get(v, f.name), tuple, factory)]),
      );
      if (factory !== undefined) return ctx.callSync(factory, [new PyList(pairs)]);
      const d = new PyDict();
      for (const p of pairs) dictSet(d, p.items[0], p.items[1]);
      return d;
    }
    if (v instanceof PyTupleSub)
      return new PyTupleSub(
        v.items.map((x) => convert(ctx, x, tuple, factory)),
        v.cls,
      );
    if (v instanceof PyList) return new PyList(v.items.map((x) => convert(ctx, x, tuple, factory)));
    if (v instanceof PyTuple)
      return new PyTuple(v.items.map((x) => convert(ctx, x, tuple, factory)));
    if (v instanceof PyDict) {
      const d = v instanceof PyDictSub ? new PyDictSub(v.cls) : new PyDict();
      for (const [k, x] of v.map.values())
        dictSet(d, convert(ctx, k, tuple, factory), convert(ctx, x, tuple, factory));
      return d;
    }
    return v;
  }

  return makeModule(
    'dataclasses',
    {
      dataclass,
      field: fn(
        'field',
        [
          '*',
          'default=',
          'default_factory=',
          'init=',
          'repr=',
          'hash=',
          'compare=',
          'metadata=',
          'kw_only=',
        ],
        (a) => {
          const given = (k: string) => {
            const v = a.get(k);
            return v === undefined || v === MISSING ? undefined : v;
          };
          const dflt = given('default');
          const factory = given('default_factory');
          if (dflt !== undefined && factory !== undefined)
            throw pyErr(E.ValueError, 'cannot specify both default and default_factory');
          const kw = given('kw_only');
          return newField({
            default: dflt,
            factory,
            init: a.get('init') !== false,
            repr: a.get('repr') !== false,
            compare: a.get('compare') !== false,
            hash: a.get('hash') ?? null,
            metadata: a.get('metadata') ?? new PyDict(),
            kwOnly: kw === undefined ? undefined : kw === true,
          });
        },
      ),
      fields: fn('fields', ['class_or_instance'], (a) => {
        const v = a.get('class_or_instance')!;
        const cls = v instanceof PyType ? v : v instanceof PyInstance ? v.cls : null;
        const fs = cls ? dataclassFields(cls) : undefined;
        if (!fs) throw pyErr(E.TypeError, 'must be called with a dataclass type or instance');
        return new PyTuple(fs);
      }),
      asdict: fn('asdict', ['obj', '*', 'dict_factory='], (a, ctx) => {
        const v = a.get('obj')!;
        if (!isDataclassInstance(v))
          throw pyErr(E.TypeError, 'asdict() should be called on dataclass instances');
        return convert(ctx, v, false, a.get('dict_factory'));
      }),
      astuple: fn('astuple', ['obj', '*', 'tuple_factory='], (a, ctx) => {
        const v = a.get('obj')!;
        if (!isDataclassInstance(v))
          throw pyErr(E.TypeError, 'astuple() should be called on dataclass instances');
        const t = convert(ctx, v, true, undefined);
        const f = a.get('tuple_factory');
        return f === undefined ? t : ctx.callSync(f, [new PyList((t as PyTuple).items)]);
      }),
      replace: new PyBuiltin('replace', (ctx, args, kwargs) => {
        if (args.length !== 1)
          throw pyErr(
            E.TypeError,
            `replace() takes 1 positional argument but ${args.length} were given`,
          );
        const obj = args[0];
        if (!isDataclassInstance(obj))
          throw pyErr(E.TypeError, 'replace() should be called on dataclass instances');
        const changes: Kwargs = new Map(kwargs ?? []);
        for (const f of dataclassFields(obj.cls)!) {
          if (!f.opts.init) {
            if (changes.has(f.name))
              throw pyErr(
                E.ValueError,
                `field ${f.name} is declared with init=False, it cannot be specified with replace()`,
              );
            continue;
          }
          if (!changes.has(f.name)) changes.set(f.name, get(obj, f.name));
        }
        return ctx.call(obj.cls, [], changes);
      }),
      is_dataclass: fn('is_dataclass', ['obj'], (a) => {
        const v = a.get('obj')!;
        const cls = v instanceof PyType ? v : v instanceof PyInstance ? v.cls : null;
        return cls !== null && dataclassFields(cls) !== undefined;
      }),
      MISSING,
      FrozenInstanceError,
      Field: fieldClass.type,
    },
    ['make_dataclass', 'InitVar', 'KW_ONLY'],
  );
}

function typeOfDefault(v: PyValue, _ctx: NativeContext): PyValue {
  if (v instanceof PyList) return TYPE_NAMES.list;
  if (v instanceof PyDict) return TYPE_NAMES.dict;
  if (v instanceof PySet) return TYPE_NAMES.set;
  if (v instanceof PyInstance) return v.cls;
  return null;
}

const TYPE_NAMES = { list: listType, dict: dictType, set: setType };

/** A stable int for a hash key string (what hash() of a dataclass prints). */
function hashNumber(key: string): bigint {
  let h = 0n;
  for (let i = 0; i < key.length; i++) h = (h * 31n + BigInt(key.charCodeAt(i))) & 0xfffffffffffffn;
  return h;
}
