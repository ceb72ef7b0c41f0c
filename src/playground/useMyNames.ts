import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { loadEngineWithEdits } from './engine';
import {
  type MyNames,
  myNames,
  myNamesNotice,
  type NamesProblem,
  namesProblem,
  setMyNames,
  subscribeMyNames,
} from './myNames';
import { namesWorldProblem } from './namesWorld';

/**
 * The reader's names (null: the docs' own). Null while server rendering and hydrating, so
 * the static page always shows the docs' names and the reader's replace them right after.
 */
export function useMyNames(): MyNames | null {
  return useSyncExternalStore(subscribeMyNames, myNames, () => null);
}

/** Why saved names were refused when the page loaded ('' if they were not). */
export function useMyNamesNotice(): string {
  return useSyncExternalStore(subscribeMyNames, myNamesNotice, () => '');
}

export interface MyNamesFields {
  team: string;
  org: string;
  orgEntity: string;
  /** "I don't know" the ORG_ENTITY_NAME: code uses the display name, the world decides. */
  unknownEntity: boolean;
  registry: string;
  collection: string;
}

const fieldsOf = (n: MyNames | null): MyNamesFields => ({
  team: n?.team ?? '',
  org: n?.org ?? '',
  orgEntity: n?.orgEntity ?? '',
  unknownEntity: n ? !n.orgEntity : false,
  registry: n?.registry ?? '',
  collection: n?.collection ?? '',
});

/** The names a filled form stands for (fields trimmed, empty optional fields left out). */
export function namesFromFields(f: MyNamesFields): MyNames {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  const names: MyNames = { team: f.team.trim(), org: f.org.trim() };
  const orgEntity = f.unknownEntity ? undefined : opt(f.orgEntity);
  if (orgEntity) names.orgEntity = orgEntity;
  const registry = opt(f.registry);
  if (registry) names.registry = registry;
  const collection = opt(f.collection);
  if (collection) names.collection = collection;
  return names;
}

/**
 * The "Use my names" form: its fields, apply (checked by field, then against the docs world
 * through the engine; every page's worlds are then rebuilt in the names) and "Show the
 * original examples".
 */
export function useMyNamesForm() {
  const names = useMyNames();
  const notice = useMyNamesNotice();
  // Empty while hydrating (as on the server), then the names in use, and again whenever they change.
  const [fields, setFields] = useState<MyNamesFields>(() => fieldsOf(null));
  useEffect(() => setFields(fieldsOf(names)), [names]);
  const [error, setError] = useState<NamesProblem | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const set = useCallback(
    <K extends keyof MyNamesFields>(key: K, value: MyNamesFields[K]) =>
      setFields((f) => ({ ...f, [key]: value })),
    [],
  );

  const apply = useCallback(async (): Promise<NamesProblem | null> => {
    const next = namesFromFields(fields);
    let problem = namesProblem(next);
    if (!problem) {
      setBusy(true);
      try {
        problem = namesWorldProblem(await loadEngineWithEdits(), next);
      } catch {
        problem = { field: 'team', message: 'The simulator could not load; try again.' };
      } finally {
        setBusy(false);
      }
    }
    setError(problem);
    if (problem) {
      setStatus('');
      return problem;
    }
    const saved = setMyNames(next);
    setStatus(
      `The examples now use team ${next.team} and org ${next.orgEntity ?? next.org}.${
        saved ? '' : ' Your browser did not let us save them, so they last for this page only.'
      }`,
    );
    return null;
  }, [fields]);

  const showOriginal = useCallback(() => {
    setMyNames(null);
    setError(null);
    setStatus('The examples show the docs’ own names again.');
  }, []);

  return { names, notice, fields, set, error, status, busy, apply, showOriginal };
}
