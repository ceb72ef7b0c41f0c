// The `shlex` module: POSIX shell splitting (quotes, escapes, comments), quote and join,
// with CPython's ValueError texts.

import { iterate } from '../interp/iteration';
import { E, pyErr } from '../values/exceptions';
import { PyList, type PyValue, STOP } from '../values/objects';
import { argBool, argStr, fn, makeModule } from './native';

export function shlexSplit(s: string, comments: boolean): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (has) out.push(cur);
      cur = '';
      has = false;
      i++;
    } else if (c === '#' && comments && !has) {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw pyErr(E.ValueError, 'No closing quotation');
      cur += s.slice(i + 1, end);
      has = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      has = true;
      for (;;) {
        if (i >= s.length) throw pyErr(E.ValueError, 'No closing quotation');
        const d = s[i];
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\' && i + 1 < s.length && '\\"$`\n'.includes(s[i + 1])) {
          cur += s[i + 1];
          i += 2;
        } else {
          cur += d;
          i++;
        }
      }
    } else if (c === '\\') {
      if (i + 1 >= s.length) throw pyErr(E.ValueError, 'No escaped character');
      cur += s[i + 1];
      has = true;
      i += 2;
    } else {
      cur += c;
      has = true;
      i++;
    }
  }
  if (has) out.push(cur);
  return out;
}

export function shlexQuote(s: string): string {
  if (!s) return "''";
  if (!/[^\w@%+=:,./-]/.test(s)) return s;
  return `'${s.replaceAll("'", `'"'"'`)}'`;
}

export function makeShlexModule() {
  return makeModule(
    'shlex',
    {
      split: fn('split', ['s', 'comments=', 'posix='], (a) => {
        const v = a.get('s');
        if (v === null || v === undefined) throw pyErr(E.ValueError, 's argument must not be None');
        if (!argBool(a, 'posix', true))
          throw pyErr(
            E.NotImplementedError,
            'not supported in the playground: shlex.split(posix=False)',
          );
        return new PyList(shlexSplit(argStr(a, 's'), argBool(a, 'comments', false)));
      }),
      quote: fn('quote', ['s'], (a) => shlexQuote(argStr(a, 's'))),
      join: fn('join', ['split_command'], (a, ctx) => {
        const parts: string[] = [];
        const pull = iterate(a.get('split_command')!);
        for (let x: PyValue | typeof STOP = pull(); x !== STOP; x = pull()) {
          ctx.tick();
          if (typeof x !== 'string')
            throw pyErr(E.TypeError, `expected string or bytes-like object, got '${typeof x}'`);
          parts.push(shlexQuote(x));
        }
        return parts.join(' ');
      }),
    },
    ['shlex'],
  );
}
