import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const typeNotAccepted: Scenario = {
  ...scenarioMeta('type-not-accepted'),
  summary:
    'Evaluation scores are logged as a model, but the custom registry benchmarks accepts only datasets. Goal: the scores are linked into the benchmarks registry.',
  seed: worldSeeds['type-not-accepted'],
  worldId: 'type-not-accepted',
  code: `import wandb

with wandb.init(entity="vision-team", project="eval") as run:
    with open("scores.csv", "w") as f:
        f.write("task,score\\nqa,0.91\\n")
    artifact = wandb.Artifact("eval-scores", type="model")
    artifact.add_file("scores.csv")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, "wandb-registry-benchmarks/eval-scores")
`,
  expectedError: {
    type: 'wandb.errors.errors.CommError',
    message:
      "artifact type 'model' is not accepted by registry 'benchmarks' (accepted types: dataset)",
  },
  check: linkGoal({ registry: 'benchmarks' }),
  hints: [
    'The error lists the types this registry accepts.',
    "Scores are data: log them with a type benchmarks accepts. An artifact's type is fixed once a version is logged, so log a new artifact.",
    'wandb.Artifact("eval-scores-data", type="dataset"), then link it to "wandb-registry-benchmarks/eval-scores".',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="eval") as run:
    with open("scores.csv", "w") as f:
        f.write("task,score\\nqa,0.91\\n")
    artifact = wandb.Artifact("eval-scores-data", type="dataset")
    artifact.add_file("scores.csv")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "wandb-registry-benchmarks/eval-scores")
    print("linked", linked.qualified_name)
`,
};
