import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const finishedRun: Scenario = {
  ...scenarioMeta('finished-run'),
  summary:
    'The code links after run.finish(). Goal: the speech model is linked into the Models registry.',
  seed: worldSeeds['finished-run'],
  worldId: 'finished-run',
  code: `import wandb

run = wandb.init(entity="vision-team", project="speech")
with open("model.txt", "w") as f:
    f.write("speech model")
artifact = wandb.Artifact("speech-model", type="model")
artifact.add_file("model.txt")
logged = run.log_artifact(artifact)
run.finish()

run.link_artifact(logged, "wandb-registry-model/speech")
`,
  // The run id comes from the world's seeded id source, so it is the same on every fresh world.
  expectedError: {
    type: 'wandb.errors.errors.UsageError',
    message:
      'Run (gl2t2y4y) is finished. The call to `link_artifact` will be ignored. Please make sure that you are using an active run.',
  },
  check: linkGoal({ registry: 'model' }),
  hints: [
    'A finished run cannot link any more. Where does the run finish?',
    'Move the link before run.finish() (or inside the with block).',
    'Or keep the order and call logged.link("wandb-registry-model/speech"): artifact.link needs no active run.',
  ],
  solution: `import wandb

run = wandb.init(entity="vision-team", project="speech")
with open("model.txt", "w") as f:
    f.write("speech model")
artifact = wandb.Artifact("speech-model", type="model")
artifact.add_file("model.txt")
logged = run.log_artifact(artifact)
linked = run.link_artifact(logged, "wandb-registry-model/speech")
run.finish()
print("linked", linked.qualified_name)
`,
};
