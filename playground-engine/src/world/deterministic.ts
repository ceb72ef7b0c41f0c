// Seeded ids, digests and timestamps: the same code on the same seed gives the same
// world, so snapshots, docs output and tests are reproducible.
import { fnv1a } from '../text/digest';
import { nodeIdAt } from './nodeId';

export { manifestDigest } from '../text/digest';

/** Stable suffix W&B appends to an org entity name when a team already has the org's name. */
export function orgEntitySuffix(orgName: string): string {
  return fnv1a(`org:${orgName}`).toString(36).toUpperCase().padStart(7, '0').slice(0, 9);
}

const EPOCH_MS = Date.UTC(2025, 0, 15, 12, 0, 0);

/** The minute prefix ("2025-01-15T12:34:") of the last time formatted, reused within it. */
let minuteStart = Number.NaN;
let minutePrefix = '';

/** `2025-01-15T12:34:56Z` for a whole-second time: the Date is formatted once a minute. */
export function isoSeconds(ms: number): string {
  const start = ms - (ms % 60_000);
  if (start !== minuteStart) {
    minuteStart = start;
    minutePrefix = new Date(start).toISOString().slice(0, 17);
  }
  const sec = (ms - start) / 1000;
  // join(): one flat string per record, not a tree of parts.
  return [minutePrefix, sec < 10 ? '0' : '', sec, 'Z'].join('');
}
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Mutable clock/id state owned by one World (part of its snapshot). */
export class DeterministicSource {
  constructor(
    public seed: number,
    public rngState: number,
    public counter: number,
    public tick: number,
  ) {}

  static fromSeed(seed: number): DeterministicSource {
    return new DeterministicSource(seed, (seed ^ 0x9e3779b9) >>> 0, 0, 0);
  }

  /** mulberry32 */
  next(): number {
    this.rngState = (this.rngState + 0x6d2b79f5) >>> 0;
    let t = this.rngState;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** W&B-style node id: base64("Kind:<n>"). */
  nodeId(kind: string): string {
    return nodeIdAt(kind, this.nextNode());
  }

  /** The <n> of the next node id, for records that build their id on read (records.ts). */
  nextNode(): number {
    this.counter += 1;
    return this.counter;
  }

  /** 8-char lowercase run id like wandb's. */
  runId(): string {
    let s = '';
    for (let i = 0; i < 8; i++) s += ALNUM[Math.floor(this.next() * ALNUM.length)];
    return s;
  }

  /** The clock's current time in ms since the epoch, without advancing it (Python's time.time()). */
  peekMillis(): number {
    return EPOCH_MS + this.tick * 1000;
  }

  /** ISO timestamp; each call is one simulated second later. */
  now(): string {
    return isoAtTick(this.nextTick());
  }

  /** The tick `now()` would format, for records that format it on read (records.ts). */
  nextTick(): number {
    this.tick += 1;
    return this.tick;
  }
}

/** The timestamp the clock hands out at `tick`. */
export const isoAtTick = (tick: number): string => isoSeconds(EPOCH_MS + tick * 1000);

/** The tick whose timestamp is exactly `iso`, or -1 when no tick formats to it. */
export function tickOf(iso: string): number {
  const tick = (Date.parse(iso) - EPOCH_MS) / 1000;
  return Number.isInteger(tick) && tick >= 0 && isoAtTick(tick) === iso ? tick : -1;
}
