// Stands in for @lezer/highlight in the site's bundle (lezer-no-highlight.ts). @lezer/python's
// parser carries highlighting tags for editors built on lezer (CodeMirror); the engine only
// parses, the site highlights with Prism and edits with Monaco, so nothing reads the tags.
// With this stub the parser gets no style props, and the first Run does not download
// @lezer/highlight (≈2 KB gzip). Every `tags.x`, `tags.f(tags.x)` is one inert value.
type Inert = ((...args: unknown[]) => Inert) & { readonly [name: string]: Inert };

export const tags = new Proxy(() => tags, { get: () => tags }) as Inert;

/** A NodePropSource that adds no prop to any node type (null: nothing to add). */
export function styleTags(_spec: Record<string, unknown>): (type: unknown) => null {
  return () => null;
}
