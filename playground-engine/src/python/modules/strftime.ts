// strftime for the C locale, as glibc formats it: shared by time, datetime and logging.
// The playground's clock is UTC (the world's clock), so local time is UTC.

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface Moment {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  micro: number;
  /** UTC offset in seconds, or null for a naive time. */
  offset: number | null;
  tzname: string | null;
}

export function momentOfMillis(ms: number): Moment {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    micro: Math.round((ms - Math.floor(ms / 1000) * 1000) * 1000) % 1000000,
    offset: null,
    tzname: null,
  };
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

export function weekday(m: Pick<Moment, 'year' | 'month' | 'day'>): number {
  return new Date(Date.UTC(m.year, m.month - 1, m.day)).getUTCDay();
}

export function dayOfYear(m: Pick<Moment, 'year' | 'month' | 'day'>): number {
  return Math.round((Date.UTC(m.year, m.month - 1, m.day) - Date.UTC(m.year, 0, 1)) / 86400000) + 1;
}

function offsetText(offset: number | null, colon: boolean): string {
  if (offset === null) return '';
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  const h = Math.floor(a / 3600);
  const mi = Math.floor((a % 3600) / 60);
  const s = a % 60;
  return `${sign}${pad(h)}${colon ? ':' : ''}${pad(mi)}${s ? `${colon ? ':' : ''}${pad(s)}` : ''}`;
}

export function strftime(fmt: string, m: Moment): string {
  const wd = weekday(m);
  const h12 = m.hour % 12 === 0 ? 12 : m.hour % 12;
  return fmt.replace(/%([a-zA-Z%])/g, (whole, c: string) => {
    switch (c) {
      case 'Y':
        return String(m.year);
      case 'y':
        return pad(m.year % 100);
      case 'm':
        return pad(m.month);
      case 'd':
        return pad(m.day);
      case 'e':
        return pad(m.day, 2, ' ');
      case 'H':
        return pad(m.hour);
      case 'I':
        return pad(h12);
      case 'M':
        return pad(m.minute);
      case 'S':
        return pad(m.second);
      case 'f':
        return pad(m.micro, 6);
      case 'p':
        return m.hour < 12 ? 'AM' : 'PM';
      case 'a':
        return DAYS[wd].slice(0, 3);
      case 'A':
        return DAYS[wd];
      case 'b':
      case 'h':
        return MONTHS[m.month - 1].slice(0, 3);
      case 'B':
        return MONTHS[m.month - 1];
      case 'j':
        return pad(dayOfYear(m), 3);
      case 'w':
        return String(wd);
      case 'u':
        return String(wd === 0 ? 7 : wd);
      case 'z':
        return offsetText(m.offset, false);
      case 'Z':
        return m.tzname ?? '';
      case 'c':
        return `${DAYS[wd].slice(0, 3)} ${MONTHS[m.month - 1].slice(0, 3)} ${pad(m.day, 2, ' ')} ${pad(m.hour)}:${pad(m.minute)}:${pad(m.second)} ${m.year}`;
      case 'x':
        return `${pad(m.month)}/${pad(m.day)}/${pad(m.year % 100)}`;
      case 'X':
      case 'T':
        return `${pad(m.hour)}:${pad(m.minute)}:${pad(m.second)}`;
      case 'D':
        return `${pad(m.month)}/${pad(m.day)}/${pad(m.year % 100)}`;
      case 'F':
        return `${m.year}-${pad(m.month)}-${pad(m.day)}`;
      case 'R':
        return `${pad(m.hour)}:${pad(m.minute)}`;
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '%':
        return '%';
      default:
        return whole;
    }
  });
}

export { offsetText };
