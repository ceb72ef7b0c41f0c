// Small worlds, each reproducing one case the docs or a scenario needs. Several equal the
// docs world on purpose: the scenario's code is what breaks, not the world.
import type { WorldSeed } from '../../world/types';
import { docsBaseSeed, docsSeed } from '../../world/docsSeed';
import type { WorldSeedId } from './ids';

const clone = (s: WorldSeed): WorldSeed => structuredClone(s);

/**
 * An org with a team of its own name (so its ORG_ENTITY_NAME gets a suffix, unless
 * `entityName` gives the real one); alice logs from that team.
 */
export function orgCollisionSeed(name: string, entityName?: string): WorldSeed {
  return {
    viewer: 'alice',
    users: [{ name: 'alice', defaultEntity: name }],
    orgs: [
      {
        name,
        ...(entityName ? { entityName } : {}),
        members: [{ user: 'alice', role: 'member' }],
        teams: [{ name, members: [{ user: 'alice', role: 'member' }] }],
      },
    ],
  };
}

/** The docs world with extra registries added to its only org. */
function docsWith(registries: NonNullable<WorldSeed['orgs'][number]['registries']>): WorldSeed {
  const s = clone(docsBaseSeed);
  s.orgs[0].registries = [...(s.orgs[0].registries ?? []), ...registries];
  return s;
}

export const worldSeeds: Record<string, WorldSeed> = {
  // Default world: alice in team vision-team of org acme; core registries + restricted "compliance".
  docs: clone(docsSeed),
  // The docs world's people and registries before anything is logged; scenarios start here.
  'docs-base': clone(docsBaseSeed),
  // alice logs to her personal entity (her default); 1 org, so the client resolves it but the server refuses.
  'personal-entity': {
    viewer: 'alice',
    users: [{ name: 'alice' }, { name: 'bob' }],
    orgs: [
      {
        name: 'acme',
        members: [
          { user: 'alice', role: 'member' },
          { user: 'bob', role: 'admin' },
        ],
        teams: [
          {
            name: 'vision-team',
            members: [
              { user: 'alice', role: 'member' },
              { user: 'bob', role: 'admin' },
            ],
          },
        ],
      },
    ],
  },
  // Org "reviewco" has a team named "reviewco": its ORG_ENTITY_NAME gets a hash suffix.
  'org-name-collision': orgCollisionSeed('reviewco'),
  // The docs world; the scenario's path uses the team name "vision-team" as the org prefix.
  'team-name-as-org': clone(docsBaseSeed),
  // alice logs to her personal entity and belongs to two orgs (acme, globex).
  'multiple-orgs': {
    viewer: 'alice',
    users: [{ name: 'alice' }, { name: 'bob' }],
    orgs: [
      {
        name: 'acme',
        members: [
          { user: 'alice', role: 'member' },
          { user: 'bob', role: 'admin' },
        ],
        teams: [{ name: 'vision-team', members: [{ user: 'alice', role: 'member' }] }],
      },
      {
        name: 'globex',
        members: [{ user: 'alice', role: 'member' }],
        teams: [{ name: 'research', members: [{ user: 'alice', role: 'member' }] }],
      },
    ],
  },
  // The docs world; the scenario's aliases contain '/' or ':'.
  'alias-characters': clone(docsBaseSeed),
  // The docs world plus custom registry "benchmarks" that accepts only 'dataset'.
  'type-not-accepted': docsWith([
    { name: 'benchmarks', visibility: 'organization', acceptedTypes: ['dataset'] },
  ]),
  // The docs world; the scenario links to a registry that does not exist.
  'registry-not-found': clone(docsBaseSeed),
  // The docs world; the scenario calls link_artifact after run.finish().
  'finished-run': clone(docsBaseSeed),
  // The docs world; the scenario's artifact name contains a space.
  'invalid-artifact-name': clone(docsBaseSeed),
  // The docs world with an empty collection "sentiment-classifier" in the model registry.
  'confirm-exact-path': docsWith([
    { name: 'model', collections: [{ name: 'sentiment-classifier', type: 'model' }] },
  ]),
  // The docs world, but alice is only a viewer of the model registry, so her link is refused.
  'viewer-role': docsWith([{ name: 'model', members: [{ user: 'alice', role: 'viewer' }] }]),
  // The docs world, but the model registry protects 'production': alice (a member) cannot set it.
  'protected-alias': {
    ...clone(docsSeed),
    orgs: clone(docsSeed).orgs.map((o) => ({
      ...o,
      registries: [...(o.registries ?? []), { name: 'model', protectedAliases: ['production'] }],
    })),
  },
} satisfies Record<WorldSeedId, WorldSeed>;
