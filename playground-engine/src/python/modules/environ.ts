// `os.environ` as CPython 3.11's os.py builds it: an `os._Environ` (a MutableMapping, not a
// dict) whose keys and values must be str (`encode`: `TypeError: str expected, not int`),
// with its own repr (`environ({...})`), `copy()` (a dict), `setdefault(key, value)` and the
// `|` / `|=` operators, plus the Mapping / MutableMapping mixin methods. What it holds is
// what wandb reads (`environOf`).

import { bindArguments, sig } from '../interp/signature';
import { iterate } from '../interp/iteration';
import { pyEq } from '../values/compare';
import { E, keyError, pyErr } from '../values/exceptions';
import { dictSet, hashKey } from '../values/hashing';
import { findInMro } from '../values/instances';
import {
  type Kwargs,
  type NativeContext,
  NotImplemented,
  PyDict,
  PyDictView,
  PyExc,
  PyInstance,
  PyIterator,
  PyTuple,
  type PyType,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';
import { method, nativeClass } from './classkit';

/** The environment's entries, per `_Environ` instance (CPython's `_data`). */
const stores = new WeakMap<PyInstance, PyDict>();

function storeOf(self: PyValue): PyDict {
  if (!(self instanceof PyInstance))
    throw pyErr(E.TypeError, `descriptor needs an '_Environ' object, not '${typeName(self)}'`);
  let d = stores.get(self);
  if (!d) {
    d = new PyDict();
    stores.set(self, d);
  }
  return d;
}

/** os.py `_createenviron`'s `encode`: keys and values must be str. */
function encode(v: PyValue): string {
  if (typeof v !== 'string') throw pyErr(E.TypeError, `str expected, not ${typeName(v)}`);
  return v;
}

const lookup = (d: PyDict, key: PyValue): string | undefined =>
  d.map.get(hashKey(encode(key)))?.[1] as string | undefined;

/** Bound arguments, with CPython's TypeError wording for a bad call (`_Environ.setdefault`). */
function bind(name: string, spec: string[], args: PyValue[], kwargs: Kwargs | null) {
  return bindArguments(`_Environ.${name}`, sig(spec), args, kwargs);
}

/** `isinstance(x, Mapping)` for what a snippet can hold: a dict, or an _Environ. */
function isMapping(v: PyValue, cls: PyType): boolean {
  return v instanceof PyDict || (v instanceof PyInstance && v.cls.isSubclassOf(cls));
}

/** `dict(mapping)` of a dict or an _Environ (what `__or__` / `__eq__` start from). */
function asDict(v: PyValue): PyDict {
  if (v instanceof PyDict) {
    const c = new PyDict();
    for (const [k, x] of v.map.values()) dictSet(c, k, x);
    return c;
  }
  return copyOf(storeOf(v));
}

function copyOf(d: PyDict): PyDict {
  const c = new PyDict();
  for (const [k, x] of d.map.values()) dictSet(c, k, x);
  return c;
}

function setItem(d: PyDict, key: PyValue, value: PyValue): void {
  const k = encode(key);
  dictSet(d, k, encode(value));
}

/** MutableMapping.update: a mapping (or anything with keys()) by key, else (key, value) pairs. */
function update(ctx: NativeContext, d: PyDict, other: PyValue | undefined, kwargs: Kwargs | null) {
  if (other instanceof PyDict) {
    for (const [k, v] of [...other.map.values()]) setItem(d, k, v);
  } else if (
    other !== undefined &&
    (other instanceof PyInstance ? findInMro(other.cls, 'keys') !== undefined : false)
  ) {
    const getItem = ctx.getAttr(other, '__getitem__');
    const pull = iterate(ctx.callSync(ctx.getAttr(other, 'keys'), []));
    for (let k = pull(); k !== STOP; k = pull()) {
      ctx.tick();
      setItem(d, k, ctx.callSync(getItem, [k]));
    }
  } else if (other !== undefined) {
    const pull = iterate(other);
    for (let pair = pull(); pair !== STOP; pair = pull()) {
      ctx.tick();
      const kv = iterate(pair);
      const k = kv();
      const v = kv();
      if (k === STOP || v === STOP || kv() !== STOP)
        throw pyErr(E.ValueError, 'too many values to unpack (expected 2)');
      setItem(d, k, v);
    }
  }
  if (kwargs) for (const [k, v] of kwargs) setItem(d, k, v);
}

/** The `_Environ` class of one run's `os` module, and `os.environ` holding `env`. */
export function makeEnviron(
  rt: NativeContext,
  env: Record<string, string>,
): { type: PyType; environ: PyInstance } {
  const cls: PyType = nativeClass(
    rt,
    '_Environ',
    {
      __getitem__: method('__getitem__', (_c, self, [key]) => {
        const v = lookup(storeOf(self), key);
        if (v === undefined) throw keyError(key);
        return v;
      }),
      __setitem__: method('__setitem__', (_c, self, [key, value]) => {
        setItem(storeOf(self), key, value);
        return null;
      }),
      __delitem__: method('__delitem__', (_c, self, [key]) => {
        const d = storeOf(self);
        if (!d.map.delete(hashKey(encode(key)))) throw keyError(key);
        return null;
      }),
      // A generator over the keys as they were when iteration started (`list(self._data)`).
      __iter__: method('__iter__', (_c, self) => {
        const keys = [...storeOf(self).map.values()].map(([k]) => k);
        let i = 0;
        return new PyIterator('generator', () => (i < keys.length ? keys[i++] : STOP));
      }),
      __len__: method('__len__', (_c, self) => BigInt(storeOf(self).map.size)),
      __contains__: method('__contains__', (_c, self, [key]) => {
        return lookup(storeOf(self), key) !== undefined;
      }),
      __repr__: method('__repr__', (_c, self) => {
        const items = [...storeOf(self).map.values()].map(([k, v]) => `${repr(k)}: ${repr(v)}`);
        return `environ({${items.join(', ')}})`;
      }),
      __eq__: method('__eq__', (_c, self, [other]) =>
        isMapping(other, cls) ? pyEq(asDict(self), asDict(other)) : NotImplemented,
      ),
      __or__: method('__or__', (_c, self, [other]) => {
        if (!isMapping(other, cls)) return NotImplemented;
        const d = asDict(self);
        for (const [k, v] of asDict(other).map.values()) dictSet(d, k, v);
        return d;
      }),
      __ror__: method('__ror__', (_c, self, [other]) => {
        if (!isMapping(other, cls)) return NotImplemented;
        const d = asDict(other);
        for (const [k, v] of storeOf(self).map.values()) dictSet(d, k, v);
        return d;
      }),
      __ior__: method('__ior__', (ctx, self, [other]) => {
        update(ctx, storeOf(self), other, null);
        return self;
      }),
      copy: method('copy', (_c, self) => copyOf(storeOf(self))),
      get: method('get', (_c, self, args, kwargs) => {
        const a = bind('get', ['key', 'default='], args, kwargs);
        return lookup(storeOf(self), a.get('key') as PyValue) ?? a.get('default') ?? null;
      }),
      setdefault: method('setdefault', (_c, self, args, kwargs) => {
        const a = bind('setdefault', ['key', 'value'], args, kwargs);
        const d = storeOf(self);
        const key = a.get('key') as PyValue;
        const v = lookup(d, key);
        if (v !== undefined) return v;
        setItem(d, key, a.get('value') as PyValue);
        return lookup(d, key) as string;
      }),
      pop: method('pop', (_c, self, args, kwargs) => {
        const a = bind('pop', ['key', 'default='], args, kwargs);
        const d = storeOf(self);
        const key = a.get('key') as PyValue;
        const v = lookup(d, key);
        if (v === undefined) {
          if (a.has('default')) return a.get('default') as PyValue;
          throw keyError(key);
        }
        d.map.delete(hashKey(key));
        return v;
      }),
      popitem: method('popitem', (_c, self) => {
        const d = storeOf(self);
        const first = d.map.entries().next();
        if (first.done) throw new PyExc(E.KeyError, []);
        d.map.delete(first.value[0]);
        return new PyTuple([first.value[1][0], first.value[1][1]]);
      }),
      clear: method('clear', (_c, self) => {
        storeOf(self).map.clear();
        return null;
      }),
      update: method('update', (ctx, self, args, kwargs) => {
        if (args.length > 1)
          throw pyErr(
            E.TypeError,
            `MutableMapping.update() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
          );
        update(ctx, storeOf(self), args[0], kwargs);
        return null;
      }),
      // Mapping's views (collections.abc KeysView & co.), live over the entries.
      keys: method('keys', (_c, self) => new PyDictView('keys', storeOf(self), self)),
      items: method('items', (_c, self) => new PyDictView('items', storeOf(self), self)),
      values: method('values', (_c, self) => new PyDictView('values', storeOf(self), self)),
    },
    { module: 'os' },
  );
  const environ = new PyInstance(cls);
  const d = storeOf(environ);
  for (const [k, v] of Object.entries(env)) dictSet(d, k, v);
  return { type: cls, environ };
}

/** The entries of an `_Environ`, or undefined for any other value. */
export function environEntries(v: PyValue | undefined): PyDict | undefined {
  return v instanceof PyInstance ? stores.get(v) : undefined;
}
