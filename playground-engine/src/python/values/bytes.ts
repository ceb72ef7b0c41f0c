// `bytes`, as far as scripts that hash or encode text need it: b"..." literals,
// str.encode(), bytes.decode(), len, indexing (ints), slicing, iteration, `+`, `==`,
// hex(), and CPython's repr (b'...'). Immutable; stored as a Uint8Array.

import { utf8 } from '../../text/hashes';
import { E, exceptionType, pyErr } from './exceptions';
import { PyBuiltin, PyHost, PyList, PyTuple, PyType, type PyValue, STOP } from './objects';
import { typeName } from './typename';

export class PyBytes extends PyHost {
  constructor(readonly data: Uint8Array) {
    super();
  }
  get typeName() {
    return 'bytes';
  }
  override get pyType(): PyType {
    return bytesType;
  }
  getAttr(name: string): PyValue | undefined {
    const m = BYTES_METHODS[name];
    return m ? m(this) : undefined;
  }
  repr(): string {
    const hasSingle = this.data.includes(0x27);
    const hasDouble = this.data.includes(0x22);
    const quote = hasSingle && !hasDouble ? '"' : "'";
    let out = `b${quote}`;
    for (const b of this.data) {
      const ch = String.fromCharCode(b);
      if (ch === quote || ch === '\\') out += `\\${ch}`;
      else if (b === 0x09) out += '\\t';
      else if (b === 0x0a) out += '\\n';
      else if (b === 0x0d) out += '\\r';
      else if (b < 0x20 || b >= 0x7f) out += `\\x${b.toString(16).padStart(2, '0')}`;
      else out += ch;
    }
    return out + quote;
  }
  override len(): number {
    return this.data.length;
  }
  override truthy(): boolean {
    return this.data.length > 0;
  }
  override iterate() {
    let i = 0;
    return () => (i < this.data.length ? BigInt(this.data[i++]) : STOP);
  }
  override getItem(key: PyValue): PyValue {
    if (typeof key !== 'bigint' && typeof key !== 'boolean')
      throw pyErr(E.TypeError, `byte indices must be integers or slices, not ${typeName(key)}`);
    let i = Number(key);
    if (i < 0) i += this.data.length;
    if (i < 0 || i >= this.data.length) throw pyErr(E.IndexError, 'index out of range');
    return BigInt(this.data[i]);
  }
  override contains(item: PyValue): boolean {
    if (typeof item === 'bigint') return this.data.includes(Number(item));
    if (item instanceof PyBytes) return indexOf(this.data, item.data) >= 0;
    throw pyErr(E.TypeError, `a bytes-like object is required, not '${typeName(item)}'`);
  }
  override eq(other: PyValue): boolean {
    return (
      other instanceof PyBytes &&
      other.data.length === this.data.length &&
      this.data.every((b, i) => b === other.data[i])
    );
  }
  override compare(other: PyValue): number | undefined {
    if (!(other instanceof PyBytes)) return undefined;
    const n = Math.min(this.data.length, other.data.length);
    for (let i = 0; i < n; i++)
      if (this.data[i] !== other.data[i]) return this.data[i] - other.data[i];
    return this.data.length - other.data.length;
  }
  override hashKey(): string {
    return `b:${hexOf(this.data)}`;
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue | undefined {
    if (op === '+' && other instanceof PyBytes) {
      const [a, b] = reflected ? [other.data, this.data] : [this.data, other.data];
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return new PyBytes(out);
    }
    if (op === '+' && !reflected)
      throw pyErr(E.TypeError, `can't concat ${typeName(other)} to bytes`);
    if (op === '*' && typeof other === 'bigint') {
      const n = Math.max(0, Number(other));
      const out = new Uint8Array(this.data.length * n);
      for (let i = 0; i < n; i++) out.set(this.data, i * this.data.length);
      return new PyBytes(out);
    }
    return undefined;
  }
  slice(start: number, step: number, count: number): PyBytes {
    const out = new Uint8Array(count);
    for (let k = 0, i = start; k < count; k++, i += step) out[k] = this.data[i];
    return new PyBytes(out);
  }
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export const hexOf = (d: Uint8Array) => [...d].map((b) => b.toString(16).padStart(2, '0')).join('');

const CODECS = ['utf-8', 'utf8', 'ascii', 'latin-1', 'latin1', 'iso-8859-1'];
const codec = (v: PyValue | undefined): string => {
  if (v === undefined || v === null) return 'utf-8';
  if (typeof v !== 'string')
    throw pyErr(E.TypeError, `encode() argument 'encoding' must be str, not ${typeName(v)}`);
  const c = v.toLowerCase().replace('_', '-');
  if (!CODECS.includes(c)) throw pyErr(E.LookupError, `unknown encoding: ${v}`);
  return c;
};

/** str.encode(encoding='utf-8'), with CPython's UnicodeEncodeError text for ascii/latin-1. */
export function encodeStr(s: string, encoding?: PyValue): PyBytes {
  const c = codec(encoding);
  if (c.startsWith('utf')) return new PyBytes(utf8(s));
  const limit = c === 'ascii' ? 128 : 256;
  const out: number[] = [];
  let pos = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= limit) {
      const name = c === 'ascii' ? 'ascii' : 'latin-1';
      const esc =
        cp > 0xffff
          ? `\\U${cp.toString(16).padStart(8, '0')}`
          : cp > 0xff
            ? `\\u${cp.toString(16).padStart(4, '0')}`
            : `\\x${cp.toString(16)}`;
      throw pyErr(
        unicodeEncodeError(),
        `'${name}' codec can't encode character '${esc}' in position ${pos}: ordinal not in range(${limit})`,
      );
    }
    out.push(cp);
    pos++;
  }
  return new PyBytes(Uint8Array.from(out));
}

let encodeErr: PyType | undefined;
let decodeErr: PyType | undefined;
const unicodeEncodeError = () => (encodeErr ??= exceptionType('UnicodeEncodeError')!);
const unicodeDecodeError = () => (decodeErr ??= exceptionType('UnicodeDecodeError')!);

export function decodeBytes(b: PyBytes, encoding?: PyValue): string {
  const c = codec(encoding);
  if (c.startsWith('utf')) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b.data);
    } catch {
      const i = b.data.findIndex((x) => x >= 0x80);
      throw pyErr(
        unicodeDecodeError(),
        `'utf-8' codec can't decode byte 0x${b.data[Math.max(i, 0)].toString(16)} in position ${Math.max(i, 0)}: invalid start byte`,
      );
    }
  }
  if (c === 'ascii') {
    const i = b.data.findIndex((x) => x >= 0x80);
    if (i >= 0)
      throw pyErr(
        unicodeDecodeError(),
        `'ascii' codec can't decode byte 0x${b.data[i].toString(16)} in position ${i}: ordinal not in range(128)`,
      );
  }
  return String.fromCharCode(...b.data);
}

type Method = (self: PyBytes) => PyValue;
const m =
  (name: string, f: (self: PyBytes, args: PyValue[]) => PyValue): Method =>
  (self) =>
    new PyBuiltin(name, (_c, args) => f(self, args), self);

const BYTES_METHODS: Record<string, Method> = {
  decode: m('decode', (s, [enc]) => decodeBytes(s, enc)),
  hex: m('hex', (s) => hexOf(s.data)),
  startswith: m(
    'startswith',
    (s, [p]) =>
      p instanceof PyBytes &&
      p.data.every((x, i) => s.data[i] === x) &&
      s.data.length >= p.data.length,
  ),
  endswith: m(
    'endswith',
    (s, [p]) =>
      p instanceof PyBytes &&
      s.data.length >= p.data.length &&
      p.data.every((x, i) => s.data[s.data.length - p.data.length + i] === x),
  ),
  upper: m('upper', (s) => new PyBytes(s.data.map((b) => (b >= 0x61 && b <= 0x7a ? b - 32 : b)))),
  lower: m('lower', (s) => new PyBytes(s.data.map((b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b)))),
  strip: m('strip', (s) => {
    let a = 0;
    let z = s.data.length;
    const ws = (b: number) => b === 32 || (b >= 9 && b <= 13);
    while (a < z && ws(s.data[a])) a++;
    while (z > a && ws(s.data[z - 1])) z--;
    return new PyBytes(s.data.slice(a, z));
  }),
  count: m('count', (s, [p]) => {
    if (!(p instanceof PyBytes)) return 0n;
    let n = 0;
    for (let i = 0; i + p.data.length <= s.data.length; ) {
      if (indexOf(s.data.subarray(i, i + p.data.length), p.data) === 0 && p.data.length) {
        n++;
        i += p.data.length;
      } else i++;
    }
    return BigInt(n);
  }),
  split: m('split', (s, [sep]) => {
    const text = String.fromCharCode(...s.data);
    const parts =
      sep instanceof PyBytes
        ? text.split(String.fromCharCode(...sep.data))
        : text.split(/\s+/).filter(Boolean);
    return new PyList(
      parts.map((t) => new PyBytes(Uint8Array.from([...t].map((ch) => ch.charCodeAt(0))))),
    );
  }),
};

/** bytes(...): from str with an encoding, an iterable of ints, a size, or nothing. */
export const bytesType: PyType = new PyType('bytes', null, (ctx, args, kwargs) => {
  const src = args[0] ?? kwargs?.get('source');
  const enc = args[1] ?? kwargs?.get('encoding');
  if (src === undefined) return new PyBytes(new Uint8Array());
  if (typeof src === 'string') {
    if (enc === undefined) throw pyErr(E.TypeError, 'string argument without an encoding');
    return encodeStr(src, enc);
  }
  if (typeof src === 'bigint') {
    if (src < 0n) throw pyErr(E.ValueError, 'negative count');
    return new PyBytes(new Uint8Array(Number(src)));
  }
  if (src instanceof PyBytes) return src;
  const out: number[] = [];
  const pull = src instanceof PyHost ? src.iterate() : undefined;
  const items = pull ? pull : src instanceof PyList ? listPull(src) : tuplePull(src);
  if (!items) throw pyErr(E.TypeError, `cannot convert '${typeName(src)}' object to bytes`);
  for (let x = items(); x !== STOP; x = items()) {
    ctx.tick();
    if (typeof x !== 'bigint')
      throw pyErr(E.TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    if (x < 0n || x > 255n) throw pyErr(E.ValueError, 'bytes must be in range(0, 256)');
    out.push(Number(x));
  }
  return new PyBytes(Uint8Array.from(out));
});

function listPull(l: PyList) {
  let i = 0;
  return () => (i < l.items.length ? l.items[i++] : STOP);
}
function tuplePull(t: PyValue) {
  if (!(t instanceof PyTuple)) return undefined;
  let i = 0;
  return () => (i < t.items.length ? t.items[i++] : STOP);
}
