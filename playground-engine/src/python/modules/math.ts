// `math`: float functions over JS Math (IEEE doubles, as CPython's libm), exact integer
// functions over bigint, and CPython's errors ("math domain error", ...).

import { toFloat } from '../values/arith';
import { E, pyErr } from '../values/exceptions';
import { PyTuple, type PyValue, STOP } from '../values/objects';
import { typeName } from '../values/typename';
import { iterate } from '../interp/iteration';
import { type Args, fn, makeModule } from './native';

function real(v: PyValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return toFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyErr(E.TypeError, `must be real number, not ${typeName(v ?? null)}`);
}

function integer(v: PyValue | undefined): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw pyErr(E.TypeError, `'${typeName(v ?? null)}' object cannot be interpreted as an integer`);
}

const domain = () => pyErr(E.ValueError, 'math domain error');
const range = () => pyErr(E.OverflowError, 'math range error');

/** A float result: NaN from non-NaN input is a domain error, overflow a range error. */
function checked(out: number, ...inputs: number[]): number {
  if (Number.isNaN(out) && !inputs.some(Number.isNaN)) throw domain();
  if (!Number.isFinite(out) && !Number.isNaN(out) && inputs.every(Number.isFinite)) throw range();
  return out;
}

const unary = (name: string, f: (x: number) => number) =>
  fn(name, ['x'], (a) => {
    const x = real(a.get('x'));
    return checked(f(x), x);
  });

function toIntegral(x: number): bigint {
  if (Number.isNaN(x)) throw pyErr(E.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyErr(E.OverflowError, 'cannot convert float infinity to integer');
  return BigInt(x);
}

function rounding(name: string, f: (x: number) => number) {
  return fn(name, ['x'], (a) => {
    const v = a.get('x')!;
    if (typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    return toIntegral(f(real(v)));
  });
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
}

function items(v: PyValue): PyValue[] {
  const pull = iterate(v);
  const out: PyValue[] = [];
  for (let x = pull(); x !== STOP; x = pull()) out.push(x);
  return out;
}

function factorial(n: bigint): bigint {
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}

export function makeMathModule() {
  const log = fn('log', ['x', 'base='], (a: Args) => {
    const xv = a.get('x')!;
    const lnOf = (v: PyValue) => {
      if (typeof v === 'bigint' && v > 0n && !Number.isFinite(Number(v))) {
        const s = v.toString(2);
        return Math.log(Number.parseInt(s.slice(0, 53), 2)) + (s.length - 53) * Math.LN2;
      }
      const x = real(v);
      if (x <= 0) throw domain();
      return Math.log(x);
    };
    const lx = lnOf(xv);
    const b = a.get('base');
    if (b === undefined) return lx;
    const lb = lnOf(b);
    if (lb === 0) throw pyErr(E.ZeroDivisionError, 'float division by zero');
    return lx / lb;
  });
  return makeModule(
    'math',
    {
      pi: Math.PI,
      e: Math.E,
      tau: 2 * Math.PI,
      inf: Infinity,
      nan: Number.NaN,
      sqrt: fn('sqrt', ['x'], (a) => {
        const x = real(a.get('x'));
        if (x < 0) throw domain();
        return Math.sqrt(x);
      }),
      isqrt: fn('isqrt', ['n'], (a) => {
        const n = integer(a.get('n'));
        if (n < 0n) throw pyErr(E.ValueError, 'isqrt() argument must be nonnegative');
        if (n < 2n) return n;
        let x = BigInt(Math.floor(Math.sqrt(Number(n))));
        while (x * x > n) x--;
        while ((x + 1n) * (x + 1n) <= n) x++;
        return x;
      }),
      exp: unary('exp', Math.exp),
      log,
      log2: fn('log2', ['x'], (a) => {
        const x = real(a.get('x'));
        if (x <= 0) throw domain();
        return Math.log2(x);
      }),
      log10: fn('log10', ['x'], (a) => {
        const x = real(a.get('x'));
        if (x <= 0) throw domain();
        return Math.log10(x);
      }),
      log1p: unary('log1p', (x) => (x <= -1 ? Number.NaN : Math.log1p(x))),
      expm1: unary('expm1', Math.expm1),
      pow: fn('pow', ['x', 'y'], (a) => {
        const x = real(a.get('x'));
        const y = real(a.get('y'));
        if (x === 0 && y < 0) throw domain();
        return checked(x ** y, x, y);
      }),
      fabs: unary('fabs', Math.abs),
      floor: rounding('floor', Math.floor),
      ceil: rounding('ceil', Math.ceil),
      trunc: rounding('trunc', Math.trunc),
      sin: unary('sin', Math.sin),
      cos: unary('cos', Math.cos),
      tan: unary('tan', Math.tan),
      asin: unary('asin', Math.asin),
      acos: unary('acos', Math.acos),
      atan: unary('atan', Math.atan),
      sinh: unary('sinh', Math.sinh),
      cosh: unary('cosh', Math.cosh),
      tanh: unary('tanh', Math.tanh),
      atan2: fn('atan2', ['y', 'x'], (a) => Math.atan2(real(a.get('y')), real(a.get('x')))),
      hypot: fn('hypot', ['*coordinates'], (a) =>
        Math.hypot(...(a.get('coordinates') as PyTuple).items.map(real)),
      ),
      degrees: unary('degrees', (x) => (x * 180) / Math.PI),
      radians: unary('radians', (x) => (x * Math.PI) / 180),
      copysign: fn('copysign', ['x', 'y'], (a) => {
        const x = Math.abs(real(a.get('x')));
        const y = real(a.get('y'));
        return y < 0 || Object.is(y, -0) ? -x : x;
      }),
      fmod: fn('fmod', ['x', 'y'], (a) => {
        const x = real(a.get('x'));
        const y = real(a.get('y'));
        if (y === 0 || !Number.isFinite(x)) throw domain();
        return x % y;
      }),
      modf: fn('modf', ['x'], (a) => {
        const x = real(a.get('x'));
        const i = Math.trunc(x);
        return new PyTuple([x - i, i]);
      }),
      isfinite: fn('isfinite', ['x'], (a) => Number.isFinite(real(a.get('x')))),
      isinf: fn('isinf', ['x'], (a) => {
        const x = real(a.get('x'));
        return !Number.isFinite(x) && !Number.isNaN(x);
      }),
      isnan: fn('isnan', ['x'], (a) => Number.isNaN(real(a.get('x')))),
      isclose: fn('isclose', ['a', 'b', '*', 'rel_tol=', 'abs_tol='], (a) => {
        const x = real(a.get('a'));
        const y = real(a.get('b'));
        const rel = a.has('rel_tol') ? real(a.get('rel_tol')) : 1e-9;
        const abs = a.has('abs_tol') ? real(a.get('abs_tol')) : 0;
        if (rel < 0 || abs < 0) throw pyErr(E.ValueError, 'tolerances must be non-negative');
        if (x === y) return true;
        if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
        const d = Math.abs(y - x);
        return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
      }),
      factorial: fn('factorial', ['n'], (a) => {
        const v = a.get('n')!;
        if (typeof v === 'number')
          throw pyErr(E.TypeError, "'float' object cannot be interpreted as an integer");
        const n = integer(v);
        if (n < 0n) throw pyErr(E.ValueError, 'factorial() not defined for negative values');
        return factorial(n);
      }),
      gcd: fn('gcd', ['*integers'], (a) =>
        (a.get('integers') as PyTuple).items.map(integer).reduce(gcd, 0n),
      ),
      lcm: fn('lcm', ['*integers'], (a) => {
        let r = 1n;
        for (const x of (a.get('integers') as PyTuple).items.map(integer)) {
          if (x === 0n) return 0n;
          r = (r * (x < 0n ? -x : x)) / gcd(r, x);
        }
        return r;
      }),
      comb: fn('comb', ['n', 'k'], (a) => {
        const n = integer(a.get('n'));
        const k = integer(a.get('k'));
        if (n < 0n) throw pyErr(E.ValueError, 'n must be a non-negative integer');
        if (k < 0n) throw pyErr(E.ValueError, 'k must be a non-negative integer');
        if (k > n) return 0n;
        let r = 1n;
        for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
        return r;
      }),
      perm: fn('perm', ['n', 'k='], (a) => {
        const n = integer(a.get('n'));
        const kv = a.get('k');
        const k = kv === undefined || kv === null ? n : integer(kv);
        if (n < 0n) throw pyErr(E.ValueError, 'n must be a non-negative integer');
        if (k < 0n) throw pyErr(E.ValueError, 'k must be a non-negative integer');
        if (k > n) return 0n;
        let r = 1n;
        for (let i = 0n; i < k; i++) r *= n - i;
        return r;
      }),
      prod: fn('prod', ['iterable', '*', 'start='], (a) => {
        let acc: PyValue = a.get('start') ?? 1n;
        for (const x of items(a.get('iterable')!)) {
          if (typeof acc === 'bigint' && (typeof x === 'bigint' || typeof x === 'boolean'))
            acc = acc * BigInt(x);
          else acc = real(acc) * real(x);
        }
        return acc;
      }),
      fsum: fn('fsum', ['seq'], (a) => {
        // Neumaier summation: exact for the sums scripts compute (CPython uses Shewchuk's).
        let sum = 0;
        let c = 0;
        for (const v of items(a.get('seq')!)) {
          const x = real(v);
          const t = sum + x;
          c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
          sum = t;
        }
        return sum + c;
      }),
      dist: fn('dist', ['p', 'q'], (a) => {
        const p = items(a.get('p')!).map(real);
        const q = items(a.get('q')!).map(real);
        if (p.length !== q.length)
          throw pyErr(E.ValueError, 'both points must have the same number of dimensions');
        return Math.hypot(...p.map((x, i) => x - q[i]));
      }),
      frexp: fn('frexp', ['x'], (a) => {
        const x = real(a.get('x'));
        if (x === 0 || !Number.isFinite(x)) return new PyTuple([x, 0n]);
        let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
        let m = x * 2 ** -e;
        while (Math.abs(m) < 0.5) {
          m *= 2;
          e--;
        }
        while (Math.abs(m) >= 1) {
          m /= 2;
          e++;
        }
        return new PyTuple([m, BigInt(e)]);
      }),
      ldexp: fn('ldexp', ['x', 'i'], (a) =>
        checked(real(a.get('x')) * 2 ** Number(integer(a.get('i'))), real(a.get('x'))),
      ),
    },
    [
      'erf',
      'erfc',
      'gamma',
      'lgamma',
      'asinh',
      'acosh',
      'atanh',
      'nextafter',
      'ulp',
      'remainder',
      'cbrt',
      'exp2',
      'sumprod',
    ],
  );
}
