// The rule that keeps the engine out of a doc page's initial JS, as a checker a test runs over
// the site's sources: site code may name engine TYPES anywhere (type-only imports are erased),
// but takes the engine's CODE only through the loaders in engine.ts, whose one dynamic import
// is `playground-engine/page`: what a first Run needs. Its other parts (analyzer, scenarios,
// world edits) load through that entry's own loaders, so the full API never reaches a page.

export interface ImportProblem {
  line: number;
  why: string;
}

/** Subpaths the engine publishes for eager use (small, no simulator inside). */
export const EAGER_ENGINE_SUBPATHS: readonly string[] = ['playground-engine/paths'];

/** The entry the loader imports: a first Run's engine, with loaders for the rest. */
export const PAGE_ENGINE_ENTRY = 'playground-engine/page';

const FROM_ENGINE =
  /(^|\n)[ \t]*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"](playground-engine[^'"]*)['"]/g;
const BARE_IMPORT = /(^|\n)[ \t]*import\s*['"](playground-engine[^'"]*)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"](playground-engine[^'"]*)['"]\s*\)/g;
const DOUBLE_CAST = /\bas unknown as\b/g;

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** `{ type A, type B }` only: every name is a type, so the statement is erased. */
function onlyTypes(clause: string): boolean {
  const m = /^\{([^}]*)\}$/.exec(clause.trim());
  return Boolean(m?.[1].split(',').every((n) => n.trim() === '' || /^type\s/.test(n.trim())));
}

/** Problems in one site source file; `isLoader` is true for engine.ts, the one loader. */
export function engineImportProblems(source: string, isLoader = false): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add = (index: number, why: string) => problems.push({ line: lineAt(source, index), why });
  for (const m of source.matchAll(FROM_ENGINE)) {
    const [, lead, , typeKeyword, clause, spec] = m;
    if (typeKeyword || onlyTypes(clause) || EAGER_ENGINE_SUBPATHS.includes(spec)) continue;
    add(
      m.index + lead.length,
      `a value import of '${spec}' puts the engine in the page's initial JS: use \`import type\` or loadEngine()`,
    );
  }
  for (const m of source.matchAll(BARE_IMPORT)) {
    if (!EAGER_ENGINE_SUBPATHS.includes(m[2])) {
      add(m.index + m[1].length, `a bare import of '${m[2]}' runs the engine on page load`);
    }
  }
  for (const m of source.matchAll(DYNAMIC_IMPORT)) {
    if (!isLoader) {
      add(
        m.index,
        'the engine is loaded in one place: call loadEngine() (or loadAnalyzer(), ...) from src/playground/engine',
      );
    } else if (m[1] !== PAGE_ENGINE_ENTRY) {
      add(
        m.index,
        `the loader imports '${PAGE_ENGINE_ENTRY}' (a first Run's engine); '${m[1]}' would put more in the first Run's chunk`,
      );
    }
  }
  for (const m of source.matchAll(DOUBLE_CAST)) {
    add(
      m.index,
      "a double cast (via unknown) hides a mismatch with the engine's types: use its own types",
    );
  }
  return problems;
}
