// The SDK's ArtifactPath.from_str / to_str (wandb/sdk/artifacts/_validators.py), exactly:
// split on the first ':' (kept on the name), then the left part on '/' into 1-3 parts.
import { SimError } from '../errors/simError';
import { pyRepr } from '../text/pyRepr';

export const REGISTRY_PREFIX = 'wandb-registry-';

export interface TargetPath {
  prefix?: string;
  project?: string;
  /** Collection name, with the ':alias' suffix if the path had one (the SDK keeps it). */
  name: string;
}

export function parseTargetPath(path: string): TargetPath {
  if (typeof path !== 'string') {
    throw new SimError(
      'TypeError',
      `target_path must be a str, not ${describe(path)}`,
      'wrong-argument',
    );
  }
  const colon = path.indexOf(':');
  const collectionPath = colon < 0 ? path : path.slice(0, colon);
  const aliasPart = colon < 0 ? '' : path.slice(colon);
  const parts = collectionPath.split('/');
  if (parts.length === 1) return { name: parts[0] + aliasPart };
  if (parts.length === 2) return { project: parts[0], name: parts[1] + aliasPart };
  if (parts.length === 3)
    return { prefix: parts[0], project: parts[1], name: parts[2] + aliasPart };
  throw new SimError('ValueError', `Invalid artifact path: ${pyRepr(path)}`, 'invalid-path');
}

/** ArtifactPath.to_str: empty or missing parts are left out. */
export function formatTargetPath(p: TargetPath): string {
  return [p.prefix, p.project, p.name].filter((x) => x).join('/');
}

/** `is_artifact_registry_project`, with the facts' rule that the bare prefix is not one. */
export function isRegistryProject(project: string | undefined): boolean {
  return (
    typeof project === 'string' &&
    project.startsWith(REGISTRY_PREFIX) &&
    project !== REGISTRY_PREFIX
  );
}

/** 'model' → 'wandb-registry-model': the project that holds a registry. */
export function registryProject(registry: string): string {
  return `${REGISTRY_PREFIX}${registry}`;
}

/** 'wandb-registry-model' → 'model'. */
export function registryNameOf(project: string): string {
  return project.startsWith(REGISTRY_PREFIX) ? project.slice(REGISTRY_PREFIX.length) : project;
}

/** Splits 'coll:alias' into its collection and alias (alias undefined when absent). */
export function splitAlias(name: string): { collection: string; alias?: string } {
  const i = name.indexOf(':');
  return i < 0 ? { collection: name } : { collection: name.slice(0, i), alias: name.slice(i + 1) };
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  return typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : typeof v;
}
