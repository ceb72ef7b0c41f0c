// Picking a source version, shared by both simulated UIs: entity → project → artifact →
// version, each list loaded for the choice before it, and a new choice clearing the ones
// that depended on it (the Registry App's sidebar and the Artifact browser's project bar).
import { useCallback, useState } from 'react';
import type { RegistryUiApi } from './api';
import { useQuery } from './useQuery';

export interface SourcePick {
  entity: string;
  project: string;
  artifact: string;
  /** Artifact id of the chosen version. */
  versionId: string;
}

export type SourceField = keyof SourcePick;

const ORDER: readonly SourceField[] = ['entity', 'project', 'artifact', 'versionId'];
export const NO_SOURCE: SourcePick = { entity: '', project: '', artifact: '', versionId: '' };

/** Sets `field` and clears every field after it in the cascade. */
export function choose(pick: SourcePick, field: SourceField, value: string): SourcePick {
  const next = { ...pick, [field]: value };
  for (const later of ORDER.slice(ORDER.indexOf(field) + 1)) next[later] = '';
  return next;
}

/**
 * The cascade's state and its four lists. `active` false loads nothing (a closed sidebar);
 * `revision` re-reads them after a world change.
 */
export function useSourceCascade(api: RegistryUiApi, revision: number, active = true) {
  const [pick, setPick] = useState<SourcePick>(NO_SOURCE);
  const { entity, project, artifact, versionId } = pick;

  const entities = useQuery(active ? 'entities' : null, () => api.listEntities(), revision);
  const projects = useQuery(
    active && entity ? `p:${entity}` : null,
    () => api.listProjects(entity),
    revision,
  );
  const artifacts = useQuery(
    active && entity && project ? `a:${entity}/${project}` : null,
    () => api.listArtifacts(entity, project),
    revision,
  );
  const versions = useQuery(
    active && entity && project && artifact ? `v:${entity}/${project}/${artifact}` : null,
    () => api.artifactVersions(entity, project, artifact),
    revision,
  );

  const set = useCallback(
    (field: SourceField, value: string) => setPick((p) => choose(p, field, value)),
    [],
  );
  const reset = useCallback(() => setPick(NO_SOURCE), []);

  return {
    pick,
    entities,
    projects,
    artifacts,
    versions,
    /** The chosen version, once its list has loaded. */
    version: versions.data?.find((v) => v.id === versionId) ?? null,
    choose: set,
    reset,
  };
}

export type SourceCascade = ReturnType<typeof useSourceCascade>;
