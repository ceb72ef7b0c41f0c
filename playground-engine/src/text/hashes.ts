// MD5 in plain TypeScript (the page has no Node crypto and WebCrypto is async): the digests
// an artifact manifest carries (md5Base64, md5Hex), and the byte helpers of the digests. A
// leaf. The SHA family is in sha.ts: only the runtime's hashlib, random and uuid use it, and
// they load on demand.

/** One encoder for every call: making a TextEncoder costs more than encoding a short text. */
const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

const HEX_DIGITS = [...'0123456789abcdef'].map((ch) => ch.charCodeAt(0));

/**
 * Lowercase hex, built as one flat string from char codes: a world keeps one digest per
 * version, and a `+=` chain would keep a tree of 2-character parts behind each (≈ 500 B a
 * digest at 100,000 versions: npm run bench:engine).
 */
export function hex(bytes: Uint8Array): string {
  const codes = new Array<number>(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    codes[2 * i] = HEX_DIGITS[bytes[i] >>> 4];
    codes[2 * i + 1] = HEX_DIGITS[bytes[i] & 15];
  }
  // Digests are short; a long input goes in slices (a spread has an argument limit).
  if (codes.length <= 8192) return String.fromCharCode(...codes);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192)
    parts.push(String.fromCharCode(...codes.slice(i, i + 8192)));
  return parts.join('');
}

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Int32Array.from(
  { length: 64 },
  (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0,
);
/** Per step: the message word it reads and its rotation. */
const MD5_G = Uint8Array.from({ length: 64 }, (_, i) =>
  i < 16 ? i : i < 32 ? (5 * i + 1) % 16 : i < 48 ? (3 * i + 5) % 16 : (7 * i) % 16,
);
const MD5_R = Uint8Array.from({ length: 64 }, (_, i) => MD5_S[(i >> 4) * 4 + (i % 4)]);
const md5Words = new Int32Array(16);

// Every manifest entry and every seeded version hashes its text (a world of 100,000
// versions: npm run bench:engine), so this runs on int32 lanes with no BigInt, in one reused
// buffer, and reads ASCII text without a TextEncoder.
let buf = new Uint8Array(1024);
const md5State = new Int32Array(4);

/** `buf` holds at least `n` bytes of message plus MD5's padding. */
function reserve(n: number): void {
  if (buf.length < n + 72) buf = new Uint8Array(Math.max(n + 72, buf.length * 2));
}

/** Writes the UTF-8 bytes of `text` at the start of `buf`; returns how many. */
function encodeIntoBuf(text: string): number {
  const n = text.length;
  reserve(n * 3);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return encoder.encodeInto(text, buf).written;
    buf[i] = c;
  }
  return n;
}

/** MD5 of `buf[0, n)` into md5State; pads in place (what follows `n` is scratch). */
function md5Buf(n: number): void {
  const m = buf;
  const total = (((n + 8) >>> 6) + 1) << 6;
  m[n] = 0x80;
  m.fill(0, n + 1, total - 8);
  const lo = (n << 3) >>> 0;
  const hi = Math.floor(n / 0x20000000);
  for (let k = 0; k < 4; k++) {
    m[total - 8 + k] = (lo >>> (8 * k)) & 0xff;
    m[total - 4 + k] = (hi >>> (8 * k)) & 0xff;
  }
  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  const w = md5Words;
  for (let off = 0; off < total; off += 64) {
    for (let i = 0; i < 16; i++) {
      const j = off + i * 4;
      w[i] = m[j] | (m[j + 1] << 8) | (m[j + 2] << 16) | (m[j + 3] << 24);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    for (let i = 0; i < 64; i++) {
      const f =
        i < 16
          ? (b & c) | (~b & d)
          : i < 32
            ? (d & b) | (~d & c)
            : i < 48
              ? b ^ c ^ d
              : c ^ (b | ~d);
      const x = (a + f + MD5_K[i] + w[MD5_G[i]]) | 0;
      const r = MD5_R[i];
      a = d;
      d = c;
      c = b;
      b = (b + ((x << r) | (x >>> (32 - r)))) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
  }
  md5State[0] = h0;
  md5State[1] = h1;
  md5State[2] = h2;
  md5State[3] = h3;
}

/** md5State as its 16 bytes (each word little-endian). */
function md5Bytes(): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 4; i++) {
    for (let k = 0; k < 4; k++) out[i * 4 + k] = (md5State[i] >>> (8 * k)) & 0xff;
  }
  return out;
}

export function md5(msg: Uint8Array): Uint8Array {
  reserve(msg.length);
  buf.set(msg);
  md5Buf(msg.length);
  return md5Bytes();
}

/** Hex MD5 of a text's UTF-8 bytes (a manifest digest, a reference's ETag). */
export function md5Hex(text: string): string {
  md5Buf(encodeIntoBuf(text));
  return hex(md5Bytes());
}

/** base64 of the MD5 of a text's UTF-8 bytes: a manifest entry's digest (md5_file_b64). */
export function md5Base64(text: string): string {
  md5Buf(encodeIntoBuf(text));
  return base64(md5Bytes());
}

const B64 = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='].map((ch) =>
  ch.charCodeAt(0),
);

/** Standard base64 with `=` padding, as one flat string (see hex). For short inputs. */
function base64(bytes: Uint8Array): string {
  const codes: number[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    codes.push(
      B64[n >>> 18],
      B64[(n >>> 12) & 63],
      i + 1 < bytes.length ? B64[(n >>> 6) & 63] : B64[64],
      i + 2 < bytes.length ? B64[n & 63] : B64[64],
    );
  }
  return String.fromCharCode(...codes);
}
