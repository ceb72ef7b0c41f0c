// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearSolved, loadSolved, markSolved, SOLVED_KEY, subscribeSolved } from './progress';

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('solved scenarios in localStorage', () => {
  it('records each id once under the namespaced key and tells listeners', () => {
    const heard = vi.fn();
    const stop = subscribeSolved(heard);
    expect(markSolved('personal-entity')).toBe(true);
    expect(markSolved('personal-entity')).toBe(true);
    markSolved('finished-run');
    expect(loadSolved()).toEqual(['personal-entity', 'finished-run']);
    expect(JSON.parse(localStorage.getItem(SOLVED_KEY) ?? '')).toEqual([
      'personal-entity',
      'finished-run',
    ]);
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    clearSolved();
    expect(loadSolved()).toEqual([]);
  });

  it('drops junk instead of failing', () => {
    localStorage.setItem(SOLVED_KEY, '{not json');
    expect(loadSolved()).toEqual([]);
    expect(localStorage.getItem(SOLVED_KEY)).toBeNull();
    localStorage.setItem(SOLVED_KEY, JSON.stringify([1, 2]));
    expect(loadSolved()).toEqual([]);
  });

  it('survives a browser that refuses storage', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(markSolved('x')).toBe(false);
    expect(loadSolved()).toEqual([]);
  });
});
