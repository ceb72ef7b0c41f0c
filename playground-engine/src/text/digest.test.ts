import { describe, expect, it } from 'vitest';
import { contentDigest, fnv1a, manifestDigest } from './digest';

/** The definition: four fnv1a passes with these seeds, 8 hex digits each. */
const reference = (text: string) =>
  [0x811c9dc5, 0x01234567, 0x89abcdef, 0x0badf00d]
    .map((seed) => fnv1a(text, seed).toString(16).padStart(8, '0'))
    .join('');

describe('contentDigest', () => {
  it.each(['', 'a', 'weights 17', 'ünïcødé ✓ 𝔘', 'x'.repeat(1000)])(
    'is four fnv1a passes: %j',
    (t) => {
      expect(contentDigest(t)).toBe(reference(t));
      expect(contentDigest(t)).toMatch(/^[0-9a-f]{32}$/);
    },
  );

  it('is contentDigest of the JSON of [name, contentDigest] pairs in name order', () => {
    const definition = (files: Record<string, string>) =>
      contentDigest(
        JSON.stringify(
          Object.keys(files)
            .sort()
            .map((k) => [k, contentDigest(files[k])]),
        ),
      );
    const cases: Record<string, string>[] = [
      {},
      { 'model.txt': 'weights 1' },
      { b: '2', a: '1', 'dir/c.bin': '' },
      { 'say "hi"\\.txt': 'q', 'tab\tnew\nline\u0001': 'c', 'ünï ✓ 𝔘': 'u', ['lone\ud800']: 's' },
    ];
    for (const files of cases) expect(manifestDigest(files)).toBe(definition(files));
  });

  it('tells different files apart and ignores their order', () => {
    expect(manifestDigest({ a: '1', b: '2' })).toBe(manifestDigest({ b: '2', a: '1' }));
    expect(manifestDigest({ a: '1' })).not.toBe(manifestDigest({ a: '2' }));
  });
});
