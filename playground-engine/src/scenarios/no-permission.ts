import type { WorldSeed } from '../world/types';
import { linkGoal } from './goals';
import { worldSeeds } from './seeds';
import { scenarioMeta } from './catalog';
import type { Scenario } from './types';

// The viewer-role world plus an organization-visible registry "candidates" that accepts
// models. No code can promote alice in Models (only an admin can), so the goal reachable
// from code is a registry where every org member may link.
function seedWithCandidates(): WorldSeed {
  const seed = structuredClone(worldSeeds['viewer-role']);
  seed.orgs[0].registries = [
    ...(seed.orgs[0].registries ?? []),
    { name: 'candidates', visibility: 'organization', acceptedTypes: ['model'] },
  ];
  return seed;
}

export const noPermission: Scenario = {
  ...scenarioMeta('no-permission'),
  summary:
    "alice is only a Viewer of the Models registry, so her link is refused. Becoming a Member takes a registry admin. Meanwhile, goal: the ranker is linked into the organization's candidates registry, where every member of acme may link.",
  seed: seedWithCandidates(),
  worldId: 'viewer-role',
  code: `import wandb

with wandb.init(entity="vision-team", project="ranker") as run:
    with open("model.txt", "w") as f:
        f.write("ranker")
    artifact = wandb.Artifact("ranker", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, "wandb-registry-model/ranker")
`,
  expectedError: {
    type: 'wandb.errors.errors.CommError',
    message:
      "permission denied: user 'alice' has role 'viewer' in registry 'model'; linking requires the member or admin role",
  },
  check: linkGoal({ registry: 'candidates' }),
  hints: [
    'Linking needs the Member or Admin role in the target registry; Viewers can only look.',
    'Only a registry admin can make you a Member of Models. Until then, link to a registry where you are one: in this world, candidates is open to every member of acme.',
    'Use the target path "wandb-registry-candidates/ranker".',
  ],
  solution: `import wandb

with wandb.init(entity="vision-team", project="ranker") as run:
    with open("model.txt", "w") as f:
        f.write("ranker")
    artifact = wandb.Artifact("ranker", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    # Ask an admin for the Member role in Models; meanwhile the candidates registry is open.
    linked = run.link_artifact(logged, "wandb-registry-candidates/ranker")
    print("linked", linked.qualified_name)
`,
};
