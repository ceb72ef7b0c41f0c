import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  backEdges,
  chunkOf,
  importsOf,
  LAYERS,
  layerOf,
  readSources,
  valueImportsOf,
} from './layers';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

describe('engine layers', () => {
  it('no import in playground-engine/src goes up the layers', () => {
    const edges = backEdges(readSources(SRC)).map(
      (e) => `${e.from} (${e.fromLayer}) -> ${e.to} (${e.toLayer})`,
    );
    expect(edges).toEqual([]);
  });

  it('every directory of src belongs to a declared layer', () => {
    const undeclared = Object.keys(readSources(SRC))
      .filter((f) => f.includes('/') && layerOf(f) === '')
      .map((f) => f.split('/')[0]);
    expect([...new Set(undeclared)]).toEqual([]);
  });
});

describe('the layer checker', () => {
  const files = {
    'world/world.ts': "import { SimError } from '../errors/simError';\n",
    'errors/simError.ts': 'export class SimError extends Error {}\n',
    'rules/server/linkRules.ts': "import type { World } from '../../world/world';\n",
  };

  it('accepts downward edges', () => {
    expect(backEdges(files)).toEqual([]);
  });

  it('fails on a deliberate back-edge (world -> rules), naming both ends', () => {
    const withBackEdge = {
      ...files,
      'world/createWorld.ts':
        "import { World } from './world';\nimport { checkLink } from '../rules/server/linkRules';\n",
    };
    expect(backEdges(withBackEdge)).toEqual([
      {
        from: 'world/createWorld.ts',
        to: 'rules/server/linkRules',
        fromLayer: 'world',
        toLayer: 'rules/server',
      },
    ]);
  });

  it('sees type-only imports, re-exports and dynamic imports, and skips tests', () => {
    expect(
      importsOf(
        "import type { A } from './a';\nexport { b } from '../b';\nconst c = await import('./c');\nimport x from 'pkg';\n",
      ),
    ).toEqual(['./a', '../b', './c']);
    const upward = "export * from '../server/handlers';\n";
    expect(backEdges({ 'client/index.ts': upward })).toHaveLength(1);
    expect(backEdges({ 'client/index.test.ts': upward })).toEqual([]);
  });

  it('a protocol file importing anything of the engine is a back-edge (protocol is a leaf)', () => {
    expect(LAYERS.protocol).toEqual([]);
    expect(
      backEdges({ 'protocol/x.ts': "import { World } from '../world/world';\n" }),
    ).toHaveLength(1);
  });
});

describe('the eager subpath (playground-engine/paths)', () => {
  it('reaches only leaf modules, the scenario catalog and the seed ids, and no npm package', () => {
    const files = readSources(SRC);
    const seen = new Set<string>();
    const packages: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = files[file];
      for (const m of source.matchAll(/from\s*['"]([^'".][^'"]*)['"]/g)) packages.push(m[1]);
      for (const spec of importsOf(source)) {
        const base = join(dirname(file), spec);
        visit(files[`${base}.ts`] !== undefined ? `${base}.ts` : join(base, 'index.ts'));
      }
    };
    visit('eager.ts');
    const layers = [...seen].filter((f) => f !== 'eager.ts').map((f) => layerOf(f));
    expect(new Set(layers)).toEqual(new Set(['errors', 'hints', 'paths', 'text', 'scenarios']));
    expect([...seen].filter((f) => layerOf(f) === 'scenarios').sort()).toEqual([
      'scenarios/catalog.ts',
      'scenarios/seeds/ids.ts',
    ]);
    expect(packages).toEqual([]);
  });
});

describe('the page entry (playground-engine/page)', () => {
  it('a first Run loads no analyzer, no hint table, no scenario but the seeds, and no zod', () => {
    const { files, packages } = chunkOf(readSources(SRC), 'page.ts');
    const of = (layer: string) => [...files].filter((f) => layerOf(f) === layer).sort();
    expect(of('analysis')).toEqual([]);
    // The hint table loads with a run's first error (python/hintText.ts).
    expect(of('hints')).toEqual([]);
    expect(of('scenarios')).toEqual(['scenarios/seeds/index.ts']);
    expect([...files].filter((f) => /^world\/(edits|snapshotSchema|validated)/.test(f))).toEqual(
      [],
    );
    expect([...packages].sort()).toEqual(['@lezer/python', 'msw']);
  });

  it('a first Run loads only the SDK surface a guide snippet uses; the rest loads on demand', () => {
    const { files } = chunkOf(readSources(SRC), 'page.ts');
    const sdk = [...files].filter((f) => /^(sdk|python\/wandb)\//.test(f)).sort();
    expect(
      sdk,
      "SDK code a first Run does not call belongs behind python/wandb/onDemand.ts (see its header); list a file here only when a guide snippet's first Run needs it",
    ).toEqual([
      'python/wandb/artifact.ts',
      // add_file / new_file / add_dir: every guide's first Run builds a draft.
      'python/wandb/build.ts',
      'python/wandb/config.ts',
      'python/wandb/convert.ts',
      // The first settings load checks the WANDB_* variables (update_from_env_vars), with
      // pydantic's error text.
      'python/wandb/envSettings.ts',
      'python/wandb/exceptions.ts',
      'python/wandb/lazy.ts',
      // add_file returns an ArtifactManifestEntry.
      'python/wandb/manifestEntry.ts',
      'python/wandb/module.ts',
      'python/wandb/preinit.ts',
      'python/wandb/pydantic.ts',
      'python/wandb/run.ts',
      'python/wandb/signatures.ts',
      'python/wandb/summary.ts',
      'sdk/artifact.ts',
      'sdk/artifactBuild.ts',
      'sdk/console.ts',
      'sdk/coreLinker.ts',
      'sdk/draftManifest.ts',
      'sdk/errors.ts',
      'sdk/lazy.ts',
      'sdk/run.ts',
      'sdk/runHistory.ts',
      'sdk/settings.ts',
      'sdk/versions.ts',
      'sdk/wandbSdk.ts',
    ]);
  });

  it('the server resolves what a first Run sends at once, and loads the other resolvers on demand', () => {
    const { files } = chunkOf(readSources(SRC), 'page.ts');
    expect(
      [...files].filter((f) => f.startsWith('server/resolvers/')).sort(),
      "a resolver of an operation a first Run does not send belongs in server/resolvers/onDemand.ts; list one here only when a guide's first Run sends its operation",
    ).toEqual([
      'server/resolvers/artifacts.ts',
      'server/resolvers/eager.ts',
      'server/resolvers/links.ts',
      'server/resolvers/orgs.ts',
      'server/resolvers/runArtifacts.ts',
      'server/resolvers/runs.ts',
      'server/resolvers/server.ts',
    ]);
  });

  it("a first Run loads the protocol's documents it sends; the others load with their first request", () => {
    const { files } = chunkOf(readSources(SRC), 'page.ts');
    expect(
      [...files].filter((f) => f.startsWith('protocol/')).sort(),
      "an operation a first Run does not send belongs in protocol/onDemand.ts; list its file here only when a guide's first Run sends it (protocol/eager.ts)",
    ).toEqual([
      'protocol/artifacts.ts',
      'protocol/documents.ts',
      'protocol/eager.ts',
      'protocol/endpoint.ts',
      'protocol/fragments.ts',
      'protocol/index.ts',
      'protocol/links.ts',
      'protocol/operation.ts',
      'protocol/orgs.ts',
      'protocol/runArtifacts.ts',
      'protocol/runs.ts',
      'protocol/server.ts',
    ]);
  });

  it("a first Run loads neither the simulated UIs' client nor the path checker's resolver", () => {
    const { files } = chunkOf(readSources(SRC), 'page.ts');
    // widgets.ts (loadWidgets) brings them to the widgets that call them.
    expect(
      [...files].filter((f) => f === 'client/uiClient.ts' || f === 'server/resolveLinkTarget.ts'),
    ).toEqual([]);
  });

  it('a first Run loads no code of the match statement and no SHA digest', () => {
    const { files } = chunkOf(readSources(SRC), 'page.ts');
    // python/matchSupport.ts loads them when a snippet holds a `match`; hashlib, random and uuid
    // (on-demand modules) use the SHA family.
    expect(
      [...files].filter((f) => /^(python\/(syntax|interp)\/patterns|text\/sha)\.ts$/.test(f)),
    ).toEqual([]);
  });

  it('its loaders reach those parts', () => {
    const files = readSources(SRC);
    expect(chunkOf(files, 'analysis/analyze.ts').files).toContain('analysis/checkPath.ts');
    expect(chunkOf(files, 'scenarios/index.ts').files).toContain('scenarios/multiple-orgs.ts');
    expect(chunkOf(files, 'world/validated.ts').packages).toContain('zod');
    expect(chunkOf(files, 'sdk/onDemand.ts').files).toContain('sdk/api.ts');
    expect(chunkOf(files, 'python/wandb/onDemand.ts').files).toContain('python/wandb/api.ts');
    expect(chunkOf(files, 'protocol/onDemand.ts').files).toContain('protocol/registries.ts');
    expect(chunkOf(files, 'python/matchStatement.ts').files).toContain('python/interp/patterns.ts');
    expect(chunkOf(files, 'widgets.ts').files).toContain('client/uiClient.ts');
    expect(chunkOf(files, 'widgets.ts').files).toContain('server/resolveLinkTarget.ts');
  });

  it("the binding's on-demand part carries the SDK's, so no module downloads twice", () => {
    const files = readSources(SRC);
    const binding = chunkOf(files, 'python/wandb/onDemand.ts').files;
    expect([...chunkOf(files, 'sdk/onDemand.ts').files].filter((f) => !binding.has(f))).toEqual([]);
  });

  it('the chunk reader skips type-only and dynamic imports, and follows re-exports', () => {
    const source = [
      "import type { A } from './a';",
      "import { type B, type C } from './b';",
      "import { type D, e } from './d';",
      "export { f } from './f';",
      "export type { G } from './g';",
      "const h = () => import('./h');",
      "import 'side-effect';",
    ].join('\n');
    expect(valueImportsOf(source)).toEqual(['./d', './f', 'side-effect']);
  });
});
