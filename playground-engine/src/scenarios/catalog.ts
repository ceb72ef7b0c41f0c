// Ids, titles and docs sections of the troubleshooting scenarios, in the order of
// docs/troubleshooting.mdx. Plain data with no engine behind it, so pages import it eagerly
// (`playground-engine/paths`) to render progress and "Try it" buttons; each scenario module
// takes its id, title and docs from here.
import type { TroubleshootingCode } from '../errors/codes';

export interface ScenarioMeta {
  id: string;
  title: string;
  /** The troubleshooting section (its anchor is this code). */
  docs: TroubleshootingCode;
}

export const SCENARIO_CATALOG = [
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
] as const satisfies readonly ScenarioMeta[];

export type ScenarioId = (typeof SCENARIO_CATALOG)[number]['id'];

/** The catalog entry of a scenario. */
export function scenarioMeta(id: ScenarioId): ScenarioMeta {
  return SCENARIO_CATALOG.find((s) => s.id === id)!;
}

/** The catalog entry for an id from outside (an MDX prop, a share link), if there is one. */
export function findScenario(id: string): ScenarioMeta | undefined {
  return SCENARIO_CATALOG.find((s) => s.id === id);
}

/** A reader's own names ("Use my names" on the docs pages). */
export interface ReaderNames {
  team: string;
  /** The org's display name. */
  org: string;
  /** Its ORG_ENTITY_NAME when the reader knows it. */
  orgEntity?: string;
}

/**
 * The scenarios that can be replayed in a reader's names, and when they are the reader's
 * situation: a team named like its org makes the collision, any other team makes "a team name
 * used as the organization" fail. Plain data, so a page can decide without the engine.
 */
const APPLIES_IN_NAMES: Partial<Record<ScenarioId, (n: ReaderNames) => boolean>> = {
  'org-name-collision': (n) => n.team === n.org,
  'team-name-as-org': (n) => n.team !== n.org && n.team !== n.orgEntity,
};

export function scenarioAppliesInNames(id: string, names: ReaderNames): boolean {
  return APPLIES_IN_NAMES[id as ScenarioId]?.(names) ?? false;
}
