import { describe, expect, it } from 'vitest';
import { closeMatches, editDistance } from './similar';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one', () => {
    expect(editDistance('model', 'model')).toBe(0);
    expect(editDistance('modle', 'model')).toBe(1);
    expect(editDistance('acmee', 'acme')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('stops early past the cap', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('closeMatches', () => {
  it('finds typos, case variants and renamed constants, best first', () => {
    expect(closeMatches('modle', ['model', 'dataset'])).toEqual(['model']);
    expect(closeMatches('Model', ['model', 'dataset'])).toEqual(['model']);
    expect(
      closeMatches('ORG_ENTITY_NAME', ['ORG_NAME', 'REGISTRY_NAME', 'COLLECTION_TYPE']),
    ).toEqual(['ORG_NAME']);
  });
  it('does not guess from short or unrelated names', () => {
    expect(closeMatches('run', ['sum', 'len', 'bin'])).toEqual([]);
    expect(closeMatches('x', ['y', 'z'])).toEqual([]);
    expect(closeMatches('compliance', ['model', 'dataset'])).toEqual([]);
  });
});
