// The `itertools` module: lazy iterators (count, cycle and repeat are endless, so each
// item pulled is charged to the step budget) with CPython's argument checks and order.

import { iterate, type Pull } from '../interp/iteration';
import { binaryOp } from '../values/arith';
import { pyEq, truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { type NativeContext, PyIterator, PyTuple, type PyValue, STOP } from '../values/objects';
import { type Args, fn, makeModule, opt } from './native';

type Next = () => PyValue | typeof STOP;

/** A lazy iterator that charges one step per item. */
function lazy(kind: string, ctx: NativeContext, next: Next): PyIterator {
  return new PyIterator(`itertools.${kind}`, () => {
    ctx.tick();
    return next();
  });
}

function all(v: PyValue, ctx: NativeContext): PyValue[] {
  const pull = iterate(v);
  const out: PyValue[] = [];
  for (let x = pull(); x !== STOP; x = pull()) {
    ctx.tick();
    out.push(x);
  }
  return out;
}

function intR(v: PyValue | undefined, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'bigint') throw pyErr(E.TypeError, 'Expected int as r');
  if (v < 0n) throw pyErr(E.ValueError, 'r must be non-negative');
  return Number(v);
}

/** The index tuples of permutations/combinations, in CPython's lexicographic order. */
function* combos(n: number, r: number, kind: 'perm' | 'comb' | 'cwr'): Generator<number[]> {
  if (kind === 'perm') {
    const pick: number[] = [];
    const used = new Array<boolean>(n).fill(false);
    function* rec(): Generator<number[]> {
      if (pick.length === r) {
        yield pick.slice();
        return;
      }
      for (let i = 0; i < n; i++) {
        if (used[i]) continue;
        used[i] = true;
        pick.push(i);
        yield* rec();
        pick.pop();
        used[i] = false;
      }
    }
    if (r <= n) yield* rec();
    return;
  }
  const pick: number[] = [];
  function* rec(start: number): Generator<number[]> {
    if (pick.length === r) {
      yield pick.slice();
      return;
    }
    for (let i = start; i < n; i++) {
      pick.push(i);
      yield* rec(kind === 'comb' ? i + 1 : i);
      pick.pop();
    }
  }
  if (kind === 'cwr' ? n > 0 || r === 0 : r <= n) yield* rec(0);
}

function fromGen(kind: string, ctx: NativeContext, g: Generator<PyValue>): PyIterator {
  return lazy(kind, ctx, () => {
    const r = g.next();
    return r.done ? STOP : r.value;
  });
}

const num = (v: PyValue) =>
  typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';

export function makeItertoolsModule() {
  const chain = fn('chain', ['*iterables'], (a, ctx) => {
    const its = (a.get('iterables') as PyTuple).items;
    return chainOf('chain', ctx, its[Symbol.iterator]());
  });
  const fromIterable = fn('from_iterable', ['iterable'], (a, ctx) => {
    const outer = iterate(a.get('iterable')!);
    return chainOf('chain', ctx, {
      next: () => {
        const x = outer();
        return x === STOP ? { done: true, value: undefined } : { done: false, value: x };
      },
      [Symbol.iterator]() {
        return this;
      },
    } as Iterator<PyValue>);
  });
  // chain.from_iterable: an attribute of chain, as on CPython's chain type.
  chain.attrs = new Map([['from_iterable', fromIterable]]);

  return makeModule(
    'itertools',
    {
      count: fn('count', ['start=', 'step='], (a, ctx) => {
        let cur: PyValue = a.get('start') ?? 0n;
        const step = a.get('step') ?? 1n;
        if (!num(cur) || !num(step)) throw pyErr(E.TypeError, 'a number is required');
        return lazy('count', ctx, () => {
          const r = cur;
          cur = binaryOp('+', cur, step);
          return r;
        });
      }),
      cycle: fn('cycle', ['iterable'], (a, ctx) => {
        const pull = iterate(a.get('iterable')!);
        const saved: PyValue[] = [];
        let done = false;
        let i = 0;
        return lazy('cycle', ctx, () => {
          if (!done) {
            const x = pull();
            if (x !== STOP) {
              saved.push(x);
              return x;
            }
            done = true;
          }
          if (!saved.length) return STOP;
          return saved[i++ % saved.length];
        });
      }),
      repeat: fn('repeat', ['object', 'times='], (a, ctx) => {
        const v = a.get('object')!;
        const t = opt(a, 'times');
        let left = t === undefined ? Number.POSITIVE_INFINITY : Number(t);
        return lazy('repeat', ctx, () => (left-- > 0 ? v : STOP));
      }),
      chain,
      islice: fn('islice', ['iterable', '*args'], (a, ctx) => {
        const args = (a.get('args') as PyTuple).items;
        if (args.length < 1 || args.length > 3)
          throw pyErr(E.TypeError, `islice expected at most 4 arguments, got ${args.length + 1}`);
        const [start, stop, step] =
          args.length === 1 ? [0n, args[0], 1n] : [args[0] ?? 0n, args[1], args[2] ?? 1n];
        const check = (v: PyValue, what: string, min: bigint): number | null => {
          if (v === null) return null;
          if (typeof v !== 'bigint' || v < min)
            throw pyErr(
              E.ValueError,
              `${what} argument for islice() must be None or an integer: ${min} <= x <= sys.maxsize.`,
            );
          return Number(v);
        };
        const lo = check(start ?? 0n, 'Indices', 0n) ?? 0;
        const hi = check(stop, args.length === 1 ? 'Stop' : 'Indices', 0n);
        const st = check(step ?? 1n, 'Step', 1n) ?? 1;
        const pull = iterate(a.get('iterable')!);
        let i = 0;
        let nextAt = lo;
        return lazy('islice', ctx, () => {
          for (;;) {
            if (hi !== null && nextAt >= hi) return STOP;
            const x = pull();
            if (x === STOP) return STOP;
            const at = i++;
            if (at === nextAt) {
              nextAt += st;
              return x;
            }
          }
        });
      }),
      zip_longest: fn('zip_longest', ['*iterables', 'fillvalue='], (a, ctx) => {
        const pulls = (a.get('iterables') as PyTuple).items.map((x) => iterate(x));
        const fill = a.get('fillvalue') ?? null;
        const done = pulls.map(() => false);
        return lazy('zip_longest', ctx, () => {
          if (!pulls.length) return STOP;
          const row = pulls.map((p, i) => {
            if (done[i]) return fill;
            const x = p();
            if (x === STOP) {
              done[i] = true;
              return fill;
            }
            return x;
          });
          return done.every(Boolean) ? STOP : new PyTuple(row);
        });
      }),
      product: fn('product', ['*iterables', 'repeat='], (a, ctx) => {
        const rep = Number(a.get('repeat') ?? 1n);
        if (rep < 0) throw pyErr(E.ValueError, 'repeat argument cannot be negative');
        const pools = (a.get('iterables') as PyTuple).items.map((x) => all(x, ctx));
        const lists: PyValue[][] = [];
        for (let i = 0; i < rep; i++) lists.push(...pools);
        function* gen(): Generator<PyValue> {
          if (lists.some((l) => l.length === 0)) return;
          const idx = lists.map(() => 0);
          for (;;) {
            yield new PyTuple(idx.map((j, k) => lists[k][j]));
            let k = lists.length - 1;
            while (k >= 0 && ++idx[k] === lists[k].length) idx[k--] = 0;
            if (k < 0) return;
          }
        }
        return fromGen('product', ctx, gen());
      }),
      permutations: fn('permutations', ['iterable', 'r='], (a, ctx) => {
        const pool = all(a.get('iterable')!, ctx);
        const r = intR(opt(a, 'r'), pool.length);
        return fromGen('permutations', ctx, mapIdx(combos(pool.length, r, 'perm'), pool));
      }),
      combinations: fn('combinations', ['iterable', 'r'], (a, ctx) => {
        const pool = all(a.get('iterable')!, ctx);
        const r = intR(a.get('r'), 0);
        return fromGen('combinations', ctx, mapIdx(combos(pool.length, r, 'comb'), pool));
      }),
      combinations_with_replacement: fn(
        'combinations_with_replacement',
        ['iterable', 'r'],
        (a, ctx) => {
          const pool = all(a.get('iterable')!, ctx);
          const r = intR(a.get('r'), 0);
          return fromGen(
            'combinations_with_replacement',
            ctx,
            mapIdx(combos(pool.length, r, 'cwr'), pool),
          );
        },
      ),
      groupby: fn('groupby', ['iterable', 'key='], (a, ctx) => groupby(a, ctx)),
      accumulate: fn('accumulate', ['iterable', 'func=', '*', 'initial='], (a, ctx) => {
        const pull = iterate(a.get('iterable')!);
        const f = opt(a, 'func');
        const initial = opt(a, 'initial');
        let acc: PyValue | typeof STOP = STOP;
        let first = initial !== undefined;
        return lazy('accumulate', ctx, () => {
          if (first) {
            first = false;
            acc = initial!;
            return acc;
          }
          const x = pull();
          if (x === STOP) return STOP;
          acc = acc === STOP ? x : f ? ctx.callSync(f, [acc, x]) : binaryOp('+', acc, x);
          return acc;
        });
      }),
      takewhile: fn('takewhile', ['predicate', 'iterable'], (a, ctx) => {
        const f = a.get('predicate')!;
        const pull = iterate(a.get('iterable')!);
        let done = false;
        return lazy('takewhile', ctx, () => {
          if (done) return STOP;
          const x = pull();
          if (x === STOP || !truthy(ctx.callSync(f, [x]))) {
            done = true;
            return STOP;
          }
          return x;
        });
      }),
      dropwhile: fn('dropwhile', ['predicate', 'iterable'], (a, ctx) => {
        const f = a.get('predicate')!;
        const pull = iterate(a.get('iterable')!);
        let dropping = true;
        return lazy('dropwhile', ctx, () => {
          for (;;) {
            const x = pull();
            if (x === STOP) return STOP;
            if (dropping && truthy(ctx.callSync(f, [x]))) continue;
            dropping = false;
            return x;
          }
        });
      }),
      filterfalse: fn('filterfalse', ['function', 'iterable'], (a, ctx) => {
        const f = a.get('function')!;
        const pull = iterate(a.get('iterable')!);
        return lazy('filterfalse', ctx, () => {
          for (;;) {
            const x = pull();
            if (x === STOP) return STOP;
            if (!truthy(f === null ? x : ctx.callSync(f, [x]))) return x;
          }
        });
      }),
      starmap: fn('starmap', ['function', 'iterable'], (a, ctx) => {
        const f = a.get('function')!;
        const pull = iterate(a.get('iterable')!);
        return lazy('starmap', ctx, () => {
          const x = pull();
          return x === STOP ? STOP : ctx.callSync(f, all(x, ctx));
        });
      }),
      compress: fn('compress', ['data', 'selectors'], (a, ctx) => {
        const data = iterate(a.get('data')!);
        const sel = iterate(a.get('selectors')!);
        return lazy('compress', ctx, () => {
          for (;;) {
            const x = data();
            const s = sel();
            if (x === STOP || s === STOP) return STOP;
            if (truthy(s)) return x;
          }
        });
      }),
      pairwise: fn('pairwise', ['iterable'], (a, ctx) => {
        const pull = iterate(a.get('iterable')!);
        let prev: PyValue | typeof STOP = pull();
        return lazy('pairwise', ctx, () => {
          if (prev === STOP) return STOP;
          const x = pull();
          if (x === STOP) {
            prev = STOP;
            return STOP;
          }
          const r = new PyTuple([prev, x]);
          prev = x;
          return r;
        });
      }),
      tee: fn('tee', ['iterable', 'n='], (a, ctx) => {
        const n = Number(a.get('n') ?? 2n);
        if (n < 0) throw pyErr(E.ValueError, 'n must be >= 0');
        const pull = iterate(a.get('iterable')!);
        const buf: PyValue[] = [];
        let ended = false;
        const at = (i: number): PyValue | typeof STOP => {
          while (buf.length <= i && !ended) {
            const x = pull();
            if (x === STOP) ended = true;
            else buf.push(x);
          }
          return i < buf.length ? buf[i] : STOP;
        };
        const its: PyValue[] = [];
        for (let k = 0; k < n; k++) {
          let i = 0;
          its.push(
            lazy('_tee', ctx, () => {
              const x = at(i);
              if (x !== STOP) i++;
              return x;
            }),
          );
        }
        return new PyTuple(its);
      }),
    },
    ['batched'],
  );
}

function* mapIdx(g: Generator<number[]>, pool: PyValue[]): Generator<PyValue> {
  for (const idx of g) yield new PyTuple(idx.map((i) => pool[i]));
}

function chainOf(kind: string, ctx: NativeContext, sources: Iterator<PyValue>): PyIterator {
  let cur: Pull | null = null;
  return lazy(kind, ctx, () => {
    for (;;) {
      if (!cur) {
        const n = sources.next();
        if (n.done) return STOP;
        cur = iterate(n.value);
      }
      const x = cur();
      if (x !== STOP) return x;
      cur = null;
    }
  });
}

/** groupby: each group is an iterator that shares the underlying one, as in CPython. */
function groupby(a: Args, ctx: NativeContext): PyIterator {
  const pull = iterate(a.get('iterable')!);
  const keyFn = opt(a, 'key');
  const keyOf = (x: PyValue) => (keyFn ? ctx.callSync(keyFn, [x]) : x);
  let pending: { value: PyValue; key: PyValue } | null = null;
  let ended = false;
  let currentKey: PyValue | typeof STOP = STOP;
  let generation = 0;
  const advance = () => {
    if (ended) return;
    const x = pull();
    if (x === STOP) {
      ended = true;
      pending = null;
    } else pending = { value: x, key: keyOf(x) };
  };
  return lazy('groupby', ctx, () => {
    if (pending === null && !ended) advance();
    // Skip what is left of the current group.
    while (pending !== null && currentKey !== STOP && pyEq(pending.key, currentKey)) advance();
    if (pending === null) return STOP;
    const key: PyValue = pending.key;
    currentKey = key;
    const gen = ++generation;
    const group = lazy('_grouper', ctx, () => {
      if (gen !== generation || pending === null || !pyEq(pending.key, key)) return STOP;
      const v = pending.value;
      advance();
      return v;
    });
    return new PyTuple([key, group]);
  });
}
