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
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
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

const MAX_DIGITS = POW10.length - 1;

function digitCount(n: number): number {
  let digits = 1;
  while (digits < POW10.length && n >= POW10[digits]) digits++;
  return digits;
}

/** Byte `i` of `${kind}:${n}` (n has `digits` digits). */
function nodeByte(kind: string, n: number, digits: number, i: number): number {
  if (i < kind.length) return kind.charCodeAt(i);
  if (i === kind.length) return COLON;
  return ZERO + (Math.floor(n / POW10[digits - (i - kind.length)]) % 10);
}

/** Whether `id` is exactly `btoa(`${kind}:${n}`)`, checked without building that string. */
export function isNodeId(id: string, kind: string, n: number): boolean {
  const digits = digitCount(n);
  const len = kind.length + 1 + digits;
  if (id.length !== 4 * Math.ceil(len / 3)) return false;
  for (let i = 0, c = 0; i < len; i += 3, c += 4) {
    const b1 = i + 1 < len ? nodeByte(kind, n, digits, i + 1) : 0;
    const b2 = i + 2 < len ? nodeByte(kind, n, digits, i + 2) : 0;
    const bits = (nodeByte(kind, n, digits, i) << 16) | (b1 << 8) | b2;
    if (
      id.charCodeAt(c) !== B64_CHAR[bits >> 18] ||
      id.charCodeAt(c + 1) !== B64_CHAR[(bits >> 12) & 63] ||
      id.charCodeAt(c + 2) !== (i + 1 < len ? B64_CHAR[(bits >> 6) & 63] : PAD) ||
      id.charCodeAt(c + 3) !== (i + 2 < len ? B64_CHAR[bits & 63] : PAD)
    ) {
      return false;
    }
  }
  return true;
}

/** How a record keeps its id: <n> when the id is `btoa("Kind:<n>")`, else the id itself. */
export type NodeKey = number | string;

export function nodeKey(kind: string, id: string): NodeKey {
  const n = nodeNumber(id);
  return n >= 0 && isNodeId(id, kind, n) ? n : id;
}

const out: number[] = [];
// The id built last: a record's id is often read twice in a row (log it, then link it).
let lastKind = '';
let lastN = -1;
let lastId = '';

/** `btoa(`${kind}:${n}`)` for an ASCII kind, without btoa's Buffer. */
export function nodeIdAt(kind: string, n: number): string {
  if (n === lastN && kind === lastKind) return lastId;
  if (!(Number.isSafeInteger(n) && n >= 0 && n < POW10[MAX_DIGITS])) return btoa(`${kind}:${n}`);
  const digits = digitCount(n);
  const len = kind.length + 1 + digits;
  out.length = 0;
  for (let i = 0; i < len; i += 3) {
    const b1 = i + 1 < len ? nodeByte(kind, n, digits, i + 1) : 0;
    const b2 = i + 2 < len ? nodeByte(kind, n, digits, i + 2) : 0;
    const bits = (nodeByte(kind, n, digits, i) << 16) | (b1 << 8) | b2;
    out.push(
      B64_CHAR[bits >> 18],
      B64_CHAR[(bits >> 12) & 63],
      i + 1 < len ? B64_CHAR[(bits >> 6) & 63] : PAD,
      i + 2 < len ? B64_CHAR[bits & 63] : PAD,
    );
  }
  lastKind = kind;
  lastN = n;
  lastId = String.fromCharCode(...out);
  return lastId;
}

export const idOfKey = (kind: string, key: NodeKey): string =>
  typeof key === 'number' ? nodeIdAt(kind, key) : key;
