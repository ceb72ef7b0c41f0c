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
  return hex32(a, b, c, d);
}

const HEX = [...'0123456789abcdef'].map((ch) => ch.charCodeAt(0));
const digits: number[] = new Array(32).fill(0);

/**
 * Four 32-bit words as 32 hex digits, built as one flat string from char codes: a world
 * computes two digests per version (a `+` chain would also keep a tree of parts per digest).
 */
function hex32(...words: number[]): string {
  for (let w = 0; w < 4; w++) {
    const h = words[w] >>> 0;
    for (let i = 0; i < 8; i++) digits[w * 8 + i] = HEX[(h >>> (28 - 4 * i)) & 15];
  }
  return String.fromCharCode(...digits);
}

/** Digest of an artifact's manifest: same files (names + contents) ⇒ same digest. */
export function manifestDigest(files: Record<string, string>): string {
  const entries = Object.keys(files)
    .sort()
    .map((k) => [k, contentDigest(files[k])]);
  return contentDigest(JSON.stringify(entries));
}
