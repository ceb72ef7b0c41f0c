// printf-style `"%s" % value` formatting, with CPython's error messages.

import { checkStringLength } from '../budgets';
import { E, pyErr } from './exceptions';
import { formatValue } from './format';
import { hashKey } from './hashing';
import { PyDict, PyList, PyRange, PyTuple, type PyValue } from './objects';
import { repr, str } from './repr';
import { typeName } from './typename';

const SPEC = /%(?:\(([^)]*)\))?([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])?/g;

function toInt(v: PyValue, code: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number' && 'diu'.includes(code)) {
    if (!Number.isFinite(v))
      throw pyErr(E.OverflowError, 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if ('diu'.includes(code))
    throw pyErr(E.TypeError, `%${code} format: a real number is required, not ${typeName(v)}`);
  throw pyErr(E.TypeError, `%${code} format: an integer is required, not ${typeName(v)}`);
}

function toNum(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyErr(E.TypeError, `must be real number, not ${typeName(v)}`);
}

export function printf(template: string, args: PyValue): string {
  const mapping = args instanceof PyDict ? args : null;
  // CPython treats any subscriptable non-tuple (dict, list, range) as a mapping argument,
  // so "text" % [] is not an error.
  const mappingLike = mapping !== null || args instanceof PyList || args instanceof PyRange;
  const values = args instanceof PyTuple ? args.items : [args];
  let next = 0;
  const take = (): PyValue => {
    if (next >= values.length) throw pyErr(E.TypeError, 'not enough arguments for format string');
    return values[next++];
  };
  let out = '';
  let last = 0;
  SPEC.lastIndex = 0;
  for (let m = SPEC.exec(template); m; m = SPEC.exec(template)) {
    out += template.slice(last, m.index);
    last = m.index + m[0].length;
    const [, key, flags, widthS, precS, code] = m;
    if (code === undefined) {
      const at = m.index + m[0].length;
      if (at >= template.length) throw pyErr(E.ValueError, 'incomplete format');
      const ch = template[at];
      throw pyErr(
        E.ValueError,
        `unsupported format character '${ch}' (0x${ch.charCodeAt(0).toString(16)}) at index ${at}`,
      );
    }
    if (code === '%' && key === undefined) {
      out += '%';
      continue;
    }
    const width = widthS === '*' ? Number(toInt(take(), 'd')) : widthS ? Number(widthS) : 0;
    const prec =
      precS === '*' ? Number(toInt(take(), 'd')) : precS !== undefined ? Number(precS) : undefined;
    let v: PyValue;
    if (key !== undefined) {
      if (!mapping) throw pyErr(E.TypeError, 'format requires a mapping');
      const e = mapping.map.get(hashKey(key));
      if (!e) throw pyErr(E.KeyError, repr(key));
      v = e[1];
    } else v = take();
    checkStringLength(width);
    const align = flags.includes('-') ? '<' : '>';
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const zero = flags.includes('0') && !flags.includes('-') ? '0' : '';
    const alt = flags.includes('#') ? '#' : '';
    const w = width ? String(width) : '';
    const p = prec !== undefined ? `.${prec}` : '';
    let piece: string;
    switch (code) {
      case 's':
      case 'r':
      case 'a': {
        let s = code === 's' ? str(v) : repr(v);
        if (prec !== undefined) s = s.slice(0, prec);
        piece = formatValue(s, `${align}${w}`);
        break;
      }
      case 'c': {
        const s = typeof v === 'string' ? v : String.fromCodePoint(Number(toInt(v, 'c')));
        piece = formatValue(s, `${align}${w}`);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
        piece = formatValue(toInt(v, code), `${zero ? '' : align}${sign}${zero}${w}d`);
        break;
      case 'o':
      case 'x':
      case 'X':
        piece = formatValue(toInt(v, code), `${zero ? '' : align}${sign}${alt}${zero}${w}${code}`);
        break;
      default:
        piece = formatValue(
          toNum(v),
          `${zero ? '' : align}${sign}${alt}${zero}${w}${p || '.6'}${code}`,
        );
    }
    out += piece;
  }
  out += template.slice(last);
  if (!mappingLike && next < values.length) {
    throw pyErr(E.TypeError, 'not all arguments converted during string formatting');
  }
  return out;
}
