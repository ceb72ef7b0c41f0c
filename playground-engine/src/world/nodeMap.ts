// A map keyed by node id (nodeId.ts) that keeps its values in an array indexed by <n>. A world
// of 100,000 versions holds about 300,000 such keys: an array slot costs 8 bytes where a Map
// entry costs 20-30, and growing it rehashes nothing (npm run bench:engine). Records keep <n>,
// not the id string (records.ts), so a read checks the id against <n> and the kind without
// building a string. Ids of another form (hand-written snapshots) go to a plain Map.
import { idOfKey, isNodeId, type NodeKey, nodeNumber } from './nodeId';

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
    // Bounds first: a read past an array's end is slow once anything touched Array.prototype.
    if (n >= 0 && n < this.slots.length) {
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
      const held = n < this.slots.length ? this.slots[n] : undefined;
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
    if (typeof n === 'number' && n < this.slots.length && this.slots[n] === v) {
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
