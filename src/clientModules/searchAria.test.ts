// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { patchSearchAria } from './searchAria';

describe('patchSearchAria', () => {
  it('gives the combobox aria-controls and the listbox link an option role', () => {
    document.body.innerHTML = `<span><input role="combobox" aria-owns="lb"><span role="listbox" id="lb">
      <div role="option" id="o1">hit</div><div class="footer"><a href="/search?q=x">See all results</a></div></span></span>`;
    patchSearchAria(document.body);
    expect(document.querySelector('input')?.getAttribute('aria-controls')).toBe('lb');
    const link = document.querySelector('a');
    expect(link?.getAttribute('role')).toBe('option');
    expect(link?.getAttribute('aria-selected')).toBe('false');
    // Options the plugin made itself are left alone.
    expect(document.getElementById('o1')?.getAttribute('aria-selected')).toBeNull();
  });
});
