import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimError } from '../errors/simError';
import { formatTargetPath, isRegistryProject, parseTargetPath } from './targetPath';

describe('parseTargetPath (ArtifactPath.from_str)', () => {
  it.each([
    ['coll', { name: 'coll' }],
    ['proj/coll', { project: 'proj', name: 'coll' }],
    [
      'acme/wandb-registry-model/coll',
      { prefix: 'acme', project: 'wandb-registry-model', name: 'coll' },
    ],
    ['wandb-registry-model/coll:prod', { project: 'wandb-registry-model', name: 'coll:prod' }],
    // Split on the first ':' only: slashes after it stay on the name.
    ['p/c:a/b/c/d', { project: 'p', name: 'c:a/b/c/d' }],
    [
      'org/wandb-registry-Golden Datasets/raw images',
      { prefix: 'org', project: 'wandb-registry-Golden Datasets', name: 'raw images' },
    ],
    ['a//b', { prefix: 'a', project: '', name: 'b' }],
  ])('%s', (path, expected) => {
    expect(parseTargetPath(path)).toEqual(expected);
  });

  it('refuses 4+ parts with the exact ValueError', () => {
    const err = (() => {
      try {
        parseTargetPath('a/b/c/d');
      } catch (e) {
        return e as SimError;
      }
    })();
    expect(err).toBeInstanceOf(SimError);
    expect(err?.pyType).toBe('ValueError');
    expect(err?.message).toBe("Invalid artifact path: 'a/b/c/d'");
  });

  it("uses Python's repr for the path in the message", () => {
    expect(() => parseTargetPath("a/b/c/it's")).toThrow(`Invalid artifact path: "a/b/c/it's"`);
  });

  it('never throws anything but its own errors', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '/', ':', ' ', "'", '\\', 'é') }), (s) => {
        try {
          parseTargetPath(s);
        } catch (e) {
          expect(e).toBeInstanceOf(SimError);
          expect((e as SimError).message).toMatch(/^Invalid artifact path: /);
        }
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (v) => {
        try {
          parseTargetPath(v as string);
        } catch (e) {
          expect(e).toBeInstanceOf(SimError);
        }
      }),
    );
  });

  it('format(parse(p)) == p for valid paths', () => {
    const part = fc.stringMatching(/^[A-Za-z0-9 _.-]{1,12}$/);
    const path = fc
      .tuple(
        fc.array(part, { minLength: 1, maxLength: 3 }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9/_.-]{0,8}$/)),
      )
      .map(([parts, alias]) => parts.join('/') + (alias === null ? '' : `:${alias}`));
    fc.assert(
      fc.property(path, (p) => {
        expect(formatTargetPath(parseTargetPath(p))).toBe(p);
      }),
    );
  });
});

describe('isRegistryProject', () => {
  it.each([
    ['wandb-registry-model', true],
    ['wandb-registry-Golden Datasets', true],
    ['wandb-registry-', false],
    ['Wandb-registry-model', false],
    ['model-registry', false],
    [undefined, false],
  ])('%s → %s', (p, expected) => {
    expect(isRegistryProject(p)).toBe(expected);
  });
});
