import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world';
import { analyzeUnchecked } from './analyze';
import { FIFTY_LINES, QUICKSTART, REFERENCE } from './fixtures';
import { worldFacts } from './worldFacts';

// analyzeUnchecked has no safety net: a throw here is a real bug that `analyze` would hide.
const facts = worldFacts(createWorld());

const TOKENS = [
  'import',
  'wandb',
  'from',
  'as',
  'def',
  'class',
  'lambda',
  'for',
  'in',
  'if',
  'else',
  'with',
  'try',
  'except',
  'global',
  'match',
  'case',
  'return',
  ':=',
  '=',
  '+=',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  '*',
  '**',
  '\n',
  '    ',
  ' ',
  'run',
  'link_artifact',
  'link',
  'log_artifact',
  'Artifact',
  'target_path',
  'aliases',
  'name',
  'type',
  'ORG',
  '"',
  "'",
  '"""',
  'f"',
  "rf'",
  '{ORG}',
  '{{',
  '}}',
  '\\',
  '\\x6',
  '\\N{',
  '<insert-org-name>',
  'wandb-registry-',
  'wandb_registry-',
  'acme/',
  'vision-team/',
  'model',
  ':prod',
  'a/b',
  '/',
  '#',
  '@',
  '\ud83d',
  '\ude00',
  '🙂',
];

const SNIPPETS = [REFERENCE, QUICKSTART, FIFTY_LINES];

/** Asserts the result is well formed: offsets inside the code, fixes that apply. */
function check(code: string) {
  const ds = analyzeUnchecked(code, facts);
  for (const d of ds) {
    expect(d.from).toBeGreaterThanOrEqual(0);
    expect(d.to).toBeGreaterThanOrEqual(d.from);
    expect(d.to).toBeLessThanOrEqual(code.length);
    expect(typeof d.message).toBe('string');
    for (const f of d.fixes ?? []) {
      for (const e of f.edits ?? []) {
        expect(e.from).toBeGreaterThanOrEqual(0);
        expect(e.to).toBeLessThanOrEqual(code.length);
      }
    }
  }
}

describe('analyze never throws', () => {
  it('on random token streams', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }), (tokens) => {
        check(tokens.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('on mutations of the docs snippets (delete, insert, replace a slice)', () => {
    const mutation = fc.record({
      snippet: fc.constantFrom(...SNIPPETS),
      at: fc.nat(),
      len: fc.nat({ max: 20 }),
      insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })),
    });
    fc.assert(
      fc.property(mutation, ({ snippet, at, len, insert }) => {
        const i = at % (snippet.length + 1);
        check(snippet.slice(0, i) + insert + snippet.slice(i + len));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (code) => {
        check(code);
      }),
      { numRuns: 200 },
    );
  });
});
