import type { WorldSeed } from 'playground-engine';
import type { Engine, WorldEdits } from './engine';
import {
  editsForNames,
  FIELD_LABELS,
  type MyNames,
  type NameField,
  type NamesProblem,
} from './myNames';

/**
 * A page world's seed in the reader's names: the seed with their org, team and registry
 * added by world edits (seedWithEdits), so every docs name is still there for the blocks
 * that keep them (`names=off`) and the engine picks the ORG_ENTITY_NAME (suffixed when
 * their team has the org's name). Throws the engine's ValueError when a name is taken.
 */
/** What building a world in the reader's names takes: the engine and its world edits. */
type NamesEngine = Pick<Engine, 'createWorld' | 'registryProject'> &
  Pick<WorldEdits, 'seedWithEdits'>;

export function seedInNames(
  engine: NamesEngine,
  seed: WorldSeed,
  names: MyNames | null,
): WorldSeed {
  if (!names) return seed;
  const base = engine.seedWithEdits(
    seed,
    editsForNames(names, () => true),
  );
  if (!names.registry) return base;
  // A core registry (model, dataset) already exists in the new org; any other is added.
  const world = engine.createWorld(base);
  const org = world.getOrg(names.org);
  const exists = (name: string) =>
    Boolean(org && world.getProject(org.entityName, engine.registryProject(name)));
  return engine.seedWithEdits(seed, editsForNames(names, exists));
}

/** Which field an edit refusal is about: `edits.<i> (<kind>): <field>: …`. */
function fieldOf(message: string): NameField {
  const m = /edits\.\d+ \(([\w-]+)\): (\w+)/.exec(message);
  if (!m) return 'team';
  if (m[1] === 'add-registry') return 'registry';
  if (m[1] === 'add-org')
    return m[2] === 'teams' ? 'team' : m[2] === 'entityName' ? 'orgEntity' : 'org';
  return 'team';
}

/**
 * Whether the names fit the docs world: a team or org the docs world already has (alice,
 * bob, nlp-team, ...) is refused with the engine's reason, under the form's field name.
 */
export function namesWorldProblem(
  engine: NamesEngine & Pick<Engine, 'worldSeeds'>,
  names: MyNames,
): NamesProblem | null {
  try {
    seedInNames(engine, engine.worldSeeds.docs, names);
    return null;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const field = fieldOf(text);
    const reason = text.replace(/^.*?\): (?:[\w.]+: )?/, '');
    return {
      field,
      message: `${FIELD_LABELS[field]}: ${reason} in the docs' example world; pick another name`,
    };
  }
}
