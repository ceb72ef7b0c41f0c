// Ids, titles and docs anchors of the scenarios, kept here so the progress line and the
// "Try it" buttons render without loading the engine. catalog.test.ts pins it to the engine.
export interface CatalogEntry {
  id: string;
  title: string;
  /** Heading id in docs/troubleshooting.mdx. */
  docs: string;
}

export const SCENARIO_CATALOG: readonly CatalogEntry[] = [
  { id: 'personal-entity', title: 'Linking from a personal account', docs: 'personal-account' },
  {
    id: 'org-name-collision',
    title: 'Organization and team names collide',
    docs: 'org-name-collision',
  },
  {
    id: 'confirm-exact-path',
    title: 'Confirm the exact path in the Registry App',
    docs: 'confirm-exact-path',
  },
  {
    id: 'team-name-as-org',
    title: 'A team name used as the organization',
    docs: 'team-name-as-org',
  },
  { id: 'multiple-orgs', title: 'You belong to several organizations', docs: 'multiple-orgs' },
  { id: 'alias-characters', title: 'An alias contains / or :', docs: 'alias-characters' },
  {
    id: 'type-not-accepted',
    title: 'The registry does not accept this type',
    docs: 'type-not-accepted',
  },
  { id: 'registry-not-found', title: 'The registry does not exist', docs: 'registry-not-found' },
  { id: 'no-permission', title: 'You do not have permission to link', docs: 'no-permission' },
  { id: 'finished-run', title: 'The run has already finished', docs: 'finished-run' },
  {
    id: 'invalid-artifact-name',
    title: 'The artifact name is invalid',
    docs: 'invalid-artifact-name',
  },
  { id: 'reserved-type', title: 'The artifact type is reserved', docs: 'reserved-type' },
  { id: 'invalid-path', title: 'The target path has too many parts', docs: 'invalid-path' },
  { id: 'undefined-name', title: 'A name is not defined', docs: 'undefined-name' },
];

export function catalogEntry(id: string): CatalogEntry | undefined {
  return SCENARIO_CATALOG.find((s) => s.id === id);
}
