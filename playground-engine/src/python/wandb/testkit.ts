// Runners shared by the binding's tests. Named testkit so the layer check treats it as test code:
// it reaches up to host/ and scenarios/ as a test does.

import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { RunRec } from '../../world/types';

/** Runs `import wandb` + code on a fresh docs world; the result keeps the world. */
export const runWithWandb = (code: string, env?: Record<string, string>) => {
  const world = createWorld(worldSeeds.docs);
  return runSnippet(`import wandb\n${code}`, { world, env }).then((r) => ({ ...r, world }));
};

/** The runs a snippet made in project "p" (the docs world has seeded runs in other projects). */
export const runsInP = (world: { listRuns(): RunRec[] }) =>
  world.listRuns().filter((x) => x.project === 'p');
