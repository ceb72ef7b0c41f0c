import { type ReaderNames, scenarioMeta } from './catalog';
import { linkGoal } from './goals';
import { dq } from './pyLiteral';
import { worldSeeds } from './seeds';
import type { Scenario } from './types';
import type { WorldSeed } from '../world/types';

/**
 * A team name used as the org prefix, for the docs' vision-team in acme or a reader's team in
 * their org. A reader's world is just their org (with its ORG_ENTITY_NAME if they know it) and
 * their team, alice a member of both.
 */
export function teamNameAsOrgIn(n: ReaderNames, seed: WorldSeed = readerSeed(n)): Scenario {
  const org = n.orgEntity ?? n.org;
  return {
    ...scenarioMeta('team-name-as-org'),
    summary: `The target path starts with the team's name instead of the organization's. Goal: the segmenter logged by ${n.team} is linked into ${n.org}'s Models registry.`,
    seed,
    worldId: 'team-name-as-org',
    code: `import wandb

with wandb.init(entity=${dq(n.team)}, project="segmentation") as run:
    with open("model.txt", "w") as f:
        f.write("segmenter")
    artifact = wandb.Artifact("segmenter", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    run.link_artifact(logged, ${dq(`${n.team}/wandb-registry-model/segmenter`)})
`,
    expectedError: {
      type: 'wandb.errors.errors.CommError',
      message: `Unable to find organization for entity '${n.team}'.`,
    },
    check: linkGoal({ registry: 'model', org: n.org }),
    hints: [
      'The part before /wandb-registry- must name an organization, not a team.',
      `${n.team} belongs to the organization ${n.org}. Its display name or its ORG_ENTITY_NAME is accepted as the prefix.`,
      `Use "${org}/wandb-registry-model/segmenter", or drop the prefix: "wandb-registry-model/segmenter".`,
    ],
    solution: `import wandb

with wandb.init(entity=${dq(n.team)}, project="segmentation") as run:
    with open("model.txt", "w") as f:
        f.write("segmenter")
    artifact = wandb.Artifact("segmenter", type="model")
    artifact.add_file("model.txt")
    logged = run.log_artifact(artifact)

    linked = run.link_artifact(logged, ${dq(`${org}/wandb-registry-model/segmenter`)})
    print("linked", linked.qualified_name)
`,
  };
}

function readerSeed(n: ReaderNames): WorldSeed {
  const member = { user: 'alice', role: 'member' as const };
  return {
    viewer: 'alice',
    users: [{ name: 'alice', defaultEntity: n.team }],
    orgs: [
      {
        name: n.org,
        ...(n.orgEntity ? { entityName: n.orgEntity } : {}),
        members: [member],
        teams: [{ name: n.team, members: [member] }],
      },
    ],
  };
}

export const teamNameAsOrg: Scenario = teamNameAsOrgIn(
  { team: 'vision-team', org: 'acme' },
  worldSeeds['team-name-as-org'],
);
