// State of the simulated Artifact browser: project → artifacts sidebar (grouped by type)
// → version → Version overview → "Link to registry" modal (two steps). Data only through
// the UI api; the server decides every rule.
import { useCallback, useMemo, useState } from 'react';
import type { RegistryUiApi, Subscribe, UiArtifact, UiRegistry } from './api';
import { splitAliases } from './codegen';
import { ARTIFACT_BROWSER_STEPS } from './steps';
import { type StepState, useLinkSteps } from './useLinkSteps';
import { useLinkSubmit } from './useLinkSubmit';
import { useQuery, useRevision } from './useQuery';
import { useSourceCascade } from './useSourceCascade';

/**
 * Value of the collection dropdown that means "type a new collection name". A ':' never
 * appears in a collection name the server lists, so it cannot clash with a real one.
 */
export const NEW_COLLECTION = ':new-collection';

/** The "Link to registry" modal: its step, the target picked and the aliases typed. */
export interface ModalState {
  step: 1 | 2;
  registryKey: string;
  collection: string;
  newCollection: string;
  aliases: string;
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
  const source = useSourceCascade(api, revision);
  const { entity, project, artifact, versionId } = source.pick;
  const { entities, projects, artifacts, versions, version } = source;
  const link = useLinkSubmit(api);
  const [panelOpen, setPanelOpen] = useState(false);
  const [modal, setModal] = useState<ModalState | null>(null);
  const [everNext, setEverNext] = useState(false);
  const [resetKey, setResetKey] = useState(0);

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

  const { choose } = source;
  const setEntity = useCallback((e: string) => choose('entity', e), [choose]);
  const setProject = useCallback((p: string) => choose('project', p), [choose]);
  const togglePanel = useCallback(() => setPanelOpen((o) => !o), []);
  /** A second click on the open artifact closes it. */
  const openArtifact = useCallback(
    (name: string) => choose('artifact', artifact === name ? '' : name),
    [choose, artifact],
  );
  const openVersion = useCallback((id: string) => choose('versionId', id), [choose]);

  const { resetForm, clearError, clearFinished, submit } = link;
  const openModal = useCallback(() => {
    resetForm();
    setModal({ step: 1, registryKey: '', collection: '', newCollection: '', aliases: '' });
  }, [resetForm]);
  const closeModal = useCallback(() => setModal(null), []);
  /** Any change to the form clears the last error. */
  const updateModal = useCallback(
    (patch: Partial<ModalState>) => {
      clearError();
      setModal((m) => (m ? { ...m, ...patch } : m));
    },
    [clearError],
  );
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

  /** Sends LinkArtifact. Resolves true on success (the modal then closes). */
  const submitLink = useCallback(async (): Promise<boolean> => {
    if (!modal || !registry || !version || !targetCollection) return false;
    const linked = await submit({
      registry,
      collection: targetCollection,
      source: source.pick,
      version,
      aliases: modal.aliases,
    });
    if (linked) setModal(null);
    return linked;
  }, [submit, modal, registry, version, targetCollection, source.pick]);

  const startOver = useCallback(() => {
    clearFinished();
    setEverNext(false);
    setResetKey((k) => k + 1);
  }, [clearFinished]);

  const finished = link.finished;

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
    /** Busy and the server's error while the modal's link is out. */
    linking: { busy: link.busy, error: link.error },
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
