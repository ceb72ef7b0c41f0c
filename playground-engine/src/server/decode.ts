// Decoding request variables the way a GraphQL server coerces them: wrong types read as
// absent, and a missing required variable is the server's validation error.
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

/** `[{alias: ...}, ...]` → the alias strings. */
export const aliasNames = (v: unknown): string[] =>
  arr(v)
    .map((a) => str(obj(a).alias))
    .filter((a) => a !== undefined);
