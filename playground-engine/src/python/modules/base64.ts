// The `base64` module: standard and URL-safe base64, base16 and base32 encodings of
// bytes (str accepted where CPython accepts ASCII str), with binascii.Error texts.

import { PyBytes } from '../values/bytes';
import { E, pyErr } from '../values/exceptions';
import { PyExc, PyType, type PyValue } from '../values/objects';
import { typeName } from '../values/typename';
import { fn, makeModule } from './native';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const bytesOf = (v: PyValue | undefined, _who: string, allowStr: boolean): Uint8Array => {
  if (v instanceof PyBytes) return v.data;
  if (allowStr && typeof v === 'string') {
    if ([...v].some((c) => c.charCodeAt(0) > 0x7f))
      throw pyErr(E.ValueError, 'string argument should contain only ASCII characters');
    return Uint8Array.from([...v].map((c) => c.charCodeAt(0)));
  }
  throw pyErr(E.TypeError, `a bytes-like object is required, not '${typeName(v ?? null)}'`);
};
const ascii = (s: string) => new PyBytes(Uint8Array.from([...s].map((c) => c.charCodeAt(0))));

function b64encode(d: Uint8Array, alt = '+/'): string {
  let out = '';
  for (let i = 0; i < d.length; i += 3) {
    const n = (d[i] << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((s) => (B64.slice(0, 62) + alt)[(n >> s) & 63]);
    const pad = i + 1 >= d.length ? 2 : i + 2 >= d.length ? 1 : 0;
    out += chars.slice(0, 4 - pad).join('') + '='.repeat(pad);
  }
  return out;
}

export function makeBase64Module() {
  const BinasciiError: PyType = new PyType(
    'Error',
    E.ValueError,
    (_c, args) => new PyExc(BinasciiError, args),
    'binascii',
  );
  const b64decode = (text: Uint8Array, alt: string, validate: boolean): PyBytes => {
    let s = String.fromCharCode(...text);
    if (alt !== '+/') s = s.replaceAll(alt[0], '+').replaceAll(alt[1], '/');
    if (validate && /[^A-Za-z0-9+/=]/.test(s))
      throw new PyExc(BinasciiError, ['Only base64 data is allowed']);
    s = s.replace(/[^A-Za-z0-9+/=]/g, '');
    const body = s.replace(/=+$/, '');
    const dataChars = s.replace(/=/g, '').length;
    if (dataChars % 4 === 1)
      throw new PyExc(BinasciiError, [
        `Invalid base64-encoded string: number of data characters (${dataChars}) cannot be 1 more than a multiple of 4`,
      ]);
    if (s.length % 4 !== 0 && body.length === s.length && dataChars % 4 !== 0)
      throw new PyExc(BinasciiError, ['Incorrect padding']);
    const out: number[] = [];
    let bits = 0;
    let acc = 0;
    for (const ch of body.replace(/=/g, '')) {
      acc = (acc << 6) | B64.indexOf(ch);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out.push((acc >> bits) & 0xff);
      }
    }
    return new PyBytes(Uint8Array.from(out));
  };
  return makeModule(
    'base64',
    {
      b64encode: fn('b64encode', ['s', 'altchars='], (a) => {
        const alt = a.get('altchars');
        return ascii(
          b64encode(
            bytesOf(a.get('s'), 'b64encode', false),
            alt instanceof PyBytes ? String.fromCharCode(...alt.data) : '+/',
          ),
        );
      }),
      b64decode: fn('b64decode', ['s', 'altchars=', 'validate='], (a) => {
        const alt = a.get('altchars');
        return b64decode(
          bytesOf(a.get('s'), 'b64decode', true),
          alt instanceof PyBytes ? String.fromCharCode(...alt.data) : '+/',
          a.get('validate') === true,
        );
      }),
      standard_b64encode: fn('standard_b64encode', ['s'], (a) =>
        ascii(b64encode(bytesOf(a.get('s'), '', false))),
      ),
      standard_b64decode: fn('standard_b64decode', ['s'], (a) =>
        b64decode(bytesOf(a.get('s'), '', true), '+/', false),
      ),
      urlsafe_b64encode: fn('urlsafe_b64encode', ['s'], (a) =>
        ascii(b64encode(bytesOf(a.get('s'), '', false), '-_')),
      ),
      urlsafe_b64decode: fn('urlsafe_b64decode', ['s'], (a) =>
        b64decode(bytesOf(a.get('s'), '', true), '-_', false),
      ),
      b16encode: fn('b16encode', ['s'], (a) =>
        ascii(
          [...bytesOf(a.get('s'), '', false)]
            .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
            .join(''),
        ),
      ),
      b16decode: fn('b16decode', ['s', 'casefold='], (a) => {
        let s = String.fromCharCode(...bytesOf(a.get('s'), '', true));
        if (a.get('casefold') === true) s = s.toUpperCase();
        if (s.length % 2) throw new PyExc(BinasciiError, ['Odd-length string']);
        if (/[^0-9A-F]/.test(s)) throw new PyExc(BinasciiError, ['Non-base16 digit found']);
        return new PyBytes(Uint8Array.from(s.match(/../g) ?? [], (h) => Number.parseInt(h, 16)));
      }),
      b32encode: fn('b32encode', ['s'], (a) => {
        const d = bytesOf(a.get('s'), '', false);
        let out = '';
        for (let i = 0; i < d.length; i += 5) {
          const chunk = [...d.slice(i, i + 5)];
          let n = 0n;
          for (let j = 0; j < 5; j++) n = (n << 8n) | BigInt(chunk[j] ?? 0);
          const chars = [...Array(8)].map((_, k) => B32[Number((n >> BigInt(35 - k * 5)) & 31n)]);
          const used = [0, 2, 4, 5, 7, 8][chunk.length];
          out += chars.slice(0, used).join('') + '='.repeat(8 - used);
        }
        return ascii(out);
      }),
      encodebytes: fn('encodebytes', ['s'], (a) => {
        const e = b64encode(bytesOf(a.get('s'), '', false));
        return ascii(`${(e.match(/.{1,76}/g) ?? []).join('\n')}\n`);
      }),
      decodebytes: fn('decodebytes', ['s'], (a) =>
        b64decode(bytesOf(a.get('s'), '', false), '+/', false),
      ),
    },
    [
      'b32decode',
      'b32hexencode',
      'b32hexdecode',
      'a85encode',
      'a85decode',
      'b85encode',
      'b85decode',
    ],
  );
}
