// Module-level run functions (wandb/__init__.py PreInitCallable, wandb/sdk/lib/preinit.py):
// before wandb.init they raise wandb.Error; during a run they are the run's methods.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string) =>
  runSnippet(code, { world: createWorld(worldSeeds.docs), files: { 'm.txt': 'x' } });

describe('wandb.log / use_artifact / log_artifact / link_model at module level (0.28.x)', () => {
  it.each(['log', 'use_artifact', 'log_artifact', 'link_model'])(
    'wandb.%s before init: wandb.Error "You must call wandb.init() before wandb.NAME()"',
    async (name) => {
      const r = await run(`import wandb\nwandb.${name}("x")\n`);
      expect(r.error?.type).toBe('wandb.errors.errors.Error');
      expect(r.error?.message).toBe(`You must call wandb.init() before wandb.${name}()`);
    },
  );

  it('during a run they are the run methods; after finish they are stubs again', async () => {
    const r = await run(`import wandb
run = wandb.init(project="p", settings=wandb.Settings(silent=True))
wandb.log({"loss": 0.1})
logged = wandb.log_artifact("m.txt", name="clf", type="model")
used = wandb.use_artifact("vision-team/pretrained/resnet-baseline:v1")
print(logged.type, used.name)
run.finish()
try:
    wandb.use_artifact("clf:latest")
except wandb.errors.Error as e:
    print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      'model resnet-baseline:v1\nYou must call wandb.init() before wandb.use_artifact()\n',
    );
  });
});
