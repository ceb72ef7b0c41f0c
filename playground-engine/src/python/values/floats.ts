// Float ↔ text the way CPython does it. JS already finds the shortest digits that
// round-trip (as CPython's repr does); we only change where the exponent form
// starts and how it is spelled. Fixed/exponent formatting with a precision uses
// exact decimal arithmetic (BigInt) so ties round half-to-even like CPython.

/** repr(float): shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let body: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) body = `0.${'0'.repeat(-exp - 1)}${digits}`;
    else if (digits.length <= exp + 1) body = `${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    else body = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  } else {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    body = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return neg ? `-${body}` : body;
}

/** The exact value of a finite double as numerator / 2^shift (numerator may be negative). */
function exactParts(x: number): { num: bigint; shift: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  if (e >= 0) return { num: sign * (mant << BigInt(e)), shift: 0n };
  return { num: sign * mant, shift: BigInt(-e) };
}

/** round(num / den) with ties to even; den > 0. */
function divRoundEven(num: bigint, den: bigint): bigint {
  const neg = num < 0n;
  const a = neg ? -num : num;
  let q = a / den;
  const r2 = (a % den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) q += 1n;
  return neg ? -q : q;
}

/** x rounded to `prec` decimals, as a digit string with sign (e.g. '-12.50'). */
export function toFixedExact(x: number, prec: number): string {
  const { num, shift } = exactParts(x);
  const scaled = divRoundEven(num * 10n ** BigInt(prec), 1n << shift);
  const neg = scaled < 0n || (scaled === 0n && (x < 0 || Object.is(x, -0)));
  let digits = (scaled < 0n ? -scaled : scaled).toString();
  if (prec > 0) {
    digits = digits.padStart(prec + 1, '0');
    digits = `${digits.slice(0, -prec)}.${digits.slice(-prec)}`;
  }
  return neg ? `-${digits}` : digits;
}

/** x rounded to `sig` significant digits: digit string (no sign) and decimal exponent. */
export function toSignificant(
  x: number,
  sig: number,
): { neg: boolean; digits: string; exp: number } {
  const neg = x < 0 || Object.is(x, -0);
  if (x === 0) return { neg, digits: '0'.repeat(sig), exp: 0 };
  const { num, shift } = exactParts(Math.abs(x));
  let exp = Math.floor(Math.log10(Math.abs(x)));
  for (let attempt = 0; attempt < 3; attempt++) {
    const k = sig - 1 - exp; // multiply by 10^k
    let n = num;
    let d = 1n << shift;
    if (k >= 0) n *= 10n ** BigInt(k);
    else d *= 10n ** BigInt(-k);
    const q = divRoundEven(n, d);
    const s = q.toString();
    if (s.length === sig) return { neg, digits: s, exp };
    if (s.length > sig) {
      // Either the estimate was low or rounding carried into a new digit.
      if (s === `1${'0'.repeat(sig)}`) return { neg, digits: s.slice(0, sig), exp: exp + 1 };
      exp += 1;
    } else exp -= 1;
  }
  // Unreachable for finite doubles; fall back to JS rounding.
  const [m, e] = Math.abs(x)
    .toExponential(sig - 1)
    .split('e');
  return { neg, digits: m.replace('.', ''), exp: Number(e) };
}

export function expSuffix(exp: number, upper = false): string {
  return `${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** Parse like float(): accepts inf/nan/underscores between digits; undefined if invalid. */
export function parseFloatText(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return Number.NaN;
  if (!/^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/.test(t))
    return undefined;
  return Number(t.replace(/_/g, ''));
}
