// int(), float() and str() conversions with CPython's parsing rules and messages.

import { checkInt } from '../budgets';
import { E, pyErr } from '../values/exceptions';
import { parseFloatText } from '../values/floats';
import { toFloat } from '../values/arith';
import { INT_MAX_STR_DIGITS, repr } from '../values/repr';
import type { PyValue } from '../values/objects';
import { typeName } from '../values/typename';

export function parseIntText(text: string, base: number): bigint | undefined {
  let t = text.trim().replace(/(?<=[0-9a-zA-Z])_(?=[0-9a-zA-Z])/g, '');
  if (/__|^_|_$/.test(text.trim())) return undefined;
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  const prefix = /^0([xob])/i.exec(t);
  if (prefix) {
    const pb = { x: 16, o: 8, b: 2 }[prefix[1].toLowerCase() as 'x' | 'o' | 'b'];
    if (b === 0 || b === pb) {
      b = pb;
      t = t.slice(2).replace(/^_/, '');
    }
  }
  if (b === 0) {
    if (/^0+[1-9]/.test(t)) return undefined;
    b = 10;
  }
  if (!t) return undefined;
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  let v = 0n;
  const B = BigInt(b);
  if (b === 10 && t.length > INT_MAX_STR_DIGITS && /^\d+$/.test(t)) {
    throw pyErr(
      E.ValueError,
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${t.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  for (const ch of t.toLowerCase()) {
    const d = digits.indexOf(ch);
    if (d < 0) return undefined;
    v = v * B + BigInt(d);
  }
  return checkInt(neg ? -v : v);
}

export function toInt(v: PyValue, base?: PyValue): bigint {
  if (base !== undefined) {
    if (typeof v !== 'string')
      throw pyErr(E.TypeError, "int() can't convert non-string with explicit base");
    const b =
      typeof base === 'bigint'
        ? Number(base)
        : typeof base === 'boolean'
          ? Number(base)
          : Number.NaN;
    if (Number.isNaN(b))
      throw pyErr(E.TypeError, `'${typeName(base)}' object cannot be interpreted as an integer`);
    if (b !== 0 && (b < 2 || b > 36))
      throw pyErr(E.ValueError, 'int() base must be >= 2 and <= 36, or 0');
    const r = parseIntText(v, b);
    if (r === undefined)
      throw pyErr(E.ValueError, `invalid literal for int() with base ${b}: ${repr(v)}`);
    return r;
  }
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw pyErr(E.ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(v))
      throw pyErr(E.OverflowError, 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (typeof v === 'string') {
    const r = parseIntText(v, 10);
    if (r === undefined)
      throw pyErr(E.ValueError, `invalid literal for int() with base 10: ${repr(v)}`);
    return r;
  }
  throw pyErr(
    E.TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
  );
}

export function toFloatValue(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return toFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const r = parseFloatText(v);
    if (r === undefined) throw pyErr(E.ValueError, `could not convert string to float: ${repr(v)}`);
    return r;
  }
  throw pyErr(
    E.TypeError,
    `float() argument must be a string or a real number, not '${typeName(v)}'`,
  );
}
