import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entriesDigest, fnv1a, manifestDigest } from './digest';

/**
 * ArtifactManifestV1.digest() written out from the SDK source with node:crypto:
 * `_md5(b"wandb-artifact-manifest-v1\n")`, then `f"{path}:{entry.digest}\n"` for each entry
 * sorted by path (Python's str order), hexdigest. File digests are md5_file_b64.
 */
function sdkDigest(entries: [string, string][]): string {
  const h = createHash('md5').update('wandb-artifact-manifest-v1\n');
  const byCodePoint = (a: string, b: string) => {
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  };
  for (const [path, digest] of [...entries].sort((a, b) => byCodePoint(a[0], b[0])))
    h.update(`${path}:${digest}\n`);
  return h.digest('hex');
}
const b64md5 = (t: string) => createHash('md5').update(t, 'utf8').digest('base64');

describe('manifestDigest', () => {
  it('is ArtifactManifestV1.digest() of the files (md5_file_b64 per entry)', () => {
    const cases: Record<string, string>[] = [
      {},
      { 'model.txt': 'weights 1' },
      { b: '2', a: '1', 'dir/c.bin': '' },
      { 'say "hi"\\.txt': 'q', 'ünï ✓ 𝔘': 'u', '\uffff': 'bmp', 𝔘: 'astral' },
    ];
    for (const files of cases) {
      const entries = Object.entries(files).map(([p, t]) => [p, b64md5(t)] as [string, string]);
      expect(manifestDigest(files)).toBe(sdkDigest(entries));
    }
  });

  it('counts references by their path and digest, like any entry', () => {
    const ref = { path: 'data.csv', digest: 's3://bucket/data.csv' };
    expect(manifestDigest({ 'a.txt': 'x' }, [ref])).toBe(
      sdkDigest([
        ['a.txt', b64md5('x')],
        ['data.csv', 's3://bucket/data.csv'],
      ]),
    );
    expect(entriesDigest([ref])).toBe(sdkDigest([['data.csv', 's3://bucket/data.csv']]));
  });

  it('tells different files apart and ignores their order', () => {
    expect(manifestDigest({ a: '1', b: '2' })).toBe(manifestDigest({ b: '2', a: '1' }));
    expect(manifestDigest({ a: '1' })).not.toBe(manifestDigest({ a: '2' }));
  });
});

describe('fnv1a', () => {
  it('is FNV-1a 32-bit', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
});
