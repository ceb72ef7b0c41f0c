// The `datetime` module: date, datetime, time, timedelta and timezone with CPython's
// arithmetic, comparisons, reprs and error texts. Times are kept as exact microsecond
// counts (bigint). now() and today() read the run's clock (the world's clock), and the
// playground's local time is UTC, so runs are reproducible.

import { E, pyErr } from '../values/exceptions';
import type { PyValue } from '../values/objects';
import { strRepr } from '../values/repr';
import { typeName } from '../values/typename';
import { nowMillis } from './clock';
import {
  type Args,
  type ClassLike,
  NativeClass,
  NativeObject,
  StructSeq,
  argInt,
  fn,
  makeModule,
  structSeqClass,
} from './native';
import type { StdlibServices } from './services';
import { type Moment, strftime } from './strftime';
import { strptime } from './strptime';

const US_SEC = 1_000_000n;
const US_DAY = 86_400n * US_SEC;
const MAX_DAYS = 999_999_999n;
export const MINYEAR = 1;
export const MAXYEAR = 9999;

// ---- the proleptic Gregorian calendar, as CPython's datetime.py computes it ----

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const DIM = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : DIM[m]);
const daysBeforeYear = (y: number) => {
  const p = y - 1;
  return p * 365 + Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400);
};
const daysBeforeMonth = (y: number, m: number) => {
  let n = 0;
  for (let i = 1; i < m; i++) n += DIM[i];
  return n + (m > 2 && isLeap(y) ? 1 : 0);
};
export const ymdToOrd = (y: number, m: number, d: number) =>
  daysBeforeYear(y) + daysBeforeMonth(y, m) + d;

export function ordToYmd(n: number): [number, number, number] {
  // Binary search over years is plenty for 1..9999.
  let lo = 1;
  let hi = 10000;
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (daysBeforeYear(mid) < n) lo = mid;
    else hi = mid - 1;
  }
  const y = lo;
  let rest = n - daysBeforeYear(y);
  let m = 1;
  while (rest > daysInMonth(y, m)) {
    rest -= daysInMonth(y, m);
    m++;
  }
  return [y, m, rest];
}

const EPOCH_ORD = ymdToOrd(1970, 1, 1);

const pad = (n: number | bigint, w = 2) => String(n).padStart(w, '0');

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
const floorMod = (a: bigint, b: bigint) => a - floorDiv(a, b) * b;

/** a / b rounded half to even, as datetime's _divide_and_round. */
function divRound(a: bigint, b: bigint): bigint {
  let q = floorDiv(a, b);
  const r = a - q * b;
  const r2 = 2n * r;
  const greater = b > 0n ? r2 > b : r2 < b;
  if (greater || (r2 === b && q % 2n !== 0n)) q += 1n;
  return q;
}

/** A finite float as an exact ratio of ints (float.as_integer_ratio). */
function floatRatio(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) throw pyErr(E.ValueError, `cannot convert ${x} to integer ratio`);
  let den = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    den *= 2n;
  }
  return [BigInt(v), den];
}

function checkDate(y: number, m: number, d: number): void {
  if (y < MINYEAR || y > MAXYEAR) throw pyErr(E.ValueError, `year ${y} is out of range`);
  if (m < 1 || m > 12) throw pyErr(E.ValueError, 'month must be in 1..12');
  if (d < 1 || d > daysInMonth(y, m)) throw pyErr(E.ValueError, 'day is out of range for month');
}

function checkTime(h: number, mi: number, s: number, us: number): void {
  if (h < 0 || h > 23) throw pyErr(E.ValueError, 'hour must be in 0..23');
  if (mi < 0 || mi > 59) throw pyErr(E.ValueError, 'minute must be in 0..59');
  if (s < 0 || s > 59) throw pyErr(E.ValueError, 'second must be in 0..59');
  if (us < 0 || us > 999999) throw pyErr(E.ValueError, 'microsecond must be in 0..999999');
}

const intArg = (a: Args, name: string, fallback?: number): number => {
  if (!a.has(name) && fallback !== undefined) return fallback;
  const v = a.get(name);
  if (v === undefined) throw pyErr(E.TypeError, `function missing required argument '${name}'`);
  return Number(argInt(a, name, 0n));
};

// ---- timedelta ----

export class Delta extends NativeObject {
  constructor(
    readonly k: Kit,
    /** Total microseconds. */
    readonly us: bigint,
  ) {
    super();
    const days = floorDiv(us, US_DAY);
    if (days > MAX_DAYS || days < -MAX_DAYS)
      throw pyErr(E.OverflowError, `days=${days}; must have magnitude <= ${MAX_DAYS}`);
  }
  get cls(): ClassLike {
    return this.k.timedelta;
  }
  override get typeName(): string {
    return 'datetime.timedelta';
  }
  get days(): bigint {
    return floorDiv(this.us, US_DAY);
  }
  get seconds(): bigint {
    return floorMod(this.us, US_DAY) / US_SEC;
  }
  get micro(): bigint {
    return floorMod(this.us, US_SEC);
  }
  repr(): string {
    const parts: string[] = [];
    if (this.days) parts.push(`days=${this.days}`);
    if (this.seconds) parts.push(`seconds=${this.seconds}`);
    if (this.micro) parts.push(`microseconds=${this.micro}`);
    return `datetime.timedelta(${parts.join(', ') || '0'})`;
  }
  override toStr(): string {
    const s = Number(this.seconds);
    let out = `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
    if (this.micro) out += `.${pad(this.micro, 6)}`;
    const d = this.days;
    if (d) out = `${d} day${d === 1n || d === -1n ? '' : 's'}, ${out}`;
    return out;
  }
  override eq(o: PyValue): boolean {
    return o instanceof Delta && o.us === this.us;
  }
  override compare(o: PyValue): number | undefined {
    if (!(o instanceof Delta)) return undefined;
    return this.us < o.us ? -1 : this.us > o.us ? 1 : 0;
  }
  override hashKey(): string {
    return `td:${this.us}`;
  }
  override truthy(): boolean {
    return this.us !== 0n;
  }
  override unary(op: string): PyValue | undefined {
    if (op === '-') return this.k.delta(-this.us);
    if (op === '+') return this;
    if (op === 'abs') return this.us < 0n ? this.k.delta(-this.us) : this;
    return undefined;
  }
  override binop(op: string, o: PyValue, reflected: boolean): PyValue | undefined {
    const k = this.k;
    if (o instanceof Delta) {
      const [a, b] = reflected ? [o.us, this.us] : [this.us, o.us];
      switch (op) {
        case '+':
          return k.delta(a + b);
        case '-':
          return k.delta(a - b);
        case '/':
          if (b === 0n) throw pyErr(E.ZeroDivisionError, 'division by zero');
          return Number(a) / Number(b);
        case '//':
          if (b === 0n) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero');
          return floorDiv(a, b);
        case '%':
          if (b === 0n) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero');
          return k.delta(floorMod(a, b));
      }
      return undefined;
    }
    const n = typeof o === 'boolean' ? (o ? 1n : 0n) : o;
    if (typeof n === 'bigint') {
      if (op === '*') return k.delta(this.us * n);
      if (reflected) return undefined;
      if (op === '//') {
        if (n === 0n) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero');
        return k.delta(floorDiv(this.us, n));
      }
      if (op === '/') {
        if (n === 0n) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero');
        return k.delta(divRound(this.us, n));
      }
      return undefined;
    }
    if (typeof n === 'number') {
      const [num, den] = floatRatio(n);
      if (op === '*') return k.delta(divRound(this.us * num, den));
      if (op === '/' && !reflected) {
        if (num === 0n) throw pyErr(E.ZeroDivisionError, 'division by zero');
        return k.delta(divRound(this.us * den, num));
      }
    }
    return undefined;
  }
}

// ---- timezone ----

export class Tz extends NativeObject {
  constructor(
    readonly k: Kit,
    /** Offset east of UTC in microseconds. */
    readonly offset: bigint,
    readonly name: string | null,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.k.timezone;
  }
  override get typeName(): string {
    return 'datetime.timezone';
  }
  repr(): string {
    if (this === this.k.utc) return 'datetime.timezone.utc';
    const d = this.k.delta(this.offset).repr();
    return `datetime.timezone(${d}${this.name === null ? '' : `, ${strRepr(this.name)}`})`;
  }
  tzname(): string {
    if (this.name !== null) return this.name;
    if (this.offset === 0n) return 'UTC';
    return `UTC${offsetText(this.offset, ':')}`;
  }
  override toStr(): string {
    return this.tzname();
  }
  override eq(o: PyValue): boolean {
    return o instanceof Tz && o.offset === this.offset;
  }
  override hashKey(): string {
    return `tz:${this.offset}`;
  }
}

/** `+05:30`, with seconds and microseconds only when present (utcoffset formatting). */
function offsetText(us: bigint, sep: string): string {
  const sign = us < 0n ? '-' : '+';
  let a = us < 0n ? -us : us;
  const micro = a % US_SEC;
  a /= US_SEC;
  const h = a / 3600n;
  const m = (a % 3600n) / 60n;
  const s = a % 60n;
  let out = `${sign}${pad(h)}${sep}${pad(m)}`;
  if (s || micro) out += `${sep}${pad(s)}`;
  if (micro) out += `.${pad(micro, 6)}`;
  return out;
}

// ---- date, datetime, time ----

export class DateObj extends NativeObject {
  constructor(
    readonly k: Kit,
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.k.date;
  }
  override get typeName(): string {
    return 'datetime.date';
  }
  get ord(): number {
    return ymdToOrd(this.year, this.month, this.day);
  }
  isoDate(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }
  repr(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }
  override toStr(): string {
    return this.isoDate();
  }
  moment(): Moment {
    return {
      ...this.fields(),
      hour: 0,
      minute: 0,
      second: 0,
      micro: 0,
      offset: null,
      tzname: null,
    };
  }
  fields() {
    return { year: this.year, month: this.month, day: this.day };
  }
  override eq(o: PyValue): boolean {
    return o instanceof DateObj && !(o instanceof DateTimeObj) && o.ord === this.ord;
  }
  override compare(o: PyValue): number | undefined {
    if (o instanceof DateTimeObj)
      throw pyErr(E.TypeError, "can't compare datetime.datetime to datetime.date");
    if (!(o instanceof DateObj)) return undefined;
    return Math.sign(this.ord - o.ord);
  }
  override hashKey(): string {
    return `date:${this.ord}`;
  }
  override binop(op: string, o: PyValue, reflected: boolean): PyValue | undefined {
    if (o instanceof Delta) {
      if (op === '+' || (op === '-' && !reflected)) {
        const days = Number(o.days) * (op === '-' ? -1 : 1);
        return this.k.fromOrd(this.ord + days);
      }
      return undefined;
    }
    if (op === '-' && o instanceof DateObj && !(o instanceof DateTimeObj)) {
      const d = BigInt(reflected ? o.ord - this.ord : this.ord - o.ord);
      return this.k.delta(d * US_DAY);
    }
    return undefined;
  }
  override formatSpec(spec: string): string {
    return spec === '' ? this.toStr() : strftime(spec, this.moment());
  }
}

export class DateTimeObj extends DateObj {
  constructor(
    k: Kit,
    year: number,
    month: number,
    day: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly micro: number,
    readonly tz: Tz | null,
  ) {
    super(k, year, month, day);
  }
  override get cls(): ClassLike {
    return this.k.datetime;
  }
  override get typeName(): string {
    return 'datetime.datetime';
  }
  /** Microseconds since 0001-01-01 as written (the offset not applied). */
  get local(): bigint {
    return (
      BigInt(this.ord) * US_DAY +
      BigInt(this.hour * 3600 + this.minute * 60 + this.second) * US_SEC +
      BigInt(this.micro)
    );
  }
  /** The same instant in UTC, for aware values; the local value for naive ones. */
  get utc(): bigint {
    return this.local - (this.tz?.offset ?? 0n);
  }
  override repr(): string {
    const f = [this.year, this.month, this.day, this.hour, this.minute];
    if (this.second || this.micro) f.push(this.second);
    if (this.micro) f.push(this.micro);
    const tz = this.tz ? `, tzinfo=${this.tz.repr()}` : '';
    return `datetime.datetime(${f.join(', ')}${tz})`;
  }
  iso(sep: string, timespec = 'auto'): string {
    return `${this.isoDate()}${sep}${timeIso(this, timespec)}${this.tz ? offsetText(this.tz.offset, ':') : ''}`;
  }
  override toStr(): string {
    return this.iso(' ');
  }
  override moment(): Moment {
    return {
      ...this.fields(),
      hour: this.hour,
      minute: this.minute,
      second: this.second,
      micro: this.micro,
      offset: this.tz ? Number(this.tz.offset / US_SEC) : null,
      tzname: this.tz ? this.tz.tzname() : null,
    };
  }
  override eq(o: PyValue): boolean {
    if (!(o instanceof DateTimeObj)) return false;
    if (!this.tz !== !o.tz) return false;
    return this.utc === o.utc;
  }
  override compare(o: PyValue): number | undefined {
    if (!(o instanceof DateObj)) return undefined;
    if (!(o instanceof DateTimeObj))
      throw pyErr(E.TypeError, "can't compare datetime.datetime to datetime.date");
    if (!this.tz !== !o.tz)
      throw pyErr(E.TypeError, "can't compare offset-naive and offset-aware datetimes");
    return this.utc < o.utc ? -1 : this.utc > o.utc ? 1 : 0;
  }
  override hashKey(): string {
    return `dt:${this.utc}`;
  }
  override binop(op: string, o: PyValue, reflected: boolean): PyValue | undefined {
    if (o instanceof Delta) {
      if (op === '+' || (op === '-' && !reflected))
        return this.k.fromLocal(this.local + (op === '-' ? -o.us : o.us), this.tz);
      return undefined;
    }
    if (op === '-' && o instanceof DateTimeObj) {
      if (!this.tz !== !o.tz)
        throw pyErr(E.TypeError, "can't subtract offset-naive and offset-aware datetimes");
      const d = this.utc - o.utc;
      return this.k.delta(reflected ? -d : d);
    }
    return undefined;
  }
}

function timeIso(
  t: { hour: number; minute: number; second: number; micro: number },
  timespec: string,
): string {
  const hm = `${pad(t.hour)}:${pad(t.minute)}`;
  const hms = `${hm}:${pad(t.second)}`;
  switch (timespec) {
    case 'auto':
      return t.micro ? `${hms}.${pad(t.micro, 6)}` : hms;
    case 'hours':
      return pad(t.hour);
    case 'minutes':
      return hm;
    case 'seconds':
      return hms;
    case 'milliseconds':
      return `${hms}.${pad(Math.floor(t.micro / 1000), 3)}`;
    case 'microseconds':
      return `${hms}.${pad(t.micro, 6)}`;
  }
  throw pyErr(E.ValueError, 'Unknown timespec value');
}

export class TimeObj extends NativeObject {
  constructor(
    readonly k: Kit,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly micro: number,
    readonly tz: Tz | null,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.k.time;
  }
  override get typeName(): string {
    return 'datetime.time';
  }
  get us(): bigint {
    return BigInt(this.hour * 3600 + this.minute * 60 + this.second) * US_SEC + BigInt(this.micro);
  }
  repr(): string {
    const f = [this.hour, this.minute];
    if (this.second || this.micro) f.push(this.second);
    if (this.micro) f.push(this.micro);
    const tz = this.tz ? `, tzinfo=${this.tz.repr()}` : '';
    return `datetime.time(${f.join(', ')}${tz})`;
  }
  iso(timespec = 'auto'): string {
    return timeIso(this, timespec) + (this.tz ? offsetText(this.tz.offset, ':') : '');
  }
  override toStr(): string {
    return this.iso();
  }
  moment(): Moment {
    return {
      year: 1900,
      month: 1,
      day: 1,
      hour: this.hour,
      minute: this.minute,
      second: this.second,
      micro: this.micro,
      offset: this.tz ? Number(this.tz.offset / US_SEC) : null,
      tzname: this.tz ? this.tz.tzname() : null,
    };
  }
  override eq(o: PyValue): boolean {
    return (
      o instanceof TimeObj &&
      o.us - (o.tz?.offset ?? 0n) === this.us - (this.tz?.offset ?? 0n) &&
      !o.tz === !this.tz
    );
  }
  override compare(o: PyValue): number | undefined {
    if (!(o instanceof TimeObj)) return undefined;
    if (!this.tz !== !o.tz)
      throw pyErr(E.TypeError, "can't compare offset-naive and offset-aware times");
    const a = this.us - (this.tz?.offset ?? 0n);
    const b = o.us - (o.tz?.offset ?? 0n);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  override hashKey(): string {
    return `time:${this.us - (this.tz?.offset ?? 0n)}`;
  }
  override formatSpec(spec: string): string {
    return spec === '' ? this.toStr() : strftime(spec, this.moment());
  }
}

// ---- the module ----

/** The module's classes and constructors, shared by every value it makes. */
export class Kit {
  readonly timedelta: NativeClass<Delta>;
  readonly timezone: NativeClass<Tz>;
  readonly tzinfo: NativeClass<Tz>;
  readonly date: NativeClass<DateObj>;
  readonly datetime: NativeClass<DateTimeObj>;
  readonly time: NativeClass<TimeObj>;
  readonly isoCal = structSeqClass('datetime.IsoCalendarDate', ['year', 'week', 'weekday']);
  readonly utc: Tz;

  constructor(readonly s: StdlibServices) {
    this.timedelta = new NativeClass<Delta>('timedelta', 'datetime', {
      spec: ['days=', 'seconds=', 'microseconds=', 'milliseconds=', 'minutes=', 'hours=', 'weeks='],
      make: (a) => this.deltaOf(a),
    });
    this.tzinfo = new NativeClass<Tz>('tzinfo', 'datetime');
    this.timezone = new NativeClass<Tz>(
      'timezone',
      'datetime',
      { spec: ['offset', 'name='], make: (a) => this.tzOf(a) },
      this.tzinfo.type,
    );
    this.date = new NativeClass<DateObj>('date', 'datetime', {
      spec: ['year', 'month', 'day'],
      make: (a) => this.makeDate(intArg(a, 'year'), intArg(a, 'month'), intArg(a, 'day')),
    });
    this.datetime = new NativeClass<DateTimeObj>(
      'datetime',
      'datetime',
      {
        spec: [
          'year',
          'month',
          'day',
          'hour=',
          'minute=',
          'second=',
          'microsecond=',
          'tzinfo=',
          '*',
          'fold=',
        ],
        make: (a) =>
          this.makeDateTime(
            intArg(a, 'year'),
            intArg(a, 'month'),
            intArg(a, 'day'),
            intArg(a, 'hour', 0),
            intArg(a, 'minute', 0),
            intArg(a, 'second', 0),
            intArg(a, 'microsecond', 0),
            tzArg(a.get('tzinfo')),
          ),
      },
      this.date.type,
    );
    this.time = new NativeClass<TimeObj>('time', 'datetime', {
      spec: ['hour=', 'minute=', 'second=', 'microsecond=', 'tzinfo=', '*', 'fold='],
      make: (a) => {
        const [h, mi, sec, us] = [
          intArg(a, 'hour', 0),
          intArg(a, 'minute', 0),
          intArg(a, 'second', 0),
          intArg(a, 'microsecond', 0),
        ];
        checkTime(h, mi, sec, us);
        return new TimeObj(this, h, mi, sec, us, tzArg(a.get('tzinfo')));
      },
    });
    this.utc = new Tz(this, 0n, null);
    this.defineDelta();
    this.defineTz();
    this.defineDate(this.date, false);
    this.defineDate(this.datetime as unknown as NativeClass<DateObj>, true);
    this.defineDateTime();
    this.defineTime();
  }

  delta(us: bigint): Delta {
    return new Delta(this, us);
  }

  private deltaOf(a: Args): Delta {
    const units: [string, bigint][] = [
      ['days', US_DAY],
      ['seconds', US_SEC],
      ['microseconds', 1n],
      ['milliseconds', 1000n],
      ['minutes', 60n * US_SEC],
      ['hours', 3600n * US_SEC],
      ['weeks', 7n * US_DAY],
    ];
    let exact = 0n;
    // Float parts are summed as exact ratios and rounded once, half to even, as CPython does.
    let num = 0n;
    let den = 1n;
    for (const [name, scale] of units) {
      const v = a.get(name);
      if (v === undefined) continue;
      if (typeof v === 'bigint') exact += v * scale;
      else if (typeof v === 'boolean') exact += v ? scale : 0n;
      else if (typeof v === 'number') {
        const [n, d] = floatRatio(v);
        num = num * d + n * scale * den;
        den *= d;
      } else
        throw pyErr(
          E.TypeError,
          `unsupported type for timedelta ${name} component: ${typeName(v)}`,
        );
    }
    return this.delta(exact + (num === 0n ? 0n : divRound(num, den)));
  }

  private tzOf(a: Args): Tz {
    const off = a.get('offset');
    if (!(off instanceof Delta))
      throw pyErr(
        E.TypeError,
        `timezone() argument 1 must be datetime.timedelta, not ${typeName(off ?? null)}`,
      );
    const name = a.get('name');
    if (name !== undefined && typeof name !== 'string')
      throw pyErr(E.TypeError, `timezone() argument 2 must be str, not ${typeName(name)}`);
    if (off.us <= -24n * 3600n * US_SEC || off.us >= 24n * 3600n * US_SEC)
      throw pyErr(
        E.ValueError,
        `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${off.repr()}.`,
      );
    if (off.us === 0n && name === undefined) return this.utc;
    return new Tz(this, off.us, name ?? null);
  }

  makeDate(y: number, m: number, d: number): DateObj {
    checkDate(y, m, d);
    return new DateObj(this, y, m, d);
  }

  makeDateTime(
    y: number,
    m: number,
    d: number,
    h: number,
    mi: number,
    s: number,
    us: number,
    tz: Tz | null,
  ): DateTimeObj {
    checkDate(y, m, d);
    checkTime(h, mi, s, us);
    return new DateTimeObj(this, y, m, d, h, mi, s, us, tz);
  }

  fromOrd(n: number): DateObj {
    if (n < 1 || n > ymdToOrd(MAXYEAR, 12, 31))
      throw pyErr(E.OverflowError, 'date value out of range');
    const [y, m, d] = ordToYmd(n);
    return new DateObj(this, y, m, d);
  }

  /** A datetime from microseconds since 0001-01-01 (local to `tz`). */
  fromLocal(us: bigint, tz: Tz | null): DateTimeObj {
    const days = floorDiv(us, US_DAY);
    if (days < 1n || days > BigInt(ymdToOrd(MAXYEAR, 12, 31)))
      throw pyErr(E.OverflowError, 'date value out of range');
    const [y, m, d] = ordToYmd(Number(days));
    const rest = floorMod(us, US_DAY);
    const secs = Number(rest / US_SEC);
    return new DateTimeObj(
      this,
      y,
      m,
      d,
      Math.floor(secs / 3600),
      Math.floor((secs % 3600) / 60),
      secs % 60,
      Number(rest % US_SEC),
      tz,
    );
  }

  /** Microseconds since 0001-01-01 UTC of a POSIX timestamp, rounded as CPython does. */
  private usOfTimestamp(ts: PyValue | undefined): bigint {
    if (typeof ts === 'bigint') return (BigInt(EPOCH_ORD) * 86400n + ts) * US_SEC;
    if (typeof ts === 'boolean') return this.usOfTimestamp(ts ? 1n : 0n);
    if (typeof ts !== 'number')
      throw pyErr(
        E.TypeError,
        `'${typeName(ts ?? null)}' object cannot be interpreted as an integer`,
      );
    const whole = Math.trunc(ts);
    let us = Math.round((ts - whole) * 1e6);
    // round() here is half-away; CPython rounds half to even: fix the exact halves.
    const exact = (ts - whole) * 1e6;
    if (Math.abs(exact % 1) === 0.5 && us % 2 !== 0) us -= Math.sign(exact);
    return (BigInt(EPOCH_ORD) * 86400n + BigInt(whole)) * US_SEC + BigInt(us);
  }

  nowUs(): bigint {
    return BigInt(EPOCH_ORD) * US_DAY + BigInt(Math.round(nowMillis(this.s) * 1000));
  }

  atUtc(utcUs: bigint, tz: Tz | null): DateTimeObj {
    return this.fromLocal(utcUs + (tz?.offset ?? 0n), tz);
  }

  private fromIsoDate(s: string, text: string): DateObj {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
    if (!m) throw pyErr(E.ValueError, `Invalid isoformat string: ${strRepr(text)}`);
    return this.makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }

  private fromIsoDateTime(text: string): DateTimeObj {
    const bad = () => pyErr(E.ValueError, `Invalid isoformat string: ${strRepr(text)}`);
    const datePart = text.length >= 10 && text[4] === '-' ? text.slice(0, 10) : text.slice(0, 8);
    const d = this.fromIsoDate(datePart, text);
    let rest = text.slice(datePart.length);
    if (!rest) return this.makeDateTime(d.year, d.month, d.day, 0, 0, 0, 0, null);
    rest = rest.slice(1);
    const m =
      /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?$/.exec(
        rest,
      );
    if (!m) throw bad();
    const micro = m[4] ? Number(m[4].slice(0, 6).padEnd(6, '0')) : 0;
    let tz: Tz | null = null;
    if (m[5]) {
      if (m[5] === 'Z') tz = this.utc;
      else {
        const z = m[5].replaceAll(':', '');
        const sign = z[0] === '-' ? -1n : 1n;
        const secs = BigInt(
          Number(z.slice(1, 3)) * 3600 +
            Number(z.slice(3, 5) || 0) * 60 +
            Number(z.slice(5, 7) || 0),
        );
        const off = sign * secs * US_SEC;
        tz = off === 0n ? this.utc : new Tz(this, off, null);
      }
    }
    try {
      return this.makeDateTime(
        d.year,
        d.month,
        d.day,
        Number(m[1]),
        Number(m[2] ?? 0),
        Number(m[3] ?? 0),
        micro,
        tz,
      );
    } catch {
      throw bad();
    }
  }

  private defineDelta(): void {
    const c = this.timedelta;
    c.prop('days', (t) => t.days)
      .prop('seconds', (t) => t.seconds)
      .prop('microseconds', (t) => t.micro)
      .method('total_seconds', [], (t) => Number(t.us) / 1e6)
      .method('__str__', [], (t) => t.toStr())
      .static('min', this.delta(-MAX_DAYS * US_DAY))
      .static('max', this.delta(MAX_DAYS * US_DAY + US_DAY - 1n))
      .static('resolution', this.delta(1n));
  }

  private defineTz(): void {
    const c = this.timezone;
    c.method('utcoffset', ['dt'], (t) => this.delta(t.offset))
      .method('tzname', ['dt'], (t) => t.tzname())
      .method('dst', ['dt'], () => null)
      .static('utc', this.utc)
      .static('min', new Tz(this, -(24n * 3600n * US_SEC) + 60n * US_SEC, null))
      .static('max', new Tz(this, 24n * 3600n * US_SEC - 60n * US_SEC, null));
  }

  private defineDate(c: NativeClass<DateObj>, isDateTime: boolean): void {
    const make = (ord: number, from?: DateObj): DateObj => {
      const d = this.fromOrd(ord);
      if (!isDateTime) return d;
      const t = from instanceof DateTimeObj ? from : undefined;
      return new DateTimeObj(
        this,
        d.year,
        d.month,
        d.day,
        t?.hour ?? 0,
        t?.minute ?? 0,
        t?.second ?? 0,
        t?.micro ?? 0,
        t?.tz ?? null,
      );
    };
    c.prop('year', (d) => BigInt(d.year))
      .prop('month', (d) => BigInt(d.month))
      .prop('day', (d) => BigInt(d.day))
      .method('toordinal', [], (d) => BigInt(d.ord))
      .method('weekday', [], (d) => BigInt((d.ord + 6) % 7))
      .method('isoweekday', [], (d) => BigInt(((d.ord + 6) % 7) + 1))
      .method('isocalendar', [], (d) => {
        const [y, w, wd] = isoCalendar(d.year, d.ord);
        return new StructSeq(this.isoCal, [BigInt(y), BigInt(w), BigInt(wd)]);
      })
      .method('strftime', ['format'], (d, a) => {
        const f = a.get('format');
        if (typeof f !== 'string')
          throw pyErr(E.TypeError, `strftime() argument 1 must be str, not ${typeName(f ?? null)}`);
        return strftime(f, d.moment());
      })
      .method('__format__', ['fmt'], (d, a) => d.formatSpec(String(a.get('fmt'))))
      .method('ctime', [], (d) => strftime('%a %b %e %H:%M:%S %Y', d.moment()))
      .method('timetuple', [], (d) => this.structTime(d.moment()));
    if (!isDateTime) {
      c.method('isoformat', [], (d) => d.isoDate())
        .method('__str__', [], (d) => d.isoDate())
        .method('replace', ['year=', 'month=', 'day='], (d, a) =>
          this.makeDate(
            intArg(a, 'year', d.year),
            intArg(a, 'month', d.month),
            intArg(a, 'day', d.day),
          ),
        )
        .static(
          'today',
          fn('date.today', [], () => {
            const n = this.atUtc(this.nowUs(), null);
            return new DateObj(this, n.year, n.month, n.day);
          }),
        )
        .static('min', new DateObj(this, 1, 1, 1))
        .static('max', new DateObj(this, MAXYEAR, 12, 31))
        .static('resolution', this.delta(US_DAY));
    }
    c.static(
      'fromordinal',
      fn(`${c.name}.fromordinal`, ['ordinal'], (a) => make(intArg(a, 'ordinal'))),
    )
      .static(
        'fromtimestamp',
        fn(`${c.name}.fromtimestamp`, isDateTime ? ['timestamp', 'tz='] : ['timestamp'], (a) => {
          const tz = tzArg(a.get('tz'));
          const dt = this.atUtc(this.usOfTimestamp(a.get('timestamp')), tz);
          return isDateTime ? dt : new DateObj(this, dt.year, dt.month, dt.day);
        }),
      )
      .static(
        'fromisocalendar',
        fn(`${c.name}.fromisocalendar`, ['year', 'week', 'day'], (a) => {
          const [y, w, d] = [intArg(a, 'year'), intArg(a, 'week'), intArg(a, 'day')];
          if (y < MINYEAR || y > MAXYEAR) throw pyErr(E.ValueError, `Year is out of range: ${y}`);
          const weeks = isoCalendar(y, ymdToOrd(y, 12, 28))[1];
          if (w < 1 || w > weeks) throw pyErr(E.ValueError, `Invalid week: ${w}`);
          if (d < 1 || d > 7) throw pyErr(E.ValueError, `Invalid day: ${d} (range is [1, 7])`);
          return make(week1Monday(y) + (w - 1) * 7 + d - 1);
        }),
      )
      .static(
        'fromisoformat',
        fn(`${c.name}.fromisoformat`, ['date_string'], (a) => {
          const s = a.get('date_string');
          if (typeof s !== 'string')
            throw pyErr(E.TypeError, `fromisoformat: argument must be str`);
          return isDateTime ? this.fromIsoDateTime(s) : this.fromIsoDate(s, s);
        }),
      );
  }

  structTime(m: Moment): StructSeq {
    return new StructSeq(this.structTimeClass, [
      BigInt(m.year),
      BigInt(m.month),
      BigInt(m.day),
      BigInt(m.hour),
      BigInt(m.minute),
      BigInt(m.second),
      BigInt((ymdToOrd(m.year, m.month, m.day) + 6) % 7),
      BigInt(ymdToOrd(m.year, m.month, m.day) - ymdToOrd(m.year, 1, 1) + 1),
      -1n,
    ]);
  }

  readonly structTimeClass = structSeqClass(
    'time.struct_time',
    [
      'tm_year',
      'tm_mon',
      'tm_mday',
      'tm_hour',
      'tm_min',
      'tm_sec',
      'tm_wday',
      'tm_yday',
      'tm_isdst',
    ],
    'time',
  );

  private defineDateTime(): void {
    const c = this.datetime;
    const str = (a: Args, name: string) => {
      const v = a.get(name);
      if (typeof v !== 'string')
        throw pyErr(
          E.TypeError,
          `strptime() argument ${name === 'date_string' ? 1 : 2} must be str, not ${typeName(v ?? null)}`,
        );
      return v;
    };
    c.prop('hour', (d) => BigInt(d.hour))
      .prop('minute', (d) => BigInt(d.minute))
      .prop('second', (d) => BigInt(d.second))
      .prop('microsecond', (d) => BigInt(d.micro))
      .prop('tzinfo', (d) => d.tz)
      .prop('fold', () => 0n)
      .method('isoformat', ['sep=', 'timespec='], (d, a) => {
        const sep = a.get('sep') ?? 'T';
        if (typeof sep !== 'string' || sep.length !== 1)
          throw pyErr(
            E.TypeError,
            `isoformat() argument 1 must be a unicode character, not ${typeName(sep)}`,
          );
        const ts = a.get('timespec') ?? 'auto';
        return d.iso(sep, typeof ts === 'string' ? ts : '');
      })
      .method('__str__', [], (d) => d.toStr())
      .method('date', [], (d) => new DateObj(this, d.year, d.month, d.day))
      .method('time', [], (d) => new TimeObj(this, d.hour, d.minute, d.second, d.micro, null))
      .method('timetz', [], (d) => new TimeObj(this, d.hour, d.minute, d.second, d.micro, d.tz))
      .method('utcoffset', [], (d) => (d.tz ? this.delta(d.tz.offset) : null))
      .method('tzname', [], (d) => (d.tz ? d.tz.tzname() : null))
      .method('dst', [], () => null)
      .method('timestamp', [], (d) => Number(d.utc - BigInt(EPOCH_ORD) * US_DAY) / 1e6)
      .method(
        'replace',
        [
          'year=',
          'month=',
          'day=',
          'hour=',
          'minute=',
          'second=',
          'microsecond=',
          'tzinfo=',
          '*',
          'fold=',
        ],
        (d, a) =>
          this.makeDateTime(
            intArg(a, 'year', d.year),
            intArg(a, 'month', d.month),
            intArg(a, 'day', d.day),
            intArg(a, 'hour', d.hour),
            intArg(a, 'minute', d.minute),
            intArg(a, 'second', d.second),
            intArg(a, 'microsecond', d.micro),
            a.has('tzinfo') ? tzArg(a.get('tzinfo')) : d.tz,
          ),
      )
      .method('astimezone', ['tz='], (d, a) => {
        const tz = tzArg(a.get('tz')) ?? new Tz(this, 0n, 'UTC');
        return this.atUtc(d.utc, tz);
      })
      .method('utctimetuple', [], (d) => {
        const u = this.atUtc(d.utc, null);
        const st = this.structTime(u.moment());
        return new StructSeq(this.structTimeClass, [...st.tuple.items.slice(0, 8), 0n]);
      })
      .static(
        'now',
        fn('datetime.now', ['tz='], (a) => this.atUtc(this.nowUs(), tzArg(a.get('tz')))),
      )
      .static(
        'utcnow',
        fn('datetime.utcnow', [], () => this.atUtc(this.nowUs(), null)),
      )
      .static(
        'today',
        fn('datetime.today', [], () => this.atUtc(this.nowUs(), null)),
      )
      .static(
        'utcfromtimestamp',
        fn('datetime.utcfromtimestamp', ['timestamp'], (a) =>
          this.atUtc(this.usOfTimestamp(a.get('timestamp')), null),
        ),
      )
      .static(
        'strptime',
        fn('datetime.strptime', ['date_string', 'format'], (a) => {
          const p = strptime(str(a, 'date_string'), str(a, 'format'));
          let tz: Tz | null = null;
          if (p.offset !== null) {
            const off = BigInt(p.offset) * US_SEC + BigInt(p.offsetMicro);
            tz = off === 0n && p.tzname === null ? this.utc : new Tz(this, off, p.tzname);
          }
          return this.makeDateTime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.micro, tz);
        }),
      )
      .static(
        'combine',
        fn('datetime.combine', ['date', 'time', 'tzinfo='], (a) => {
          const d = a.get('date');
          const t = a.get('time');
          if (!(d instanceof DateObj))
            throw pyErr(
              E.TypeError,
              `combine() argument 1 must be datetime.date, not ${typeName(d ?? null)}`,
            );
          if (!(t instanceof TimeObj))
            throw pyErr(
              E.TypeError,
              `combine() argument 2 must be datetime.time, not ${typeName(t ?? null)}`,
            );
          const tz = a.has('tzinfo') ? tzArg(a.get('tzinfo')) : t.tz;
          return new DateTimeObj(
            this,
            d.year,
            d.month,
            d.day,
            t.hour,
            t.minute,
            t.second,
            t.micro,
            tz,
          );
        }),
      )
      .static('min', new DateTimeObj(this, 1, 1, 1, 0, 0, 0, 0, null))
      .static('max', new DateTimeObj(this, MAXYEAR, 12, 31, 23, 59, 59, 999999, null))
      .static('resolution', this.delta(1n));
  }

  private defineTime(): void {
    this.time
      .prop('hour', (t) => BigInt(t.hour))
      .prop('minute', (t) => BigInt(t.minute))
      .prop('second', (t) => BigInt(t.second))
      .prop('microsecond', (t) => BigInt(t.micro))
      .prop('tzinfo', (t) => t.tz)
      .prop('fold', () => 0n)
      .method('isoformat', ['timespec='], (t, a) => {
        const ts = a.get('timespec') ?? 'auto';
        return t.iso(typeof ts === 'string' ? ts : '');
      })
      .method('__str__', [], (t) => t.toStr())
      .method('strftime', ['format'], (t, a) => strftime(String(a.get('format')), t.moment()))
      .method('__format__', ['fmt'], (t, a) => t.formatSpec(String(a.get('fmt'))))
      .method('utcoffset', [], (t) => (t.tz ? this.delta(t.tz.offset) : null))
      .method('tzname', [], (t) => (t.tz ? t.tz.tzname() : null))
      .method(
        'replace',
        ['hour=', 'minute=', 'second=', 'microsecond=', 'tzinfo=', '*', 'fold='],
        (t, a) => {
          const [h, mi, sec, us] = [
            intArg(a, 'hour', t.hour),
            intArg(a, 'minute', t.minute),
            intArg(a, 'second', t.second),
            intArg(a, 'microsecond', t.micro),
          ];
          checkTime(h, mi, sec, us);
          return new TimeObj(this, h, mi, sec, us, a.has('tzinfo') ? tzArg(a.get('tzinfo')) : t.tz);
        },
      )
      .static('min', new TimeObj(this, 0, 0, 0, 0, null))
      .static('max', new TimeObj(this, 23, 59, 59, 999999, null))
      .static('resolution', this.delta(1n))
      .static(
        'fromisoformat',
        fn('time.fromisoformat', ['time_string'], (a) => {
          const s = a.get('time_string');
          if (typeof s !== 'string')
            throw pyErr(E.TypeError, 'fromisoformat: argument must be str');
          const dt = this.fromIsoDateTime(`2000-01-01T${s}`);
          return new TimeObj(this, dt.hour, dt.minute, dt.second, dt.micro, dt.tz);
        }),
      );
  }
}

function tzArg(v: PyValue | undefined): Tz | null {
  if (v === undefined || v === null) return null;
  if (v instanceof Tz) return v;
  throw pyErr(
    E.TypeError,
    `tzinfo argument must be None or of a tzinfo subclass, not type '${typeName(v)}'`,
  );
}

/** The ordinal of the Monday of ISO week 1 of year `y`. */
function week1Monday(y: number): number {
  const first = ymdToOrd(y, 1, 1);
  const wd = (first + 6) % 7;
  let monday = first - wd;
  if (wd > 3) monday += 7;
  return monday;
}

/** ISO year, week and weekday (CPython's date.isocalendar). */
function isoCalendar(year: number, ord: number): [number, number, number] {
  let y = year;
  let w1 = week1Monday(y);
  let week = Math.floor((ord - w1) / 7);
  let day = (ord - w1) % 7;
  if (ord < w1) {
    y -= 1;
    w1 = week1Monday(y);
    week = Math.floor((ord - w1) / 7);
    day = (ord - w1) % 7;
  } else if (week >= 52 && ord >= week1Monday(y + 1)) {
    y += 1;
    week = 0;
    day = (ord - week1Monday(y)) % 7;
  }
  return [y, week + 1, day + 1];
}

export function makeDatetimeModule(s: StdlibServices) {
  const k = new Kit(s);
  return makeModule('datetime', {
    date: k.date.type,
    datetime: k.datetime.type,
    time: k.time.type,
    timedelta: k.timedelta.type,
    timezone: k.timezone.type,
    tzinfo: k.tzinfo.type,
    UTC: k.utc,
    MINYEAR: BigInt(MINYEAR),
    MAXYEAR: BigInt(MAXYEAR),
  });
}
