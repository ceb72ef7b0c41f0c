/**
 * The meta string of a fenced block, e.g. `world=docs expect=CommError title="Link a model"`.
 * A python block is runnable when it names a world.
 */
export interface SnippetMeta {
  world?: string;
  expect?: string;
  title?: string;
  /** The wandb version the block simulates (`sdk=0.20.0`); default: the world's. */
  sdk?: string;
  /** Every key=value pair, in case a page uses more (e.g. `showLineNumbers`). */
  attrs: Record<string, string>;
}

const PAIR = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;

export function parseSnippetMeta(metastring: string | undefined | null): SnippetMeta {
  const attrs: Record<string, string> = {};
  for (const m of (metastring ?? '').matchAll(PAIR)) {
    attrs[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return { world: attrs.world, expect: attrs.expect, title: attrs.title, sdk: attrs.sdk, attrs };
}

/** A block is runnable when it is python and names a world. */
export function isRunnableBlock(className: string | undefined, meta: SnippetMeta): boolean {
  return /\blanguage-python\b/.test(className ?? '') && Boolean(meta.world);
}

/**
 * Does a run outcome match `expect`? `ok` means no error; otherwise the full
 * type (`wandb.errors.CommError`) or its last dotted segment (`CommError`).
 */
export function outcomeMatches(expect: string, error: { type: string } | undefined): boolean {
  if (expect === 'ok') return error === undefined;
  if (!error) return false;
  const last = error.type.split('.').pop();
  return error.type === expect || last === expect;
}

/** Add a highlighted line (Docusaurus `{N}` syntax) to a meta string, replacing any range. */
export function withHighlightedLine(metastring: string | undefined, line: number | undefined) {
  const base = (metastring ?? '').replace(/\{[\d,\s-]*\}/g, '').trim();
  if (!line || line < 1) return base;
  return `${base} {${line}}`.trim();
}
