// format(value, spec): CPython's format-spec mini-language for str, int, float and
// bool, used by f-strings, str.format and format().

import { trySpecial } from './instances';
import { checkStringLength } from '../budgets';
import { E, pyErr } from './exceptions';
import { expSuffix, floatRepr, toFixedExact, toSignificant } from './floats';
import { PyHost, type PyValue } from './objects';
import { intToStr, str } from './repr';
import { typeName } from './typename';

interface Spec {
  fill: string;
  explicitFill: boolean;
  align?: '<' | '>' | '=' | '^';
  sign?: '+' | '-' | ' ';
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping?: ',' | '_';
  precision?: number;
  type?: string;
}

const SPEC_RE =
  /^(?:([\s\S])?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/u;

function parseSpec(spec: string, forType: string): Spec {
  const m = SPEC_RE.exec(spec);
  if (!m)
    throw pyErr(E.ValueError, `Invalid format specifier '${spec}' for object of type '${forType}'`);
  const width = m[7] ? Number(m[7]) : 0;
  checkStringLength(width);
  return {
    fill: m[1] ?? ' ',
    explicitFill: m[1] !== undefined,
    align: m[2] as Spec['align'],
    sign: m[3] as Spec['sign'],
    z: !!m[4],
    alt: !!m[5],
    zero: !!m[6],
    width,
    grouping: m[8] as Spec['grouping'],
    precision: m[9] !== undefined ? Number(m[9]) : undefined,
    type: m[10],
  };
}

function pad(body: string, s: Spec, defaultAlign: '<' | '>', signPart = ''): string {
  let align = s.align;
  let fill = s.fill;
  if (s.zero && !s.explicitFill) fill = '0';
  if (s.zero && !align) align = '=';
  align ??= defaultAlign;
  const len = [...signPart].length + [...body].length;
  const n = Math.max(0, s.width - len);
  if (n === 0) return signPart + body;
  switch (align) {
    case '<':
      return signPart + body + fill.repeat(n);
    case '>':
      return fill.repeat(n) + signPart + body;
    case '^': {
      const left = Math.floor(n / 2);
      return fill.repeat(left) + signPart + body + fill.repeat(n - left);
    }
    default:
      return signPart + fill.repeat(n) + body;
  }
}

function group(intDigits: string, sep: string, every: number): string {
  let out = '';
  for (let i = intDigits.length; i > 0; i -= every) {
    const chunk = intDigits.slice(Math.max(0, i - every), i);
    out = out ? `${chunk}${sep}${out}` : chunk;
  }
  return out;
}

/** Group digits and, for '=' alignment with zero fill, CPython widens the grouped zeros too. */
function groupNumber(digits: string, s: Spec, every = 3): string {
  if (!s.grouping) return digits;
  const dot = digits.search(/[.eE%]/);
  const intPart = dot < 0 ? digits : digits.slice(0, dot);
  const rest = dot < 0 ? '' : digits.slice(dot);
  return group(intPart, s.grouping, every) + rest;
}

function signOf(neg: boolean, s: Spec): string {
  if (neg) return '-';
  if (s.sign === '+') return '+';
  if (s.sign === ' ') return ' ';
  return '';
}

function formatInt(v: bigint, s: Spec): string {
  const t = s.type ?? 'd';
  if ('eEfFgG%'.includes(t)) return formatFloat(Number(v), s);
  if (s.precision !== undefined)
    throw pyErr(E.ValueError, 'Precision not allowed in integer format specifier');
  if (s.z)
    throw pyErr(E.ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  const neg = v < 0n;
  const mag = neg ? -v : v;
  let body: string;
  let prefix = '';
  switch (t) {
    case 'b':
      body = mag.toString(2);
      prefix = s.alt ? '0b' : '';
      break;
    case 'o':
      body = mag.toString(8);
      prefix = s.alt ? '0o' : '';
      break;
    case 'x':
      body = mag.toString(16);
      prefix = s.alt ? '0x' : '';
      break;
    case 'X':
      body = mag.toString(16).toUpperCase();
      prefix = s.alt ? '0X' : '';
      break;
    case 'c':
      if (s.sign) throw pyErr(E.ValueError, "Sign not allowed with integer format specifier 'c'");
      return pad(String.fromCodePoint(Number(v)), s, '>');
    case 'd':
    case 'n':
      body = intToStr(mag);
      break;
    default:
      throw pyErr(E.ValueError, `Unknown format code '${t}' for object of type 'int'`);
  }
  if (s.grouping === ',' && 'boxX'.includes(t)) {
    throw pyErr(E.ValueError, `Cannot specify ',' with '${t}'.`);
  }
  body = groupNumber(body, s, 'boxX'.includes(t) ? 4 : 3);
  return pad(body, s, '>', signOf(neg, s) + prefix);
}

function formatFloat(v: number, s: Spec): string {
  let t = s.type;
  if (t && !'eEfFgG%n'.includes(t)) {
    throw pyErr(E.ValueError, `Unknown format code '${t}' for object of type 'float'`);
  }
  let neg = v < 0 || Object.is(v, -0);
  const mag = Math.abs(v);
  let body: string;
  const upper = t === 'E' || t === 'F' || t === 'G';
  if (!Number.isFinite(mag)) {
    body = Number.isNaN(mag) ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    if (t === '%') body += '%';
  } else if (t === undefined && s.precision === undefined) {
    body = floatRepr(mag);
  } else {
    const p = s.precision ?? 6;
    if (t === 'n') t = 'g';
    switch (t) {
      case 'f':
      case 'F':
        body = toFixedExact(mag, p);
        if (s.alt && p === 0) body += '.';
        break;
      case '%':
        body = `${toFixedExact(mag * 100, p)}${s.alt && p === 0 ? '.' : ''}%`;
        break;
      case 'e':
      case 'E': {
        const r = toSignificant(mag, p + 1);
        body = `${r.digits[0]}${p > 0 || s.alt ? '.' : ''}${r.digits.slice(1)}${expSuffix(r.exp, upper)}`;
        break;
      }
      default: {
        // 'g', 'G', or no type with a precision (then at least one digit after the point).
        const prec = p === 0 ? 1 : p;
        const r = toSignificant(mag, prec);
        const keepZeros = s.alt;
        if (r.exp >= -4 && r.exp < prec) {
          const fixed = toFixedExact(mag, Math.max(0, prec - 1 - r.exp));
          body = keepZeros ? fixed : stripZeros(fixed);
          if (t === undefined && !body.includes('.')) body += '.0';
        } else {
          let m = `${r.digits[0]}.${r.digits.slice(1)}`;
          m = keepZeros ? m : stripZeros(m);
          body = m + expSuffix(r.exp, upper);
        }
      }
    }
  }
  if (s.z && neg && /^[0.]*(e[+-]\d+)?%?$/i.test(body.replace(/[eE][+-]\d+/, ''))) neg = false;
  body = groupNumber(body, s);
  return pad(body, s, '>', signOf(neg, s));
}

function stripZeros(s: string): string {
  if (!s.includes('.')) return s;
  return s.replace(/0+$/, '').replace(/\.$/, '');
}

function formatStr(v: string, s: Spec): string {
  if (s.type && s.type !== 's') {
    throw pyErr(E.ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  }
  if (s.sign) throw pyErr(E.ValueError, 'Sign not allowed in string format specifier');
  if (s.alt) throw pyErr(E.ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (s.align === '=')
    throw pyErr(E.ValueError, "'=' alignment not allowed in string format specifier");
  if (s.grouping) throw pyErr(E.ValueError, `Cannot specify '${s.grouping}' with 's'.`);
  const body = s.precision !== undefined ? [...v].slice(0, s.precision).join('') : v;
  return pad(body, s, '<');
}

export function formatValue(v: PyValue, spec: string): string {
  if (typeof v === 'string') return spec === '' ? v : formatStr(v, parseSpec(spec, 'str'));
  if (typeof v === 'bigint') return formatInt(v, parseSpec(spec, 'int'));
  if (typeof v === 'boolean')
    return spec === '' ? str(v) : formatInt(v ? 1n : 0n, parseSpec(spec, 'int'));
  if (typeof v === 'number') return formatFloat(v, parseSpec(spec, 'float'));
  if (v instanceof PyHost && v.formatSpec) return v.formatSpec(spec);
  const own = trySpecial(v, '__format__', [spec]);
  if (own !== undefined) {
    if (typeof own !== 'string')
      throw pyErr(E.TypeError, `__format__ must return a str, not ${typeName(own)}`);
    return own;
  }
  if (spec === '') return str(v);
  throw pyErr(E.TypeError, `unsupported format string passed to ${typeName(v)}.__format__`);
}
