// Truthiness, equality and ordering with CPython's rules and error messages.

import { E, pyErr } from './exceptions';
import { hashKey } from './hashing';
import { boolSpecial, eqSpecial, isInstanceObj, orderSpecial } from './instances';
import {
  PyDict,
  PyDictView,
  PyHost,
  PyList,
  PyRange,
  PySet,
  PyTuple,
  type PyValue,
} from './objects';
import { typeName } from './typename';

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyDictView) return v.dict.map.size > 0;
  if (v instanceof PyRange) return v.length > 0n;
  if (v instanceof PyHost && (v.truthy || v.len)) return v.truthy ? v.truthy() : v.len!() > 0;
  if (isInstanceObj(v)) return boolSpecial(v);
  return true;
}

const isNum = (v: PyValue): v is bigint | number | boolean =>
  typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';

/** bool → int so numeric comparisons see True as 1. */
const num = (v: bigint | number | boolean): bigint | number =>
  typeof v === 'boolean' ? (v ? 1n : 0n) : v;

export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  if (isNum(a) && isNum(b)) {
    const x = num(a);
    const y = num(b);
    // biome-ignore lint/suspicious/noDoubleEquals: bigint == number compares exact values
    return x == y;
  }
  if (a instanceof PyHost && a.eq) return a.eq(b);
  if (b instanceof PyHost && b.eq) return b.eq(a);
  if (isInstanceObj(a) || isInstanceObj(b)) {
    const r = eqSpecial(a, b);
    return r !== undefined && truthy(r);
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple)
  ) {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) if (!pyEq(a.items[i], b.items[i])) return false;
    return true;
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, [, v]] of a.map) {
      const other = b.map.get(k);
      if (!other || !pyEq(v, other[1])) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (a.map.size !== b.map.size) return false;
    for (const k of a.map.keys()) if (!b.map.has(k)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    const n = a.length;
    if (n !== b.length) return false;
    if (n === 0n) return true;
    return a.start === b.start && (n === 1n || a.step === b.step);
  }
  if (a instanceof PyDictView || b instanceof PyDictView) {
    const sa = setLike(a);
    const sb = setLike(b);
    if (sa && sb) return pyEq(sa, sb);
  }
  return false;
}

/** A set, or the elements of a keys / items view (the set-like views) as a set. */
export function setLike(v: PyValue): PySet | undefined {
  if (v instanceof PySet) return v;
  if (!(v instanceof PyDictView) || v.kind === 'values') return undefined;
  const s = new PySet();
  for (const [k, [key, x]] of v.dict.map) {
    if (v.kind === 'keys') s.map.set(k, key);
    else {
      const item = new PyTuple([key, x]);
      s.map.set(hashKey(item), item);
    }
  }
  return s;
}

export type OrderOp = '<' | '<=' | '>' | '>=';

function notSupported(op: OrderOp, a: PyValue, b: PyValue): never {
  throw pyErr(
    E.TypeError,
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

/** -1 / 0 / 1 for sequences compared lexicographically. */
/** Sequences compare by their first differing items, with the same operator (as CPython). */
function seqOrder(op: OrderOp, a: PyValue[], b: PyValue[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (pyEq(a[i], b[i])) continue;
    return pyOrder(op, a[i], b[i]);
  }
  return pyOrder(op, BigInt(a.length), BigInt(b.length));
}

export function pyOrder(op: OrderOp, a: PyValue, b: PyValue): boolean {
  let c: number;
  if (isNum(a) && isNum(b)) {
    const x = num(a);
    const y = num(b);
    if ((typeof x === 'number' && Number.isNaN(x)) || (typeof y === 'number' && Number.isNaN(y)))
      return false;
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (typeof a === 'string' && typeof b === 'string') {
    c = a < b ? -1 : a > b ? 1 : 0;
  } else if (a instanceof PyHost && a.compare && a.compare(b) !== undefined) {
    c = a.compare(b)!;
  } else if (b instanceof PyHost && b.compare && b.compare(a) !== undefined) {
    c = -b.compare(a)!;
  } else if (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple)
  ) {
    return seqOrder(op, a.items, b.items);
  } else if (setLike(a) && setLike(b)) {
    // Subset order of sets and set-like views (dict_keys <= set, as CPython).
    const [x, y] = [setLike(a) as PySet, setLike(b) as PySet];
    const sub = [...x.map.keys()].every((k) => y.map.has(k));
    const sup = [...y.map.keys()].every((k) => x.map.has(k));
    switch (op) {
      case '<':
        return sub && x.map.size < y.map.size;
      case '<=':
        return sub;
      case '>':
        return sup && x.map.size > y.map.size;
      case '>=':
        return sup;
    }
  } else if (isInstanceObj(a) || isInstanceObj(b)) {
    const r = orderSpecial(op, a, b);
    if (r === undefined) notSupported(op, a, b);
    return truthy(r);
  } else notSupported(op, a, b);
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

/** `x in container` (without iterators, which the interpreter handles). */
export function containsKey(container: PyDict | PySet, item: PyValue): boolean {
  return container.map.has(hashKey(item));
}
