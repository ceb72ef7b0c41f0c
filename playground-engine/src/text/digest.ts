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
  // The four passes of fnv1a (seeds below) in one loop over the text: same result, a quarter
  // of the reads (a world of 100,000 versions computes 200,000 digests).
  let a = 0x811c9dc5;
  let b = 0x01234567;
  let c = 0x89abcdef;
  let d = 0x0badf00d;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193);
    c = Math.imul(c ^ ch, 0x01000193);
    d = Math.imul(d ^ ch, 0x01000193);
  }
  // join() makes one flat string; `+` would keep a tree of four parts and three joints,
  // which a world stores twice per version (record and dedup index).
  return [hex8(a), hex8(b), hex8(c), hex8(d)].join('');
}

const hex8 = (h: number) => (h >>> 0).toString(16).padStart(8, '0');

/** Digest of an artifact's manifest: same files (names + contents) ⇒ same digest. */
export function manifestDigest(files: Record<string, string>): string {
  const entries = Object.keys(files)
    .sort()
    .map((k) => [k, contentDigest(files[k])]);
  return contentDigest(JSON.stringify(entries));
}
