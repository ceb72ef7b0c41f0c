// A stable merge sort that compares like CPython's list.sort: it asks `later < earlier`,
// so mixed-type errors name the types in CPython's order.

import type { NativeContext, PyValue } from '../values/objects';
import { pyOrder } from '../values/compare';

function mergeSort<T>(a: T[], lt: (x: T, y: T) => boolean): T[] {
  if (a.length < 2) return a;
  // Insertion sort for short runs (as CPython does), merging above that.
  if (a.length <= 16) {
    const out = a.slice();
    for (let i = 1; i < out.length; i++) {
      const x = out[i];
      let j = i;
      while (j > 0 && lt(x, out[j - 1])) {
        out[j] = out[j - 1];
        j--;
      }
      out[j] = x;
    }
    return out;
  }
  const mid = a.length >> 1;
  const left = mergeSort(a.slice(0, mid), lt);
  const right = mergeSort(a.slice(mid), lt);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (lt(right[j], left[i])) out.push(right[j++]);
    else out.push(left[i++]);
  }
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}

/**
 * `fn(*row)` for each row, synchronously while no call waits (so sorted() and friends
 * also work inside __repr__ and generators); from the first wait on, a Promise.
 */
export function mapCalls(
  ctx: NativeContext,
  fn: PyValue,
  rows: PyValue[][],
): PyValue[] | Promise<PyValue[]> {
  const out: PyValue[] = [];
  for (let i = 0; i < rows.length; i++) {
    ctx.tick();
    const r = ctx.call(fn, rows[i]);
    if (r instanceof Promise) {
      return (async () => {
        out.push(await r);
        for (let j = i + 1; j < rows.length; j++) {
          ctx.tick();
          out.push(await ctx.call(fn, rows[j]));
        }
        return out;
      })();
    }
    out.push(r);
  }
  return out;
}

/** Sort values (optionally by a Python key function); `reverse` keeps equal items stable. */
export function pySort(
  ctx: NativeContext,
  items: PyValue[],
  key: PyValue | undefined,
  reverse: boolean,
): PyValue[] | Promise<PyValue[]> {
  ctx.tick(Math.ceil((items.length * Math.log2(items.length + 2)) / 8));
  const finish = (keys: PyValue[]): PyValue[] => {
    let decorated = items.map((v, i) => ({ k: keys[i], v }));
    if (reverse) decorated.reverse();
    decorated = mergeSort(decorated, (x, y) => pyOrder('<', x.k, y.k));
    if (reverse) decorated.reverse();
    return decorated.map((d) => d.v);
  };
  if (key === undefined || key === null) return finish(items);
  const keys = mapCalls(
    ctx,
    key,
    items.map((v) => [v]),
  );
  return keys instanceof Promise ? keys.then(finish) : finish(keys);
}
