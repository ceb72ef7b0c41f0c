import { describe, expect, it } from 'vitest';
import { DeterministicSource, isoSeconds } from './deterministic';

const viaDate = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('isoSeconds', () => {
  it('formats whole seconds as Date does, across minute, hour, day and year ends', () => {
    const starts = [
      Date.UTC(2025, 0, 15, 12, 0, 0),
      Date.UTC(2025, 0, 15, 12, 58, 50),
      Date.UTC(2025, 0, 31, 23, 59, 30),
      Date.UTC(2025, 11, 31, 23, 59, 0),
    ];
    for (const start of starts) {
      for (let s = 0; s < 200; s++)
        expect(isoSeconds(start + s * 1000)).toBe(viaDate(start + s * 1000));
    }
    // Going back to an earlier minute is not confused by the one formatted last.
    expect(isoSeconds(starts[0] + 5000)).toBe('2025-01-15T12:00:05Z');
  });

  it('is what the clock hands out, one second per call', () => {
    const src = DeterministicSource.fromSeed(1);
    expect([src.now(), src.now()]).toEqual(['2025-01-15T12:00:01Z', '2025-01-15T12:00:02Z']);
  });
});
