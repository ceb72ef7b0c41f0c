// The run's clock for time and datetime: the world's clock (services.clock), plus what
// time.sleep() has "slept". Sleeping never waits; it moves this run's clock forward, so a
// retry loop with sleep(2) runs at once and still sees two seconds pass (ASSUMPTIONS.md).

import type { StdlibServices } from './services';

const slept = new WeakMap<StdlibServices, number>();

/** Milliseconds since the epoch, as time.time() * 1000 sees it. */
export function nowMillis(s: StdlibServices): number {
  return s.clock() + (slept.get(s) ?? 0);
}

export function sleepMillis(s: StdlibServices, ms: number): void {
  slept.set(s, (slept.get(s) ?? 0) + ms);
}
