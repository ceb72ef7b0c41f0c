// State of the simulated Artifact browser: project → artifacts sidebar (grouped by type)
// → version → Version overview → "Link to registry" modal (two steps). Data only through
// the UI api; the server decides every rule.
import { useCallback, useMemo, useState } from 'react';
import {
  type FinishedLink,
  type RegistryUiApi,
  type Subscribe,
  type UiArtifact,
  type UiError,
  type UiRegistry,
  toUiError,
} from './api';
import { splitAliases } from './codegen';
import { ARTIFACT_BROWSER_STEPS } from './steps';
import { type StepState, useLinkSteps } from './useLinkSteps';
import { useQuery, useRevision } from './useQuery';

/**
 * Value of the collection dropdown that means "type a new collection name". A ':' never
 * appears in a collection name the server lists, so it cannot clash with a real one.
 */
export const NEW_COLLECTION = ':new-collection';

export interface ModalState {
  step: 1 | 2;
  registryKey: string;
  collection: string;
  newCollection: string;
  aliases: string;
  busy: boolean;
  error: UiError | null;
}

export const registryKeyOf = (r: UiRegistry): string => `${r.orgEntityName}/${r.name}`;

export function groupByType(
  artifacts: readonly UiArtifact[],
): { type: string; artifacts: UiArtifact[] }[] {
  const groups = new Map<string, UiArtifact[]>();
  for (const a of artifacts) {
    const list = groups.get(a.type) ?? [];
    list.push(a);
    groups.set(a.type, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, list]) => ({
      type,
      artifacts: list.sort((x, y) => x.name.localeCompare(y.name)),
    }));
}

export function useArtifactBrowser(api: RegistryUiApi, subscribe?: Subscribe) {
  const revision = useRevision(subscribe);
  const [entity, setEntityRaw] = useState('');
  const [project, setProjectRaw] = useState('');
  const [panelOpen, setPanelOpen] = useState(false);
  const [artifact, setArtifact] = useState('');
  const [versionId, setVersionId] = useState('');
  const [modal, setModal] = useState<ModalState | null>(null);
  const [everNext, setEverNext] = useState(false);
  const [finished, setFinished] = useState<FinishedLink | null>(null);
  const [resetKey, setResetKey] = useState(0);

  const entities = useQuery('entities', () => api.listEntities(), revision);
  const projects = useQuery(
    entity ? `p:${entity}` : null,
    () => api.listProjects(entity),
    revision,
  );
  const artifacts = useQuery(
    entity && project ? `a:${entity}/${project}` : null,
    () => api.listArtifacts(entity, project),
    revision,
  );
  const versions = useQuery(
    entity && project && artifact ? `v:${entity}/${project}/${artifact}` : null,
    () => api.artifactVersions(entity, project, artifact),
    revision,
  );
  const links = useQuery(
    versionId ? `l:${versionId}` : null,
    () => api.versionLinks(versionId),
    revision,
  );
  const registries = useQuery(modal ? 'registries' : null, () => api.listRegistries(), revision);
  const registry = useMemo(
    () => registries.data?.find((r) => registryKeyOf(r) === modal?.registryKey) ?? null,
    [registries.data, modal?.registryKey],
  );
  const collections = useQuery(
    registry ? `c:${registryKeyOf(registry)}` : null,
    () => api.listCollections(registry!.orgEntityName, registry!.name),
    revision,
  );

  const groups = useMemo(() => groupByType(artifacts.data ?? []), [artifacts.data]);
  const version = versions.data?.find((v) => v.id === versionId) ?? null;

  const setEntity = useCallback((e: string) => {
    setEntityRaw(e);
    setProjectRaw('');
    setArtifact('');
    setVersionId('');
  }, []);
  const setProject = useCallback((p: string) => {
    setProjectRaw(p);
    setArtifact('');
    setVersionId('');
  }, []);
  const togglePanel = useCallback(() => setPanelOpen((o) => !o), []);
  const openArtifact = useCallback((name: string) => {
    setArtifact((cur) => (cur === name ? '' : name));
    setVersionId('');
  }, []);
  const openVersion = useCallback((id: string) => setVersionId(id), []);

  const openModal = useCallback(() => {
    setModal({
      step: 1,
      registryKey: '',
      collection: '',
      newCollection: '',
      aliases: '',
      busy: false,
      error: null,
    });
  }, []);
  const closeModal = useCallback(() => setModal(null), []);
  const updateModal = useCallback((patch: Partial<ModalState>) => {
    setModal((m) => (m ? { ...m, error: null, ...patch } : m));
  }, []);
  const chooseRegistry = useCallback(
    (key: string) => updateModal({ registryKey: key, collection: '', newCollection: '' }),
    [updateModal],
  );

  const targetCollection = modal
    ? modal.collection === NEW_COLLECTION
      ? modal.newCollection.trim()
      : modal.collection
    : '';
  const canNext = Boolean(modal && registry && targetCollection);

  const nextStep = useCallback(() => {
    if (!canNext) return;
    setEverNext(true);
    updateModal({ step: 2 });
  }, [canNext, updateModal]);
  const previousStep = useCallback(() => updateModal({ step: 1 }), [updateModal]);

  const submitLink = useCallback(async (): Promise<boolean> => {
    if (!modal || !registry || !version || !targetCollection) return false;
    const aliases = splitAliases(modal.aliases);
    setModal((m) => (m ? { ...m, busy: true, error: null } : m));
    try {
      const result = await api.link({
        artifactId: version.id,
        orgEntityName: registry.orgEntityName,
        registry: registry.name,
        collection: targetCollection,
        aliases,
      });
      setFinished({
        orgEntityName: registry.orgEntityName,
        registry: registry.name,
        collection: targetCollection,
        versionIndex: result.versionIndex,
        aliases: result.aliases,
        requestedAliases: aliases,
        source: { entity, project, name: artifact, versionIndex: version.versionIndex },
      });
      setModal(null);
      return true;
    } catch (e) {
      setModal((m) => (m ? { ...m, busy: false, error: toUiError(e) } : m));
      return false;
    }
  }, [api, modal, registry, version, targetCollection, entity, project, artifact]);

  const startOver = useCallback(() => {
    setFinished(null);
    setEverNext(false);
    setResetKey((k) => k + 1);
  }, []);

  const live = useMemo(
    () => ({
      project: Boolean(entity && project),
      artifacts: panelOpen && Boolean(entity && project),
      version: version !== null,
      modal: modal !== null,
      select: Boolean(modal && registry && targetCollection),
      next: everNext && (modal?.step === 2 || finished !== null),
      aliases: Boolean(modal && splitAliases(modal.aliases).length > 0) || finished !== null,
      link: finished !== null,
    }),
    [entity, project, panelOpen, version, modal, registry, targetCollection, everNext, finished],
  );
  const steps: StepState[] = useLinkSteps(ARTIFACT_BROWSER_STEPS, live, resetKey);

  return {
    entities,
    entity,
    setEntity,
    projects,
    project,
    setProject,
    panelOpen,
    togglePanel,
    artifacts,
    groups,
    artifact,
    openArtifact,
    versions,
    versionId,
    version,
    links,
    openVersion,
    modal,
    openModal,
    closeModal,
    updateModal,
    chooseRegistry,
    registries,
    registry,
    collections,
    targetCollection,
    canNext,
    nextStep,
    previousStep,
    submitLink,
    finished,
    startOver,
    steps,
  };
}

export type ArtifactBrowserState = ReturnType<typeof useArtifactBrowser>;
