import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, hasShare, MAX_FRAGMENT_CHARS, shareHref } from './shareCodec';

const payload = {
  v: 1 as const,
  code: 'import wandb\nprint("héllo ✓ <b>")\n',
  worldId: 'multiple-orgs',
  snapshot: { orgs: [{ name: 'acme', teams: ['a', 'b'] }], n: 3 },
};

const raw = (value: unknown) => `#share=${compressToEncodedURIComponent(JSON.stringify(value))}`;

describe('share codec', () => {
  it('round-trips code, world id and snapshot through the hash', () => {
    const hash = `#${encodeShare(payload)}`;
    expect(hasShare(hash)).toBe(true);
    expect(decodeShare(hash)).toEqual({ ok: true, payload });
  });

  it('builds an href whose fragment decodes back', () => {
    const href = shareHref('/playground', { v: 1, code: 'x = 1', worldId: 'docs' });
    expect(href.startsWith('/playground#share=')).toBe(true);
    const decoded = decodeShare(href.slice(href.indexOf('#')));
    expect(decoded).toEqual({ ok: true, payload: { v: 1, code: 'x = 1', worldId: 'docs' } });
  });

  it('produces only URL-safe characters', () => {
    expect(encodeShare(payload)).toMatch(/^share=[A-Za-z0-9+\-$_]*$/);
  });

  it('rejects a tampered fragment with a reason instead of throwing', () => {
    const good = encodeShare(payload);
    const tampered = `#${good.slice(0, 20)}!!garbage${good.slice(30)}`;
    const r = decodeShare(tampered);
    expect(r.ok).toBe(false);
  });

  it.each([
    ['#', "no 'share=' part"],
    ['#share=', 'empty'],
    ['#share=%%%%', 'not valid compressed text'],
    [`#share=${compressToEncodedURIComponent('{not json')}`, 'not valid JSON'],
    [raw([1, 2]), 'not an object'],
    [raw({ v: 2, code: '', worldId: 'docs' }), 'unsupported format version 2'],
    [raw({ v: 1, code: 5, worldId: 'docs' }), "'code' must be a string"],
    [raw({ v: 1, code: '', worldId: '../../etc' }), "'worldId' must be a world id"],
    [`#share=${'A'.repeat(MAX_FRAGMENT_CHARS + 1)}`, 'too long'],
  ])('explains why %s is refused', (hash, reason) => {
    const r = decodeShare(hash);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});
