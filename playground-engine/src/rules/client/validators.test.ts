import { describe, expect, it } from 'vitest';
import {
  validateAliases,
  validateArtifactName,
  validateArtifactType,
  validateArtifactTypes,
  validateMetadata,
  validateRegistryName,
  validateTags,
} from './validators';

const err = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return { type: (e as { pyType: string }).pyType, message: (e as Error).message };
  }
  throw new Error('expected a throw');
};

describe('validators: exact SDK messages', () => {
  it('artifact name charset', () => {
    expect(err(() => validateArtifactName('my model'))).toEqual({
      type: 'ValueError',
      message:
        "Artifact name may only contain alphanumeric characters, dashes, underscores, and dots. Invalid name: 'my model'",
    });
    expect(validateArtifactName('my-model_v2.0')).toBe('my-model_v2.0');
  });

  it('artifact name length', () => {
    const long = 'a'.repeat(129);
    expect(err(() => validateArtifactName(long)).message).toBe(
      `Artifact name is longer than 128 characters: '${'a'.repeat(128)} ...'`,
    );
    expect(validateArtifactName('a'.repeat(128))).toHaveLength(128);
  });

  it.each([
    ['wandb-foo', 'x'],
    ['job', 'anything'],
    ['run_table', 'run-1'],
    ['code', 'source-abc'],
  ])('reserved type %s for name %s', (type, name) => {
    expect(err(() => validateArtifactType(type, name)).message).toBe(
      `Artifact type '${type}' is reserved for internal use. Please use a different type.`,
    );
  });

  it('allows ordinary types and non-reserved names', () => {
    expect(validateArtifactType('run_table', 'table-1')).toBe('run_table');
    expect(validateArtifactType('code', 'mycode')).toBe('code');
    expect(validateArtifactType('model', 'm')).toBe('model');
  });

  it('aliases', () => {
    for (const bad of [['a/b'], ['ok', 'x:y']]) {
      expect(err(() => validateAliases(bad)).message).toBe(
        "Aliases must not contain any of the following characters: '/', ':'",
      );
    }
    expect(validateAliases('prod')).toEqual(['prod']);
    expect(validateAliases(['latest', 'v3'])).toEqual(['latest', 'v3']);
  });

  it('tags', () => {
    expect(err(() => validateTags(['bad!tag'])).message).toBe(
      'Invalid tag(s).  Tags must only contain alphanumeric characters separated by hyphens, underscores, and/or spaces.',
    );
    expect(validateTags(['a b', 'x-y', 'a b', 'z_1'])).toEqual(['a b', 'x-y', 'z_1']);
    expect(() => validateTags([' lead'])).toThrow();
  });

  it('metadata key count', () => {
    const big = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]));
    expect(err(() => validateMetadata(big)).message).toBe(
      'Artifact must not have more than 100 metadata keys.',
    );
    expect(validateMetadata(undefined)).toEqual({});
  });

  it('registry names', () => {
    expect(err(() => validateRegistryName('')).message).toBe('Registry name cannot be empty');
    expect(err(() => validateRegistryName('r'.repeat(114))).message).toBe(
      `Invalid registry name '${'r'.repeat(114)}', must be 113 characters or less`,
    );
    expect(err(() => validateRegistryName('a?b/c:d')).message).toBe(
      "Invalid project/registry name 'a?b/c:d', cannot contain characters: '/', ':', '?'",
    );
    expect(err(() => validateRegistryName('x\n')).message).toBe(
      "Invalid project/registry name 'x\\n', cannot contain characters: '\\n'",
    );
    expect(validateRegistryName('Golden Datasets')).toBe('Golden Datasets');
  });

  it('registry accepted types', () => {
    expect(err(() => validateArtifactTypes(['a/b'])).message).toBe(
      "Artifact types must not contain any of the following characters: '/', ':'",
    );
    expect(err(() => validateArtifactTypes(['t'.repeat(129)])).message).toBe(
      'Artifact types must be less than or equal to 128 characters',
    );
    expect(validateArtifactTypes(['model', 'dataset'])).toEqual(['model', 'dataset']);
  });
});
