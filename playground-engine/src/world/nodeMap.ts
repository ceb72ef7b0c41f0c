// A map keyed by node id (`btoa("Kind:<n>")`, DeterministicSource.nodeId) that keeps its values
// in an array indexed by <n>. A world of 100,000 versions holds about 300,000 such keys: an
// array slot costs 4 bytes where a Map entry costs 20-30, and growing it rehashes nothing
// (npm run bench:engine). Ids of another form (hand-written snapshots) go to a plain Map.

const B64 = new Int8Array(128).fill(-1);
for (const [i, ch] of [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
].entries()) {
  B64[ch.charCodeAt(0)] = i;
}
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

export class NodeMap<V> {
  private readonly slots: (V | undefined)[] = [];
  private readonly other = new Map<string, V>();
  private count = 0;

  /** `keyOf(v)` is the id `v` was stored under (compared on reads: slots may be shared). */
  constructor(private readonly keyOf: (v: V) => string) {}

  get size(): number {
    return this.count + this.other.size;
  }

  get(id: string): V | undefined {
    const n = nodeNumber(id);
    if (n >= 0) {
      const v = this.slots[n];
      if (v !== undefined && this.keyOf(v) === id) return v;
    }
    return this.other.size ? this.other.get(id) : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, value: V): void {
    const n = nodeNumber(id);
    if (n >= 0) {
      const v = this.slots[n];
      if (v === undefined || this.keyOf(v) === id) {
        if (v === undefined) this.count++;
        this.slots[n] = value;
        return;
      }
    }
    this.other.set(id, value);
  }

  delete(id: string): void {
    const n = nodeNumber(id);
    if (n >= 0) {
      const v = this.slots[n];
      if (v !== undefined && this.keyOf(v) === id) {
        this.slots[n] = undefined;
        this.count--;
        return;
      }
    }
    this.other.delete(id);
  }

  /** Values in id-number order (the order a world created them), then the others as added. */
  *values(): IterableIterator<V> {
    for (const v of this.slots) if (v !== undefined) yield v;
    yield* this.other.values();
  }
}
