import type { EngineApi, EngineWorld, NetworkEntry, RunResult } from './engineTypes';

/**
 * A small stand-in for playground-engine used by component tests: it records
 * the calls it gets, and its worlds count the runs made against them.
 */
export interface FakeWorld extends EngineWorld {
  seed: unknown;
  runs: string[];
}

export function createFakeEngine(
  behaviour: (code: string, world: FakeWorld) => Partial<RunResult> = () => ({}),
) {
  const calls: { code: string; world: FakeWorld }[] = [];
  const worlds: FakeWorld[] = [];
  const makeWorld = (seed: unknown, runs: string[] = []): FakeWorld => {
    const listeners = new Set<(e: unknown) => void>();
    const world: FakeWorld = {
      seed,
      runs,
      viewer: 'alice',
      snapshot: () => ({ seed, runs: [...world.runs] }),
      subscribe(fn) {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
    };
    worlds.push(world);
    return world;
  };
  const engine: EngineApi = {
    worldSeeds: { docs: { id: 'docs' }, 'personal-entity': { id: 'personal-entity' } },
    createWorld: (seed) => makeWorld(seed),
    World: {
      fromSnapshot(json) {
        const j = json as { seed?: unknown; runs?: unknown };
        if (!j || typeof j !== 'object' || !Array.isArray(j.runs)) {
          throw new Error('Invalid world snapshot: runs: expected an array');
        }
        return makeWorld(j.seed, j.runs as string[]);
      },
    },
    async runSnippet(code, opts) {
      const world = opts.world as FakeWorld;
      calls.push({ code, world });
      world.runs.push(code);
      const entry: NetworkEntry = {
        id: 1,
        source: 'sdk',
        operationName: 'LinkArtifact',
        variables: { input: { artifactPortfolioName: 'my-collection' } },
        status: 200,
        response: { data: { result: { versionIndex: world.runs.length - 1 } } },
        durationMs: 1,
      };
      opts.onEntry?.(entry);
      const b = behaviour(code, world);
      const stdout = b.stdout ?? '';
      const stderr = b.stderr ?? '';
      // Fakes usually give stdout (and maybe stderr); output is both, stdout first.
      const output =
        b.output ??
        [
          { stream: 'stdout' as const, text: stdout },
          { stream: 'stderr' as const, text: stderr },
        ].filter((c) => c.text);
      return { ok: true, exitCode: 0, requests: [entry], ...b, stdout, stderr, output };
    },
    analyze: () => [],
    parseTargetPath(path) {
      const [name, ...rest] = path.split('/').reverse();
      if (rest.length > 2) throw new Error(`Invalid artifact path: '${path}'`);
      return { name, project: rest[0], prefix: rest[1] };
    },
    resolveLinkTarget: () => ({
      ok: false,
      error: { name: 'SimError', pyType: 'ValueError', message: 'not in the fake' },
      steps: [],
    }),
  };
  return { engine, calls, worlds };
}
