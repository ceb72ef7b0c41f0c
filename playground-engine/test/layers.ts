// The engine's layers, and a checker that reads every import of playground-engine/src and
// reports each edge that goes up (or sideways) instead of down. Tests (*.test.ts) and test
// helpers sit on top of everything and are not checked.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/**
 * Each layer and the layers it may import (besides itself). A file's layer is the longest
 * key that prefixes its path under src/ ('' = the package's entry files).
 */
export const LAYERS: Readonly<Record<string, readonly string[]>> = {
  // Leaves
  text: [],
  errors: [],
  paths: ['errors', 'text'],
  hints: ['errors', 'paths', 'text'],
  protocol: [],
  // What the runtime can import, as data: the editor reads it without loading the runtime.
  'python/modules/names': [],
  // The SDK's signatures, as data: the binding binds with them, the editor reads them.
  'python/wandb/signatures': [],
  // The backend: world -> rules -> server
  world: ['errors', 'paths', 'text'],
  'rules/client': ['errors', 'paths', 'text', 'protocol'],
  'rules/server': ['errors', 'paths', 'text', 'world'],
  rules: ['rules/client', 'rules/server'],
  server: ['errors', 'paths', 'text', 'protocol', 'world', 'rules', 'rules/client', 'rules/server'],
  // The clients: client -> protocol; sdk -> client; python -> sdk
  client: ['errors', 'paths', 'text', 'protocol'],
  sdk: ['errors', 'paths', 'text', 'protocol', 'client', 'rules/client'],
  python: [
    'errors',
    'paths',
    'text',
    'hints',
    'protocol',
    'client',
    'sdk',
    'python/modules/names',
    'python/wandb/signatures',
  ],
  // The editor's analysis: rules and facts of the world
  analysis: [
    'errors',
    'paths',
    'text',
    'hints',
    'python/modules/names',
    'python/wandb/signatures',
    'world',
    'rules',
    'rules/client',
    'rules/server',
  ],
  // The composition root: a client, the runtime and a world's server in one page
  host: ['errors', 'paths', 'text', 'hints', 'protocol', 'world', 'server', 'client', 'python'],
  // On top
  scenarios: ['*'],
  '': ['*'],
};

export interface Edge {
  /** Importing file, relative to src/. */
  from: string;
  /** Imported module, relative to src/ (without extension). */
  to: string;
  fromLayer: string;
  toLayer: string;
}

export function layerOf(path: string, layers = LAYERS): string {
  const p = path.split(sep).join('/');
  let best = '';
  for (const key of Object.keys(layers)) {
    if (key && (p === key || p.startsWith(`${key}/`)) && key.length > best.length) best = key;
  }
  return best;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The relative imports of one source text (static, re-exports, type-only, dynamic). */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) out.push(m[1] ?? m[2]);
  return out;
}

export const isTestFile = (path: string) =>
  /\.test\.tsx?$/.test(path) || /(^|\/)testkit\.ts$/.test(path) || path.includes('/testing/');

/** Edges that break the layers, given files as `path relative to src → source text`. */
export function backEdges(files: Readonly<Record<string, string>>, layers = LAYERS): Edge[] {
  const bad: Edge[] = [];
  for (const [from, source] of Object.entries(files)) {
    if (isTestFile(from)) continue;
    const fromLayer = layerOf(from, layers);
    const allowed = layers[fromLayer];
    for (const spec of importsOf(source)) {
      const to = normalize(join(dirname(from), spec))
        .split(sep)
        .join('/');
      if (to.startsWith('..')) {
        bad.push({ from, to, fromLayer, toLayer: '(outside src)' });
        continue;
      }
      const toLayer = layerOf(to, layers);
      if (toLayer === fromLayer || allowed.includes('*') || allowed.includes(toLayer)) continue;
      bad.push({ from, to, fromLayer, toLayer });
    }
  }
  return bad;
}

/** Every .ts file under `root`, keyed by its path relative to `root`. */
export function readSources(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name)) files[relative(root, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return files;
}

const VALUE_IMPORT =
  /(?:^|\n)[ \t]*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|\n)[ \t]*import\s*['"]([^'"]+)['"]/g;

/** `{ type A, type B }`: every name is a type, so the statement is erased. */
const onlyTypes = (clause: string) => {
  const m = /^\{([^}]*)\}$/.exec(clause.trim());
  return Boolean(m?.[1].split(',').every((n) => n.trim() === '' || /^type\s/.test(n.trim())));
};

/**
 * What one source text loads as it runs: static imports and re-exports that carry a value.
 * Type-only ones are erased, and a dynamic import() loads later, as a chunk of its own.
 */
export function valueImportsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(VALUE_IMPORT)) {
    if (m[4]) out.push(m[4]);
    else if (!m[1] && !onlyTypes(m[2])) out.push(m[3]);
  }
  return out;
}

/**
 * The files (relative to src) and npm packages an entry loads before its first dynamic
 * import: what the bundler puts in the entry's chunk.
 */
export function chunkOf(
  files: Readonly<Record<string, string>>,
  entry: string,
): { files: Set<string>; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const source = files[file];
    if (source === undefined) throw new Error(`chunkOf: no source for ${file}`);
    seen.add(file);
    for (const spec of valueImportsOf(source)) {
      if (!spec.startsWith('.')) {
        packages.add(
          spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0],
        );
        continue;
      }
      const base = normalize(join(dirname(file), spec))
        .split(sep)
        .join('/');
      visit(files[`${base}.ts`] !== undefined ? `${base}.ts` : `${base}/index.ts`);
    }
  };
  visit(entry);
  return { files: seen, packages };
}
