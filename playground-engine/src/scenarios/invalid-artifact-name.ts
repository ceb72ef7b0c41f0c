import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const invalidArtifactName: Scenario = {
  ...scenarioMeta('invalid-artifact-name'),
  summary:
    'The artifact is named like a title, with a space. Goal: the speech model is linked into the Models registry, in a collection called "Speech Model".',
  seed: worldSeeds['invalid-artifact-name'],
  worldId: 'invalid-artifact-name',
  code: `import wandb

with wandb.init(entity="vision-team", project="speech") as run:
    with open("model.txt", "w") as f:
        f.write("speech model")
    artifact = wandb.Artifact("Speech Model", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "wandb-registry-model/Speech Model")
    print("linked", linked.qualified_name)
`,
  expectedError: {
    type: 'ValueError',
    message:
      "Artifact name may only contain alphanumeric characters, dashes, underscores, and dots. Invalid name: 'Speech Model'",
  },
  check: linkGoal({ registry: 'model', collection: 'Speech Model' }),
  hints: [
    'The error comes from wandb.Artifact(...), before anything is logged. Which characters are allowed in an artifact name?',
    'Artifact names allow letters, digits, -, _ and . only. The collection name in the target path is checked differently: it may keep its space.',
    'wandb.Artifact("speech-model", type="model"), and keep "wandb-registry-model/Speech Model" as the target path.',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="speech") as run:
    with open("model.txt", "w") as f:
        f.write("speech model")
    artifact = wandb.Artifact("speech-model", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "wandb-registry-model/Speech Model")
    print("linked", linked.qualified_name)
`,
};
