// Methods of list, tuple, dict and set.

import { checkCollectionSize } from '../budgets';
import { toArray, tryIterate } from '../interp/iteration';
import { pyEq, truthy } from '../values/compare';
import { E, keyError, pyErr } from '../values/exceptions';
import { dictSet, hashKey, setAdd } from '../values/hashing';
import { findInMro } from '../values/instances';
import {
  type Kwargs,
  type NativeContext,
  type NativeMethod,
  PyDict,
  PyDictView,
  PyInstance,
  PyList,
  PySet,
  PyTuple,
  type PyValue,
} from '../values/objects';
import { repr } from '../values/repr';
import { arity, expectInt, intToNumber, noKwargs, params } from './args';
import { pySort } from './sorting';

const items = (ctx: NativeContext, v: PyValue) => toArray(v, (n) => ctx.tick(n));

function indexOf(seq: PyValue[], x: PyValue, args: PyValue[]): number {
  const n = seq.length;
  const norm = (v: PyValue | undefined, d: number) => {
    if (v === undefined) return d;
    let i = intToNumber(expectInt(v));
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const start = norm(args[1], 0);
  const end = norm(args[2], n);
  void x;
  for (let i = start; i < end; i++) if (pyEq(seq[i], args[0])) return i;
  return -1;
}

export const listMethods = new Map<string, NativeMethod<PyList>>([
  [
    'append',
    (_c, l, a, k) => {
      noKwargs('list.append', k);
      arity('list.append', a, 1, 1);
      checkCollectionSize(l.items.length + 1);
      l.items.push(a[0]);
      return null;
    },
  ],
  [
    'extend',
    (c, l, a) => {
      arity('list.extend', a, 1, 1);
      const more = items(c, a[0]);
      checkCollectionSize(l.items.length + more.length);
      l.items.push(...more);
      return null;
    },
  ],
  [
    'insert',
    (_c, l, a) => {
      arity('insert', a, 2, 2);
      let i = intToNumber(expectInt(a[0]));
      const n = l.items.length;
      if (i < 0) i = Math.max(0, i + n);
      l.items.splice(Math.min(i, n), 0, a[1]);
      return null;
    },
  ],
  [
    'pop',
    (_c, l, a) => {
      arity('pop', a, 0, 1);
      if (l.items.length === 0) throw pyErr(E.IndexError, 'pop from empty list');
      let i = a.length ? intToNumber(expectInt(a[0])) : -1;
      if (i < 0) i += l.items.length;
      if (i < 0 || i >= l.items.length) throw pyErr(E.IndexError, 'pop index out of range');
      return l.items.splice(i, 1)[0];
    },
  ],
  [
    'remove',
    (_c, l, a) => {
      arity('list.remove', a, 1, 1);
      const i = l.items.findIndex((x) => pyEq(x, a[0]));
      if (i < 0) throw pyErr(E.ValueError, 'list.remove(x): x not in list');
      l.items.splice(i, 1);
      return null;
    },
  ],
  [
    'index',
    (_c, l, a) => {
      arity('index', a, 1, 3);
      const i = indexOf(l.items, a[0], a);
      if (i < 0) throw pyErr(E.ValueError, `${repr(a[0])} is not in list`);
      return BigInt(i);
    },
  ],
  [
    'count',
    (_c, l, a) => {
      arity('list.count', a, 1, 1);
      return BigInt(l.items.filter((x) => pyEq(x, a[0])).length);
    },
  ],
  [
    'sort',
    (c, l, a, k) => {
      if (a.length) throw pyErr(E.TypeError, 'sort() takes no positional arguments');
      const [key, reverse] = params('sort', [], k, ['key', 'reverse']);
      const sorted = pySort(c, l.items, key, reverse === undefined ? false : truthy(reverse));
      if (sorted instanceof Promise)
        return sorted.then((items) => {
          l.items = items;
          return null;
        });
      l.items = sorted;
      return null;
    },
  ],
  [
    'reverse',
    (_c, l, a) => {
      arity('list.reverse', a, 0, 0);
      l.items.reverse();
      return null;
    },
  ],
  [
    'copy',
    (_c, l, a) => {
      arity('list.copy', a, 0, 0);
      return new PyList(l.items.slice());
    },
  ],
  [
    'clear',
    (_c, l, a) => {
      arity('list.clear', a, 0, 0);
      l.items.splice(0);
      return null;
    },
  ],
]);

export const tupleMethods = new Map<string, NativeMethod<PyTuple>>([
  [
    'index',
    (_c, t, a) => {
      arity('index', a, 1, 3);
      const i = indexOf(t.items, a[0], a);
      if (i < 0) throw pyErr(E.ValueError, 'tuple.index(x): x not in tuple');
      return BigInt(i);
    },
  ],
  [
    'count',
    (_c, t, a) => {
      arity('tuple.count', a, 1, 1);
      return BigInt(t.items.filter((x) => pyEq(x, a[0])).length);
    },
  ],
]);

/** dict.update / dict(...) semantics: a mapping or an iterable of pairs, then keywords. */
export function dictUpdate(
  ctx: NativeContext,
  d: PyDict,
  src: PyValue | undefined,
  kwargs: Kwargs | null,
): void {
  if (src !== undefined) {
    if (src instanceof PyDict) {
      for (const [k, v] of src.map.values()) dictSet(d, k, v);
    } else if (src instanceof PyInstance && findInMro(src.cls, 'keys') !== undefined) {
      // CPython's dict(x) and d.update(x): anything with keys() is read as a mapping.
      const getItem = ctx.getAttr(src, '__getitem__');
      for (const k of items(ctx, ctx.callSync(ctx.getAttr(src, 'keys'), []))) {
        dictSet(d, k, ctx.callSync(getItem, [k]));
      }
    } else {
      items(ctx, src).forEach((pair, i) => {
        const pull = tryIterate(pair);
        const kv = pull ? toArray(pair, (n) => ctx.tick(n)) : null;
        if (!kv) {
          throw pyErr(
            E.TypeError,
            `cannot convert dictionary update sequence element #${i} to a sequence`,
          );
        }
        if (kv.length !== 2) {
          throw pyErr(
            E.ValueError,
            `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`,
          );
        }
        dictSet(d, kv[0], kv[1]);
      });
    }
  }
  if (kwargs) for (const [k, v] of kwargs) dictSet(d, k, v);
  checkCollectionSize(d.map.size);
}

export const dictMethods = new Map<string, NativeMethod<PyDict>>([
  [
    'get',
    (_c, d, a, k) => {
      noKwargs('dict.get', k);
      arity('get', a, 1, 2);
      const e = d.map.get(hashKey(a[0]));
      return e ? e[1] : a.length > 1 ? a[1] : null;
    },
  ],
  [
    'keys',
    (_c, d, a) => {
      arity('dict.keys', a, 0, 0);
      return new PyDictView('keys', d);
    },
  ],
  [
    'values',
    (_c, d, a) => {
      arity('dict.values', a, 0, 0);
      return new PyDictView('values', d);
    },
  ],
  [
    'items',
    (_c, d, a) => {
      arity('dict.items', a, 0, 0);
      return new PyDictView('items', d);
    },
  ],
  [
    'pop',
    (_c, d, a) => {
      arity('pop', a, 1, 2);
      const h = hashKey(a[0]);
      const e = d.map.get(h);
      if (!e) {
        if (a.length > 1) return a[1];
        throw keyError(a[0]);
      }
      d.map.delete(h);
      return e[1];
    },
  ],
  [
    'popitem',
    (_c, d, a) => {
      arity('dict.popitem', a, 0, 0);
      const last = [...d.map.keys()].pop();
      if (last === undefined) throw pyErr(E.KeyError, 'popitem(): dictionary is empty');
      const [k, v] = d.map.get(last)!;
      d.map.delete(last);
      return new PyTuple([k, v]);
    },
  ],
  [
    'setdefault',
    (_c, d, a) => {
      arity('setdefault', a, 1, 2);
      const h = hashKey(a[0]);
      const e = d.map.get(h);
      if (e) return e[1];
      const v = a.length > 1 ? a[1] : null;
      d.map.set(h, [a[0], v]);
      return v;
    },
  ],
  [
    'update',
    (c, d, a, k) => {
      arity('update', a, 0, 1);
      dictUpdate(c, d, a[0], k);
      return null;
    },
  ],
  [
    'copy',
    (_c, d, a) => {
      arity('dict.copy', a, 0, 0);
      const out = new PyDict();
      for (const [h, e] of d.map) out.map.set(h, [e[0], e[1]]);
      return out;
    },
  ],
  [
    'clear',
    (_c, d, a) => {
      arity('dict.clear', a, 0, 0);
      d.map.clear();
      return null;
    },
  ],
]);

function setOf(ctx: NativeContext, v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const s = new PySet();
  for (const x of items(ctx, v)) setAdd(s, x);
  return s;
}

export const setMethods = new Map<string, NativeMethod<PySet>>([
  [
    'add',
    (_c, s, a) => {
      arity('set.add', a, 1, 1);
      setAdd(s, a[0]);
      checkCollectionSize(s.map.size);
      return null;
    },
  ],
  [
    'remove',
    (_c, s, a) => {
      arity('set.remove', a, 1, 1);
      const h = hashKey(a[0]);
      if (!s.map.has(h)) throw keyError(a[0]);
      s.map.delete(h);
      return null;
    },
  ],
  [
    'discard',
    (_c, s, a) => {
      arity('set.discard', a, 1, 1);
      s.map.delete(hashKey(a[0]));
      return null;
    },
  ],
  [
    'pop',
    (_c, s, a) => {
      arity('set.pop', a, 0, 0);
      const first = s.map.keys().next();
      if (first.done) throw pyErr(E.KeyError, 'pop from an empty set');
      const v = s.map.get(first.value)!;
      s.map.delete(first.value);
      return v;
    },
  ],
  [
    'clear',
    (_c, s, a) => {
      arity('set.clear', a, 0, 0);
      s.map.clear();
      return null;
    },
  ],
  [
    'copy',
    (_c, s, a) => {
      arity('set.copy', a, 0, 0);
      const out = new PySet();
      for (const [h, v] of s.map) out.map.set(h, v);
      return out;
    },
  ],
  [
    'update',
    (c, s, a) => {
      for (const other of a) for (const v of setOf(c, other).map.values()) setAdd(s, v);
      checkCollectionSize(s.map.size);
      return null;
    },
  ],
  [
    'union',
    (c, s, a) => {
      const out = new PySet();
      for (const [h, v] of s.map) out.map.set(h, v);
      for (const other of a) for (const v of setOf(c, other).map.values()) setAdd(out, v);
      return out;
    },
  ],
  [
    'intersection',
    (c, s, a) => {
      const out = new PySet();
      for (const [h, v] of s.map) if (a.every((o) => setOf(c, o).map.has(h))) out.map.set(h, v);
      return out;
    },
  ],
  [
    'difference',
    (c, s, a) => {
      const out = new PySet();
      for (const [h, v] of s.map) if (!a.some((o) => setOf(c, o).map.has(h))) out.map.set(h, v);
      return out;
    },
  ],
  [
    'symmetric_difference',
    (c, s, a) => {
      arity('set.symmetric_difference', a, 1, 1);
      const o = setOf(c, a[0]);
      const out = new PySet();
      for (const [h, v] of s.map) if (!o.map.has(h)) out.map.set(h, v);
      for (const [h, v] of o.map) if (!s.map.has(h)) out.map.set(h, v);
      return out;
    },
  ],
  [
    'issubset',
    (c, s, a) => {
      arity('set.issubset', a, 1, 1);
      const o = setOf(c, a[0]);
      return [...s.map.keys()].every((h) => o.map.has(h));
    },
  ],
  [
    'issuperset',
    (c, s, a) => {
      arity('set.issuperset', a, 1, 1);
      const o = setOf(c, a[0]);
      return [...o.map.keys()].every((h) => s.map.has(h));
    },
  ],
  [
    'isdisjoint',
    (c, s, a) => {
      arity('set.isdisjoint', a, 1, 1);
      const o = setOf(c, a[0]);
      return ![...o.map.keys()].some((h) => s.map.has(h));
    },
  ],
]);
