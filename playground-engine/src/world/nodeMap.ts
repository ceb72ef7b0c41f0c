// A map keyed by node id (`btoa("Kind:<n>")`, DeterministicSource.nodeId) that keeps its values
// in an array indexed by <n>. A world of 100,000 versions holds about 300,000 such keys: an
// array slot costs 8 bytes where a Map entry costs 20-30, and growing it rehashes nothing
// (npm run bench:engine). Records keep <n>, not the id string (records.ts), so a read checks
// the id against <n> and the kind without building a string. Ids of another form
// (hand-written snapshots) go to a plain Map.
import { nodeIdAt } from './deterministic';

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

/** Byte `i` of `${kind}:${n}` (n has `digits` digits). */
function nodeByte(kind: string, n: number, digits: number, i: number): number {
  if (i < kind.length) return kind.charCodeAt(i);
  if (i === kind.length) return COLON;
  return ZERO + (Math.floor(n / POW10[digits - (i - kind.length)]) % 10);
}

/** Whether `id` is exactly `btoa(`${kind}:${n}`)`, checked without building that string. */
export function isNodeId(id: string, kind: string, n: number): boolean {
  let digits = 1;
  while (digits < POW10.length && n >= POW10[digits]) digits++;
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

export const idOfKey = (kind: string, key: NodeKey): string =>
  typeof key === 'number' ? nodeIdAt(kind, key) : key;

/** A record the map can hold: its kind and the key of its id. */
export interface Node {
  readonly kind: string;
  readonly key: NodeKey;
}

export class NodeMap<V extends Node> {
  private readonly slots: (V | undefined)[] = [];
  /** Records under ids of another form, and any whose <n> slot another record holds. */
  private readonly other = new Map<string, V>();
  private count = 0;

  get size(): number {
    return this.count + this.other.size;
  }

  /** The record of this kind under `id`. */
  get(kind: string, id: string): V | undefined {
    const n = nodeNumber(id);
    if (n >= 0) {
      const v = this.slots[n];
      if (v !== undefined && v.key === n && v.kind === kind && isNodeId(id, kind, n)) return v;
    }
    if (this.other.size === 0) return undefined;
    const v = this.other.get(id);
    return v?.kind === kind ? v : undefined;
  }

  /** Adds `v` under its id (replacing the record of that id). */
  set(v: V): void {
    const n = v.key;
    if (typeof n === 'number') {
      const held = this.slots[n];
      if (held === undefined || held === v || (held.key === n && held.kind === v.kind)) {
        if (held === undefined) this.count++;
        this.slots[n] = v;
        return;
      }
    }
    this.other.set(idOfKey(v.kind, n), v);
  }

  delete(v: V): void {
    const n = v.key;
    if (typeof n === 'number' && this.slots[n] === v) {
      this.slots[n] = undefined;
      this.count--;
      return;
    }
    const id = idOfKey(v.kind, n);
    if (this.other.get(id) === v) this.other.delete(id);
  }

  /** Values in id-number order (the order a world created them), then the others as added. */
  *values(): IterableIterator<V> {
    for (const v of this.slots) if (v !== undefined) yield v;
    yield* this.other.values();
  }
}
