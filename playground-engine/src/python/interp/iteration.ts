// The iteration protocol: every iterable becomes a pull function returning STOP at the end.

import { E, pyErr } from '../values/exceptions';
import { callSpecial, findInMro, type Instance, isInstanceObj, special } from '../values/instances';
import {
  PyDict,
  PyDictView,
  PyExc,
  PyGenerator,
  PyHost,
  PyInstance,
  PyIterator,
  PyList,
  PyRange,
  PySet,
  PyTuple,
  type PyValue,
  STOP,
} from '../values/objects';
import { typeName } from '../values/typename';

export type Pull = () => PyValue | typeof STOP;

function sequencePull(seq: PyList | PyTuple): Pull {
  let i = 0;
  // Read the length on every step: a list growing while we loop is seen, as in Python.
  return () => (i < seq.items.length ? seq.items[i++] : STOP);
}

function mapPull<T>(map: Map<string, T>, kind: string, pick: (e: T) => PyValue): Pull {
  const size = map.size;
  const it = map.values();
  return () => {
    if (map.size !== size) throw pyErr(E.RuntimeError, `${kind} changed size during iteration`);
    const r = it.next();
    return r.done ? STOP : pick(r.value);
  };
}

/** A pull function over `v`, or undefined if `v` is not iterable. */
export function tryIterate(v: PyValue): Pull | undefined {
  if (typeof v === 'string') {
    // UTF-16 code units, like indexing and len() (documented).
    let i = 0;
    return () => (i < v.length ? v[i++] : STOP);
  }
  if (v instanceof PyList || v instanceof PyTuple) return sequencePull(v);
  if (v instanceof PyRange) {
    let cur = v.start;
    const { stop, step } = v;
    return () => {
      if (step > 0n ? cur >= stop : cur <= stop) return STOP;
      const r = cur;
      cur += step;
      return r;
    };
  }
  if (v instanceof PyDict) return mapPull(v.map, 'dictionary', ([k]) => k);
  if (v instanceof PySet) return mapPull(v.map, 'Set', (k) => k);
  if (v instanceof PyDictView) {
    if (v.kind === 'keys') return mapPull(v.dict.map, 'dictionary', ([k]) => k);
    if (v.kind === 'values') return mapPull(v.dict.map, 'dictionary', ([, x]) => x);
    return mapPull(v.dict.map, 'dictionary', ([k, x]) => new PyTuple([k, x]));
  }
  if (v instanceof PyIterator) return v.next;
  if (v instanceof PyHost) return v.iterate();
  if (v instanceof PyGenerator) return () => v.pull();
  if (isInstanceObj(v)) return instancePull(v);
  return undefined;
}

export function iterate(v: PyValue): Pull {
  const p = tryIterate(v);
  if (!p) throw pyErr(E.TypeError, `'${typeName(v)}' object is not iterable`);
  return p;
}

/**
 * Materialise an iterable. `tick` charges the step budget per item so that
 * `list(range(10**12))` stops instead of hanging.
 */
export function toArray(v: PyValue, tick: (n?: number) => void): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) {
    tick(Math.ceil(v.items.length / 64));
    return v.items.slice();
  }
  const pull = iterate(v);
  const out: PyValue[] = [];
  for (;;) {
    const x = pull();
    if (x === STOP) return out;
    tick();
    out.push(x);
  }
}

/** The iterator protocol on a user object: __iter__, then __next__ until StopIteration. */
function instancePull(v: Instance): Pull | undefined {
  const iterFn = special(v, '__iter__');
  if (iterFn === undefined || iterFn === null) return undefined;
  const it = callSpecial(v, iterFn, []);
  if (!(it instanceof PyInstance)) {
    const p = tryIterate(it);
    if (!p) throw pyErr(E.TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
    return p;
  }
  const nextFn = findInMro(it.cls, '__next__', true);
  if (nextFn === undefined)
    throw pyErr(E.TypeError, `iter() returned non-iterator of type '${typeName(it)}'`);
  return () => {
    try {
      return callSpecial(it, nextFn, []);
    } catch (err) {
      if (err instanceof PyExc && err.type.isSubclassOf(E.StopIteration)) return STOP;
      throw err;
    }
  };
}
