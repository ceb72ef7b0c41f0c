// Goal checks shared by the scenarios: "a version logged by a team is linked into registry R
// (collection C)", with a reason that names the first thing still wrong.
import type { RunResult } from '../host/runSnippet';
import type { World } from '../world/world';
import { type RegistryLink, registryLinks } from './links';
import type { ScenarioVerdict } from './types';

export interface LinkGoal {
  /** Registry name without `wandb-registry-`. */
  registry: string;
  /** Org display name, when the goal names one. */
  org?: string;
  /** Collection the version must land in, when the goal names one. */
  collection?: string;
  /** A further condition on a matching link: null when met, else what is still wrong. */
  also?: (link: RegistryLink) => string | null;
}

const where = (l: RegistryLink) => `'${l.collection}' in the '${l.registry}' registry of ${l.org}`;

/** Appended to every reason when the run failed: the reader sees why nothing happened. */
function stopped(result: RunResult | undefined): string {
  const e = result?.error;
  return e ? ` Your code stopped with ${e.type}: ${e.message}` : '';
}

export function linkGoal(goal: LinkGoal): (world: World, result: RunResult) => ScenarioVerdict {
  const target = `the '${goal.registry}' registry${goal.org ? ` of ${goal.org}` : ''}`;
  return (world, result) => {
    const fail = (why: string): ScenarioVerdict => ({ ok: false, reason: why + stopped(result) });
    const links = registryLinks(world);
    if (links.length === 0) return fail(`Nothing is linked into ${target} yet.`);

    const inRegistry = links.filter(
      (l) => l.registry === goal.registry && (!goal.org || l.org === goal.org),
    );
    if (inRegistry.length === 0) {
      return fail(`A version was linked, but into ${where(links[0])}, not into ${target}.`);
    }
    const inCollection = goal.collection
      ? inRegistry.filter((l) => l.collection === goal.collection)
      : inRegistry;
    if (inCollection.length === 0) {
      return fail(
        `A version was linked into ${target}, but into the collection '${inRegistry[0].collection}', not '${goal.collection}'.`,
      );
    }
    const fromTeam = inCollection.filter((l) => l.source.entityKind === 'team');
    if (fromTeam.length === 0) {
      const l = inCollection[0];
      return fail(
        `The artifact was linked, but from a personal entity ('${l.source.entity}'): log it from a team entity.`,
      );
    }
    if (!goal.also) return { ok: true };
    let firstProblem: string | null = null;
    for (const l of fromTeam) {
      const problem = goal.also(l);
      if (problem === null) return { ok: true };
      firstProblem ??= problem;
    }
    return fail(firstProblem ?? 'The goal is not reached yet.');
  };
}
