// The `string` module: the character constants, capwords, and Template with
// CPython's $-substitution rules and errors.

import { E, keyError, pyErr } from '../values/exceptions';
import { hashKey } from '../values/hashing';
import { type PyDict, type PyInstance, PyList, type PyValue } from '../values/objects';
import { str } from '../values/repr';
import { method, nativeClass } from './classkit';
import { argStr, fn, makeModule, opt } from './native';
import type { StdlibServices } from './services';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const upper = lower.toUpperCase();
const digits = '0123456789';
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const whitespace = ' \t\n\r\x0b\x0c';

const PATTERN = /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\}|())/g;

export function makeStringModule(s: StdlibServices) {
  const rt = s.runtime();
  const field = (self: PyValue, k: string) =>
    (self as PyInstance).dict.map.get(hashKey(k))?.[1] ?? null;
  const substitute = (
    self: PyValue,
    args: PyValue[],
    kwargs: Map<string, PyValue> | null,
    safe: boolean,
  ) => {
    const template = field(self, 'template') as string;
    const mapping = args[0] as PyDict | undefined;
    const lookup = (name: string): PyValue | undefined => {
      if (kwargs?.has(name)) return kwargs.get(name);
      const e = mapping?.map.get(hashKey(name));
      return e ? e[1] : undefined;
    };
    return template.replace(PATTERN, (whole, esc, named, braced, invalid, offset: number) => {
      if (esc !== undefined) return '$';
      const name = named ?? braced;
      if (name !== undefined) {
        const v = lookup(name);
        if (v === undefined) {
          if (safe) return whole;
          throw keyError(name);
        }
        return str(v);
      }
      if (invalid !== undefined && !safe) {
        const before = template.slice(0, offset);
        const lineno = before.split('\n').length;
        const col = offset - before.lastIndexOf('\n');
        throw pyErr(E.ValueError, `Invalid placeholder in string: line ${lineno}, col ${col}`);
      }
      return whole;
    });
  };
  const Template = nativeClass(
    rt,
    'Template',
    {
      __init__: method('__init__', (_c, self, [template]) => {
        if (typeof template !== 'string')
          throw pyErr(E.TypeError, 'expected string or bytes-like object');
        (self as PyInstance).dict.map.set(hashKey('template'), ['template', template]);
        return null;
      }),
      substitute: method('substitute', (_c, self, args, kwargs) =>
        substitute(self, args, kwargs, false),
      ),
      safe_substitute: method('safe_substitute', (_c, self, args, kwargs) =>
        substitute(self, args, kwargs, true),
      ),
      get_identifiers: method('get_identifiers', (_c, self) => {
        const out: string[] = [];
        for (const m of (field(self, 'template') as string).matchAll(PATTERN)) {
          const n = m[2] ?? m[3];
          if (n && !out.includes(n)) out.push(n);
        }
        return new PyList(out);
      }),
      delimiter: '$',
    },
    { module: 'string' },
  );
  return makeModule(
    'string',
    {
      ascii_letters: lower + upper,
      ascii_lowercase: lower,
      ascii_uppercase: upper,
      digits,
      hexdigits: `${digits}abcdefABCDEF`,
      octdigits: '01234567',
      punctuation,
      whitespace,
      printable: digits + lower + upper + punctuation + whitespace,
      capwords: fn('capwords', ['s', 'sep='], (a) => {
        const text = argStr(a, 's');
        const sep = opt(a, 'sep');
        const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w);
        if (sep === undefined)
          return text
            .split(/[ \t\n\r\v\f]+/)
            .filter(Boolean)
            .map(cap)
            .join(' ');
        return text.split(String(sep)).map(cap).join(String(sep));
      }),
      Template,
    },
    ['Formatter'],
  );
}
