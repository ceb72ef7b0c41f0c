import type { NetworkEntry } from 'playground-engine';

/** One logged GraphQL operation, with a key unique within its log (engine ids repeat per run). */
export interface LoggedEntry extends NetworkEntry {
  key: number;
}

/** Cap so a long session cannot grow the log (and the DOM) without bound. */
export const NETWORK_LOG_LIMIT = 500;

/**
 * A tiny external store for the network log, shaped for useSyncExternalStore:
 * the snapshot array is replaced (never mutated) on every change.
 */
export class NetworkLogStore {
  private entries: readonly LoggedEntry[] = [];
  private listeners = new Set<() => void>();
  private nextKey = 1;

  readonly append = (entry: NetworkEntry): void => {
    const next = [...this.entries, { ...entry, key: this.nextKey++ }];
    this.entries = next.length > NETWORK_LOG_LIMIT ? next.slice(-NETWORK_LOG_LIMIT) : next;
    this.emit();
  };

  readonly clear = (): void => {
    if (this.entries.length === 0) return;
    this.entries = [];
    this.emit();
  };

  readonly getSnapshot = (): readonly LoggedEntry[] => this.entries;

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  };

  private emit(): void {
    for (const fn of [...this.listeners]) fn();
  }
}
