import { describe, expect, it } from 'vitest';
import { urlQuote } from './console';

describe('urlQuote (urllib.parse.quote)', () => {
  it('keeps unreserved characters and the safe ones, escapes the rest byte by byte', () => {
    expect(urlQuote('acme/wandb-registry-model')).toBe('acme/wandb-registry-model');
    expect(urlQuote('a~b_c.d-e09AZ')).toBe('a~b_c.d-e09AZ');
    expect(urlQuote('Example ML Task')).toBe('Example%20ML%20Task');
    expect(urlQuote('ü?&=#%+')).toBe('%C3%BC%3F%26%3D%23%25%2B');
    expect(urlQuote('a b/c', '')).toBe('a%20b%2Fc');
    expect(urlQuote('a:b', ':')).toBe('a:b');
  });
});
