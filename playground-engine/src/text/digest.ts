// Stable digests of text. A leaf: the SDK computes an artifact's manifest digest before it
// asks the server, and the world computes the same digest for seeded versions.
import { md5Base64, md5Hex } from './hashes';

/** FNV-1a 32-bit; stable across runs and platforms. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** One manifest line: an entry's path and its digest (base64 MD5, ETag or URI). */
export interface DigestEntry {
  path: string;
  digest: string;
}

/** Python's str order (code points); JS `<` compares UTF-16 units, which differs only past U+D7FF. */
function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after U+E000..U+FFFF.
    const rank = (c: number) => (c < 0xd800 ? c : c < 0xe000 ? c + 0x2000 : c - 0x800);
    return rank(x) - rank(y);
  }
  return a.length - b.length;
}

/**
 * ArtifactManifestV1.digest(): hex MD5 of `wandb-artifact-manifest-v1\n` and one
 * `path:digest\n` line per entry in path order. The SDK sends it as the version's digest;
 * the server dedups on it and `artifact.digest` of a logged version returns it.
 */
export function entriesDigest(entries: Iterable<DigestEntry>): string {
  const sorted = [...entries].sort((a, b) => byCodePoint(a.path, b.path));
  let text = 'wandb-artifact-manifest-v1\n';
  for (const e of sorted) text += `${e.path}:${e.digest}\n`;
  return md5Hex(text);
}

/**
 * The manifest digest of a version's files (each entry's digest is the base64 MD5 of its
 * text, md5_file_b64) and reference entries (their own digest): same content, same digest.
 */
export function manifestDigest(
  files: Record<string, string>,
  references: readonly DigestEntry[] = [],
): string {
  const entries: DigestEntry[] = Object.keys(files).map((path) => ({
    path,
    digest: md5Base64(files[path]),
  }));
  return entriesDigest([...entries, ...references]);
}
