// strptime as CPython's _strptime does it for the C locale: each directive becomes a
// regular expression, the whole format must match case-insensitively, and the fields
// build a date. Shared by time.strptime and datetime.strptime.

import { E, pyErr } from '../values/exceptions';
import { strRepr } from '../values/repr';
import { notSupported } from './native';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Alternatives longest first, as _strptime's __seqToRE does. */
const alt = (name: string, words: string[]) =>
  `(?<${name}>${[...words].sort((a, b) => b.length - a.length).join('|')})`;

const DIRECTIVES: Record<string, string> = {
  d: '(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(?<f>[0-9]{1,6})',
  H: '(?<H>2[0-3]|[0-1]\\d|\\d)',
  I: '(?<I>1[0-2]|0[1-9]|[1-9])',
  G: '(?<G>\\d\\d\\d\\d)',
  j: '(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(?<m>1[0-2]|0[1-9]|[1-9])',
  M: '(?<M>[0-5]\\d|\\d)',
  S: '(?<S>6[0-1]|[0-5]\\d|\\d)',
  w: '(?<w>[0-6])',
  u: '(?<u>[1-7])',
  y: '(?<y>\\d\\d)',
  Y: '(?<Y>\\d\\d\\d\\d)',
  z: '(?<z>[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)',
  A: alt('A', DAYS),
  a: alt(
    'a',
    DAYS.map((d) => d.slice(0, 3)),
  ),
  B: alt('B', MONTHS),
  b: alt(
    'b',
    MONTHS.map((m) => m.slice(0, 3)),
  ),
  p: '(?<p>am|pm)',
  Z: '(?<Z>utc|gmt)',
  '%': '%',
};
// The C locale's composite directives.
const COMPOSITE: Record<string, string> = {
  c: '%a %b %d %H:%M:%S %Y',
  x: '%m/%d/%y',
  X: '%H:%M:%S',
  T: '%H:%M:%S',
  D: '%m/%d/%y',
  F: '%Y-%m-%d',
  R: '%H:%M',
};

export interface Parsed {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  micro: number;
  /** Seconds east of UTC from %z, null without it. */
  offset: number | null;
  offsetMicro: number;
  tzname: string | null;
  wday: number;
  yday: number;
}

function compile(format: string): RegExp {
  let out = '';
  const seen = new Set<string>();
  let fmt = format;
  for (const [k, v] of Object.entries(COMPOSITE)) fmt = fmt.replaceAll(`%${k}`, v);
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '%') {
      const d = fmt[i + 1];
      if (d === undefined) throw pyErr(E.ValueError, `stray % in format ${strRepr(format)}`);
      const re = DIRECTIVES[d];
      if ('UWGV'.includes(d)) notSupported(`the strptime directive %${d}`);
      if (re === undefined)
        throw pyErr(E.ValueError, `${strRepr(d)} is a bad directive in format ${strRepr(format)}`);
      if (d !== '%' && seen.has(d)) {
        // A repeated directive must match the same text (_strptime uses a backreference).
        out += `\\k<${d}>`;
      } else out += re;
      seen.add(d);
      i++;
    } else if (/\s/.test(c)) {
      while (i + 1 < fmt.length && /\s/.test(fmt[i + 1])) i++;
      out += '\\s+';
    } else out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^(?:${out})`, 'i');
}

function daysInMonth(y: number, m: number): number {
  return [
    31,
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][m - 1];
}

/** Parse `text` with `format`; CPython's ValueError texts when it does not match. */
export function strptime(text: string, format: string): Parsed {
  const m = compile(format).exec(text);
  if (!m)
    throw pyErr(
      E.ValueError,
      `time data ${strRepr(text)} does not match format ${strRepr(format)}`,
    );
  if (m[0].length !== text.length)
    throw pyErr(E.ValueError, `unconverted data remains: ${text.slice(m[0].length)}`);
  const g = m.groups ?? {};
  const num = (k: string) => Number.parseInt(g[k], 10);
  let year = 1900;
  let month = 1;
  let day = 1;
  let hour = 0;
  let yday = -1;
  let wday = -1;
  if (g.y !== undefined) {
    const y = num('y');
    year = y <= 68 ? 2000 + y : 1900 + y;
  }
  if (g.Y !== undefined) year = num('Y');
  if (g.m !== undefined) month = num('m');
  if (g.B !== undefined) month = MONTHS.indexOf(g.B.toLowerCase()) + 1;
  if (g.b !== undefined) month = MONTHS.findIndex((x) => x.startsWith(g.b.toLowerCase())) + 1;
  if (g.d !== undefined) day = num('d');
  if (g.H !== undefined) hour = num('H');
  if (g.I !== undefined) {
    hour = num('I');
    const pm = g.p?.toLowerCase() === 'pm';
    if (pm) hour = hour === 12 ? 12 : hour + 12;
    else if (hour === 12) hour = 0;
  }
  const minute = g.M !== undefined ? num('M') : 0;
  const second = g.S !== undefined ? num('S') : 0;
  const micro = g.f !== undefined ? Number.parseInt(g.f.padEnd(6, '0'), 10) : 0;
  let offset: number | null = null;
  let offsetMicro = 0;
  if (g.z !== undefined) {
    if (g.z.toUpperCase() === 'Z') offset = 0;
    else {
      const z = g.z.replaceAll(':', '');
      const sign = z[0] === '-' ? -1 : 1;
      const hh = Number(z.slice(1, 3));
      const mm = Number(z.slice(3, 5));
      const ss = Number(z.slice(5, 7) || '0');
      offset = sign * (hh * 3600 + mm * 60 + ss);
      const frac = z.indexOf('.');
      if (frac >= 0) offsetMicro = sign * Number(z.slice(frac + 1).padEnd(6, '0'));
    }
  }
  if (g.A !== undefined) wday = DAYS.indexOf(g.A.toLowerCase());
  if (g.a !== undefined) wday = DAYS.findIndex((x) => x.startsWith(g.a.toLowerCase()));
  if (g.w !== undefined) wday = (num('w') + 6) % 7;
  if (g.u !== undefined) wday = num('u') - 1;
  if (g.j !== undefined) yday = num('j');
  if (yday >= 1 && g.m === undefined && g.B === undefined && g.b === undefined) {
    // The day of the year decides month and day when they were not given.
    const d = new Date(Date.UTC(2000, 0, 1));
    d.setUTCFullYear(year, 0, yday);
    month = d.getUTCMonth() + 1;
    day = d.getUTCDate();
  }
  if (day > daysInMonth(year, month)) throw pyErr(E.ValueError, 'day is out of range for month');
  const tzname = g.Z !== undefined ? g.Z.toUpperCase() : g.z !== undefined ? null : null;
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    micro,
    offset,
    offsetMicro,
    tzname,
    wday,
    yday,
  };
}
