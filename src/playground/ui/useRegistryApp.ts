// State of the simulated Registry App: registry list → collections → (menu | details)
// → "Link new version" sidebar. Data only through the UI api; the server decides every rule.
import { useCallback, useMemo, useState } from 'react';
import {
  type RegistryUiApi,
  type Subscribe,
  type UiCollection,
  type UiError,
  type UiRegistry,
  type FinishedLink,
  toUiError,
} from './api';
import { splitAliases } from './codegen';
import { type Page, pageOf } from './paging';
import { REGISTRY_APP_STEPS } from './steps';
import { type StepState, useLinkSteps } from './useLinkSteps';
import { type Query, useQuery, useRevision } from './useQuery';

export interface SidebarState {
  collection: string;
  team: string;
  project: string;
  artifact: string;
  versionId: string;
  aliases: string;
  busy: boolean;
  error: UiError | null;
}

export type RegistryView = 'registries' | 'collections' | 'details';

const emptySidebar = (collection: string): SidebarState => ({
  collection,
  team: '',
  project: '',
  artifact: '',
  versionId: '',
  aliases: '',
  busy: false,
  error: null,
});

export function useRegistryApp(api: RegistryUiApi, subscribe?: Subscribe) {
  const revision = useRevision(subscribe);
  const [registryKey, setRegistryKey] = useState<string | null>(null);
  const [view, setView] = useState<RegistryView>('registries');
  const [detailsOf, setDetailsOf] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [sidebar, setSidebar] = useState<SidebarState | null>(null);
  const [finished, setFinished] = useState<FinishedLink | null>(null);
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

  // Sidebar dropdowns, each filtered by the choice before it.
  const sb = sidebar;
  const entities = useQuery(sb ? 'entities' : null, () => api.listEntities(), revision);
  const projects = useQuery(
    sb?.team ? `p:${sb.team}` : null,
    () => api.listProjects(sb!.team),
    revision,
  );
  const artifacts = useQuery(
    sb?.team && sb.project ? `a:${sb.team}/${sb.project}` : null,
    () => api.listArtifacts(sb!.team, sb!.project),
    revision,
  );
  const versions = useQuery(
    sb?.team && sb.project && sb.artifact ? `v:${sb.team}/${sb.project}/${sb.artifact}` : null,
    () => api.artifactVersions(sb!.team, sb!.project, sb!.artifact),
    revision,
  );

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

  const openSidebar = useCallback((collection: string) => {
    setMenuFor(null);
    setSidebar(emptySidebar(collection));
    setEverOpened((e) => (e.sidebar ? e : { ...e, sidebar: true }));
  }, []);
  const closeSidebar = useCallback(() => setSidebar(null), []);

  const choose = useCallback(
    (field: 'team' | 'project' | 'artifact' | 'versionId', value: string) => {
      setSidebar((s) => {
        if (!s) return s;
        // A new choice clears the choices that depended on it.
        if (field === 'team')
          return { ...s, team: value, project: '', artifact: '', versionId: '', error: null };
        if (field === 'project')
          return { ...s, project: value, artifact: '', versionId: '', error: null };
        if (field === 'artifact') return { ...s, artifact: value, versionId: '', error: null };
        return { ...s, versionId: value, error: null };
      });
    },
    [],
  );
  const setAliases = useCallback((aliases: string) => {
    setSidebar((s) => (s ? { ...s, aliases } : s));
  }, []);

  /** Sends LinkArtifact. Resolves true on success (the sidebar then closes). */
  const submitLink = useCallback(async (): Promise<boolean> => {
    if (!sidebar || !registry) return false;
    const version = versions.data?.find((v) => v.id === sidebar.versionId);
    if (!version) return false;
    const aliases = splitAliases(sidebar.aliases);
    setSidebar((s) => (s ? { ...s, busy: true, error: null } : s));
    try {
      const result = await api.link({
        artifactId: version.id,
        orgEntityName: registry.orgEntityName,
        registry: registry.name,
        collection: sidebar.collection,
        aliases,
      });
      setFinished({
        orgEntityName: registry.orgEntityName,
        registry: registry.name,
        collection: sidebar.collection,
        versionIndex: result.versionIndex,
        aliases: result.aliases,
        requestedAliases: aliases,
        source: {
          entity: sidebar.team,
          project: sidebar.project,
          name: sidebar.artifact,
          versionIndex: version.versionIndex,
        },
      });
      setSidebar(null);
      return true;
    } catch (e) {
      setSidebar((s) => (s ? { ...s, busy: false, error: toUiError(e) } : s));
      return false;
    }
  }, [api, registry, sidebar, versions.data]);

  const startOver = useCallback(() => {
    setFinished(null);
    setRevealed(null);
    setEverOpened({ menu: false, sidebar: false });
    setResetKey((k) => k + 1);
  }, []);

  const live = useMemo(
    () => ({
      'open-registry': registry !== null,
      reveal: revealed !== null,
      menu: everOpened.menu,
      sidebar: everOpened.sidebar,
      team: Boolean(sidebar?.team),
      project: Boolean(sidebar?.project),
      artifact: Boolean(sidebar?.artifact),
      version: Boolean(sidebar?.versionId),
      link: finished !== null,
    }),
    [registry, revealed, everOpened, sidebar, finished],
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
    entities,
    projects,
    artifacts,
    versions,
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
