import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const personalEntity: Scenario = {
  ...scenarioMeta('personal-entity'),
  summary:
    'alice runs without an entity, so her model lands in her personal entity and the server refuses the link. Goal: a version logged by a team is linked into the Models registry.',
  seed: worldSeeds['personal-entity'],
  worldId: 'personal-entity',
  code: `import wandb

with wandb.init(project="churn") as run:
    print("logging to", run.entity)
    with open("model.pkl", "w") as f:
        f.write("churn model")
    artifact = wandb.Artifact("churn-model", type="model")
    artifact.add_file("model.pkl")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, "wandb-registry-model/churn-model")
`,
  expectedError: {
    type: 'wandb.errors.errors.CommError',
    message:
      "linking is only allowed within the same team or to a collection in your organization's registry",
  },
  check: linkGoal({ registry: 'model' }),
  hints: [
    'Look at the first line of the output: which entity did the run log to?',
    'Only versions logged to a team of your organization can be linked to its registry. alice is in the team vision-team.',
    'Pass the team to wandb.init: wandb.init(entity="vision-team", project="churn").',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="churn") as run:
    print("logging to", run.entity)
    with open("model.pkl", "w") as f:
        f.write("churn model")
    artifact = wandb.Artifact("churn-model", type="model")
    artifact.add_file("model.pkl")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "wandb-registry-model/churn-model")
    print("linked", linked.qualified_name)
`,
};
