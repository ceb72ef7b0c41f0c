import { describe, expect, it } from 'vitest';
import { decodeEscape, escapeFor, type LiteralInfo, literalShape } from './strval';

const lit = (over: Partial<LiteralInfo> = {}): LiteralInfo => ({
  id: 0,
  quote: '"',
  raw: false,
  fstring: false,
  ...over,
});

describe('decodeEscape', () => {
  it.each([
    ['\\n', '\n'],
    ['\\\\', '\\'],
    ['\\"', '"'],
    ['\\x41', 'A'],
    ['\\u00e9', 'é'],
    ['\\U0001F642', '🙂'],
    ['\\101', 'A'],
    ['\\\n', ''],
    ['\\d', '\\d'],
    ['\\N{DASH}', '\\N{DASH}'],
  ])('%j → %j', (src, out) => {
    expect(decodeEscape(src)).toBe(out);
  });
});

describe('escapeFor', () => {
  it('escapes quotes and backslashes in plain literals', () => {
    expect(escapeFor('a"b\\c', lit())).toBe('a\\"b\\\\c');
    expect(escapeFor("it's", lit({ quote: "'" }))).toBe("it\\'s");
  });
  it('doubles braces in f-strings', () => {
    expect(escapeFor('{x}', lit({ fstring: true }))).toBe('{{x}}');
  });
  it('refuses what a literal cannot hold plainly', () => {
    expect(escapeFor('a\\b', lit({ raw: true }))).toBeNull();
    expect(escapeFor('a\nb', lit())).toBeNull();
    expect(escapeFor('a\nb', lit({ quote: '"""' }))).toBe('a\nb');
  });
});

describe('literalShape', () => {
  it.each([
    ['"x"', { prefixLen: 0, quote: '"', raw: false, fstring: false, bytes: false }],
    ["rf'''x'''", { prefixLen: 2, quote: "'''", raw: true, fstring: true, bytes: false }],
    ['Rb"x"', { prefixLen: 2, quote: '"', raw: true, fstring: false, bytes: true }],
  ])('%s', (src, shape) => {
    expect(literalShape(src)).toEqual(shape);
  });
  it('is null for a non-literal', () => {
    expect(literalShape('name')).toBeNull();
  });
});
