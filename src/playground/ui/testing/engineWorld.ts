// Real-engine harness for the UI tests: a seeded world with a few logged source versions,
// the UI api over the engine's transport, and the network entries it recorded.
import * as engine from 'playground-engine';
import type { NetworkEntry } from 'playground-engine';
import { createUiApi } from '../engineAdapter';

type Seed = (typeof engine.worldSeeds)[string];
type SeedArtifact = NonNullable<Seed['artifacts']>[number];

export function engineWorld(
  seedName: string,
  artifacts: SeedArtifact[] = [],
  collections: { registry: string; name: string; type: string }[] = [],
) {
  const seed = structuredClone(engine.worldSeeds[seedName]);
  if (!seed) throw new Error(`no world seed named '${seedName}'`);
  // Replaces the seed's own pre-logged versions: each test states the versions it relies on.
  seed.artifacts = artifacts;
  if (!seed.orgs[0].registries) seed.orgs[0].registries = [];
  const registries = seed.orgs[0].registries;
  for (const c of collections) {
    let r = registries.find((x) => x.name === c.registry);
    if (!r) {
      r = { name: c.registry };
      registries.push(r);
    }
    r.collections = [...(r.collections ?? []), { name: c.name, type: c.type }];
  }
  const world = engine.createWorld(seed);
  const entries: NetworkEntry[] = [];
  const api = createUiApi(engine, world, (e) => entries.push(e));
  const subscribe = (fn: () => void) => world.subscribe(() => fn());
  return { world, api, subscribe, entries };
}

/** Personal-entity source: the server refuses to link it. */
export const personalArtifact: SeedArtifact = {
  entity: 'alice',
  project: 'scratch',
  name: 'own-model',
  type: 'model',
  files: { 'w.txt': 'p' },
};

/** Two versions of a model in vision-team/mnist and one dataset. */
export const teamArtifacts: SeedArtifact[] = [
  {
    entity: 'vision-team',
    project: 'mnist',
    name: 'my-model',
    type: 'model',
    files: { 'w.txt': '1' },
  },
  {
    entity: 'vision-team',
    project: 'mnist',
    name: 'my-model',
    type: 'model',
    files: { 'w.txt': '2' },
  },
  {
    entity: 'vision-team',
    project: 'mnist',
    name: 'digits',
    type: 'dataset',
    files: { 'd.csv': 'x' },
  },
];
