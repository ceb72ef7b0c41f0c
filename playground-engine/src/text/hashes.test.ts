import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hex, md5, md5Base64, md5Hex, utf8 } from './hashes';

describe('md5', () => {
  // Every padding case: lengths around the 56-byte boundary of one and two blocks.
  it('agrees with node:crypto on every length up to three blocks', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(hex(md5(bytes)), `length ${n}`).toBe(createHash('md5').update(bytes).digest('hex'));
    }
  });

  it('md5Base64 is the base64 MD5 of the UTF-8 text (md5_file_b64)', () => {
    for (const t of ['', 'weights 1', 'ünïcødé ✓ 𝔘', 'x'.repeat(1000)]) {
      expect(md5Base64(t)).toBe(createHash('md5').update(utf8(t)).digest('base64'));
    }
  });
});

describe('md5 of text (one reused buffer)', () => {
  const node = (t: string, enc: 'hex' | 'base64') => createHash('md5').update(utf8(t)).digest(enc);

  it('md5Hex and md5Base64 agree with node:crypto on ASCII, non-ASCII and long texts, in any order', () => {
    // Long first, then short: the buffer's leftovers must not leak into a shorter message.
    const texts = ['é'.repeat(5000), 'a', '', 'x'.repeat(3000), 'model.txt:abc\n', '𝔘✓', 'b'];
    for (const t of texts) {
      expect(md5Hex(t), `hex of ${t.slice(0, 8)} (${t.length})`).toBe(node(t, 'hex'));
      expect(md5Base64(t), `base64 of ${t.slice(0, 8)} (${t.length})`).toBe(node(t, 'base64'));
    }
  });

  it('md5 of bytes is unchanged by text hashed between calls', () => {
    const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);
    const first = hex(md5(bytes));
    md5Hex('y'.repeat(10_000));
    expect(hex(md5(bytes))).toBe(first);
    expect(first).toBe(createHash('md5').update(bytes).digest('hex'));
  });
});

describe('hex', () => {
  it('is lowercase hex of every byte, short or longer than one slice', () => {
    for (const n of [0, 1, 16, 4096, 4097, 10_000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) & 0xff);
      expect(hex(bytes), `length ${n}`).toBe(Buffer.from(bytes).toString('hex'));
    }
  });
});
