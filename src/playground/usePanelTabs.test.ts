import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './usePanelTabs';

describe('tabAfterKey', () => {
  const ids = ['a', 'b', 'c'];
  it('wraps around with the arrows and jumps with Home and End', () => {
    expect(tabAfterKey(ids, 'a', 'ArrowRight')).toBe('b');
    expect(tabAfterKey(ids, 'c', 'ArrowRight')).toBe('a');
    expect(tabAfterKey(ids, 'a', 'ArrowLeft')).toBe('c');
    expect(tabAfterKey(ids, 'b', 'Home')).toBe('a');
    expect(tabAfterKey(ids, 'b', 'End')).toBe('c');
  });
  it('ignores other keys and unknown tabs', () => {
    expect(tabAfterKey(ids, 'a', 'Enter')).toBeNull();
    expect(tabAfterKey(ids, 'zz', 'ArrowRight')).toBeNull();
  });
});
