import { describe, expect, it } from 'vitest';
import {
  isRunnableBlock,
  outcomeMatches,
  parseSnippetMeta,
  withHighlightedLine,
} from './snippetMeta';

describe('parseSnippetMeta', () => {
  it('reads world, expect and a quoted title', () => {
    const m = parseSnippetMeta('world=docs expect=ok title="Link a model"');
    expect(m).toMatchObject({ world: 'docs', expect: 'ok', title: 'Link a model' });
  });

  it('reads the simulated wandb version from sdk=', () => {
    expect(parseSnippetMeta('world=docs sdk=0.20.0 expect=ok').sdk).toBe('0.20.0');
    expect(parseSnippetMeta('world=docs expect=ok').sdk).toBeUndefined();
  });

  it('reads dotted error types and single quotes', () => {
    const m = parseSnippetMeta("world=personal-entity expect=wandb.errors.CommError title='x y'");
    expect(m.world).toBe('personal-entity');
    expect(m.expect).toBe('wandb.errors.CommError');
    expect(m.title).toBe('x y');
  });

  it('copes with a missing meta string', () => {
    expect(parseSnippetMeta(undefined)).toEqual({
      world: undefined,
      expect: undefined,
      title: undefined,
      attrs: {},
    });
  });
});

describe('isRunnableBlock', () => {
  it('needs python and a world', () => {
    expect(isRunnableBlock('language-python', parseSnippetMeta('world=docs'))).toBe(true);
    expect(isRunnableBlock('language-python', parseSnippetMeta('title="a"'))).toBe(false);
    expect(isRunnableBlock('language-bash', parseSnippetMeta('world=docs'))).toBe(false);
    expect(isRunnableBlock(undefined, parseSnippetMeta('world=docs'))).toBe(false);
  });
});

describe('outcomeMatches', () => {
  it('matches ok only without an error', () => {
    expect(outcomeMatches('ok', undefined)).toBe(true);
    expect(outcomeMatches('ok', { type: 'NameError' })).toBe(false);
  });

  it('matches the full type or its last segment', () => {
    const e = { type: 'wandb.errors.CommError' };
    expect(outcomeMatches('wandb.errors.CommError', e)).toBe(true);
    expect(outcomeMatches('CommError', e)).toBe(true);
    expect(outcomeMatches('UsageError', e)).toBe(false);
    expect(outcomeMatches('CommError', undefined)).toBe(false);
  });
});

describe('withHighlightedLine', () => {
  it('appends the line and replaces an existing range', () => {
    expect(withHighlightedLine('world=docs {1-2}', 4)).toBe('world=docs {4}');
    expect(withHighlightedLine('world=docs', undefined)).toBe('world=docs');
    expect(withHighlightedLine(undefined, 3)).toBe('{3}');
  });
});
