// Decoding request variables the way a GraphQL server coerces them: wrong types read as
// absent, and a missing required variable is the server's validation error.
import type { ArtifactEdit } from '../world/types';

export type Vars = Readonly<Record<string, unknown>>;

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const bool = (v: unknown, dflt: boolean) => (typeof v === 'boolean' ? v : dflt);
export const obj = (v: unknown): Vars =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Vars) : {};
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A JSONString variable (config, metadata, files): an object, or {} when it is not one. */
export const parseJsonObject = (v: unknown): Vars => {
  if (typeof v !== 'string' || !v) return obj(v);
  try {
    return obj(JSON.parse(v));
  } catch {
    return {};
  }
};

export function required<V extends object>(vars: V, key: keyof V & string): string {
  const v = str((vars as Vars)[key]);
  if (v === undefined)
    throw new Error(`Variable "$${key}" of required type "String!" was not provided.`);
  return v;
}

/** A JSON array of reference entries (CreateArtifact's `references`); malformed items are dropped. */
export const referenceEntries = (v: unknown) => {
  let list: unknown[] = [];
  try {
    list = typeof v === 'string' && v ? arr(JSON.parse(v)) : [];
  } catch {
    list = [];
  }
  return list.flatMap((item) => {
    const o = obj(item);
    const path = str(o.path);
    const ref = str(o.ref);
    const digest = str(o.digest);
    if (!path || !ref || digest === undefined) return [];
    const size = typeof o.size === 'number' && o.size >= 0 ? Math.floor(o.size) : null;
    const extra = Object.fromEntries(
      Object.entries(obj(o.extra)).filter(
        (kv): kv is [string, string] => typeof kv[1] === 'string',
      ),
    );
    return [{ path, ref, digest, size, ...(Object.keys(extra).length ? { extra } : {}) }];
  });
};

/** `[{alias: ...}, ...]` → the alias strings. */
export const aliasNames = (v: unknown): string[] =>
  arr(v)
    .map((a) => str(obj(a).alias))
    .filter((a) => a !== undefined);

/** `[{tagName}]` (TagInput: CreateArtifact's `tags`, UpdateArtifact's `tagsToAdd`/`tagsToDelete`). */
export const tagNames = (v: unknown): string[] =>
  arr(v)
    .map((t) => str(obj(t).tagName))
    .filter((t) => t !== undefined);

/** `ttlDurationSeconds`: null leaves it; -1 inherits; -2 (or 0) is none; else seconds. */
export function ttlEdit(v: unknown): Pick<ArtifactEdit, 'ttl'> {
  if (typeof v !== 'number') return {};
  if (v === -1) return { ttl: 'inherit' };
  return { ttl: v > 0 ? Math.floor(v) : null };
}
