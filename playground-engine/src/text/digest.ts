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

// Four differently seeded FNV-1a lanes, run together over the text: a quarter of the reads
// of four passes. Module state, so hashing allocates nothing until the hex string.
const SEEDS = [0x811c9dc5, 0x01234567, 0x89abcdef, 0x0badf00d] as const;
let la = 0;
let lb = 0;
let lc = 0;
let ld = 0;

function start(): void {
  [la, lb, lc, ld] = SEEDS;
}

function feed(text: string): void {
  let a = la;
  let b = lb;
  let c = lc;
  let d = ld;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193);
    c = Math.imul(c ^ ch, 0x01000193);
    d = Math.imul(d ^ ch, 0x01000193);
  }
  la = a;
  lb = b;
  lc = c;
  ld = d;
}

function feedCode(ch: number): void {
  la = Math.imul(la ^ ch, 0x01000193);
  lb = Math.imul(lb ^ ch, 0x01000193);
  lc = Math.imul(lc ^ ch, 0x01000193);
  ld = Math.imul(ld ^ ch, 0x01000193);
}

/** Feeds the 32 hex digits of four words, as if their hex string. */
function feedHex(words: readonly number[]): void {
  for (const word of words) {
    const h = word >>> 0;
    for (let i = 0; i < 8; i++) feedCode(HEX[(h >>> (28 - 4 * i)) & 15]);
  }
}

/** 32 hex chars (md5-sized) from four differently seeded FNV passes. */
export function contentDigest(text: string): string {
  start();
  feed(text);
  return hex32(la, lb, lc, ld);
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

/** Whether JSON.stringify writes `name` as `"name"`: no quote, backslash, control or surrogate. */
function plainJson(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    if (ch < 0x20 || ch === 0x22 || ch === 0x5c || (ch >= 0xd800 && ch <= 0xdfff)) return false;
  }
  return true;
}
const [OPEN, CLOSE, QUOTE, COMMA] = ['[', ']', '"', ','].map((ch) => ch.charCodeAt(0));

/**
 * Digest of an artifact's manifest: same files (names + contents) ⇒ same digest. It is
 * contentDigest of `JSON.stringify(names sorted → [[name, contentDigest(content)], …])`,
 * hashed as that text is written, without building it (a world of 100,000 versions computes
 * 100,000 of them: npm run bench:engine).
 */
export function manifestDigest(files: Record<string, string>): string {
  const names = Object.keys(files).sort();
  // Each file's digest first: the lanes are shared.
  const fileWords: number[][] = names.map((name) => {
    start();
    feed(files[name]);
    return [la, lb, lc, ld];
  });
  start();
  feedCode(OPEN);
  for (let i = 0; i < names.length; i++) {
    if (i) feedCode(COMMA);
    feedCode(OPEN);
    const name = names[i];
    if (plainJson(name)) {
      feedCode(QUOTE);
      feed(name);
      feedCode(QUOTE);
    } else {
      feed(JSON.stringify(name));
    }
    feedCode(COMMA);
    feedCode(QUOTE);
    feedHex(fileWords[i]);
    feedCode(QUOTE);
    feedCode(CLOSE);
  }
  feedCode(CLOSE);
  return hex32(la, lb, lc, ld);
}
