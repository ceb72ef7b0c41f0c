// The `collections` module: defaultdict, Counter and OrderedDict are real dict
// subclasses (PyDictSub: every dict operation, json.dumps and isinstance(x, dict) work),
// namedtuple classes make real tuples (PyTupleSub), and deque is a host sequence.
// Reprs, ordering (most_common) and error texts are CPython 3.11's.

import { dictUpdate } from '../builtins/container-methods';
import { dictType, tupleType } from '../builtins/types';
import { bindArguments, sig } from '../interp/signature';
import { iterate } from '../interp/iteration';
import { binaryOp } from '../values/arith';
import { pyEq, pyOrder, truthy } from '../values/compare';
import { E, keyError, pyErr } from '../values/exceptions';
import { dictSet, hashKey } from '../values/hashing';
import { isCallable } from '../values/instances';
import {
  type Kwargs,
  type NativeContext,
  NotImplemented,
  PyDict,
  PyDictSub,
  PyExc,
  PyIterator,
  PyList,
  PyTuple,
  PyTupleSub,
  type PyType,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';
import { classMethod, getter, method, nativeClass } from './classkit';
import { type ClassLike, NativeClass, NativeObject, fn, makeModule } from './native';
import type { StdlibServices } from './services';

const asDict = (v: PyValue, who: string): PyDictSub => {
  if (!(v instanceof PyDictSub))
    throw pyErr(E.TypeError, `descriptor of '${who}' needs an instance`);
  return v;
};

/** `{k: v, ...}` of a dict's entries, without going through the subclass's __repr__. */
const entries = (d: PyDict) => [...d.map.values()];
const body = (pairs: [PyValue, PyValue][]) =>
  `{${pairs.map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`;

const kwArgs = (kwargs: Kwargs | null) => (kwargs?.size ? kwargs : null);

/** A new instance of `cls` (or the class of `like`), as `__new__` makes it. */
const newDict = (cls: PyValue) => new PyDictSub(cls as PyType);

function makeDefaultDict(rt: NativeContext): PyType {
  return nativeClass(
    rt,
    'defaultdict',
    {
      __new__: method('__new__', (_c, cls) => newDict(cls)),
      __init__: method('__init__', (ctx, self, args, kwargs) => {
        const d = asDict(self, 'defaultdict');
        const f = args.length ? args[0] : null;
        if (f !== null && !isCallable(f))
          throw pyErr(E.TypeError, 'first argument must be callable or None');
        dictSet(d.attrs, 'default_factory', f);
        if (args.length > 2)
          throw pyErr(E.TypeError, `dict expected at most 1 argument, got ${args.length - 1}`);
        dictUpdate(ctx, d, args[1], kwArgs(kwargs));
        return null;
      }),
      __missing__: method('__missing__', (ctx, self, [key]) => {
        const d = asDict(self, 'defaultdict');
        const f = d.attrs.map.get(hashKey('default_factory'))?.[1] ?? null;
        if (f === null) throw keyError(key);
        const v = ctx.callSync(f, []);
        dictSet(d, key, v);
        return v;
      }),
      __repr__: method('__repr__', (_c, self) => {
        const d = asDict(self, 'defaultdict');
        const f = d.attrs.map.get(hashKey('default_factory'))?.[1] ?? null;
        return `${d.cls.name}(${repr(f)}, ${body(entries(d))})`;
      }),
      copy: method('copy', (_c, self) => copyDict(asDict(self, 'defaultdict'))),
      __copy__: method('__copy__', (_c, self) => copyDict(asDict(self, 'defaultdict'))),
    },
    { module: 'collections', base: dictType },
  );
}

function copyDict(d: PyDictSub): PyDictSub {
  const c = new PyDictSub(d.cls);
  for (const [k, v] of entries(d)) dictSet(c, k, v);
  for (const [k, v] of entries(d.attrs)) dictSet(c.attrs, k, v);
  return c;
}

function makeCounter(rt: NativeContext): PyType {
  const count = (d: PyDict, k: PyValue): PyValue => d.map.get(hashKey(k))?.[1] ?? 0n;
  const update = (
    ctx: NativeContext,
    d: PyDict,
    src: PyValue | undefined,
    kwargs: Kwargs | null,
    sign: '+' | '-',
  ) => {
    if (src !== undefined && src !== null) {
      if (src instanceof PyDict) {
        // Counter.update copies a mapping into an empty counter as dict.update does.
        const empty = sign === '+' && d.map.size === 0;
        for (const [k, v] of entries(src))
          dictSet(d, k, empty ? v : binaryOp(sign, count(d, k), v));
      } else {
        const pull = iterate(src);
        for (let x = pull(); x !== STOP; x = pull()) {
          ctx.tick();
          dictSet(d, x, binaryOp(sign, count(d, x), 1n));
        }
      }
    }
    for (const [k, v] of kwargs ?? []) dictSet(d, k, binaryOp(sign, count(d, k), v));
  };
  const mostCommon = (d: PyDict): [PyValue, PyValue][] => {
    const items = entries(d).map((e, i) => ({ e, i }));
    // sorted(key=count, reverse=True) is stable: equal counts keep insertion order.
    items.sort((a, b) =>
      pyOrder('<', b.e[1], a.e[1]) ? -1 : pyOrder('<', a.e[1], b.e[1]) ? 1 : a.i - b.i,
    );
    return items.map((x) => x.e);
  };
  const combine = (op: (a: PyValue, b: PyValue) => PyValue | undefined) =>
    method('op', (_c, self, [other]) => {
      const d = asDict(self, 'Counter');
      if (!(other instanceof PyDictSub) || !other.cls.isSubclassOf(counterCls))
        return NotImplemented;
      const out = new PyDictSub(counterCls);
      const keys = [...entries(d).map(([k]) => k), ...entries(other).map(([k]) => k)];
      for (const k of keys) {
        if (out.map.has(hashKey(k))) continue;
        const v = op(count(d, k), count(other, k));
        if (v !== undefined && pyOrder('>', v, 0n)) dictSet(out, k, v);
      }
      return out;
    });
  const counterCls: PyType = nativeClass(
    rt,
    'Counter',
    {
      __new__: method('__new__', (_c, cls) => newDict(cls)),
      __init__: method('__init__', (ctx, self, args, kwargs) => {
        if (args.length > 1)
          throw pyErr(E.TypeError, `expected at most 1 argument, got ${args.length}`);
        update(ctx, asDict(self, 'Counter'), args[0], kwArgs(kwargs), '+');
        return null;
      }),
      __missing__: method('__missing__', () => 0n),
      __repr__: method('__repr__', (_c, self) => {
        const d = asDict(self, 'Counter');
        if (d.map.size === 0) return `${d.cls.name}()`;
        // CPython falls back to insertion order when the counts do not order.
        let pairs: [PyValue, PyValue][];
        try {
          pairs = mostCommon(d);
        } catch (e) {
          if (!(e instanceof PyExc && e.type.isSubclassOf(E.TypeError))) throw e;
          pairs = entries(d);
        }
        return `${d.cls.name}(${body(pairs)})`;
      }),
      update: method('update', (ctx, self, args, kwargs) => {
        update(ctx, asDict(self, 'Counter'), args[0], kwArgs(kwargs), '+');
        return null;
      }),
      subtract: method('subtract', (ctx, self, args, kwargs) => {
        update(ctx, asDict(self, 'Counter'), args[0], kwArgs(kwargs), '-');
        return null;
      }),
      most_common: method('most_common', (_c, self, args) => {
        const all = mostCommon(asDict(self, 'Counter'));
        const n = args[0];
        const picked =
          n === undefined || n === null
            ? all
            : all.slice(0, Math.max(0, Number(typeof n === 'bigint' ? n : 0n)));
        return new PyList(picked.map(([k, v]) => new PyTuple([k, v])));
      }),
      elements: method('elements', (ctx, self) => {
        const out: PyValue[] = [];
        for (const [k, v] of entries(asDict(self, 'Counter'))) {
          if (typeof v !== 'bigint')
            throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
          for (let i = 0n; i < v; i++) {
            ctx.tick();
            out.push(k);
          }
        }
        let i = 0;
        return new PyIterator('itertools.chain', () => (i < out.length ? out[i++] : STOP));
      }),
      total: method('total', (_c, self) =>
        entries(asDict(self, 'Counter')).reduce<PyValue>((s, [, v]) => binaryOp('+', s, v), 0n),
      ),
      copy: method('copy', (_c, self) => copyDict(asDict(self, 'Counter'))),
      __copy__: method('__copy__', (_c, self) => copyDict(asDict(self, 'Counter'))),
      __add__: combine((a, b) => binaryOp('+', a, b)),
      __sub__: combine((a, b) => binaryOp('-', a, b)),
      __or__: combine((a, b) => (pyOrder('<', a, b) ? b : a)),
      __and__: combine((a, b) => (pyOrder('<', a, b) ? a : b)),
      __pos__: method('__pos__', (_c, self) => {
        const out = new PyDictSub(counterCls);
        for (const [k, v] of entries(asDict(self, 'Counter')))
          if (pyOrder('>', v, 0n)) dictSet(out, k, v);
        return out;
      }),
      __neg__: method('__neg__', (_c, self) => {
        const out = new PyDictSub(counterCls);
        for (const [k, v] of entries(asDict(self, 'Counter')))
          if (pyOrder('<', v, 0n)) dictSet(out, k, binaryOp('-', 0n, v));
        return out;
      }),
      fromkeys: classMethod('fromkeys', () => {
        throw pyErr(
          E.NotImplementedError,
          'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.',
        );
      }),
    },
    { module: 'collections', base: dictType },
  );
  return counterCls;
}

function makeOrderedDict(rt: NativeContext): PyType {
  const reorder = (d: PyDict, key: PyValue, last: boolean) => {
    const hk = hashKey(key);
    const e = d.map.get(hk);
    if (!e) throw keyError(key);
    d.map.delete(hk);
    if (last) d.map.set(hk, e);
    else {
      const rest = [...d.map];
      d.map.clear();
      d.map.set(hk, e);
      for (const [k, v] of rest) d.map.set(k, v);
    }
  };
  return nativeClass(
    rt,
    'OrderedDict',
    {
      __new__: method('__new__', (_c, cls) => newDict(cls)),
      __init__: method('__init__', (ctx, self, args, kwargs) => {
        if (args.length > 1)
          throw pyErr(E.TypeError, `expected at most 1 argument, got ${args.length}`);
        dictUpdate(ctx, asDict(self, 'OrderedDict'), args[0], kwArgs(kwargs));
        return null;
      }),
      __repr__: method('__repr__', (_c, self) => {
        const d = asDict(self, 'OrderedDict');
        if (d.map.size === 0) return `${d.cls.name}()`;
        const pairs = entries(d).map(([k, v]) => `(${repr(k)}, ${repr(v)})`);
        return `${d.cls.name}([${pairs.join(', ')}])`;
      }),
      move_to_end: method('move_to_end', (_c, self, args, kwargs) => {
        const a = bindArguments('move_to_end', sig(['key', 'last=']), args, kwargs);
        reorder(asDict(self, 'OrderedDict'), a.get('key')!, truthy(a.get('last') ?? true));
        return null;
      }),
      popitem: method('popitem', (_c, self, args, kwargs) => {
        const a = bindArguments('popitem', sig(['last=']), args, kwargs);
        const d = asDict(self, 'OrderedDict');
        if (d.map.size === 0) throw pyErr(E.KeyError, 'dictionary is empty');
        const keys = [...d.map.keys()];
        const hk = truthy(a.get('last') ?? true) ? keys[keys.length - 1] : keys[0];
        const [k, v] = d.map.get(hk)!;
        d.map.delete(hk);
        return new PyTuple([k, v]);
      }),
      copy: method('copy', (_c, self) => copyDict(asDict(self, 'OrderedDict'))),
      __copy__: method('__copy__', (_c, self) => copyDict(asDict(self, 'OrderedDict'))),
    },
    { module: 'collections', base: dictType },
  );
}

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);

function namedtuple(rt: NativeContext, ctx: NativeContext, a: Map<string, PyValue>): PyType {
  const typename = a.get('typename');
  if (typeof typename !== 'string')
    throw pyErr(
      E.TypeError,
      `namedtuple() argument 'typename' must be str, not ${typeName(typename ?? null)}`,
    );
  const raw = a.get('field_names')!;
  let fields: string[];
  if (typeof raw === 'string') fields = raw.replaceAll(',', ' ').split(/\s+/).filter(Boolean);
  else {
    const pull = iterate(raw);
    fields = [];
    for (let x = pull(); x !== STOP; x = pull()) {
      ctx.tick();
      if (typeof x !== 'string')
        throw pyErr(E.TypeError, 'Type names and field names must be strings');
      fields.push(x);
    }
  }
  const rename = truthy(a.get('rename') ?? false);
  const seen = new Set<string>();
  fields = fields.map((f, i) => {
    const bad =
      !/^[A-Za-z_][A-Za-z0-9_]*$/.test(f) || KEYWORDS.has(f) || f.startsWith('_') || seen.has(f);
    seen.add(f);
    return rename && bad ? `_${i}` : f;
  });
  for (const n of [typename, ...fields]) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
      throw pyErr(E.ValueError, `Type names and field names must be valid identifiers: ${repr(n)}`);
    if (KEYWORDS.has(n))
      throw pyErr(E.ValueError, `Type names and field names cannot be a keyword: ${repr(n)}`);
  }
  const dup = new Set<string>();
  for (const f of fields) {
    if (f.startsWith('_') && !rename)
      throw pyErr(E.ValueError, `Field names cannot start with an underscore: ${repr(f)}`);
    if (dup.has(f)) throw pyErr(E.ValueError, `Encountered duplicate field name: ${repr(f)}`);
    dup.add(f);
  }
  const defaultsV = a.get('defaults');
  const defaults =
    defaultsV === undefined || defaultsV === null ? [] : [...(iterateAll(defaultsV) ?? [])];
  if (defaults.length > fields.length)
    throw pyErr(E.TypeError, 'Got more default values than field names');
  const firstDefault = fields.length - defaults.length;
  const spec = fields.map((f, i) => (i >= firstDefault ? `${f}=` : f));
  const params = sig(spec);
  const fieldDefaults = new PyDict();
  for (const [i, f] of fields.slice(firstDefault).entries()) dictSet(fieldDefaults, f, defaults[i]);
  const make = (cls: PyType, items: PyValue[]) => new PyTupleSub(items, cls);
  const ns: Record<string, PyValue> = {
    __new__: method('__new__', (_c, cls, args, kwargs) => {
      const b = bindArguments(`${typename}.__new__`, params, args, kwargs);
      return make(
        cls as PyType,
        fields.map((f, i) => b.get(f) ?? defaults[i - firstDefault]),
      );
    }),
    __repr__: method('__repr__', (_c, self) => {
      const t = self as PyTupleSub;
      return `${t.cls.name}(${fields.map((f, i) => `${f}=${repr(t.items[i])}`).join(', ')})`;
    }),
    _asdict: method('_asdict', (_c, self) => {
      const d = new PyDict();
      for (const [i, f] of fields.entries()) dictSet(d, f, (self as PyTupleSub).items[i]);
      return d;
    }),
    _replace: method('_replace', (_c, self, _args, kwargs) => {
      const t = self as PyTupleSub;
      const items = t.items.slice();
      const unknown: string[] = [];
      for (const [k, v] of kwargs ?? []) {
        const i = fields.indexOf(k);
        if (i < 0) unknown.push(k);
        else items[i] = v;
      }
      if (unknown.length)
        throw pyErr(E.ValueError, `Got unexpected field names: ${repr(new PyList(unknown))}`);
      return make(t.cls, items);
    }),
    _make: classMethod('_make', (c, cls, [iterable]) => {
      const items = iterateAll(iterable) ?? [];
      if (items.length !== fields.length)
        throw pyErr(E.TypeError, `Expected ${fields.length} arguments, got ${items.length}`);
      c.tick(items.length);
      return make(cls as PyType, items);
    }),
    __getnewargs__: method('__getnewargs__', (_c, self) => new PyTuple((self as PyTupleSub).items)),
    _fields: new PyTuple(fields),
    _field_defaults: fieldDefaults,
    __doc__: `${typename}(${fields.join(', ')})`,
  };
  fields.forEach((f, i) => {
    ns[f] = getter(f, (self) => (self as PyTupleSub).items[i]);
  });
  const mod = a.get('module');
  return nativeClass(rt, typename, ns, {
    module: typeof mod === 'string' ? mod : '__main__',
    base: tupleType,
  });
}

function iterateAll(v: PyValue | undefined): PyValue[] | undefined {
  if (v === undefined) return undefined;
  const pull = iterate(v);
  const out: PyValue[] = [];
  for (let x = pull(); x !== STOP; x = pull()) out.push(x);
  return out;
}

// ---- deque ----

class Deque extends NativeObject {
  constructor(
    readonly klass: NativeClass<Deque>,
    public items: PyValue[],
    readonly maxlen: number | null,
  ) {
    super();
    this.trim(false);
  }
  get cls(): ClassLike {
    return this.klass;
  }
  /** Drop from the far end when over maxlen (`left` says which end received items). */
  trim(left: boolean): void {
    if (this.maxlen === null) return;
    while (this.items.length > this.maxlen) {
      if (left) this.items.pop();
      else this.items.shift();
    }
  }
  repr(): string {
    const body = `[${this.items.map((x) => repr(x)).join(', ')}]`;
    return this.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${this.maxlen})`;
  }
  override len(): number {
    return this.items.length;
  }
  override truthy(): boolean {
    return this.items.length > 0;
  }
  override iterate() {
    const snapshot = this.items;
    const n = snapshot.length;
    let i = 0;
    return () => {
      if (this.items !== snapshot || this.items.length !== n)
        throw pyErr(E.RuntimeError, 'deque mutated during iteration');
      return i < n ? snapshot[i++] : STOP;
    };
  }
  index(key: PyValue): number {
    if (typeof key !== 'bigint' && typeof key !== 'boolean')
      throw pyErr(E.TypeError, `sequence index must be integer, not '${typeName(key)}'`);
    let i = Number(key);
    if (i < 0) i += this.items.length;
    if (i < 0 || i >= this.items.length) throw pyErr(E.IndexError, 'deque index out of range');
    return i;
  }
  override getItem(key: PyValue): PyValue {
    return this.items[this.index(key)];
  }
  override setItem(key: PyValue, value: PyValue): void {
    this.items[this.index(key)] = value;
  }
  override contains(item: PyValue): boolean {
    return this.items.some((x) => pyEq(x, item));
  }
  override eq(other: PyValue): boolean {
    return (
      other instanceof Deque &&
      other.items.length === this.items.length &&
      this.items.every((x, i) => pyEq(x, other.items[i]))
    );
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue | undefined {
    if (op === '+' && other instanceof Deque && !reflected)
      return new Deque(this.klass, [...this.items, ...other.items], this.maxlen);
    return undefined;
  }
}

function dequeClass(): NativeClass<Deque> {
  const c: NativeClass<Deque> = new NativeClass<Deque>('deque', 'collections', {
    spec: ['iterable=', 'maxlen='],
    make: (a) => {
      const m = a.get('maxlen');
      let maxlen: number | null = null;
      if (m !== undefined && m !== null) {
        if (typeof m !== 'bigint') throw pyErr(E.TypeError, 'an integer is required');
        if (m < 0n) throw pyErr(E.ValueError, 'maxlen must be non-negative');
        maxlen = Number(m);
      }
      return new Deque(c, iterateAll(a.get('iterable')) ?? [], maxlen);
    },
  });
  c.prop('maxlen', (d) => (d.maxlen === null ? null : BigInt(d.maxlen)))
    .method('append', ['x'], (d, a) => {
      d.items.push(a.get('x')!);
      d.trim(false);
      return null;
    })
    .method('appendleft', ['x'], (d, a) => {
      d.items.unshift(a.get('x')!);
      d.trim(true);
      return null;
    })
    .method('extend', ['iterable'], (d, a) => {
      d.items.push(...(iterateAll(a.get('iterable')) ?? []));
      d.trim(false);
      return null;
    })
    .method('extendleft', ['iterable'], (d, a) => {
      for (const x of iterateAll(a.get('iterable')) ?? []) d.items.unshift(x);
      d.trim(true);
      return null;
    })
    .method('pop', [], (d) => {
      if (!d.items.length) throw pyErr(E.IndexError, 'pop from an empty deque');
      return d.items.pop()!;
    })
    .method('popleft', [], (d) => {
      if (!d.items.length) throw pyErr(E.IndexError, 'pop from an empty deque');
      return d.items.shift()!;
    })
    .method('rotate', ['n='], (d, a) => {
      const len = d.items.length;
      if (!len) return null;
      const n = Number(a.get('n') ?? 1n);
      const k = ((n % len) + len) % len;
      d.items = [...d.items.slice(len - k), ...d.items.slice(0, len - k)];
      return null;
    })
    .method('clear', [], (d) => {
      d.items = [];
      return null;
    })
    .method('count', ['x'], (d, a) => BigInt(d.items.filter((x) => pyEq(x, a.get('x')!)).length))
    .method('index', ['x'], (d, a) => {
      const i = d.items.findIndex((x) => pyEq(x, a.get('x')!));
      if (i < 0) throw pyErr(E.ValueError, `${repr(a.get('x')!)} is not in deque`);
      return BigInt(i);
    })
    .method('remove', ['value'], (d, a) => {
      const i = d.items.findIndex((x) => pyEq(x, a.get('value')!));
      if (i < 0) throw pyErr(E.ValueError, `${repr(a.get('value')!)} is not in deque`);
      d.items.splice(i, 1);
      return null;
    })
    .method('insert', ['i', 'x'], (d, a) => {
      if (d.maxlen !== null && d.items.length >= d.maxlen)
        throw pyErr(E.IndexError, 'deque already at its maximum size');
      let i = Number(a.get('i'));
      if (i < 0) i = Math.max(0, i + d.items.length);
      d.items.splice(i, 0, a.get('x')!);
      return null;
    })
    .method('reverse', [], (d) => {
      d.items.reverse();
      return null;
    })
    .method('copy', [], (d) => new Deque(c, d.items.slice(), d.maxlen))
    .method('__copy__', [], (d) => new Deque(c, d.items.slice(), d.maxlen));
  return c;
}

export function makeCollectionsModule(s: StdlibServices) {
  const rt = s.runtime();
  return makeModule(
    'collections',
    {
      defaultdict: makeDefaultDict(rt),
      Counter: makeCounter(rt),
      OrderedDict: makeOrderedDict(rt),
      deque: dequeClass().type,
      namedtuple: fn(
        'namedtuple',
        ['typename', 'field_names', '*', 'rename=', 'defaults=', 'module='],
        (a, ctx) => namedtuple(rt, ctx, a),
      ),
    },
    ['ChainMap', 'UserDict', 'UserList', 'UserString'],
  );
}
