import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const registryNotFound: Scenario = {
  ...scenarioMeta('registry-not-found'),
  summary:
    "The target path names a registry that does not exist. Goal: the OCR model is linked into acme's Models registry.",
  seed: worldSeeds['registry-not-found'],
  worldId: 'registry-not-found',
  code: `import wandb

with wandb.init(entity="vision-team", project="ocr") as run:
    with open("model.txt", "w") as f:
        f.write("ocr model")
    artifact = wandb.Artifact("ocr-model", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, "wandb-registry-models/ocr")
`,
  expectedError: {
    type: 'wandb.errors.errors.CommError',
    message: "project 'wandb-registry-models' not found under entity 'acme'",
  },
  check: linkGoal({ registry: 'model', org: 'acme' }),
  hints: [
    'Linking creates a missing collection, but never a missing registry. Compare the registry name with the ones that exist.',
    'The core registries are called model and dataset, in the singular ("Models" is only how the app shows them).',
    'Use "wandb-registry-model/ocr".',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="ocr") as run:
    with open("model.txt", "w") as f:
        f.write("ocr model")
    artifact = wandb.Artifact("ocr-model", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "wandb-registry-model/ocr")
    print("linked", linked.qualified_name)
`,
};
