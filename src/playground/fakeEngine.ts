import {
  type Diagnostic,
  type NetworkEntry,
  type RunResult,
  SimError,
  type World,
  type WorldSeed,
} from 'playground-engine';
import type { Analyzer, Engine, Widgets, WorldEdits } from './engine';

/**
 * A small stand-in for playground-engine used by component tests: it records the calls it
 * gets, and its worlds count the runs made against them instead of simulating anything.
 * Every function below has the engine's own signature (`Engine[...]`), so an engine change the
 * site would feel breaks this fake at compile time too.
 */
export interface FakeWorld {
  /** Which of the fake's seeds the world was built from. */
  seed: { id: string };
  runs: string[];
  readonly viewer: string;
  snapshot(): { seed: { id: string }; runs: string[] };
  subscribe(fn: () => void): () => void;
}

/**
 * The one place a fake world passes for a World. The site never looks inside a world (it hands
 * it back to the engine that made it, or calls snapshot / subscribe / viewer), so a record with
 * those members is enough; the fake's own functions are the only ones that receive it.
 */
const asWorld = (w: FakeWorld): World => w as unknown as World;

/** Two seeds the fake's worlds are built from; a world remembers which by id. */
const emptySeed = (): WorldSeed => ({ viewer: 'alice', users: [{ name: 'alice' }], orgs: [] });
const SEEDS: Record<string, WorldSeed> = { docs: emptySeed(), 'personal-entity': emptySeed() };

export function createFakeEngine(
  behaviour: (code: string, world: FakeWorld) => Partial<RunResult> = () => ({}),
) {
  const calls: { code: string; world: FakeWorld }[] = [];
  const worlds: FakeWorld[] = [];
  const records = new WeakMap<World, FakeWorld>();
  const recordOf = (w: World): FakeWorld => {
    const r = records.get(w);
    if (!r) throw new Error('fakeEngine: this world was not made by the fake engine');
    return r;
  };
  const makeWorld = (seed: { id: string }, runs: string[] = []): World => {
    const listeners = new Set<() => void>();
    const record: FakeWorld = {
      seed,
      runs,
      viewer: 'alice',
      snapshot: () => ({ seed, runs: [...record.runs] }),
      subscribe(fn) {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
    };
    worlds.push(record);
    const world = asWorld(record);
    records.set(world, record);
    return world;
  };
  const seedId = (seed: WorldSeed | undefined): { id: string } => {
    const id = Object.entries(SEEDS).find(([, s]) => s === seed)?.[0];
    if (!id) throw new Error('fakeEngine: createWorld takes one of the fake worldSeeds');
    return { id };
  };

  const createWorld: Engine['createWorld'] = (seed) => makeWorld(seedId(seed));
  const worldFromSnapshot: WorldEdits['worldFromSnapshot'] = (json) => {
    const j = json as { seed?: { id: string }; runs?: unknown };
    if (!j || typeof j !== 'object' || !Array.isArray(j.runs) || !j.seed) {
      throw new Error('Invalid world snapshot: runs: expected an array');
    }
    return makeWorld(j.seed, j.runs as string[]);
  };
  const runSnippet: Engine['runSnippet'] = async (code, opts) => {
    const world = recordOf(opts.world);
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
    return { ok: true, exitCode: 0, requests: [entry], files: [], ...b, stdout, stderr, output };
  };
  const analyze: Analyzer['analyze'] = (): Diagnostic[] => [];
  const parseTargetPath: Engine['parseTargetPath'] = (path) => {
    const [name, ...rest] = path.split('/').reverse();
    if (rest.length > 2)
      throw new SimError('ValueError', `Invalid artifact path: '${path}'`, 'invalid-path');
    return { name, project: rest[0], prefix: rest[1] };
  };
  const resolveLinkTarget: Widgets['resolveLinkTarget'] = () => ({
    ok: false,
    error: new SimError('ValueError', 'not in the fake', 'internal'),
    steps: [],
  });

  // The engine's lazy parts, each as small as the fake needs (a test that reaches for more
  // gets a loud "not a function", as below).
  const analyzer = { analyze } as Partial<Analyzer> as Analyzer;
  const worldEdits = { worldFromSnapshot } as Partial<WorldEdits> as WorldEdits;
  const widgets = { resolveLinkTarget } as Partial<Widgets> as Widgets;
  const faked = {
    worldSeeds: SEEDS,
    createWorld,
    runSnippet,
    parseTargetPath,
    loadAnalyzer: async () => analyzer,
    loadWidgets: async () => widgets,
    loadWorldEdits: async () => worldEdits,
  };
  /** A test that reaches for anything else of the engine gets a loud "not a function". */
  const engine = faked as Partial<Engine> as Engine;
  return { engine, calls, worlds };
}
