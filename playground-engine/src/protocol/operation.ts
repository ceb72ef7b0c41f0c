// One GraphQL operation, defined once: the document the client sends and the TypeScript
// shapes of its variables and of its `data`. The shapes are phantom (types only), so a
// definition costs one string at runtime. Its name is its key in `operations` (index.ts);
// a test checks that every key is the name the document declares.

export interface Operation<Variables = unknown, Result = unknown> {
  readonly kind: 'query' | 'mutation';
  /** The name the document declares (`query Viewer ...` → 'Viewer'). */
  readonly name: string;
  readonly document: string;
  /** Phantom: never set; carries the types to `VariablesOf` and `ResultOf`. */
  readonly __types?: { variables: Variables; result: Result };
}

export type VariablesOf<O> = O extends Operation<infer V, unknown> ? V : never;
export type ResultOf<O> = O extends Operation<unknown, infer R> ? R : never;

const HEAD = /^\s*(query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/** `operation<Variables, Result>('query Viewer { ... }')`. */
export function operation<Variables, Result>(document: string): Operation<Variables, Result> {
  const m = HEAD.exec(document);
  if (!m) throw new Error(`not a named query or mutation: ${document.slice(0, 40)}`);
  return { kind: m[1] as 'query' | 'mutation', name: m[2], document };
}

/** A GraphQL connection as the API sends it. */
export type Edges<T> = { edges: { node: T }[] };

/** Variables of an operation that takes none. */
export type NoVariables = Record<string, never>;
