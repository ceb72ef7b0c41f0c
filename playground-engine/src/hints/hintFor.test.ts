import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode, RUNTIME_CODES, TROUBLESHOOTING_CODES } from '../errors/codes';
import { docsFor, hintFor } from './hintFor';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const anchors = (text: string) =>
  new Set([...text.matchAll(/^#{1,6} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]));

describe('error codes are docs anchors', () => {
  it('every troubleshooting code has a section with that anchor in docs/troubleshooting.mdx', () => {
    const have = anchors(read('../../../docs/troubleshooting.mdx'));
    expect(TROUBLESHOOTING_CODES.filter((c) => !have.has(c))).toEqual([]);
  });

  it("every runtime code has a section in the runtime's reference (playground-engine/README.md)", () => {
    const have = anchors(read('../../README.md'));
    expect(RUNTIME_CODES.filter((c) => !have.has(c))).toEqual([]);
  });
});

describe('hintFor', () => {
  it('gives every code a text and the link to its own section', () => {
    for (const code of ERROR_CODES) {
      const h = hintFor(code);
      expect(h.text.length).toBeGreaterThan(20);
      expect(h.docs).toBe(docsFor(code));
      expect(h.docs.endsWith(`#${code}`)).toBe(true);
    }
    expect(hintFor('personal-account').docs).toBe('/docs/troubleshooting#personal-account');
    expect(hintFor('budgets').docs).toBe('/docs/playground-runtime#budgets');
  });

  it('knows its codes and nothing else', () => {
    expect(isErrorCode('type-not-accepted')).toBe(true);
    expect(isErrorCode('type')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
