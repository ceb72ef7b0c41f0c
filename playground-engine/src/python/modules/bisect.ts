// `bisect` and `heapq`, ported from CPython's pure-Python versions so that lists end in
// exactly CPython's order (a heap printed after heappush is the same list).

import { pySort } from '../builtins/sorting';
import { iterate } from '../interp/iteration';
import { pyOrder } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { type NativeContext, PyList, type PyValue, STOP } from '../values/objects';
import { typeName } from '../values/typename';
import { type Args, fn, makeModule, opt } from './native';

const list = (v: PyValue | undefined, who: string): PyList => {
  if (!(v instanceof PyList))
    throw pyErr(E.TypeError, `${who}() argument 1 must be list, not ${typeName(v ?? null)}`);
  return v;
};
const lt = (a: PyValue, b: PyValue) => pyOrder('<', a, b);

function bounds(a: Args, n: number): [number, number] {
  const lo = Number(a.get('lo') ?? 0n);
  if (lo < 0) throw pyErr(E.ValueError, 'lo must be non-negative');
  const hi = opt(a, 'hi');
  return [lo, hi === undefined ? n : Number(hi)];
}

function search(ctx: NativeContext, a: Args, right: boolean): number {
  const xs = a.get('a');
  if (!(xs instanceof PyList))
    throw pyErr(E.TypeError, `'${typeName(xs ?? null)}' object is not subscriptable`);
  const x = a.get('x')!;
  const key = opt(a, 'key');
  let [lo, hi] = bounds(a, xs.items.length);
  while (lo < hi) {
    ctx.tick();
    const mid = Math.floor((lo + hi) / 2);
    const k = key === undefined ? xs.items[mid] : ctx.callSync(key, [xs.items[mid]]);
    if (right ? lt(x, k) : lt(k, x)) {
      if (right) hi = mid;
      else lo = mid + 1;
    } else if (right) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function makeBisectModule() {
  const spec = ['a', 'x', 'lo=', 'hi=', '*', 'key='];
  const insort = (right: boolean) => (a: Args, ctx: NativeContext) => {
    const key = opt(a, 'key');
    const x = a.get('x')!;
    const probe = new Map(a);
    if (key !== undefined) probe.set('x', ctx.callSync(key, [x]));
    const i = search(ctx, probe, right);
    (a.get('a') as PyList).items.splice(i, 0, x);
    return null;
  };
  return makeModule('bisect', {
    bisect_left: fn('bisect_left', spec, (a, ctx) => BigInt(search(ctx, a, false))),
    bisect_right: fn('bisect_right', spec, (a, ctx) => BigInt(search(ctx, a, true))),
    bisect: fn('bisect_right', spec, (a, ctx) => BigInt(search(ctx, a, true))),
    insort_left: fn('insort_left', spec, insort(false)),
    insort_right: fn('insort_right', spec, insort(true)),
    insort: fn('insort_right', spec, insort(true)),
  });
}

// heapq's _siftdown and _siftup, as in Lib/heapq.py.
function siftdown(h: PyValue[], start: number, pos: number): void {
  const item = h[pos];
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    if (lt(item, h[parent])) {
      h[pos] = h[parent];
      pos = parent;
    } else break;
  }
  h[pos] = item;
}
function siftup(h: PyValue[], pos: number): void {
  const end = h.length;
  const start = pos;
  const item = h[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lt(h[child], h[right])) child = right;
    h[pos] = h[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h[pos] = item;
  siftdown(h, start, pos);
}

export function makeHeapqModule() {
  const pop = (h: PyValue[]) => {
    if (!h.length) throw pyErr(E.IndexError, 'index out of range');
    const last = h.pop()!;
    if (!h.length) return last;
    const ret = h[0];
    h[0] = last;
    siftup(h, 0);
    return ret;
  };
  const nbest = (largest: boolean) => (a: Args, ctx: NativeContext) => {
    const n = Number(a.get('n'));
    const items: PyValue[] = [];
    const pull = iterate(a.get('iterable')!);
    for (let x = pull(); x !== STOP; x = pull()) items.push(x);
    const key = opt(a, 'key');
    // Documented as sorted(iterable, key=key, reverse=largest)[:n]; ties keep their order.
    const sorted = pySort(ctx, items, key, largest);
    const take = (xs: PyValue[]) => new PyList(xs.slice(0, Math.max(0, n)));
    return sorted instanceof Promise ? sorted.then(take) : take(sorted);
  };
  return makeModule(
    'heapq',
    {
      heappush: fn('heappush', ['heap', 'item'], (a) => {
        const h = list(a.get('heap'), 'heappush').items;
        h.push(a.get('item')!);
        siftdown(h, 0, h.length - 1);
        return null;
      }),
      heappop: fn('heappop', ['heap'], (a) => pop(list(a.get('heap'), 'heappop').items)),
      heapify: fn('heapify', ['x'], (a, ctx) => {
        const h = list(a.get('x'), 'heapify').items;
        for (let i = (h.length >> 1) - 1; i >= 0; i--) {
          ctx.tick();
          siftup(h, i);
        }
        return null;
      }),
      heappushpop: fn('heappushpop', ['heap', 'item'], (a) => {
        const h = list(a.get('heap'), 'heappushpop').items;
        let item: PyValue = a.get('item') ?? null;
        if (h.length && lt(h[0], item)) {
          [item, h[0]] = [h[0], item];
          siftup(h, 0);
        }
        return item;
      }),
      heapreplace: fn('heapreplace', ['heap', 'item'], (a) => {
        const h = list(a.get('heap'), 'heapreplace').items;
        if (!h.length) throw pyErr(E.IndexError, 'index out of range');
        const ret = h[0];
        h[0] = a.get('item')!;
        siftup(h, 0);
        return ret;
      }),
      nlargest: fn('nlargest', ['n', 'iterable', 'key='], nbest(true)),
      nsmallest: fn('nsmallest', ['n', 'iterable', 'key='], nbest(false)),
    },
    ['merge'],
  );
}
