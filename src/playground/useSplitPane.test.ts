// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clampSplit,
  readSplit,
  SPLIT_DEFAULT,
  SPLIT_KEY,
  SPLIT_MAX,
  SPLIT_MIN,
  splitAfterKey,
  writeSplit,
} from './useSplitPane';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('split position', () => {
  it('clamps to the allowed range and rounds; junk gives the default', () => {
    expect(clampSplit(10)).toBe(SPLIT_MIN);
    expect(clampSplit(99)).toBe(SPLIT_MAX);
    expect(clampSplit(40.6)).toBe(41);
    expect(clampSplit(Number.NaN)).toBe(SPLIT_DEFAULT);
  });

  it('moves with the window-splitter keys and ignores others', () => {
    expect(splitAfterKey(50, 'ArrowLeft')).toBe(48);
    expect(splitAfterKey(50, 'ArrowRight')).toBe(52);
    expect(splitAfterKey(50, 'PageDown')).toBe(60);
    expect(splitAfterKey(SPLIT_MIN, 'ArrowLeft')).toBe(SPLIT_MIN);
    expect(splitAfterKey(50, 'Home')).toBe(SPLIT_MIN);
    expect(splitAfterKey(50, 'End')).toBe(SPLIT_MAX);
    expect(splitAfterKey(50, 'a')).toBeNull();
  });

  it('is stored under the playground namespace and read back clamped', () => {
    expect(SPLIT_KEY).toMatch(/^registry-linking-docs:playground:/);
    expect(readSplit()).toBe(SPLIT_DEFAULT);
    writeSplit(40);
    expect(localStorage.getItem(SPLIT_KEY)).toBe('40');
    expect(readSplit()).toBe(40);
    localStorage.setItem(SPLIT_KEY, '500');
    expect(readSplit()).toBe(SPLIT_MAX);
    localStorage.setItem(SPLIT_KEY, '{"x":1}');
    expect(readSplit()).toBe(SPLIT_DEFAULT);
  });

  it('survives blocked storage', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    expect(readSplit()).toBe(SPLIT_DEFAULT);
    expect(() => writeSplit(40)).not.toThrow();
  });
});
