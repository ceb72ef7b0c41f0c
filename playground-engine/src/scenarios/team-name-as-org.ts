import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const teamNameAsOrg: Scenario = {
  ...scenarioMeta('team-name-as-org'),
  summary:
    "The target path starts with the team's name instead of the organization's. Goal: the segmenter logged by vision-team is linked into acme's Models registry.",
  seed: worldSeeds['team-name-as-org'],
  worldId: 'team-name-as-org',
  code: `import wandb

with wandb.init(entity="vision-team", project="segmentation") as run:
    with open("model.txt", "w") as f:
        f.write("segmenter")
    artifact = wandb.Artifact("segmenter", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, "vision-team/wandb-registry-model/segmenter")
`,
  expectedError: {
    type: 'wandb.errors.CommError',
    message: "Unable to find organization for entity 'vision-team'.",
  },
  check: linkGoal({ registry: 'model', org: 'acme' }),
  hints: [
    'The part before /wandb-registry- must name an organization, not a team.',
    'vision-team belongs to the organization acme. Its display name or its ORG_ENTITY_NAME is accepted as the prefix.',
    'Use "acme/wandb-registry-model/segmenter", or drop the prefix: "wandb-registry-model/segmenter".',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="segmentation") as run:
    with open("model.txt", "w") as f:
        f.write("segmenter")
    artifact = wandb.Artifact("segmenter", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, "acme/wandb-registry-model/segmenter")
    print("linked", linked.qualified_name)
`,
};
