// Stable digests of text. A leaf: the SDK computes an artifact's manifest digest before it
// asks the server, and the world computes the same digest for seeded versions.

/** FNV-1a 32-bit; stable across runs and platforms. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 32 hex chars (md5-sized) from four differently seeded FNV passes. */
export function contentDigest(text: string): string {
  let out = '';
  for (const s of [0x811c9dc5, 0x01234567, 0x89abcdef, 0x0badf00d]) {
    out += fnv1a(text, s).toString(16).padStart(8, '0');
  }
  return out;
}

/** Digest of an artifact's manifest: same files (names + contents) ⇒ same digest. */
export function manifestDigest(files: Record<string, string>): string {
  const entries = Object.keys(files)
    .sort()
    .map((k) => [k, contentDigest(files[k])]);
  return contentDigest(JSON.stringify(entries));
}
