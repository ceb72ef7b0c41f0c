// The `functools` module: partial, reduce, lru_cache/cache (with cache_info and
// cache_clear, binding as methods like CPython's wrapper), wraps/update_wrapper,
// cached_property, total_ordering and cmp_to_key.

import { getAttr, setAttr } from '../interp/attributes';
import { tryIterate } from '../interp/iteration';
import { pyEq, truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { dictSet, hashKey } from '../values/hashing';
import { findInMro, isCallable } from '../values/instances';
import {
  type Kwargs,
  type NativeContext,
  NotImplemented,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFunction,
  PyInstance,
  PyProperty,
  PyTuple,
  PyType,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';
import { getter, method, nativeClass } from './classkit';
import { StructSeq, fn, makeModule, structSeqClass } from './native';
import type { StdlibServices } from './services';

const WRAPPER_ASSIGNMENTS = [
  '__module__',
  '__name__',
  '__qualname__',
  '__doc__',
  '__annotations__',
];

/** update_wrapper: copy the wrapped function's names and __dict__, set __wrapped__. */
function updateWrapper(wrapper: PyValue, wrapped: PyValue): PyValue {
  for (const name of WRAPPER_ASSIGNMENTS) {
    let v: PyValue;
    try {
      v = getAttr(wrapped, name);
    } catch (e) {
      if (e instanceof PyExc && e.type.isSubclassOf(E.AttributeError)) continue;
      throw e;
    }
    setAttr(wrapper, name, v);
  }
  let d: PyValue = null;
  try {
    d = getAttr(wrapped, '__dict__');
  } catch {
    d = null;
  }
  if (d instanceof PyDict) for (const [k, v] of d.map.values()) setAttr(wrapper, k as string, v);
  setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

const cacheInfoClass = structSeqClass('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize']);

/** The lru_cache wrapper: a native function, so it binds as a method in a class body. */
function lruWrapper(f: PyValue, maxsize: number | null, typed: boolean): PyBuiltin {
  const cache = new Map<string, PyValue>();
  let hits = 0;
  let misses = 0;
  const name = f instanceof PyFunction || f instanceof PyBuiltin ? f.name : typeName(f);
  const wrapper = new PyBuiltin(name, (ctx, args, kwargs) => {
    const parts: PyValue[] = [...args];
    if (kwargs?.size) {
      parts.push('\u0000kw');
      for (const [k, v] of kwargs) parts.push(k, v);
    }
    let key = hashKey(new PyTuple(parts));
    if (typed) key += `|${parts.map((p) => typeName(p)).join(',')}`;
    const hit = cache.get(key);
    if (hit !== undefined) {
      hits++;
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    misses++;
    const store = (v: PyValue) => {
      if (maxsize !== 0) {
        cache.set(key, v);
        if (maxsize !== null && cache.size > maxsize) cache.delete(cache.keys().next().value!);
      }
      return v;
    };
    const r = ctx.call(f, args, kwargs);
    return r instanceof Promise ? r.then(store) : store(r);
  });
  wrapper.attrs = new Map<string, PyValue>([
    ['__wrapped__', f],
    [
      'cache_info',
      new PyBuiltin(
        'cache_info',
        () =>
          new StructSeq(cacheInfoClass, [
            BigInt(hits),
            BigInt(misses),
            maxsize === null ? null : BigInt(maxsize),
            BigInt(cache.size),
          ]),
      ),
    ],
    [
      'cache_clear',
      new PyBuiltin('cache_clear', () => {
        cache.clear();
        hits = 0;
        misses = 0;
        return null;
      }),
    ],
    [
      'cache_parameters',
      new PyBuiltin('cache_parameters', () => {
        const d = new PyDict();
        dictSet(d, 'maxsize', maxsize === null ? null : BigInt(maxsize));
        dictSet(d, 'typed', typed);
        return d;
      }),
    ],
  ]);
  if (f instanceof PyFunction) {
    wrapper.attrs.set('__doc__', f.doc);
    wrapper.attrs.set('__module__', f.module);
    wrapper.attrs.set('__qualname__', f.qualname);
  }
  return wrapper;
}

function lruCache(a: PyValue[], kwargs: Kwargs | null): PyValue {
  const first = a[0] ?? kwargs?.get('maxsize');
  const typed = truthy(a[1] ?? kwargs?.get('typed') ?? false);
  // @lru_cache without parentheses: the function itself comes first.
  if (first !== undefined && first !== null && typeof first !== 'bigint' && isCallable(first))
    return lruWrapper(first, 128, typed);
  if (first !== undefined && first !== null && typeof first !== 'bigint')
    throw pyErr(E.TypeError, 'Expected first argument to be an integer, a callable, or None');
  const maxsize = first === undefined ? 128 : first === null ? null : Math.max(0, Number(first));
  return new PyBuiltin('decorating_function', (_c, [f]) => lruWrapper(f, maxsize, typed));
}

function makePartial(rt: NativeContext): PyType {
  const field = (self: PyValue, name: string) =>
    (self as PyInstance).dict.map.get(hashKey(name))?.[1] ?? null;
  const cls: PyType = nativeClass(
    rt,
    'partial',
    {
      __new__: method('__new__', (_c, klass, args, kwargs) => {
        if (!args.length) throw pyErr(E.TypeError, "type 'partial' takes at least one argument");
        let [func, ...rest] = args;
        if (!isCallable(func)) throw pyErr(E.TypeError, 'the first argument must be callable');
        const kw = new PyDict();
        // partial(partial(f, 1), 2) flattens, as CPython does.
        if (func instanceof PyInstance && func.cls === cls) {
          rest = [...(field(func, 'args') as PyTuple).items, ...rest];
          for (const [k, v] of (field(func, 'keywords') as PyDict).map.values()) dictSet(kw, k, v);
          func = field(func, 'func');
        }
        for (const [k, v] of kwargs ?? []) dictSet(kw, k, v);
        const obj = new PyInstance(klass as PyType);
        dictSet(obj.dict, 'func', func);
        dictSet(obj.dict, 'args', new PyTuple(rest));
        dictSet(obj.dict, 'keywords', kw);
        return obj;
      }),
      __call__: method('__call__', (ctx, self, args, kwargs) => {
        const kw: Kwargs = new Map();
        for (const [k, v] of (field(self, 'keywords') as PyDict).map.values())
          kw.set(k as string, v);
        for (const [k, v] of kwargs ?? []) kw.set(k, v);
        return ctx.call(
          field(self, 'func'),
          [...(field(self, 'args') as PyTuple).items, ...args],
          kw,
        );
      }),
      __repr__: method('__repr__', (_c, self) => {
        const parts = [repr(field(self, 'func'))];
        for (const x of (field(self, 'args') as PyTuple).items) parts.push(repr(x));
        for (const [k, v] of (field(self, 'keywords') as PyDict).map.values())
          parts.push(`${k as string}=${repr(v)}`);
        return `functools.partial(${parts.join(', ')})`;
      }),
    },
    { module: 'functools' },
  );
  return cls;
}

/** cached_property: a property whose getter stores its result in the instance __dict__. */
function cachedProperty(func: PyValue): PyProperty {
  let prop: PyProperty;
  const nameOf = (self: PyValue): string => {
    const cls = self instanceof PyInstance ? self.cls : null;
    for (const t of cls?.mro ?? []) for (const [k, v] of t.dict) if (v === prop) return k;
    return func instanceof PyFunction ? func.name : '?';
  };
  const get = new PyBuiltin('cached_property', (ctx, [self]) => {
    if (!(self instanceof PyInstance))
      throw pyErr(
        E.TypeError,
        `No '__dict__' attribute on '${typeName(self)}' instance to cache '${nameOf(self)}' property.`,
      );
    const key = hashKey(nameOf(self));
    const own = self.dict.map.get(key);
    if (own) return own[1];
    const store = (v: PyValue) => {
      dictSet(self.dict, nameOf(self), v);
      return v;
    };
    const r = ctx.call(func, [self]);
    return r instanceof Promise ? r.then(store) : store(r);
  });
  const set = new PyBuiltin('cached_property', (_c, [self, v]) => {
    dictSet((self as PyInstance).dict, nameOf(self), v);
    return null;
  });
  const del = new PyBuiltin('cached_property', (_c, [self]) => {
    const k = hashKey(nameOf(self));
    if (!(self as PyInstance).dict.map.delete(k)) throw pyErr(E.AttributeError, nameOf(self));
    return null;
  });
  prop = new PyProperty(get, set, del, func instanceof PyFunction ? func.doc : null);
  return prop;
}

const ORDER = ['__lt__', '__le__', '__gt__', '__ge__'] as const;

function totalOrdering(cls: PyValue): PyValue {
  if (!(cls instanceof PyType)) throw pyErr(E.TypeError, 'total_ordering expects a class');
  const defined = ORDER.filter((n) => {
    const v = findInMro(cls, n, true);
    return v !== undefined && v !== null;
  });
  if (!defined.length)
    throw pyErr(E.ValueError, 'must define at least one ordering operation: < > <= >=');
  const root = defined.includes('__lt__') ? '__lt__' : defined[0];
  const rootFn = findInMro(cls, root, true)!;
  const call = (ctx: NativeContext, a: PyValue, b: PyValue) => ctx.callSync(rootFn, [a, b]);
  // CPython's _convert table: each derived operation from the root and ==.
  const derived: Record<string, Record<string, (r: boolean, eq: boolean) => boolean>> = {
    __lt__: {
      __gt__: (r, eq) => !r && !eq,
      __le__: (r, eq) => r || eq,
      __ge__: (r) => !r,
    },
    __le__: {
      __ge__: (r, eq) => !r || eq,
      __lt__: (r, eq) => r && !eq,
      __gt__: (r) => !r,
    },
    __gt__: {
      __lt__: (r, eq) => !r && !eq,
      __ge__: (r, eq) => r || eq,
      __le__: (r) => !r,
    },
    __ge__: {
      __le__: (r, eq) => !r || eq,
      __gt__: (r, eq) => r && !eq,
      __lt__: (r) => !r,
    },
  };
  for (const [name, op] of Object.entries(derived[root])) {
    if (defined.includes(name as (typeof ORDER)[number])) continue;
    cls.dict.set(
      name,
      method(name, (ctx, self, [other]) => {
        const r = call(ctx, self, other);
        if (r === NotImplemented) return NotImplemented;
        return op(truthy(r), pyEq(self, other));
      }),
    );
  }
  return cls;
}

function cmpToKey(rt: NativeContext, mycmp: PyValue): PyValue {
  const cmp = (ctx: NativeContext, a: PyValue, b: PyValue) => {
    const r = ctx.callSync(mycmp, [
      (a as PyInstance).dict.map.get(hashKey('obj'))![1],
      (b as PyInstance).dict.map.get(hashKey('obj'))![1],
    ]);
    if (typeof r !== 'bigint' && typeof r !== 'number' && typeof r !== 'boolean')
      throw pyErr(E.TypeError, `'<' not supported between instances of '${typeName(r)}' and 'int'`);
    return Number(r);
  };
  const rel = (name: string, test: (c: number) => boolean) =>
    method(name, (ctx, self, [other]) => test(cmp(ctx, self, other)));
  const K = nativeClass(
    rt,
    'KeyWrapper',
    {
      __init__: method('__init__', (_c, self, [obj]) => {
        dictSet((self as PyInstance).dict, 'obj', obj);
        return null;
      }),
      __lt__: rel('__lt__', (c) => c < 0),
      __gt__: rel('__gt__', (c) => c > 0),
      __le__: rel('__le__', (c) => c <= 0),
      __ge__: rel('__ge__', (c) => c >= 0),
      __eq__: rel('__eq__', (c) => c === 0),
      obj: getter('obj', (self) => (self as PyInstance).dict.map.get(hashKey('obj'))?.[1] ?? null),
    },
    { module: 'functools' },
  );
  return K;
}

export function makeFunctoolsModule(s: StdlibServices) {
  const rt = s.runtime();
  return makeModule(
    'functools',
    {
      partial: makePartial(rt),
      reduce: fn('reduce', ['function', 'iterable', 'initial='], (a, ctx) => {
        const f = a.get('function')!;
        const pull = tryIterate(a.get('iterable')!);
        if (!pull) throw pyErr(E.TypeError, 'reduce() arg 2 must support iteration');
        let acc: PyValue | typeof STOP = a.has('initial') ? a.get('initial')! : pull();
        if (acc === STOP)
          throw pyErr(E.TypeError, 'reduce() of empty iterable with no initial value');
        for (let x = pull(); x !== STOP; x = pull()) {
          ctx.tick();
          acc = ctx.callSync(f, [acc, x]);
        }
        return acc;
      }),
      lru_cache: new PyBuiltin('lru_cache', (_c, args, kwargs) => lruCache(args, kwargs)),
      cache: fn('cache', ['user_function'], (a) =>
        lruWrapper(a.get('user_function')!, null, false),
      ),
      wraps: fn('wraps', ['wrapped', 'assigned=', 'updated='], (a) => {
        const wrapped = a.get('wrapped')!;
        return new PyBuiltin('decorator', (_c, [wrapper]) => updateWrapper(wrapper, wrapped));
      }),
      update_wrapper: fn('update_wrapper', ['wrapper', 'wrapped', 'assigned=', 'updated='], (a) =>
        updateWrapper(a.get('wrapper')!, a.get('wrapped')!),
      ),
      cached_property: fn('cached_property', ['func'], (a) => cachedProperty(a.get('func')!)),
      total_ordering: fn('total_ordering', ['cls'], (a) => totalOrdering(a.get('cls')!)),
      cmp_to_key: fn('cmp_to_key', ['mycmp'], (a) => cmpToKey(rt, a.get('mycmp')!)),
      WRAPPER_ASSIGNMENTS: new PyTuple(WRAPPER_ASSIGNMENTS),
      WRAPPER_UPDATES: new PyTuple(['__dict__']),
    },
    ['singledispatch', 'singledispatchmethod', 'partialmethod'],
  );
}
