// Methods of str.

import { checkStringLength } from '../budgets';
import { toArray } from '../interp/iteration';
import { encodeStr } from '../values/bytes';
import { E, pyErr } from '../values/exceptions';
import { type NativeMethod, PyList, PyTuple, type PyValue } from '../values/objects';
import { typeName } from '../values/typename';
import { arity, expectInt, intToNumber, noKwargs, params } from './args';
import { strFormat } from './str-format';

type M = NativeMethod<string>;

const WS =
  ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const isWs = (ch: string) => WS.includes(ch);

function stripChars(name: string, v: PyValue | undefined): (ch: string) => boolean {
  if (v === undefined || v === null) return isWs;
  if (typeof v !== 'string') throw pyErr(E.TypeError, `${name} arg must be None or str`);
  return (ch) => v.includes(ch);
}

function lstrip(s: string, drop: (ch: string) => boolean): string {
  let i = 0;
  while (i < s.length && drop(s[i])) i++;
  return s.slice(i);
}

function rstrip(s: string, drop: (ch: string) => boolean): string {
  let j = s.length;
  while (j > 0 && drop(s[j - 1])) j--;
  return s.slice(0, j);
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isWs(s[i])) i++;
    if (i >= s.length) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(rstrip(s.slice(i), isWs));
      return out;
    }
    let j = i;
    while (j < s.length && !isWs(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isWs(s[j - 1])) j--;
    if (j === 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.unshift(lstrip(s.slice(0, j), isWs));
      return out;
    }
    let i = j;
    while (i > 0 && !isWs(s[i - 1])) i--;
    out.unshift(s.slice(i, j));
    j = i;
  }
  return out;
}

function sepArg(v: PyValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw pyErr(E.TypeError, `must be str or None, not ${typeName(v)}`);
  if (v === '') throw pyErr(E.ValueError, 'empty separator');
  return v;
}

function maxsplitArg(v: PyValue | undefined): number {
  return v === undefined ? -1 : intToNumber(expectInt(v));
}

function strArg(name: string, v: PyValue): string {
  if (typeof v !== 'string') {
    throw pyErr(E.TypeError, `${name ? `${name} ` : ''}must be str, not ${typeName(v)}`);
  }
  return v;
}

/** Optional start/end arguments of find/count/startswith, resolved against the length. */
function range(s: string, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  const n = s.length;
  const norm = (v: PyValue | undefined, dflt: number) => {
    if (v === undefined || v === null) return dflt;
    let i = intToNumber(expectInt(v));
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  return [norm(start, 0), norm(end, n)];
}

function affix(
  name: string,
  s: string,
  args: PyValue[],
  test: (s: string, p: string) => boolean,
): boolean {
  if (args.length < 1) throw pyErr(E.TypeError, `${name}() takes at least 1 argument (0 given)`);
  arity(name, args, 1, 3);
  const [a, b] = range(s, args[1], args[2]);
  const sub = s.slice(a, b);
  const what = args[0];
  if (what instanceof PyTuple) {
    return what.items.some((p) => {
      if (typeof p !== 'string') {
        throw pyErr(E.TypeError, `tuple for ${name} must only contain str, not ${typeName(p)}`);
      }
      return test(sub, p);
    });
  }
  if (typeof what !== 'string') {
    throw pyErr(
      E.TypeError,
      `${name} first arg must be str or a tuple of str, not ${typeName(what)}`,
    );
  }
  return test(sub, what);
}

function find(s: string, args: PyValue[], fromRight: boolean, name: string): number {
  if (args.length < 1) throw pyErr(E.TypeError, `${name}() takes at least 1 argument (0 given)`);
  arity(name, args, 1, 3);
  const sub = strArg('', args[0]);
  const [a, b] = range(s, args[1], args[2]);
  if (b - a < sub.length) return -1;
  const hay = s.slice(a, b);
  const i = fromRight ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return i < 0 ? -1 : i + a;
}

function pad(name: string, s: string, args: PyValue[], how: 'l' | 'r' | 'c'): string {
  arity(name, args, 1, 2);
  const width = intToNumber(expectInt(args[0]));
  const fill = args[1] === undefined ? ' ' : args[1];
  if (typeof fill !== 'string' || fill.length !== 1) {
    throw pyErr(E.TypeError, 'The fill character must be exactly one character long');
  }
  checkStringLength(width);
  const n = width - s.length;
  if (n <= 0) return s;
  if (how === 'l') return s + fill.repeat(n);
  if (how === 'r') return fill.repeat(n) + s;
  // CPython centres with the extra fill on the left when the string length is odd.
  const left = Math.floor(n / 2) + (n & width & 1);
  return fill.repeat(left) + s + fill.repeat(n - left);
}

const cased = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

export const strMethods = new Map<string, M>([
  [
    'encode',
    (_c, s, a, k) => {
      const [encoding] = params('str.encode', a, k, ['encoding', 'errors']);
      return encodeStr(s, encoding);
    },
  ],
  [
    'upper',
    (_c, s, a, k) => {
      noKwargs('str.upper', k);
      arity('str.upper', a, 0, 0);
      return s.toUpperCase();
    },
  ],
  [
    'lower',
    (_c, s, a, k) => {
      noKwargs('str.lower', k);
      arity('str.lower', a, 0, 0);
      return s.toLowerCase();
    },
  ],
  [
    'casefold',
    (_c, s, a) => {
      arity('str.casefold', a, 0, 0);
      return s.toLowerCase();
    },
  ],
  [
    'swapcase',
    (_c, s, a) => {
      arity('str.swapcase', a, 0, 0);
      return [...s]
        .map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()))
        .join('');
    },
  ],
  [
    'title',
    (_c, s, a) => {
      arity('str.title', a, 0, 0);
      let prev = false;
      let out = '';
      for (const ch of s) {
        out += prev ? ch.toLowerCase() : ch.toUpperCase();
        prev = cased(ch);
      }
      return out;
    },
  ],
  [
    'capitalize',
    (_c, s, a) => {
      arity('str.capitalize', a, 0, 0);
      return s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase();
    },
  ],
  [
    'strip',
    (_c, s, a) => {
      arity('strip', a, 0, 1);
      return rstrip(lstrip(s, stripChars('strip', a[0])), stripChars('strip', a[0]));
    },
  ],
  [
    'lstrip',
    (_c, s, a) => {
      arity('lstrip', a, 0, 1);
      return lstrip(s, stripChars('lstrip', a[0]));
    },
  ],
  [
    'rstrip',
    (_c, s, a) => {
      arity('rstrip', a, 0, 1);
      return rstrip(s, stripChars('rstrip', a[0]));
    },
  ],
  [
    'split',
    (_c, s, a, k) => {
      const [sepV, maxV] = params('split', a, k, ['sep', 'maxsplit']);
      const sep = sepArg(sepV);
      const max = maxsplitArg(maxV);
      if (sep === null) return new PyList(splitWs(s, max));
      const parts = s.split(sep);
      if (max >= 0 && parts.length > max + 1)
        parts.splice(max, parts.length - max, parts.slice(max).join(sep));
      return new PyList(parts);
    },
  ],
  [
    'rsplit',
    (_c, s, a, k) => {
      const [sepV, maxV] = params('rsplit', a, k, ['sep', 'maxsplit']);
      const sep = sepArg(sepV);
      const max = maxsplitArg(maxV);
      if (sep === null) return new PyList(rsplitWs(s, max));
      const parts = s.split(sep);
      if (max >= 0 && parts.length > max + 1) {
        const keep = parts.length - max;
        parts.splice(0, keep, parts.slice(0, keep).join(sep));
      }
      return new PyList(parts);
    },
  ],
  [
    'splitlines',
    (_c, s, a, k) => {
      const [keep] = params('splitlines', a, k, ['keepends']);
      const out: string[] = [];
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are Python's line boundaries
      const re = /\r\n|[\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/g;
      let last = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        out.push(s.slice(last, keep ? m.index + m[0].length : m.index));
        last = m.index + m[0].length;
      }
      if (last < s.length) out.push(s.slice(last));
      return new PyList(out);
    },
  ],
  [
    'join',
    (c, s, a) => {
      arity('str.join', a, 1, 1);
      const items = toArray(a[0], (n) => c.tick(n));
      items.forEach((x, i) => {
        if (typeof x !== 'string') {
          throw pyErr(
            E.TypeError,
            `sequence item ${i}: expected str instance, ${typeName(x)} found`,
          );
        }
      });
      const total =
        items.reduce((n: number, x) => n + (x as string).length, 0) +
        s.length * Math.max(0, items.length - 1);
      checkStringLength(total);
      return items.join(s);
    },
  ],
  [
    'replace',
    (_c, s, a) => {
      arity('replace', a, 2, 3);
      const old = strArg('replace() argument 1', a[0]);
      const neu = strArg('replace() argument 2', a[1]);
      let count = a[2] === undefined ? -1 : intToNumber(expectInt(a[2]));
      if (old === '') {
        // Python inserts `neu` between every character (and at both ends).
        const chars = [...s];
        let out = '';
        for (let i = 0; i <= chars.length; i++) {
          if (count !== 0) {
            out += neu;
            count--;
          }
          if (i < chars.length) out += chars[i];
          checkStringLength(out.length);
        }
        return out;
      }
      const parts = s.split(old);
      if (count < 0 || count >= parts.length - 1) {
        checkStringLength(s.length + (parts.length - 1) * (neu.length - old.length));
        return parts.join(neu);
      }
      return parts.slice(0, count + 1).join(neu) + old + parts.slice(count + 1).join(old);
    },
  ],
  ['startswith', (_c, s, a) => affix('startswith', s, a, (x, p) => x.startsWith(p))],
  ['endswith', (_c, s, a) => affix('endswith', s, a, (x, p) => x.endsWith(p))],
  ['find', (_c, s, a) => BigInt(find(s, a, false, 'find'))],
  ['rfind', (_c, s, a) => BigInt(find(s, a, true, 'rfind'))],
  [
    'index',
    (_c, s, a) => {
      const i = find(s, a, false, 'index');
      if (i < 0) throw pyErr(E.ValueError, 'substring not found');
      return BigInt(i);
    },
  ],
  [
    'rindex',
    (_c, s, a) => {
      const i = find(s, a, true, 'rindex');
      if (i < 0) throw pyErr(E.ValueError, 'substring not found');
      return BigInt(i);
    },
  ],
  [
    'count',
    (_c, s, a) => {
      if (a.length < 1) throw pyErr(E.TypeError, 'count() takes at least 1 argument (0 given)');
      arity('count', a, 1, 3);
      const sub = strArg('', a[0]);
      const [x, y] = range(s, a[1], a[2]);
      const hay = s.slice(x, y);
      if (sub === '') return BigInt(hay.length + 1);
      return BigInt(hay.split(sub).length - 1);
    },
  ],
  ['format', (c, s, a, k) => strFormat(c, s, a, k)],
  ['isdigit', (_c, s) => /^\p{Nd}+$/u.test(s)],
  ['isdecimal', (_c, s) => /^\p{Nd}+$/u.test(s)],
  ['isnumeric', (_c, s) => /^\p{N}+$/u.test(s)],
  ['isalpha', (_c, s) => /^\p{L}+$/u.test(s)],
  ['isalnum', (_c, s) => /^[\p{L}\p{N}]+$/u.test(s)],
  ['isspace', (_c, s) => s.length > 0 && [...s].every(isWs)],
  ['isupper', (_c, s) => [...s].some(cased) && s === s.toUpperCase()],
  ['islower', (_c, s) => [...s].some(cased) && s === s.toLowerCase()],
  ['isidentifier', (_c, s) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s)],
  [
    'zfill',
    (_c, s, a) => {
      arity('str.zfill', a, 1, 1);
      const width = intToNumber(expectInt(a[0]));
      checkStringLength(width);
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      const body = sign ? s.slice(1) : s;
      return sign + body.padStart(width - sign.length, '0');
    },
  ],
  ['center', (_c, s, a) => pad('center', s, a, 'c')],
  ['ljust', (_c, s, a) => pad('ljust', s, a, 'l')],
  ['rjust', (_c, s, a) => pad('rjust', s, a, 'r')],
  [
    'partition',
    (_c, s, a) => {
      arity('str.partition', a, 1, 1);
      const sep = sepArg(a[0]) ?? '';
      const i = s.indexOf(sep);
      return i < 0
        ? new PyTuple([s, '', ''])
        : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
  ],
  [
    'rpartition',
    (_c, s, a) => {
      arity('str.rpartition', a, 1, 1);
      const sep = sepArg(a[0]) ?? '';
      const i = s.lastIndexOf(sep);
      return i < 0
        ? new PyTuple(['', '', s])
        : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
  ],
  [
    'removeprefix',
    (_c, s, a) => {
      arity('str.removeprefix', a, 1, 1);
      const p = strArg('removeprefix() argument', a[0]);
      return p && s.startsWith(p) ? s.slice(p.length) : s;
    },
  ],
  [
    'removesuffix',
    (_c, s, a) => {
      arity('str.removesuffix', a, 1, 1);
      const p = strArg('removesuffix() argument', a[0]);
      return p && s.endsWith(p) ? s.slice(0, -p.length) : s;
    },
  ],
]);
