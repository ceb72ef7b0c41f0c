import { scenarioMeta } from './catalog';
import { linkGoal } from './goals';
import { dq } from './pyLiteral';
import { orgCollisionSeed } from './seeds';
import type { Scenario } from './types';

/**
 * The collision for an org `name` whose team is also `name` (the docs' reviewco, or a reader's
 * own). `entityName` is the org's real ORG_ENTITY_NAME when the reader knows it; otherwise
 * the world suffixes one.
 */
export function orgNameCollisionIn(name: string, entityName?: string): Scenario {
  // The suffix copied from an example is never this org's own.
  const copied = `${name}_XYZ123456` === entityName ? `${name}_ABC987654` : `${name}_XYZ123456`;
  return {
    ...scenarioMeta('org-name-collision'),
    summary: `The organization ${name} has a team also called ${name}, so its ORG_ENTITY_NAME carries a hash suffix. The code copied an example's suffix. Goal: the review classifier (logged by the team ${name}) is linked into ${name}'s Models registry, collection review-classifier.`,
    seed: orgCollisionSeed(name, entityName),
    worldId: 'org-name-collision',
    code: `import wandb

# Copied from an example: an ORG_ENTITY_NAME with a hash suffix.
ORG_ENTITY_NAME = ${dq(copied)}

with wandb.init(entity=${dq(name)}, project="reviews") as run:
    with open("model.txt", "w") as f:
        f.write("review classifier")
    artifact = wandb.Artifact("review-classifier", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, f"{ORG_ENTITY_NAME}/wandb-registry-model/review-classifier")
    print("linked", linked.qualified_name)
`,
    expectedError: {
      type: 'wandb.errors.errors.CommError',
      message: `Unable to find organization for entity '${name}'.`,
    },
    check: linkGoal({ registry: 'model', org: name, collection: 'review-classifier' }),
    hints: [
      "The suffix is different for every organization: the example's suffix is not yours. The quoted name in the error is the entity that logged the artifact.",
      `Three names look alike here. The display name '${name}' is accepted as the prefix. The ORG_ENTITY_NAME is '${name}_' plus this organization's own hash, also accepted. A team name is never accepted as such; the team '${name}' only passes because it is spelled like the display name.`,
      `Drop the prefix (target path "wandb-registry-model/review-classifier") and print linked.entity: that is the real ORG_ENTITY_NAME. Or use the display name "${name}" as the prefix.`,
    ],
    solution: `import wandb

with wandb.init(entity=${dq(name)}, project="reviews") as run:
    with open("model.txt", "w") as f:
        f.write("review classifier")
    artifact = wandb.Artifact("review-classifier", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    # The short form needs no organization; the result carries the real ORG_ENTITY_NAME.
    linked = run.link_artifact(logged, "wandb-registry-model/review-classifier")
    print("ORG_ENTITY_NAME:", linked.entity)

    # The display name works as the prefix too; the link still lives under the entity name.
    again = run.link_artifact(logged, ${dq(`${name}/wandb-registry-model/review-classifier`)})
    print("with the display name:", again.qualified_name)
`,
  };
}

export const orgNameCollision: Scenario = orgNameCollisionIn('reviewco');
