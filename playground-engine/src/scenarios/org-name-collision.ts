import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

export const orgNameCollision: Scenario = {
  ...scenarioMeta('org-name-collision'),
  summary:
    "The organization reviewco has a team also called reviewco, so its ORG_ENTITY_NAME carries a hash suffix. The code copied an example's suffix. Goal: the review classifier (logged by the team reviewco) is linked into reviewco's Models registry, collection review-classifier.",
  seed: worldSeeds['org-name-collision'],
  worldId: 'org-name-collision',
  code: `import wandb

# Copied from an example: an ORG_ENTITY_NAME with a hash suffix.
ORG_ENTITY_NAME = "reviewco_XYZ123456"

with wandb.init(entity="reviewco", project="reviews") as run:
    with open("model.txt", "w") as f:
        f.write("review classifier")
    artifact = wandb.Artifact("review-classifier", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, f"{ORG_ENTITY_NAME}/wandb-registry-model/review-classifier")
    print("linked", linked.qualified_name)
`,
  expectedError: {
    type: 'wandb.errors.CommError',
    message: "Unable to find organization for entity 'reviewco'.",
  },
  check: linkGoal({ registry: 'model', org: 'reviewco', collection: 'review-classifier' }),
  hints: [
    "The suffix is different for every organization: the example's suffix is not yours. The quoted name in the error is the entity that logged the artifact.",
    "Three names look alike here. The display name 'reviewco' is accepted as the prefix. The ORG_ENTITY_NAME is 'reviewco_' plus this organization's own hash, also accepted. A team name is never accepted as such; the team 'reviewco' only passes because it is spelled like the display name.",
    'Drop the prefix (target path "wandb-registry-model/review-classifier") and print linked.entity: that is the real ORG_ENTITY_NAME. Or use the display name "reviewco" as the prefix.',
  ],
  solution: `import wandb

with wandb.init(entity="reviewco", project="reviews") as run:
    with open("model.txt", "w") as f:
        f.write("review classifier")
    artifact = wandb.Artifact("review-classifier", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    # The short form needs no organization; the result carries the real ORG_ENTITY_NAME.
    linked = run.link_artifact(logged, "wandb-registry-model/review-classifier")
    print("ORG_ENTITY_NAME:", linked.entity)

    # The display name works as the prefix too; the link still lives under the entity name.
    again = run.link_artifact(logged, "reviewco/wandb-registry-model/review-classifier")
    print("with the display name:", again.qualified_name)
`,
};
