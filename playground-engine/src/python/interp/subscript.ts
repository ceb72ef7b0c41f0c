// a[i], a[i:j:k], a[i] = v, del a[i] with CPython's errors.

import { trySpecial } from '../values/instances';
import { classAttr } from './classes';
import { BUDGETS, checkCollectionSize } from '../budgets';
import { dictSet, hashKey } from '../values/hashing';
import { E, keyError, pyErr } from '../values/exceptions';
import { PyBytes } from '../values/bytes';
import { findInMro } from '../values/instances';
import {
  PyDict,
  PyDictSub,
  PyHost,
  PyList,
  PyRange,
  PyTuple,
  PyType,
  type PyValue,
} from '../values/objects';
import { typeName } from '../values/typename';

export interface SliceValue {
  lower: PyValue;
  upper: PyValue;
  step: PyValue;
}

function asIndex(v: PyValue): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return undefined;
}

function seqName(v: PyValue): string {
  return typeof v === 'string' ? 'string' : typeName(v);
}

/** Normalise an int index against length n; undefined when out of range. */
function normIndex(i: bigint, n: number): number | undefined {
  const j = i < 0n ? i + BigInt(n) : i;
  return j < 0n || j >= BigInt(n) ? undefined : Number(j);
}

function sliceBound(v: PyValue): bigint | null {
  if (v === null) return null;
  const i = asIndex(v);
  if (i === undefined) {
    throw pyErr(E.TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  return i;
}

/** slice.indices(n): the concrete start, stop, step and length. */
export function sliceIndices(
  s: SliceValue,
  n: number,
): { start: number; step: number; count: number } {
  const stepB = sliceBound(s.step) ?? 1n;
  if (stepB === 0n) throw pyErr(E.ValueError, 'slice step cannot be zero');
  const len = BigInt(n);
  const clamp = (b: bigint | null, dflt: bigint, lo: bigint, hi: bigint): bigint => {
    if (b === null) return dflt;
    let x = b < 0n ? b + len : b;
    if (x < lo) x = lo;
    if (x > hi) x = hi;
    return x;
  };
  let start: bigint;
  let stop: bigint;
  if (stepB > 0n) {
    start = clamp(sliceBound(s.lower), 0n, 0n, len);
    stop = clamp(sliceBound(s.upper), len, 0n, len);
  } else {
    start = clamp(sliceBound(s.lower), len - 1n, -1n, len - 1n);
    stop = clamp(sliceBound(s.upper), -1n, -1n, len - 1n);
  }
  let count = 0n;
  if (stepB > 0n && stop > start) count = (stop - start + stepB - 1n) / stepB;
  if (stepB < 0n && start > stop) count = (start - stop - stepB - 1n) / -stepB;
  const step = stepB > 1n << 40n ? 2 ** 40 : stepB < -(1n << 40n) ? -(2 ** 40) : Number(stepB);
  return { start: Number(start), step, count: Number(count) };
}

function pick<T>(items: T[], s: SliceValue): T[] {
  const { start, step, count } = sliceIndices(s, items.length);
  const out: T[] = [];
  for (let k = 0, i = start; k < count; k++, i += step) out.push(items[i]);
  return out;
}

export function getSlice(v: PyValue, s: SliceValue): PyValue {
  if (v instanceof PyDict) throw pyErr(E.TypeError, "unhashable type: 'slice'");
  if (typeof v === 'string') {
    const { start, step, count } = sliceIndices(s, v.length);
    if (step === 1) return v.slice(start, start + count);
    let out = '';
    for (let k = 0, i = start; k < count; k++, i += step) out += v[i];
    return out;
  }
  if (v instanceof PyList) return new PyList(pick(v.items, s));
  if (v instanceof PyTuple) return new PyTuple(pick(v.items, s));
  if (v instanceof PyBytes) {
    const { start, step, count } = sliceIndices(s, v.data.length);
    return v.slice(start, step, count);
  }
  if (v instanceof PyRange) {
    const n = v.length;
    if (n > BigInt(Number.MAX_SAFE_INTEGER))
      throw pyErr(E.ValueError, 'range is too large to slice here');
    const { start, step, count } = sliceIndices(s, Number(n));
    const first = v.at(BigInt(start));
    const st = v.step * BigInt(step);
    return new PyRange(first, first + st * BigInt(count), st);
  }
  if (v instanceof PyHost && v.asTuple) return new PyTuple(pick(v.asTuple().items, s));
  throw pyErr(E.TypeError, `'${typeName(v)}' object is not subscriptable`);
}

export function getItem(v: PyValue, key: PyValue): PyValue {
  if (v instanceof PyDict) {
    const e = v.map.get(hashKey(key));
    if (e) return e[1];
    // dict.__getitem__ asks a subclass's __missing__ (defaultdict, Counter) before KeyError.
    const missing = v instanceof PyDictSub ? findInMro(v.cls, '__missing__', true) : undefined;
    if (missing !== undefined && v instanceof PyDictSub && v.cls.rt)
      return v.cls.rt.callSync(missing, [v, key]);
    throw keyError(key);
  }
  if (typeof v === 'string' || v instanceof PyList || v instanceof PyTuple) {
    const i = asIndex(key);
    if (i === undefined) {
      if (typeof v === 'string')
        throw pyErr(E.TypeError, `string indices must be integers, not '${typeName(key)}'`);
      throw pyErr(
        E.TypeError,
        `${typeName(v)} indices must be integers or slices, not ${typeName(key)}`,
      );
    }
    if (typeof v === 'string') {
      // Strings index by UTF-16 code unit (documented): O(1), and the same unit len() counts.
      const j = normIndex(i, v.length);
      if (j === undefined) throw pyErr(E.IndexError, 'string index out of range');
      return v[j];
    }
    const j = normIndex(i, v.items.length);
    if (j === undefined) throw pyErr(E.IndexError, `${seqName(v)} index out of range`);
    return v.items[j];
  }
  if (v instanceof PyRange) {
    const i = asIndex(key);
    if (i === undefined)
      throw pyErr(E.TypeError, `range indices must be integers or slices, not ${typeName(key)}`);
    const n = v.length;
    const j = i < 0n ? i + n : i;
    if (j < 0n || j >= n) throw pyErr(E.IndexError, 'range object index out of range');
    return v.at(j);
  }
  if (v instanceof PyHost && v.getItem) return v.getItem(key);
  const r = trySpecial(v, '__getitem__', [key]);
  if (r !== undefined) return r;
  if (v instanceof PyType && v.user) {
    const cg = classAttr(v, '__class_getitem__');
    if (cg !== undefined) return v.rt!.callSync(cg, [key]);
  }
  throw pyErr(E.TypeError, `'${typeName(v)}' object is not subscriptable`);
}

export function setItem(v: PyValue, key: PyValue, value: PyValue): void {
  if (v instanceof PyDict) {
    dictSet(v, key, value);
    if (v.map.size > BUDGETS.maxCollectionSize) checkCollectionSize(v.map.size);
    return;
  }
  if (v instanceof PyList) {
    const i = asIndex(key);
    if (i === undefined)
      throw pyErr(E.TypeError, `list indices must be integers or slices, not ${typeName(key)}`);
    const j = normIndex(i, v.items.length);
    if (j === undefined) throw pyErr(E.IndexError, 'list assignment index out of range');
    v.items[j] = value;
    return;
  }
  if (v instanceof PyHost && v.setItem) {
    v.setItem(key, value);
    return;
  }
  if (trySpecial(v, '__setitem__', [key, value]) !== undefined) return;
  throw pyErr(E.TypeError, `'${typeName(v)}' object does not support item assignment`);
}

export function setSlice(v: PyValue, s: SliceValue, values: PyValue[]): void {
  if (v instanceof PyDict) throw pyErr(E.TypeError, "unhashable type: 'slice'");
  if (!(v instanceof PyList))
    throw pyErr(E.TypeError, `'${typeName(v)}' object does not support item assignment`);
  const { start, step, count } = sliceIndices(s, v.items.length);
  if (step === 1 || (s.step === null && step === 1)) {
    checkCollectionSize(v.items.length - count + values.length);
    v.items.splice(start, count, ...values);
    return;
  }
  if (values.length !== count) {
    throw pyErr(
      E.ValueError,
      `attempt to assign sequence of size ${values.length} to extended slice of size ${count}`,
    );
  }
  for (let k = 0, i = start; k < count; k++, i += step) v.items[i] = values[k];
}

export function delItem(v: PyValue, key: PyValue | SliceValue, isSlice: boolean): void {
  if (v instanceof PyDict && isSlice) throw pyErr(E.TypeError, "unhashable type: 'slice'");
  if (v instanceof PyDict) {
    const h = hashKey(key as PyValue);
    if (!v.map.has(h)) throw keyError(key as PyValue);
    v.map.delete(h);
    return;
  }
  if (v instanceof PyList) {
    if (isSlice) {
      const { start, step, count } = sliceIndices(key as SliceValue, v.items.length);
      const drop: number[] = [];
      for (let k = 0, i = start; k < count; k++, i += step) drop.push(i);
      drop.sort((a, b) => b - a);
      for (const i of drop) v.items.splice(i, 1);
      return;
    }
    const i = asIndex(key as PyValue);
    if (i === undefined)
      throw pyErr(
        E.TypeError,
        `list indices must be integers or slices, not ${typeName(key as PyValue)}`,
      );
    const j = normIndex(i, v.items.length);
    if (j === undefined) throw pyErr(E.IndexError, 'list assignment index out of range');
    v.items.splice(j, 1);
    return;
  }
  if (!isSlice && v instanceof PyHost && v.delItem) {
    v.delItem(key as PyValue);
    return;
  }
  if (!isSlice && trySpecial(v, '__delitem__', [key as PyValue]) !== undefined) return;
  throw pyErr(E.TypeError, `'${typeName(v)}' object doesn't support item deletion`);
}
