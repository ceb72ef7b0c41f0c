import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const reservedType: Scenario = {
  ...scenarioMeta('reserved-type'),
  summary:
    'The artifact uses a type W&B keeps for itself. Goal: the detector is linked into the Models registry.',
  seed: worldSeeds.docs,
  worldId: 'docs',
  code: `import wandb

with wandb.init(entity="vision-team", project="detector") as run:
    with open("model.txt", "w") as f:
        f.write("detector")
    artifact = wandb.Artifact("detector", type="wandb-model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "wandb-registry-model/detector")
    print("linked", linked.qualified_name)
`,
  expectedError: {
    type: 'ValueError',
    message:
      "Artifact type 'wandb-model' is reserved for internal use. Please use a different type.",
  },
  check: linkGoal({ registry: 'model', collection: 'detector' }),
  hints: [
    'Some types belong to W&B itself; the error names the one you used.',
    'Types starting with "wandb-" are reserved. The Models registry accepts the type model.',
    'wandb.Artifact("detector", type="model")',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="detector") as run:
    with open("model.txt", "w") as f:
        f.write("detector")
    artifact = wandb.Artifact("detector", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "wandb-registry-model/detector")
    print("linked", linked.qualified_name)
`,
};
