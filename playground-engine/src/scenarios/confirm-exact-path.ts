import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const confirmExactPath: Scenario = {
  ...scenarioMeta('confirm-exact-path'),
  summary:
    'The code guesses the organization part of the path. The Models registry already has an empty collection, sentiment-classifier, and the Registry App shows its exact path. Goal: the sentiment model is linked into that existing collection.',
  seed: worldSeeds['confirm-exact-path'],
  worldId: 'confirm-exact-path',
  code: `import wandb

# A guess: is the organization called "acme-corp"?
TARGET_PATH = "acme-corp/wandb-registry-model/sentiment-classifier"

with wandb.init(entity="vision-team", project="sentiment") as run:
    with open("model.txt", "w") as f:
        f.write("sentiment model")
    artifact = wandb.Artifact("sentiment-model", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, TARGET_PATH)
    print("linked", linked.qualified_name)
`,
  expectedError: {
    type: 'wandb.errors.errors.CommError',
    message: "Unable to find organization for entity 'vision-team'.",
  },
  check: linkGoal({ registry: 'model', collection: 'sentiment-classifier' }),
  hints: [
    'Do not guess: W&B shows the exact path. Open the Registry App below.',
    'In the Registry App, open the Models registry, then the collection sentiment-classifier. It has no versions yet, so it shows a link_artifact snippet.',
    'Copy the target_path from that snippet ("acme/wandb-registry-model/sentiment-classifier") into TARGET_PATH, or use "Open in editor" there.',
  ],
  solution: `import wandb

# Copied from the empty collection's snippet in the Registry App.
TARGET_PATH = "acme/wandb-registry-model/sentiment-classifier"

with wandb.init(entity="vision-team", project="sentiment") as run:
    with open("model.txt", "w") as f:
        f.write("sentiment model")
    artifact = wandb.Artifact("sentiment-model", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, TARGET_PATH)
    print("linked", linked.qualified_name)
`,
  ui: 'registry-app',
};
