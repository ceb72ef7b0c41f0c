// The ids of the world seeds, apart from the seeds themselves: the playground's world picker
// lists them before the engine has loaded (`playground-engine/paths`). `worldSeeds` (index.ts)
// must have exactly these keys; tsc checks it.
export const WORLD_SEED_IDS = [
  'docs',
  'docs-base',
  'personal-entity',
  'org-name-collision',
  'team-name-as-org',
  'multiple-orgs',
  'alias-characters',
  'type-not-accepted',
  'registry-not-found',
  'finished-run',
  'invalid-artifact-name',
  'confirm-exact-path',
  'viewer-role',
  'protected-alias',
] as const;

export type WorldSeedId = (typeof WORLD_SEED_IDS)[number];
