// The troubleshooting scenarios, one module each, in the order of docs/troubleshooting.mdx,
// and the one way to judge an attempt: run it on a FRESH world from the seed, then check.
import { type RunResult, runSnippet } from '../host/runSnippet';
import { createWorld } from '../world/createWorld';
import type { World } from '../world/world';
import { aliasCharacters } from './alias-characters';
import { confirmExactPath } from './confirm-exact-path';
import { finishedRun } from './finished-run';
import { invalidArtifactName } from './invalid-artifact-name';
import { invalidPath } from './invalid-path';
import { multipleOrgs } from './multiple-orgs';
import { noPermission } from './no-permission';
import { type ReaderNames, scenarioAppliesInNames } from './catalog';
import { orgNameCollision, orgNameCollisionIn } from './org-name-collision';
import { personalEntity } from './personal-entity';
import { registryNotFound } from './registry-not-found';
import { reservedType } from './reserved-type';
import { teamNameAsOrg, teamNameAsOrgIn } from './team-name-as-org';
import type { Scenario, ScenarioVerdict } from './types';
import { typeNotAccepted } from './type-not-accepted';
import { undefinedName } from './undefined-name';

export {
  type ReaderNames,
  SCENARIO_CATALOG,
  scenarioAppliesInNames,
  type ScenarioId,
  type ScenarioMeta,
  scenarioMeta,
} from './catalog';
export type { RegistryLink } from './links';
export { registryLinks } from './links';
export type { Scenario, ScenarioVerdict } from './types';

export const scenarios: readonly Scenario[] = [
  personalEntity,
  orgNameCollision,
  confirmExactPath,
  teamNameAsOrg,
  multipleOrgs,
  aliasCharacters,
  typeNotAccepted,
  registryNotFound,
  noPermission,
  finishedRun,
  invalidArtifactName,
  reservedType,
  invalidPath,
  undefinedName,
];

export class UnknownScenarioError extends Error {
  constructor(id: string) {
    super(
      `Unknown scenario '${id}'. Known scenarios: ${scenarios.map((s) => `'${s.id}'`).join(', ')}.`,
    );
    this.name = 'UnknownScenarioError';
  }
}

export function getScenario(id: string): Scenario {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new UnknownScenarioError(id);
  return s;
}

const IN_NAMES: Record<string, (n: ReaderNames) => Scenario> = {
  'org-name-collision': (n) => orgNameCollisionIn(n.org, n.orgEntity),
  'team-name-as-org': (n) => teamNameAsOrgIn(n),
};

/**
 * Scenario `id` replayed in a reader's own names ("Try it in my setup"), or null when it is
 * not their situation (`scenarioAppliesInNames`).
 */
export function scenarioInNames(id: string, names: ReaderNames): Scenario | null {
  getScenario(id); // an unknown id is an error, as everywhere
  return scenarioAppliesInNames(id, names) ? (IN_NAMES[id]?.(names) ?? null) : null;
}

export interface ScenarioAttempt {
  result: RunResult;
  verdict: ScenarioVerdict;
  /** The fresh world the attempt ran on, as the code left it. */
  world: World;
}

/** Runs `code` on a fresh world from the scenario's seed and judges the world it leaves. */
export async function attemptScenario(
  scenarioOrId: Scenario | string,
  code: string,
): Promise<ScenarioAttempt> {
  const scenario = typeof scenarioOrId === 'string' ? getScenario(scenarioOrId) : scenarioOrId;
  const world = createWorld(scenario.seed);
  const result = await runSnippet(code, { world });
  let verdict: ScenarioVerdict;
  try {
    verdict = scenario.check(world, result);
  } catch (e) {
    // A check must never take the page down; report it as not reached, with the cause.
    verdict = {
      ok: false,
      reason: `The goal could not be checked: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return { result, verdict, world };
}
