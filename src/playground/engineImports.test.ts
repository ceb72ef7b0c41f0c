import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineImportProblems } from './engineImports';

const SRC = join(__dirname, '..');

/** Site sources a page can load: tests and test harnesses are not shipped. */
function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'testing' ? [] : shippedSources(p);
    if (!/\.tsx?$/.test(d.name) || /\.test\.tsx?$/.test(d.name)) return [];
    if (d.name === 'fakeEngine.ts') return [];
    return [p];
  });
}

describe('engine imports in the site', () => {
  it('every shipped site file takes the engine as types, or through the loaders', () => {
    const found = shippedSources(SRC).flatMap((file) =>
      engineImportProblems(readFileSync(file, 'utf8'), file.endsWith('playground/engine.ts')).map(
        (p) => `${relative(SRC, file)}:${p.line}: ${p.why}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('sees a value import, a bare import, a stray dynamic import and a double cast', () => {
    const source = [
      "import type { World } from 'playground-engine';",
      "import { type Diagnostic, createWorld } from 'playground-engine';",
      "import * as engine from 'playground-engine';",
      "import 'playground-engine';",
      "export { createWorld } from 'playground-engine';",
      "const e = await import('playground-engine');",
      'const w = x as unknown as World;',
      "import { type RunResult } from 'playground-engine';",
      "import { REGISTRY_PREFIX } from 'playground-engine/paths';",
    ].join('\n');
    expect(engineImportProblems(source).map((p) => p.line)).toEqual([2, 3, 5, 4, 6, 7]);
  });

  it("lets the loader itself import the engine's page entry dynamically, and nothing more", () => {
    const loader = "const load = () => import('playground-engine/page');";
    expect(engineImportProblems(loader, true)).toEqual([]);
    expect(engineImportProblems(loader, false)).toHaveLength(1);
    const full = "const load = () => import('playground-engine');";
    expect(engineImportProblems(full, true).map((p) => p.why)).toEqual([
      "the loader imports 'playground-engine/page' (a first Run's engine); 'playground-engine' would put more in the first Run's chunk",
    ]);
  });

  it('reads multi-line type-only imports as types', () => {
    const source =
      "import type {\n  A,\n  B,\n} from 'playground-engine';\nimport {\n  type C,\n  d,\n} from 'playground-engine';";
    expect(engineImportProblems(source).map((p) => p.line)).toEqual([5]);
  });
});
