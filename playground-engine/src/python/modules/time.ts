// The `time` module over the run's clock (the world's clock): time(), the monotonic
// counters, sleep() that moves the clock instead of waiting, gmtime/localtime (local
// time is UTC in the playground), strftime, strptime and struct_time.

import { E, pyErr } from '../values/exceptions';
import { PyTuple, type PyValue } from '../values/objects';
import { typeName } from '../values/typename';
import { nowMillis, sleepMillis } from './clock';
import { Kit, daysInMonth, ymdToOrd } from './datetime';
import { type Args, StructSeq, fn, makeModule } from './native';
import type { StdlibServices } from './services';
import { type Moment, momentOfMillis, strftime } from './strftime';
import { strptime } from './strptime';

function seconds(v: PyValue | undefined, what: string): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw pyErr(E.TypeError, `'${typeName(v ?? null)}' object cannot be interpreted as ${what}`);
}

export function makeTimeModule(s: StdlibServices) {
  const k = new Kit(s);
  const st = k.structTimeClass;
  st.prop('tm_zone', () => 'UTC').prop('tm_gmtoff', () => 0n);
  const now = () => nowMillis(s) / 1000;
  const struct = (m: Moment) => {
    const t = k.structTime(m);
    return new StructSeq(st, [...t.tuple.items.slice(0, 8), 0n]);
  };
  const at = (a: Args) => {
    const v = a.get('seconds');
    const secs = v === undefined || v === null ? now() : seconds(v, 'an integer');
    return struct(momentOfMillis(Math.floor(secs) * 1000));
  };
  /** A struct_time or 9-tuple argument as a Moment, with CPython's checks. */
  const momentOf = (v: PyValue | undefined, name: string): Moment => {
    if (v === undefined || v === null) return momentOfMillis(Math.floor(now()) * 1000);
    const items = v instanceof StructSeq ? v.tuple.items : v instanceof PyTuple ? v.items : null;
    if (!items) throw pyErr(E.TypeError, `Tuple or struct_time argument required`);
    if (items.length !== 9) throw pyErr(E.TypeError, `${name}(): illegal time tuple argument`);
    const n = items.map((x) => seconds(x, 'an integer'));
    return {
      year: n[0],
      month: Math.min(Math.max(n[1], 1), 12),
      day: Math.min(Math.max(n[2], 1), 31),
      hour: n[3],
      minute: n[4],
      second: n[5],
      micro: 0,
      offset: 0,
      tzname: 'UTC',
    };
  };
  return makeModule(
    'time',
    {
      time: fn('time', [], () => now()),
      time_ns: fn('time_ns', [], () => BigInt(Math.round(nowMillis(s))) * 1_000_000n),
      monotonic: fn('monotonic', [], () => now()),
      monotonic_ns: fn('monotonic_ns', [], () => BigInt(Math.round(nowMillis(s))) * 1_000_000n),
      perf_counter: fn('perf_counter', [], () => now()),
      perf_counter_ns: fn(
        'perf_counter_ns',
        [],
        () => BigInt(Math.round(nowMillis(s))) * 1_000_000n,
      ),
      process_time: fn('process_time', [], () => 0.0),
      sleep: fn('sleep', ['secs'], (a) => {
        const secs = seconds(a.get('secs'), 'an integer');
        if (secs < 0) throw pyErr(E.ValueError, 'sleep length must be non-negative');
        sleepMillis(s, secs * 1000);
        return null;
      }),
      gmtime: fn('gmtime', ['seconds='], at),
      localtime: fn('localtime', ['seconds='], at),
      mktime: fn('mktime', ['t'], (a) => {
        const m = momentOf(a.get('t'), 'mktime');
        const days =
          ymdToOrd(m.year, m.month, Math.min(m.day, daysInMonth(m.year, m.month))) -
          ymdToOrd(1970, 1, 1);
        return days * 86400 + m.hour * 3600 + m.minute * 60 + m.second + 0.0;
      }),
      strftime: fn('strftime', ['format', 't='], (a) => {
        const f = a.get('format');
        if (typeof f !== 'string')
          throw pyErr(E.TypeError, `strftime() argument 1 must be str, not ${typeName(f ?? null)}`);
        return strftime(f, momentOf(a.get('t'), 'strftime'));
      }),
      strptime: fn('strptime', ['string', 'format='], (a) => {
        const text = a.get('string');
        const f = a.get('format') ?? '%a %b %d %H:%M:%S %Y';
        if (typeof text !== 'string')
          throw pyErr(
            E.TypeError,
            `strptime() argument 1 must be str, not ${typeName(text ?? null)}`,
          );
        if (typeof f !== 'string')
          throw pyErr(E.TypeError, `strptime() argument 2 must be str, not ${typeName(f)}`);
        const p = strptime(text, f);
        return struct({ ...p, micro: 0, offset: 0, tzname: 'UTC' });
      }),
      asctime: fn('asctime', ['t='], (a) =>
        strftime('%a %b %e %H:%M:%S %Y', momentOf(a.get('t'), 'asctime')),
      ),
      ctime: fn('ctime', ['seconds='], (a) => {
        const v = a.get('seconds');
        const secs = v === undefined || v === null ? now() : seconds(v, 'an integer');
        return strftime('%a %b %e %H:%M:%S %Y', momentOfMillis(Math.floor(secs) * 1000));
      }),
      struct_time: st.type,
      timezone: 0n,
      altzone: 0n,
      daylight: 0n,
      tzname: new PyTuple(['UTC', 'UTC']),
    },
    ['thread_time', 'thread_time_ns', 'clock_gettime', 'clock_settime', 'get_clock_info', 'tzset'],
  );
}
