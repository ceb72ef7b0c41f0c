// The simulated Artifact browser (loaded lazily by index.tsx). Thin: state lives in
// useArtifactBrowser, data comes from the simulated backend through `api`.
import { registryProject } from 'playground-engine/paths';
import { useId, useState } from 'react';
import { type RegistryUiApi, registryLabel, type Subscribe } from '../../playground/ui/api';
import { targetPath } from '../../playground/ui/codegen';
import { pageOf } from '../../playground/ui/paging';
import {
  type ArtifactBrowserState,
  groupByType,
  NEW_COLLECTION,
  registryKeyOf,
  useArtifactBrowser,
} from '../../playground/ui/useArtifactBrowser';
import AppFrame from '../SimulatedUi/AppFrame';
import Dialog from '../SimulatedUi/Dialog';
import ErrorNote from '../SimulatedUi/ErrorNote';
import { SearchField, TextField } from '../SimulatedUi/Field';
import Pager from '../SimulatedUi/Pager';
import Select, { NOTHING_LOGGED } from '../SimulatedUi/Select';
import shared from '../SimulatedUi/text.module.css';
import styles from './styles.module.css';

export interface ArtifactBrowserProps {
  api: RegistryUiApi;
  subscribe?: Subscribe;
  /** Puts code in the page's snippet editor; false when the page has none. */
  openInEditor?: (code: string) => boolean;
}

export default function ArtifactBrowser({ api, subscribe, openInEditor }: ArtifactBrowserProps) {
  const b = useArtifactBrowser(api, subscribe);
  const id = useId();
  return (
    <AppFrame
      appName="Artifact browser"
      title={`Artifacts${b.entity && b.project ? ` · ${b.entity}/${b.project}` : ''}`}
      flow={b}
      openInEditor={openInEditor}
      overlay={
        b.modal && (
          <Dialog variant="modal" title="Link to registry" onClose={b.closeModal}>
            <LinkModal b={b} />
          </Dialog>
        )
      }
    >
      <div className={styles.projectBar}>
        <Select
          label="Entity"
          value={b.entity}
          placeholder="Select an entity"
          options={(b.entities.data ?? []).map((e) => ({
            value: e.name,
            label: e.kind === 'user' ? `${e.name} (personal)` : e.name,
          }))}
          loading={b.entities.loading}
          onChange={b.setEntity}
        />
        <Select
          label="Project"
          value={b.project}
          placeholder={b.entity ? 'Select a project' : 'Select an entity first'}
          options={(b.projects.data ?? []).map((p) => ({ value: p, label: p }))}
          loading={b.projects.loading}
          disabled={!b.entity}
          emptyText={b.entity ? `No projects in ${b.entity} yet` : undefined}
          emptyHelp={NOTHING_LOGGED}
          onChange={b.setProject}
        />
      </div>
      {b.entities.error && <ErrorNote error={b.entities.error} />}
      <div className={styles.body}>
        <nav className={styles.rail} aria-label="Project sidebar">
          <button
            type="button"
            className={styles.railButton}
            aria-pressed={b.panelOpen}
            aria-controls={`${id}-artifacts`}
            onClick={b.togglePanel}
          >
            <span aria-hidden="true" className={styles.railIcon}>
              ▤
            </span>
            Artifacts
          </button>
        </nav>
        {b.panelOpen && (
          <nav id={`${id}-artifacts`} className={styles.panel} aria-label="Artifacts">
            <ArtifactTree b={b} />
          </nav>
        )}
        <div className={styles.main}>
          <VersionOverview b={b} />
        </div>
      </div>
    </AppFrame>
  );
}

function ArtifactTree({ b }: { b: ArtifactBrowserState }) {
  const [page, setPage] = useState(0);
  const [filter, setFilter] = useState('');
  if (!b.entity || !b.project) return <p className={shared.meta}>Pick an entity and a project.</p>;
  if (b.artifacts.error) return <ErrorNote error={b.artifacts.error} />;
  if (!b.artifacts.data) return <p>Loading artifacts…</p>;
  if (b.groups.length === 0) {
    return <p className={shared.meta}>No artifacts logged to this project yet.</p>;
  }
  // Hundreds of artifacts: filter and page the (type-sorted) list, then group the page.
  const p = pageOf(
    b.groups.flatMap((g) => g.artifacts),
    page,
    filter,
    (a) => a.name,
  );
  return (
    <>
      {(b.artifacts.data.length ?? 0) > 10 && (
        <SearchField
          label="Filter artifacts"
          value={filter}
          onChange={(f) => {
            setFilter(f);
            setPage(0);
          }}
        />
      )}
      {groupByType(p.items).map((g) => (
        <div key={g.type} className={styles.group}>
          <p className={styles.groupTitle}>{g.type}</p>
          <ul className={styles.tree}>
            {g.artifacts.map((a) => (
              <li key={a.name}>
                <button
                  type="button"
                  className={styles.treeItem}
                  aria-expanded={b.artifact === a.name}
                  onClick={() => b.openArtifact(a.name)}
                >
                  {a.name} <span className={shared.meta}>({a.versionCount})</span>
                </button>
                {b.artifact === a.name && <VersionList b={b} name={a.name} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <Pager page={p} onPage={setPage} label="Artifact pages" />
    </>
  );
}

function VersionList({ b, name }: { b: ArtifactBrowserState; name: string }) {
  const [page, setPage] = useState(0);
  if (b.versions.error) return <ErrorNote error={b.versions.error} />;
  if (!b.versions.data) return <p>Loading versions…</p>;
  // Newest first, like the app.
  const sorted = [...b.versions.data].sort((x, y) => y.versionIndex - x.versionIndex);
  const p = pageOf(sorted, page);
  return (
    <>
      <ul className={styles.versions} aria-label={`Versions of ${name}`}>
        {p.items.map((v) => (
          <li key={v.id}>
            <button
              type="button"
              className={styles.treeItem}
              aria-current={b.versionId === v.id ? 'true' : undefined}
              onClick={() => b.openVersion(v.id)}
            >
              v{v.versionIndex}
              {v.aliases.length > 0 && <span className={shared.meta}> {v.aliases.join(', ')}</span>}
            </button>
          </li>
        ))}
      </ul>
      <Pager page={p} onPage={setPage} label={`Pages of versions of ${name}`} />
    </>
  );
}

function VersionOverview({ b }: { b: ArtifactBrowserState }) {
  const v = b.version;
  if (!v) {
    return (
      <p className={shared.meta}>
        {b.panelOpen
          ? 'Select an artifact version in the Artifacts panel.'
          : 'Open the Artifacts panel from the sidebar.'}
      </p>
    );
  }
  return (
    <section aria-labelledby="artifact-browser-overview">
      <h3 id="artifact-browser-overview" className={shared.heading}>
        {b.artifact}:v{v.versionIndex}
      </h3>
      <p className={styles.overviewTitle}>Version overview</p>
      <dl className={styles.facts}>
        <dt>Full name</dt>
        <dd>
          {b.entity}/{b.project}/{b.artifact}:v{v.versionIndex}
        </dd>
        <dt>Type</dt>
        <dd>{v.type}</dd>
        <dt>Aliases</dt>
        <dd>{v.aliases.length ? v.aliases.join(', ') : 'none'}</dd>
        <dt>Digest</dt>
        <dd>{v.digest}</dd>
        <dt>Created</dt>
        <dd>{v.createdAt}</dd>
        <dt>Linked to</dt>
        <dd>
          {b.links.error ? (
            <ErrorNote error={b.links.error} />
          ) : !b.links.data ? (
            'loading…'
          ) : b.links.data.length === 0 ? (
            'no registry yet'
          ) : (
            <ul className={styles.links}>
              {b.links.data.map((l) => (
                <li key={`${l.registry}/${l.collection}/${l.versionIndex}`}>
                  {targetPath(l.orgEntityName, l.registry, l.collection)}:v{l.versionIndex}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <button type="button" className="button button--primary" onClick={b.openModal}>
        Link to registry
      </button>
    </section>
  );
}

function LinkModal({ b }: { b: ArtifactBrowserState }) {
  const m = b.modal;
  if (!m) return null;
  if (m.step === 1) {
    return (
      <form
        className={shared.form}
        onSubmit={(e) => {
          e.preventDefault();
          b.nextStep();
        }}
      >
        <p className={styles.stepTitle}>Select a registered model</p>
        <Select
          label="Registry"
          value={m.registryKey}
          placeholder="Select a registry"
          options={(b.registries.data ?? []).map((r) => ({
            value: registryKeyOf(r),
            label: `${registryLabel(r.name)} (${r.orgName})`,
          }))}
          loading={b.registries.loading}
          onChange={b.chooseRegistry}
        />
        {b.registries.error && <ErrorNote error={b.registries.error} />}
        <Select
          label="Collection"
          value={m.collection}
          placeholder={m.registryKey ? 'Select a collection' : 'Select a registry first'}
          options={[
            ...(b.collections.data ?? []).map((c) => ({
              value: c.name,
              label: `${c.name} (${c.type})`,
            })),
            ...(m.registryKey ? [{ value: NEW_COLLECTION, label: 'New collection…' }] : []),
          ]}
          loading={b.collections.loading}
          disabled={!m.registryKey}
          onChange={(v) => b.updateModal({ collection: v })}
        />
        {m.collection === NEW_COLLECTION && (
          <TextField
            label="New collection name"
            value={m.newCollection}
            onChange={(v) => b.updateModal({ newCollection: v })}
          />
        )}
        <button type="submit" className="button button--primary" disabled={!b.canNext}>
          Next step
        </button>
      </form>
    );
  }
  const r = b.registry;
  return (
    <form
      className={shared.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (!b.linking.busy) void b.submitLink();
      }}
    >
      <p className={styles.stepTitle}>
        Link{' '}
        <code>
          {b.artifact}:v{b.version?.versionIndex}
        </code>{' '}
        to{' '}
        <code>
          {registryProject(r?.name ?? '')}/{b.targetCollection}
        </code>
      </p>
      <TextField
        label="Aliases (optional)"
        value={m.aliases}
        onChange={(v) => b.updateModal({ aliases: v })}
        help={
          <>
            Separate aliases with commas, e.g. <code>production, best</code>.
          </>
        }
      />
      {b.linking.error && <ErrorNote error={b.linking.error} />}
      <div className={styles.buttons}>
        <button type="button" className="button button--secondary" onClick={b.previousStep}>
          Back
        </button>
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={b.linking.busy || undefined}
        >
          {b.linking.busy ? 'Linking…' : 'Link to registry'}
        </button>
      </div>
    </form>
  );
}
