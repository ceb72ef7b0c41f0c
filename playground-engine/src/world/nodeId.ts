// Node ids, `btoa("Kind:<n>")` as W&B's are: written, read back to <n>, and compared with
// <n> and a kind without building a string. The World's records keep <n> and build their id
// on read (records.ts); a 100,000-version world builds hundreds of thousands of them, and
// Node's btoa goes through a Buffer each time (npm run bench:engine).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64 = new Int8Array(128).fill(-1);
const B64_CHAR = new Uint8Array(64);
for (const [i, ch] of [...ALPHABET].entries()) {
  B64[ch.charCodeAt(0)] = i;
  B64_CHAR[i] = ch.charCodeAt(0);
}
const PAD = 61; // '='
const COLON = 58;
const ZERO = 48;

/**
 * <n> of a node id `btoa("Kind:<n>")`, read without decoding into a string; -1 when the id
 * has another form. Not a validator: NodeMap compares the full id on every read.
 */
export function nodeNumber(id: string): number {
  let bits = 0;
  let nbits = 0;
  let n = -1;
  let digits = 0;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c === 61) break; // '=' padding
    const v = c < 128 ? B64[c] : -1;
    if (v < 0) return -1;
    bits = ((bits << 6) | v) & 0xfff;
    nbits += 6;
    if (nbits < 8) continue;
    nbits -= 8;
    const byte = (bits >> nbits) & 0xff;
    if (n < 0) {
      if (byte === COLON) n = 0;
    } else {
      if (byte < ZERO || byte > ZERO + 9 || digits > 8) return -1;
      n = n * 10 + (byte - ZERO);
      digits++;
    }
  }
  return digits ? n : -1;
}

const bytes = new Uint8Array(64);
/** Arrays of char codes by length, reused: String.fromCharCode.apply takes a whole array. */
const codesOfLength: number[][] = [];

/**
 * The char codes of `btoa(`${kind}:${n}`)` (an ASCII kind, a whole n below 10^15), in an
 * array reused by the next call; undefined for another n.
 */
function encode(kind: string, n: number): number[] | undefined {
  if (!(Number.isSafeInteger(n) && n >= 0 && n < 1e15) || kind.length > 40) return undefined;
  let len = 0;
  for (; len < kind.length; len++) bytes[len] = kind.charCodeAt(len);
  bytes[len++] = COLON;
  let digits = 1;
  for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
  for (let i = digits - 1, m = n; i >= 0; i--, m = Math.floor(m / 10)) {
    bytes[len + i] = ZERO + (m % 10);
  }
  len += digits;
  const size = 4 * Math.ceil(len / 3);
  let codes = codesOfLength[size];
  if (!codes) {
    codes = new Array(size).fill(0);
    codesOfLength[size] = codes;
  }
  for (let i = 0, c = 0; i < len; i += 3, c += 4) {
    const bits =
      (bytes[i] << 16) | ((i + 1 < len ? bytes[i + 1] : 0) << 8) | (i + 2 < len ? bytes[i + 2] : 0);
    codes[c] = B64_CHAR[bits >> 18];
    codes[c + 1] = B64_CHAR[(bits >> 12) & 63];
    codes[c + 2] = i + 1 < len ? B64_CHAR[(bits >> 6) & 63] : PAD;
    codes[c + 3] = i + 2 < len ? B64_CHAR[bits & 63] : PAD;
  }
  return codes;
}

/** Whether `id` is exactly `btoa(`${kind}:${n}`)`, checked without building that string. */
export function isNodeId(id: string, kind: string, n: number): boolean {
  const codes = encode(kind, n);
  if (!codes || codes.length !== id.length) return false;
  for (let i = 0; i < codes.length; i++) if (id.charCodeAt(i) !== codes[i]) return false;
  return true;
}

/** How a record keeps its id: <n> when the id is `btoa("Kind:<n>")`, else the id itself. */
export type NodeKey = number | string;

export function nodeKey(kind: string, id: string): NodeKey {
  const n = nodeNumber(id);
  return n >= 0 && isNodeId(id, kind, n) ? n : id;
}

// The id built last: a record's id is often read twice in a row (log it, then link it).
let lastKind = '';
let lastN = -1;
let lastId = '';

/** `btoa(`${kind}:${n}`)`, without btoa's Buffer. */
export function nodeIdAt(kind: string, n: number): string {
  if (n === lastN && kind === lastKind) return lastId;
  const codes = encode(kind, n);
  if (!codes) return btoa(`${kind}:${n}`);
  lastKind = kind;
  lastN = n;
  lastId = String.fromCharCode.apply(null, codes);
  return lastId;
}

export const idOfKey = (kind: string, key: NodeKey): string =>
  typeof key === 'number' ? nodeIdAt(kind, key) : key;
