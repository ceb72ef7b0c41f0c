// The simulated Registry App (loaded lazily by index.tsx). Thin: all state lives in
// useRegistryApp, all data comes from the simulated backend through `api`.
import { registryProject } from 'playground-engine/paths';
import { useCallback, useId, useRef } from 'react';
import {
  type RegistryUiApi,
  registryLabel,
  type Subscribe,
  type UiRegistry,
} from '../../playground/ui/api';
import { emptyCollectionCode } from '../../playground/ui/codegen';
import { type RegistryAppState, useRegistryApp } from '../../playground/ui/useRegistryApp';
import { LinkCode } from '../LinkSteps';
import AppFrame from '../SimulatedUi/AppFrame';
import Dialog from '../SimulatedUi/Dialog';
import ErrorNote from '../SimulatedUi/ErrorNote';
import { SearchField, TextField } from '../SimulatedUi/Field';
import Pager from '../SimulatedUi/Pager';
import Select, { NOTHING_LOGGED } from '../SimulatedUi/Select';
import text from '../SimulatedUi/text.module.css';
import MeatballMenu from './MeatballMenu';
import styles from './styles.module.css';

export interface RegistryAppProps {
  api: RegistryUiApi;
  subscribe?: Subscribe;
  /** Puts code in the page's snippet editor; false when the page has none. */
  openInEditor?: (code: string) => boolean;
}

export default function RegistryApp({ api, subscribe, openInEditor }: RegistryAppProps) {
  const app = useRegistryApp(api, subscribe);
  const menuButtons = useRef(new Map<string, HTMLButtonElement>());
  const opener = useRef<() => HTMLElement | null | undefined>(() => null);

  const openSidebarFrom = useCallback(
    (collection: string, from: () => HTMLElement | null | undefined) => {
      opener.current = from;
      app.openSidebar(collection);
    },
    [app.openSidebar],
  );

  return (
    <AppFrame
      appName="Registry App"
      title="Registry"
      flow={app}
      openInEditor={openInEditor}
      overlay={
        app.sidebar && (
          <Dialog
            title={`Link new version to ${app.sidebar.collection}`}
            onClose={app.closeSidebar}
            returnFocus={() => opener.current()}
          >
            <LinkSidebar app={app} />
          </Dialog>
        )
      }
    >
      <div className={styles.content}>
        {app.view === 'registries' && <RegistryList app={app} />}
        {app.view === 'collections' && (
          <CollectionList
            app={app}
            onLinkNew={(c) => openSidebarFrom(c, () => menuButtons.current.get(c))}
            registerButton={(c, el) => {
              if (el) menuButtons.current.set(c, el);
              else menuButtons.current.delete(c);
            }}
          />
        )}
        {app.view === 'details' && (
          <CollectionDetails app={app} openInEditor={openInEditor} onLinkNew={openSidebarFrom} />
        )}
      </div>
    </AppFrame>
  );
}

/** "model" → "Models registry in acme": the card's name; the details line describes it. */
function RegistryCard({ registry: r, onOpen }: { registry: UiRegistry; onOpen: () => void }) {
  const detailsId = useId();
  const visibility = r.visibility === 'restricted' ? 'Restricted' : 'Organization';
  const types = r.allowAllTypes
    ? 'accepts any type'
    : r.acceptedTypes.length
      ? `accepts ${r.acceptedTypes.join(', ')}`
      : 'no types yet';
  return (
    <button
      type="button"
      className={styles.card}
      aria-label={`${registryLabel(r.name)} registry in ${r.orgName}`}
      aria-describedby={detailsId}
      onClick={onOpen}
    >
      <span className={styles.cardTitle}>{registryLabel(r.name)}</span>
      <span id={detailsId} className={text.meta}>
        {r.orgName} · {visibility} · {types}
      </span>
    </button>
  );
}

function RegistryList({ app }: { app: RegistryAppState }) {
  const { registries } = app;
  if (registries.error) return <ErrorNote error={registries.error} />;
  if (!registries.data) return <p>Loading registries…</p>;
  if (registries.data.length === 0) return <p>You cannot see any registry in this world.</p>;
  return (
    <>
      <h3 className={text.heading}>Registries</h3>
      <ul className={styles.cards}>
        {registries.data.map((r) => (
          <li key={`${r.orgEntityName}/${r.name}`}>
            <RegistryCard registry={r} onOpen={() => app.openRegistry(r)} />
          </li>
        ))}
      </ul>
    </>
  );
}

function CollectionList({
  app,
  onLinkNew,
  registerButton,
}: {
  app: RegistryAppState;
  onLinkNew: (collection: string) => void;
  registerButton: (collection: string, el: HTMLButtonElement | null) => void;
}) {
  const r = app.registry;
  const page = app.collectionsPage;
  return (
    <>
      <button type="button" className={styles.back} onClick={app.backToRegistries}>
        ← All registries
      </button>
      <h3 className={text.heading}>{r ? registryLabel(r.name) : ''}</h3>
      {r && (
        <p className={text.meta}>
          {registryProject(r.name)} · {r.orgName}
        </p>
      )}
      {app.collections.error && <ErrorNote error={app.collections.error} />}
      {!page && !app.collections.error && <p>Loading collections…</p>}
      {page && (
        <>
          {(app.collections.data?.length ?? 0) > 10 && (
            <SearchField
              label="Filter collections"
              value={app.collectionFilter}
              onChange={app.setCollectionFilter}
            />
          )}
          {page.total === 0 ? (
            <p>
              No collections in this registry yet. The first link into a collection creates it: link
              from code or from the Artifact browser, then come back here.
            </p>
          ) : (
            <ul className={styles.rows} aria-label="Collections">
              {page.items.map((c) => (
                <li
                  key={c.name}
                  className={
                    app.revealed === c.name ? `${styles.row} ${styles.revealed}` : styles.row
                  }
                  onMouseEnter={() => app.reveal(c.name)}
                  onFocus={() => app.reveal(c.name)}
                >
                  <div className={styles.rowMain}>
                    <span className={styles.rowName}>{c.name}</span>
                    <span className={text.meta}>
                      {c.type} · {c.versionCount} {c.versionCount === 1 ? 'version' : 'versions'}
                      {c.latest && <> · latest: {c.latest}</>}
                    </span>
                  </div>
                  <div className={styles.rowActions}>
                    <button
                      type="button"
                      className="button button--sm button--secondary"
                      onClick={() => app.openDetails(c.name)}
                      aria-label={`View details of ${c.name}`}
                    >
                      View details
                    </button>
                    <MeatballMenu
                      collection={c.name}
                      open={app.menuFor === c.name}
                      onOpen={() => app.openMenu(c.name)}
                      onClose={app.closeMenu}
                      buttonRef={(el) => registerButton(c.name, el)}
                      items={[{ label: 'Link new version', onSelect: () => onLinkNew(c.name) }]}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pager page={page} onPage={app.setCollectionPage} label="Collections pages" />
        </>
      )}
    </>
  );
}

function CollectionDetails({
  app,
  openInEditor,
  onLinkNew,
}: {
  app: RegistryAppState;
  openInEditor?: (code: string) => boolean;
  onLinkNew: (collection: string, from: () => HTMLElement | null) => void;
}) {
  const r = app.registry;
  const name = app.detailsOf ?? '';
  const collection = app.collections.data?.find((c) => c.name === name);
  const linkButton = useRef<HTMLButtonElement>(null);
  const page = app.versionsPage;
  return (
    <>
      <button type="button" className={styles.back} onClick={app.backToCollections}>
        ← {r ? registryLabel(r.name) : 'Collections'}
      </button>
      <h3 className={text.heading}>{name}</h3>
      <p className={text.meta}>
        {collection?.type ?? ''} · {collection?.versionCount ?? 0} versions
      </p>
      <button
        ref={linkButton}
        type="button"
        className="button button--sm button--primary"
        onClick={() => onLinkNew(name, () => linkButton.current)}
      >
        Link new version
      </button>
      {app.details.error && <ErrorNote error={app.details.error} />}
      {!page && !app.details.error && <p>Loading versions…</p>}
      {page && page.total === 0 && r && (
        <div className={styles.empty}>
          <p>
            This collection is empty. Link a version with the Link new version button, or run this
            code. Its <code>target_path</code> is the exact path, with the org entity name{' '}
            <code>{r.orgEntityName}</code>:
          </p>
          <LinkCode
            openInEditor={openInEditor}
            label={`link_artifact code for ${name}`}
            code={emptyCollectionCode({
              orgEntityName: r.orgEntityName,
              registry: r.name,
              collection: name,
              type: collection?.type ?? 'model',
            })}
          />
        </div>
      )}
      {page && page.total > 0 && (
        <>
          <ul className={styles.rows} aria-label={`Versions of ${name}`}>
            {page.items.map((m) => (
              <li key={m.versionIndex} className={styles.row}>
                <div className={styles.rowMain}>
                  <span className={styles.rowName}>v{m.versionIndex}</span>
                  <span className={text.meta}>
                    Source: {m.source.entity}/{m.source.project}/{m.source.name}:v
                    {m.source.versionIndex}
                  </span>
                </div>
                <ul className={styles.aliases} aria-label={`Aliases of v${m.versionIndex}`}>
                  {m.aliases.map((a) => (
                    <li key={a} className={styles.alias}>
                      {a}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <Pager page={page} onPage={app.setVersionPage} label="Version pages" />
        </>
      )}
    </>
  );
}

function LinkSidebar({ app }: { app: RegistryAppState }) {
  const sb = app.sidebar;
  if (!sb) return null;
  const { pick, entities, projects, artifacts, versions } = app.source;
  const { busy, error } = app.linking;
  const canLink = Boolean(pick.versionId) && !busy;
  // While busy the button stays focusable (aria-disabled), so focus is not lost.
  return (
    <form
      className={text.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (canLink) void app.submitLink();
      }}
    >
      <Select
        label="Team"
        value={pick.entity}
        placeholder="Select a team"
        options={(entities.data ?? []).map((e) => ({
          value: e.name,
          label: e.kind === 'user' ? `${e.name} (personal)` : e.name,
        }))}
        loading={entities.loading}
        onChange={(v) => app.choose('entity', v)}
      />
      <Select
        label="Project"
        value={pick.project}
        placeholder={pick.entity ? 'Select a project' : 'Select a team first'}
        options={(projects.data ?? []).map((p) => ({ value: p, label: p }))}
        loading={projects.loading}
        disabled={!pick.entity}
        emptyText={pick.entity ? `No projects in ${pick.entity} yet` : undefined}
        emptyHelp={NOTHING_LOGGED}
        onChange={(v) => app.choose('project', v)}
      />
      <Select
        label="Artifact"
        value={pick.artifact}
        placeholder={pick.project ? 'Select an artifact' : 'Select a project first'}
        options={(artifacts.data ?? []).map((a) => ({
          value: a.name,
          label: `${a.name} (${a.type})`,
        }))}
        loading={artifacts.loading}
        disabled={!pick.project}
        emptyText={pick.project ? `No artifacts in ${pick.project} yet` : undefined}
        emptyHelp={NOTHING_LOGGED}
        onChange={(v) => app.choose('artifact', v)}
      />
      <Select
        label="Version"
        value={pick.versionId}
        placeholder={pick.artifact ? 'Select a version' : 'Select an artifact first'}
        options={(versions.data ?? []).map((v) => ({
          value: v.id,
          label: `v${v.versionIndex}${v.aliases.length ? ` (${v.aliases.join(', ')})` : ''}`,
        }))}
        loading={versions.loading}
        disabled={!pick.artifact}
        onChange={(v) => app.choose('versionId', v)}
      />
      <TextField
        label="Aliases (optional)"
        value={sb.aliases}
        onChange={app.setAliases}
        help={
          <>
            Separate aliases with commas, e.g. <code>production, best</code>. The server adds{' '}
            <code>latest</code> itself.
          </>
        }
      />
      {error && <ErrorNote error={error} />}
      <button
        type="submit"
        className="button button--primary"
        disabled={!pick.versionId}
        aria-disabled={busy || undefined}
      >
        {busy ? 'Linking…' : 'Link'}
      </button>
    </form>
  );
}
