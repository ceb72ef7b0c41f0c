// Dict/set keys: a canonical string per value so that 1, 1.0 and True are the same
// key (as in Python) and unhashable values raise CPython's TypeError.

import { E, pyErr } from './exceptions';
import { identityOf } from './identity';
import { hashSpecial } from './instances';
import { PyDict, PyDictView, PyHost, PyList, PySet, PyTuple, type PyValue } from './objects';
import { typeName } from './typename';

export function hashKey(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return `s${v}`;
    case 'bigint':
      return `i${v}`;
    case 'boolean':
      return v ? 'i1' : 'i0';
    case 'number':
      if (Number.isInteger(v)) return `i${BigInt(v)}`;
      return `f${v}`;
  }
  if (v === null) return 'N';
  if (v instanceof PyTuple) {
    const parts = v.items.map((x) => {
      const k = hashKey(x);
      return `${k.length}:${k}`;
    });
    return `t(${parts.join('')})`;
  }
  if (
    v instanceof PyList ||
    v instanceof PyDict ||
    v instanceof PySet ||
    (v instanceof PyDictView && v.kind !== 'values')
  ) {
    throw pyErr(E.TypeError, `unhashable type: '${typeName(v)}'`);
  }
  if (v instanceof PyHost && v.hashKey) return v.hashKey();
  // A class's own __hash__: equal hashes are taken as the same key (ASSUMPTIONS.md).
  return hashSpecial(v) ?? `o${identityOf(v)}`;
}

/** d[k] = v: an equal existing key keeps its original object (as in CPython: {1: 'a', 1.0: 'b'} == {1: 'b'}). */
export function dictSet(d: PyDict, k: PyValue, v: PyValue): void {
  const h = hashKey(k);
  const e = d.map.get(h);
  if (e) e[1] = v;
  else d.map.set(h, [k, v]);
}

/** s.add(x): an equal existing element stays. */
export function setAdd(s: PySet, x: PyValue): void {
  const h = hashKey(x);
  if (!s.map.has(h)) s.map.set(h, x);
}
