// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CODE_KEY,
  clearSaved,
  hasStoredState,
  loadSaved,
  SETUP_KEY,
  saveState,
  STORAGE_PREFIX,
  WORLD_KEY,
} from './storage';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('playground storage', () => {
  it('uses namespaced keys', () => {
    expect(CODE_KEY.startsWith(STORAGE_PREFIX)).toBe(true);
    expect(WORLD_KEY.startsWith(STORAGE_PREFIX)).toBe(true);
    expect(STORAGE_PREFIX).toMatch(/^registry-linking-docs:playground:v\d+:$/);
  });

  it('tells whether anything is stored without reading or discarding it', () => {
    expect(hasStoredState()).toBe(false);
    localStorage.setItem(WORLD_KEY, '{broken');
    expect(hasStoredState()).toBe(true);
    expect(localStorage.getItem(WORLD_KEY)).toBe('{broken');
    localStorage.clear();
    localStorage.setItem(SETUP_KEY, '[]');
    expect(hasStoredState()).toBe(true);
  });

  it('round-trips code, world id and snapshot', () => {
    expect(loadSaved()).toEqual({ status: 'empty' });
    const value = {
      code: 'print(1)',
      worldId: 'multiple-orgs',
      snapshot: { version: 1, users: [] },
    };
    expect(saveState(value)).toBe(true);
    expect(loadSaved()).toEqual({ status: 'ok', value });
  });

  it.each([
    ['invalid JSON', () => localStorage.setItem(WORLD_KEY, '{oops'), 'not valid JSON'],
    ['a non-object', () => localStorage.setItem(WORLD_KEY, '42'), 'not an object'],
    ['a bad world id', () => localStorage.setItem(WORLD_KEY, '{"worldId":"<script>"}'), 'world id'],
    ['a missing code entry', () => localStorage.removeItem(CODE_KEY), 'code is missing'],
  ])('discards %s with a notice', (_name, corrupt, why) => {
    saveState({ code: 'x', worldId: 'docs' });
    corrupt();
    const r = loadSaved();
    expect(r.status).toBe('corrupt');
    if (r.status === 'corrupt') {
      expect(r.notice).toContain(why);
      expect(r.notice).toContain('discarded');
    }
    expect(localStorage.getItem(CODE_KEY)).toBeNull();
    expect(localStorage.getItem(WORLD_KEY)).toBeNull();
    expect(loadSaved()).toEqual({ status: 'empty' });
  });

  it('reports a refused save instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveState({ code: 'x', worldId: 'docs' })).toBe(false);
  });

  it('treats unreadable storage as empty', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(loadSaved()).toEqual({ status: 'empty' });
  });

  it('clears only its own keys', () => {
    localStorage.setItem('theme', 'dark');
    saveState({ code: 'x', worldId: 'docs' });
    clearSaved();
    expect(localStorage.getItem('theme')).toBe('dark');
    expect(localStorage.getItem(CODE_KEY)).toBeNull();
  });
});
