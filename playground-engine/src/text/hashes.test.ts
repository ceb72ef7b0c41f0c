import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hex, md5, md5Base64, utf8 } from './hashes';

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
