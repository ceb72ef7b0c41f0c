import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const multipleOrgs: Scenario = {
  ...scenarioMeta('multiple-orgs'),
  summary:
    "alice is in two organizations (acme with team vision-team, globex with team research) and logs to her personal entity. Goal: the forecaster, logged by a team, is linked into acme's Models registry.",
  seed: worldSeeds['multiple-orgs'],
  worldId: 'multiple-orgs',
  code: `import wandb

with wandb.init(project="forecast") as run:
    with open("model.txt", "w") as f:
        f.write("forecaster")
    artifact = wandb.Artifact("forecaster", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, "wandb-registry-model/forecaster")
`,
  expectedError: {
    type: 'wandb.errors.errors.CommError',
    message:
      "Personal entity 'alice' belongs to multiple organizations and cannot be used without specifying the organization name. Please specify the organization in the Registry path or use a team entity in the entity settings.",
  },
  check: linkGoal({ registry: 'model', org: 'acme' }),
  hints: [
    'With two organizations and no organization in the path, the SDK cannot tell which registry you mean.',
    'Naming the organization ("acme/wandb-registry-model/...") gets past this check, but the server still refuses a version logged to a personal entity.',
    'Log from a team of acme: wandb.init(entity="vision-team", project="forecast"). The team belongs to exactly one organization.',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="forecast") as run:
    with open("model.txt", "w") as f:
        f.write("forecaster")
    artifact = wandb.Artifact("forecaster", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "wandb-registry-model/forecaster")
    print("linked", linked.qualified_name)
`,
};
