// The `random` module: CPython's algorithms over CPython's Mersenne Twister, so a
// seeded snippet prints the numbers it prints in CPython. Unseeded generators draw
// their seed from the world's deterministic source, so runs are reproducible.

import { toInt } from '../builtins/conversions';
import { iterate } from '../interp/iteration';
import { getItem, setItem } from '../interp/subscript';
import { binaryOp } from '../values/arith';
import { pyOrder } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import {
  type NativeContext,
  type PyBuiltin,
  PyList,
  PyRange,
  PyTuple,
  type PyValue,
  STOP,
} from '../values/objects';
import { typeName } from '../values/typename';
import { sha512, utf8 } from './digests';
import { Mersenne, floatHash } from './mersenne';
import { type Args, type ClassLike, NativeClass, NativeObject, makeModule, pyLen } from './native';
import type { StdlibServices } from './services';

class RandomObj extends NativeObject {
  readonly mt = new Mersenne();
  /** Set until the first draw of an unseeded generator (seeding lazily keeps the world's source untouched by a bare import). */
  private unseeded = true;
  gaussNext: number | null = null;

  constructor(
    readonly klass: NativeClass<RandomObj>,
    private readonly entropy: () => number,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr() {
    return '<random.Random object>';
  }

  seed(a: PyValue): void {
    this.gaussNext = null;
    if (a === null) {
      this.mt.initByArray([this.entropy(), this.entropy(), this.entropy(), this.entropy()]);
    } else if (typeof a === 'bigint' || typeof a === 'boolean') {
      const n = typeof a === 'boolean' ? BigInt(a) : a;
      this.mt.seedInt(n < 0n ? -n : n);
    } else if (typeof a === 'number') {
      const h = floatHash(a);
      this.mt.seedInt(h < 0n ? h + (1n << 64n) : h);
    } else if (typeof a === 'string') {
      const b = utf8(a);
      const all = new Uint8Array(b.length + 64);
      all.set(b);
      all.set(sha512(b), b.length);
      let n = 0n;
      for (const x of all) n = (n << 8n) | BigInt(x);
      this.mt.seedInt(n);
    } else {
      throw pyErr(
        E.TypeError,
        'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.',
      );
    }
    this.unseeded = false;
  }

  get gen(): Mersenne {
    if (this.unseeded) this.seed(null);
    return this.mt;
  }
}

/** `_index(x)` falling back to `int(x)` as randrange does (floats must be integral). */
function rangeArg(v: PyValue, what: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  const i = toInt(v);
  if (typeof v === 'number' && Number(i) !== v)
    throw pyErr(E.ValueError, `non-integer ${what} for randrange()`);
  return i;
}

function randrange(
  r: RandomObj,
  start: PyValue,
  stop: PyValue | undefined,
  step: PyValue | undefined,
): bigint {
  const istart = rangeArg(start, 'arg 1');
  if (stop === undefined || stop === null) {
    if (step !== undefined) throw pyErr(E.TypeError, 'Missing a non-None stop argument');
    if (istart > 0n) return r.gen.below(istart);
    throw pyErr(E.ValueError, 'empty range for randrange()');
  }
  const istop = rangeArg(stop, 'stop');
  const width = istop - istart;
  const istep = step === undefined ? 1n : rangeArg(step, 'step');
  if (istep === 1n) {
    if (width > 0n) return istart + r.gen.below(width);
    throw pyErr(E.ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: bigint;
  const fl = (a: bigint, b: bigint) => (a % b !== 0n && a < 0n !== b < 0n ? a / b - 1n : a / b);
  if (istep > 0n) n = fl(width + istep - 1n, istep);
  else if (istep < 0n) n = fl(width + istep + 1n, istep);
  else throw pyErr(E.ValueError, 'zero step for randrange()');
  if (n <= 0n) throw pyErr(E.ValueError, 'empty range for randrange()');
  return istart + istep * r.gen.below(n);
}

/** bisect_right over numbers (CPython's bisect with lo/hi). */
function bisectRight(a: PyValue[], x: PyValue, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pyOrder('<', x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function accumulate(v: PyValue): PyValue[] {
  const pull = iterate(v);
  const out: PyValue[] = [];
  for (let x = pull(); x !== STOP; x = pull())
    out.push(out.length ? binaryOp('+', out[out.length - 1], x) : x);
  return out;
}

function asFloat(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyErr(E.TypeError, `must be real number, not ${typeName(v)}`);
}

function choices(r: RandomObj, a: Args, ctx: NativeContext): PyValue {
  const population = a.get('population')!;
  const weights = a.get('weights');
  let cum = a.get('cum_weights');
  const kv = a.get('k') ?? 1n;
  const n = pyLen(population);
  const k = Number(toInt(kv));
  const out: PyValue[] = [];
  if (cum === undefined || cum === null) {
    if (weights === undefined || weights === null) {
      for (let i = 0; i < k; i++) {
        ctx.tick();
        out.push(getItem(population, BigInt(Math.floor(r.gen.random() * n))));
      }
      return new PyList(out);
    }
    if (typeof weights === 'bigint')
      throw pyErr(E.TypeError, `The number of choices must be a keyword argument: k=${weights}`);
    cum = new PyList(accumulate(weights));
  } else if (weights !== undefined && weights !== null) {
    throw pyErr(E.TypeError, 'Cannot specify both weights and cumulative weights');
  }
  const cw = cum instanceof PyList || cum instanceof PyTuple ? cum.items : accumulate(cum);
  if (cw.length !== n)
    throw pyErr(E.ValueError, 'The number of weights does not match the population');
  const total = asFloat(cw[cw.length - 1]) + 0.0;
  if (total <= 0.0) throw pyErr(E.ValueError, 'Total of weights must be greater than zero');
  if (!Number.isFinite(total)) throw pyErr(E.ValueError, 'Total of weights must be finite');
  for (let i = 0; i < k; i++) {
    ctx.tick();
    out.push(getItem(population, BigInt(bisectRight(cw, r.gen.random() * total, 0, n - 1))));
  }
  return new PyList(out);
}

function isSequence(v: PyValue): boolean {
  return (
    typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange
  );
}

function sample(
  r: RandomObj,
  population: PyValue,
  kv: PyValue,
  counts: PyValue | undefined,
  ctx: NativeContext,
): PyValue {
  if (!isSequence(population))
    throw pyErr(E.TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = pyLen(population);
  if (counts !== undefined && counts !== null) {
    const cum = accumulate(counts);
    if (cum.length !== n)
      throw pyErr(E.ValueError, 'The number of counts does not match the population');
    const total = cum.pop()!;
    if (typeof total !== 'bigint' && typeof total !== 'boolean')
      throw pyErr(E.TypeError, 'Counts must be integers');
    if (pyOrder('<=', total, 0n))
      throw pyErr(E.ValueError, 'Total of counts must be greater than zero');
    const picks = sample(r, new PyRange(0n, BigInt(total), 1n), kv, undefined, ctx) as PyList;
    return new PyList(picks.items.map((s) => getItem(population, BigInt(bisectRight(cum, s)))));
  }
  if (typeof kv !== 'bigint' && typeof kv !== 'boolean')
    throw pyErr(E.TypeError, `'${typeName(kv)}' object cannot be interpreted as an integer`);
  const k = Number(kv);
  if (!(k >= 0 && k <= n))
    throw pyErr(E.ValueError, 'Sample larger than population or is negative');
  const result: PyValue[] = new Array(k).fill(null);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  if (n <= setsize) {
    const pool: PyValue[] = [];
    const pull = iterate(population);
    for (let x = pull(); x !== STOP; x = pull()) pool.push(x);
    for (let i = 0; i < k; i++) {
      ctx.tick();
      const j = Number(r.gen.below(BigInt(n - i)));
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      ctx.tick();
      let j = Number(r.gen.below(BigInt(n)));
      while (selected.has(j)) j = Number(r.gen.below(BigInt(n)));
      selected.add(j);
      result[i] = getItem(population, BigInt(j));
    }
  }
  return new PyList(result);
}

const TWOPI = 2 * Math.PI;
const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);

function defineRandomClass(entropy: () => number): NativeClass<RandomObj> {
  const cls: NativeClass<RandomObj> = new NativeClass<RandomObj>('Random', 'random', {
    spec: ['x='],
    make: (a) => {
      const r = new RandomObj(cls, entropy);
      const x = a.get('x');
      if (x !== undefined && x !== null) r.seed(x);
      return r;
    },
  });
  const num = (a: Args, name: string, dflt?: number) => {
    const v = a.get(name);
    return v === undefined ? dflt! : asFloat(v);
  };
  cls
    .method('seed', ['a=', 'version='], (r, a) => {
      r.seed(a.get('a') ?? null);
      return null;
    })
    .method('random', [], (r) => r.gen.random())
    .method('getrandbits', ['k'], (r, a) => {
      const k = toInt(a.get('k')!);
      if (k < 0n) throw pyErr(E.ValueError, 'number of bits must be non-negative');
      return r.gen.getrandbits(Number(k));
    })
    .method('randrange', ['start', 'stop=', 'step='], (r, a) =>
      randrange(r, a.get('start')!, a.get('stop'), a.get('step')),
    )
    .method('randint', ['a', 'b'], (r, a) =>
      randrange(r, a.get('a')!, binaryOp('+', a.get('b')!, 1n), undefined),
    )
    .method('choice', ['seq'], (r, a) => {
      const seq = a.get('seq')!;
      const n = pyLen(seq);
      if (n === 0) throw pyErr(E.IndexError, 'Cannot choose from an empty sequence');
      return getItem(seq, r.gen.below(BigInt(n)));
    })
    .method('choices', ['population', 'weights=', '*', 'cum_weights=', 'k='], (r, a, ctx) =>
      choices(r, a, ctx),
    )
    .method('shuffle', ['x'], (r, a, ctx) => {
      const x = a.get('x')!;
      for (let i = pyLen(x) - 1; i >= 1; i--) {
        ctx.tick();
        const j = r.gen.below(BigInt(i + 1));
        const xi = getItem(x, BigInt(i));
        const xj = getItem(x, j);
        setItem(x, BigInt(i), xj);
        setItem(x, j, xi);
      }
      return null;
    })
    .method('sample', ['population', 'k', '*', 'counts='], (r, a, ctx) =>
      sample(r, a.get('population')!, a.get('k')!, a.get('counts'), ctx),
    )
    .method('uniform', ['a', 'b'], (r, a) => {
      const lo = num(a, 'a');
      return lo + (num(a, 'b') - lo) * r.gen.random();
    })
    .method('triangular', ['low=', 'high=', 'mode='], (r, a) => {
      let low = num(a, 'low', 0.0);
      let high = num(a, 'high', 1.0);
      const u0 = r.gen.random();
      let u = u0;
      let c: number;
      const mode = a.get('mode');
      if (mode === undefined || mode === null) c = 0.5;
      else {
        if (high === low) return low;
        c = (asFloat(mode) - low) / (high - low);
      }
      if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        [low, high] = [high, low];
      }
      return low + (high - low) * Math.sqrt(u * c);
    })
    .method('gauss', ['mu=', 'sigma='], (r, a) => {
      const mu = num(a, 'mu', 0.0);
      const sigma = num(a, 'sigma', 1.0);
      let z = r.gaussNext;
      r.gaussNext = null;
      if (z === null) {
        const x2pi = r.gen.random() * TWOPI;
        const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.gen.random()));
        z = Math.cos(x2pi) * g2rad;
        r.gaussNext = Math.sin(x2pi) * g2rad;
      }
      return mu + z * sigma;
    })
    .method('normalvariate', ['mu=', 'sigma='], (r, a) => {
      const mu = num(a, 'mu', 0.0);
      const sigma = num(a, 'sigma', 1.0);
      let z: number;
      for (;;) {
        const u1 = r.gen.random();
        const u2 = 1.0 - r.gen.random();
        z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
        if ((z * z) / 4.0 <= -Math.log(u2)) break;
      }
      return mu + z * sigma;
    })
    .method(
      'expovariate',
      ['lambd='],
      (r, a) => -Math.log(1.0 - r.gen.random()) / num(a, 'lambd', 1.0),
    )
    .method('getstate', [], (r) => {
      const g = r.gen;
      const words: PyValue[] = [...g.mt].map((x) => BigInt(x));
      words.push(BigInt(g.mti));
      return new PyTuple([3n, new PyTuple(words), r.gaussNext]);
    })
    .method('setstate', ['state'], (r, a) => {
      const st = a.get('state');
      const bad = () => pyErr(E.TypeError, 'state vector must be a tuple');
      if (!(st instanceof PyTuple) || st.items.length !== 3) throw bad();
      const words = st.items[1];
      if (!(words instanceof PyTuple) || words.items.length !== 625)
        throw pyErr(E.ValueError, 'state vector is the wrong size');
      r.seed(0n);
      words.items.slice(0, 624).forEach((w, i) => {
        r.mt.mt[i] = Number(toInt(w)) >>> 0;
      });
      r.mt.mti = Number(toInt(words.items[624]));
      const g = st.items[2];
      r.gaussNext = typeof g === 'number' ? g : null;
      return null;
    });
  return cls;
}

const METHODS = [
  'seed',
  'random',
  'getrandbits',
  'randrange',
  'randint',
  'choice',
  'choices',
  'shuffle',
  'sample',
  'uniform',
  'triangular',
  'gauss',
  'normalvariate',
  'expovariate',
  'getstate',
  'setstate',
];

export function makeRandomModule(s: StdlibServices) {
  const cls = defineRandomClass(s.entropy);
  const inst = new RandomObj(cls, s.entropy);
  const members: Record<string, PyValue> = { Random: cls.type };
  for (const m of METHODS) members[m] = inst.getAttr(m) as PyBuiltin;
  return makeModule('random', members, [
    'SystemRandom',
    'betavariate',
    'gammavariate',
    'lognormvariate',
    'vonmisesvariate',
    'paretovariate',
    'weibullvariate',
    'binomialvariate',
    'randbytes',
  ]);
}
