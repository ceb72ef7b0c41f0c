// State of the simulated Registry App: registry list → collections → (menu | details)
// → "Link new version" sidebar. Data only through the UI api; the server decides every rule.
import { useCallback, useMemo, useState } from 'react';
import type { RegistryUiApi, Subscribe, UiCollection, UiRegistry } from './api';
import { type Page, pageOf } from './paging';
import { REGISTRY_APP_STEPS } from './steps';
import { type StepState, useLinkSteps } from './useLinkSteps';
import { useLinkSubmit } from './useLinkSubmit';
import { type Query, useQuery, useRevision } from './useQuery';
import { type SourceField, useSourceCascade } from './useSourceCascade';

/** The "Link new version" sidebar: the collection it links into and the aliases typed. */
export interface SidebarState {
  collection: string;
  aliases: string;
}

export type RegistryView = 'registries' | 'collections' | 'details';

export function useRegistryApp(api: RegistryUiApi, subscribe?: Subscribe) {
  const revision = useRevision(subscribe);
  const [registryKey, setRegistryKey] = useState<string | null>(null);
  const [view, setView] = useState<RegistryView>('registries');
  const [detailsOf, setDetailsOf] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [sidebar, setSidebar] = useState<SidebarState | null>(null);
  const [everOpened, setEverOpened] = useState({ menu: false, sidebar: false });
  const [collectionFilter, setCollectionFilter] = useState('');
  const [collectionPage, setCollectionPage] = useState(0);
  const [versionPage, setVersionPage] = useState(0);
  const [resetKey, setResetKey] = useState(0);

  const registries = useQuery('registries', () => api.listRegistries(), revision);
  const registry: UiRegistry | null = useMemo(
    () => registries.data?.find((r) => `${r.orgEntityName}/${r.name}` === registryKey) ?? null,
    [registries.data, registryKey],
  );

  const collections = useQuery(
    registry ? `c:${registry.orgEntityName}/${registry.name}` : null,
    () => api.listCollections(registry!.orgEntityName, registry!.name),
    revision,
  );
  const details = useQuery(
    registry && detailsOf ? `m:${registry.orgEntityName}/${registry.name}/${detailsOf}` : null,
    () => api.collectionVersions(registry!.orgEntityName, registry!.name, detailsOf!),
    revision,
  );

  // Sidebar dropdowns (team → project → artifact → version), loaded while it is open.
  const source = useSourceCascade(api, revision, sidebar !== null);
  const link = useLinkSubmit(api);

  const collectionsPage: Page<UiCollection> | null = collections.data
    ? pageOf(collections.data, collectionPage, collectionFilter, (c) => c.name)
    : null;
  const versionsPage = details.data ? pageOf(details.data, versionPage) : null;

  const openRegistry = useCallback((r: UiRegistry) => {
    setRegistryKey(`${r.orgEntityName}/${r.name}`);
    setView('collections');
    setDetailsOf(null);
    setMenuFor(null);
    setCollectionFilter('');
    setCollectionPage(0);
  }, []);

  const backToRegistries = useCallback(() => {
    setRegistryKey(null);
    setView('registries');
    setDetailsOf(null);
    setMenuFor(null);
  }, []);

  const openDetails = useCallback((collection: string) => {
    setDetailsOf(collection);
    setVersionPage(0);
    setView('details');
    setMenuFor(null);
  }, []);

  const backToCollections = useCallback(() => {
    setDetailsOf(null);
    setView('collections');
  }, []);

  const openMenu = useCallback((collection: string) => {
    setRevealed(collection);
    setMenuFor(collection);
    setEverOpened((e) => (e.menu ? e : { ...e, menu: true }));
  }, []);
  const closeMenu = useCallback(() => setMenuFor(null), []);

  const { reset: resetSource, choose: chooseSource } = source;
  const { resetForm, clearError, clearFinished, submit } = link;
  const openSidebar = useCallback(
    (collection: string) => {
      setMenuFor(null);
      resetSource();
      resetForm();
      setSidebar({ collection, aliases: '' });
      setEverOpened((e) => (e.sidebar ? e : { ...e, sidebar: true }));
    },
    [resetSource, resetForm],
  );
  const closeSidebar = useCallback(() => setSidebar(null), []);

  /** A new choice clears the choices that depended on it, and the last error. */
  const choose = useCallback(
    (field: SourceField, value: string) => {
      chooseSource(field, value);
      clearError();
    },
    [chooseSource, clearError],
  );
  const setAliases = useCallback((aliases: string) => {
    setSidebar((s) => (s ? { ...s, aliases } : s));
  }, []);

  /** Sends LinkArtifact. Resolves true on success (the sidebar then closes). */
  const submitLink = useCallback(async (): Promise<boolean> => {
    if (!sidebar || !registry || !source.version) return false;
    const linked = await submit({
      registry,
      collection: sidebar.collection,
      source: source.pick,
      version: source.version,
      aliases: sidebar.aliases,
    });
    if (linked) setSidebar(null);
    return linked;
  }, [submit, registry, sidebar, source.pick, source.version]);

  const startOver = useCallback(() => {
    clearFinished();
    setRevealed(null);
    setEverOpened({ menu: false, sidebar: false });
    setResetKey((k) => k + 1);
  }, [clearFinished]);

  const finished = link.finished;
  const { entity, project, artifact, versionId } = source.pick;
  const live = useMemo(
    () => ({
      'open-registry': registry !== null,
      reveal: revealed !== null,
      menu: everOpened.menu,
      sidebar: everOpened.sidebar,
      team: sidebar !== null && Boolean(entity),
      project: sidebar !== null && Boolean(project),
      artifact: sidebar !== null && Boolean(artifact),
      version: sidebar !== null && Boolean(versionId),
      link: finished !== null,
    }),
    [registry, revealed, everOpened, sidebar, entity, project, artifact, versionId, finished],
  );
  const steps: StepState[] = useLinkSteps(REGISTRY_APP_STEPS, live, resetKey);

  return {
    view,
    registries,
    registry,
    collections: collections as Query<UiCollection[]>,
    collectionsPage,
    collectionFilter,
    setCollectionFilter: (f: string) => {
      setCollectionFilter(f);
      setCollectionPage(0);
    },
    setCollectionPage,
    detailsOf,
    details,
    versionsPage,
    setVersionPage,
    revealed,
    reveal: setRevealed,
    menuFor,
    sidebar,
    /** The sidebar's source choice and its lists. */
    source,
    /** Busy and the server's error while the sidebar's link is out. */
    linking: { busy: link.busy, error: link.error },
    finished,
    steps,
    openRegistry,
    backToRegistries,
    openDetails,
    backToCollections,
    openMenu,
    closeMenu,
    openSidebar,
    closeSidebar,
    choose,
    setAliases,
    submitLink,
    startOver,
  };
}

export type RegistryAppState = ReturnType<typeof useRegistryApp>;
