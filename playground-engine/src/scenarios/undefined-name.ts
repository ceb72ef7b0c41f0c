import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const undefinedName: Scenario = {
  ...scenarioMeta('undefined-name'),
  summary:
    'A copied quickstart sets one variable and uses another. Goal: the detector is linked into the Models registry.',
  seed: worldSeeds['docs-base'],
  worldId: 'docs-base',
  code: `import wandb

ORG_NAME = "acme"

with wandb.init(entity="vision-team", project="detector") as run:
    with open("model.txt", "w") as f:
        f.write("detector")
    artifact = wandb.Artifact("detector", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, f"{ORG_ENTITY_NAME}/wandb-registry-model/detector")
`,
  expectedError: { type: 'NameError', message: "name 'ORG_ENTITY_NAME' is not defined" },
  check: linkGoal({ registry: 'model', org: 'acme' }),
  hints: [
    'Compare the name the code defines with the name the f-string uses.',
    'The path needs the ORG_ENTITY_NAME; in this world it is acme.',
    'Define ORG_ENTITY_NAME = "acme" (or drop the organization from the path).',
  ],
  solution: `import wandb

ORG_ENTITY_NAME = "acme"

with wandb.init(entity="vision-team", project="detector") as run:
    with open("model.txt", "w") as f:
        f.write("detector")
    artifact = wandb.Artifact("detector", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, f"{ORG_ENTITY_NAME}/wandb-registry-model/detector")
    print("linked", linked.qualified_name)
`,
};
