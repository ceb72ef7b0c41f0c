// Client-side validators with the SDK's exact messages (facts §2).
import { SimError } from '../../errors/simError';
import { pyRepr } from '../../text/pyRepr';
import { REGISTRY_PREFIX } from '../../paths/targetPath';

const NAME_RE = /^[a-zA-Z0-9_\-.]+$/;
const MAX_NAME = 128;

/** The Artifact constructor's checks: charset first, then validate_artifact_name. */
export function validateArtifactName(name: string): string {
  return validateArtifactNameLengthAndSlash(checkArtifactNameCharset(name));
}

/** Artifact.__init__'s own `re.match` on the name, before anything else (then the warnings). */
export function checkArtifactNameCharset(name: string): string {
  if (!NAME_RE.test(name)) {
    throw new SimError(
      'ValueError',
      `Artifact name may only contain alphanumeric characters, dashes, underscores, and dots. Invalid name: ${pyRepr(name)}`,
      'invalid-artifact-name',
    );
  }
  return name;
}

/** validate_artifact_name: length, then '/' (the latter only reachable on collection renames). */
export function validateArtifactNameLengthAndSlash(name: string): string {
  if (name.length > MAX_NAME) {
    throw new SimError(
      'ValueError',
      `Artifact name is longer than ${MAX_NAME} characters: ${pyRepr(`${name.slice(0, MAX_NAME)} ...`)}`,
      'invalid-artifact-name',
    );
  }
  if (name.includes('/')) {
    throw new SimError(
      'ValueError',
      `Artifact names must not contain any of the following characters: '/'.  Got: ${pyRepr(name)}`,
      'invalid-artifact-name',
    );
  }
  return name;
}

const RESERVED_NAME_PREFIX_BY_TYPE: Record<string, string> = {
  job: '',
  run_table: 'run-',
  code: 'source-',
};

export function validateArtifactType(type: string, name: string): string {
  const badPrefix = Object.hasOwn(RESERVED_NAME_PREFIX_BY_TYPE, type)
    ? RESERVED_NAME_PREFIX_BY_TYPE[type]
    : undefined;
  if ((badPrefix !== undefined && name.startsWith(badPrefix)) || type.startsWith('wandb-')) {
    throw new SimError(
      'ValueError',
      `Artifact type ${pyRepr(type)} is reserved for internal use. Please use a different type.`,
      'reserved-type',
    );
  }
  return type;
}

export function validateAliases(aliases: readonly string[] | string): string[] {
  const list = typeof aliases === 'string' ? [aliases] : [...aliases];
  if (list.some((a) => a.includes('/') || a.includes(':'))) {
    throw new SimError(
      'ValueError',
      "Aliases must not contain any of the following characters: '/', ':'",
      'alias-characters',
    );
  }
  return list;
}

/** ArtifactAliasInput.alias max_length=128 (pydantic); the link wrapper turns it into CommError. */
export function validateAliasLengths(aliases: readonly string[]): void {
  for (const a of aliases) {
    if (a.length > 128) {
      throw new SimError(
        'ValueError',
        `1 validation error for ArtifactAliasInput\nalias\n  String should have at most 128 characters [type=string_too_long, input_value=${pyRepr(a)}, input_type=str]`,
        'alias-characters',
      );
    }
  }
}

const TAG_RE = /^[-\p{L}\p{N}\p{M}_]+( +[-\p{L}\p{N}\p{M}_]+)*$/u; // Python's Unicode \w

export function validateTags(tags: readonly string[] | string): string[] {
  const list = [...new Set(typeof tags === 'string' ? [tags] : tags)];
  if (list.some((t) => !TAG_RE.test(t))) {
    throw new SimError(
      'ValueError',
      'Invalid tag(s).  Tags must only contain alphanumeric characters separated by hyphens, underscores, and/or spaces.',
      'invalid-tags',
    );
  }
  return list;
}

export function validateMetadata(
  metadata: Record<string, unknown> | undefined | null,
): Record<string, unknown> {
  if (metadata === undefined || metadata === null) return {};
  if (Object.keys(metadata).length > 100) {
    throw new SimError(
      'ValueError',
      'Artifact must not have more than 100 metadata keys.',
      'invalid-tags',
    );
  }
  return metadata;
}

const INVALID_URL_CHARS = ['/', '\\', '#', '?', '%', ':', '\r', '\n'];

/** validate_project_name(f"wandb-registry-{name}") as Api.create_registry uses it. */
export function validateRegistryName(name: string): string {
  const project = `${REGISTRY_PREFIX}${name}`;
  if (!name) throw new SimError('ValueError', 'Registry name cannot be empty', 'registry-name');
  if (project.length > 128) {
    throw new SimError(
      'ValueError',
      `Invalid registry name ${pyRepr(name)}, must be ${128 - REGISTRY_PREFIX.length} characters or less`,
      'registry-name',
    );
  }
  const bad = INVALID_URL_CHARS.filter((c) => project.includes(c));
  if (bad.length) {
    const reprs = bad.map(pyRepr).sort();
    throw new SimError(
      'ValueError',
      `Invalid project/registry name ${pyRepr(name)}, cannot contain characters: ${reprs.join(', ')}`,
      'registry-name',
    );
  }
  return name;
}

/** validate_artifact_types (registry accepted types). */
export function validateArtifactTypes(types: readonly string[]): string[] {
  for (const t of types) {
    if (t.includes('/') || t.includes(':')) {
      throw new SimError(
        'ValueError',
        "Artifact types must not contain any of the following characters: '/', ':'",
        'registry-name',
      );
    }
    if (t.length > 128) {
      throw new SimError(
        'ValueError',
        'Artifact types must be less than or equal to 128 characters',
        'registry-name',
      );
    }
  }
  return [...types];
}
