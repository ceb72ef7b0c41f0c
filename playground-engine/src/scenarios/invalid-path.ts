import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const invalidPath: Scenario = {
  ...scenarioMeta('invalid-path'),
  summary:
    "The path names the organization and the team. Goal: the detector is linked into acme's Models registry, collection detector.",
  seed: worldSeeds['docs-base'],
  worldId: 'docs-base',
  code: `import wandb

with wandb.init(entity="vision-team", project="detector") as run:
    with open("model.txt", "w") as f:
        f.write("detector")
    artifact = wandb.Artifact("detector", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, "acme/vision-team/wandb-registry-model/detector")
`,
  expectedError: {
    type: 'ValueError',
    message: "Invalid artifact path: 'acme/vision-team/wandb-registry-model/detector'",
  },
  check: linkGoal({ registry: 'model', org: 'acme', collection: 'detector' }),
  hints: [
    'Count the parts between the slashes: a target path has at most three.',
    'The three parts are organization, registry and collection. The team is not part of it: the organization comes from the entity that logged the artifact.',
    'Use "acme/wandb-registry-model/detector" (or "wandb-registry-model/detector").',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="detector") as run:
    with open("model.txt", "w") as f:
        f.write("detector")
    artifact = wandb.Artifact("detector", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "acme/wandb-registry-model/detector")
    print("linked", linked.qualified_name)
`,
};
