import type { LinkTargetResolution } from 'playground-engine';
import { usePathResolution } from '@site/src/playground/usePathResolution';
import { useVisible } from '@site/src/playground/useVisible';
import { usePageWorld } from '@site/src/playground/WorldScopeContext';
import { useDeferredValue, useId, useRef, useState } from 'react';
import styles from './styles.module.css';

interface Props {
  /** Path shown first. */
  initialPath?: string;
  /** World the path is resolved in (a worldSeeds key); the page's shared world of that id. */
  worldId?: string;
}

const SOURCES = [
  { value: 'vision-team', label: 'vision-team (a team)' },
  { value: 'alice', label: 'alice (a personal entity)' },
];
const TYPES = ['model', 'dataset'];

/**
 * Type a target_path and see, as you type, how the SDK would split it and what
 * each part resolves to in the docs world, or the exact error it would raise.
 */
export default function PathTester({
  initialPath = 'wandb-registry-model/my-collection',
  worldId = 'docs',
}: Props) {
  const id = useId();
  const [path, setPath] = useState(initialPath);
  const [sourceEntity, setSourceEntity] = useState(SOURCES[0].value);
  const [artifactType, setArtifactType] = useState(TYPES[0]);
  const [touched, setTouched] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const visible = useVisible(root);
  // Re-renders on world events, so the report follows links made elsewhere on the page.
  const { slot } = usePageWorld(worldId);
  const deferredPath = useDeferredValue(path);
  const { report } = usePathResolution(
    slot,
    { path: deferredPath, sourceEntity, artifactType },
    visible || touched,
  );
  const summaryId = `${id}-summary`;

  return (
    <div ref={root} className={styles.tester}>
      <div className={styles.field}>
        <label htmlFor={`${id}-path`}>Target path</label>
        <input
          id={`${id}-path`}
          className={styles.input}
          type="text"
          value={path}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          aria-describedby={summaryId}
          aria-invalid={isError(report) || undefined}
          onFocus={() => setTouched(true)}
          onChange={(e) => {
            setTouched(true);
            setPath(e.target.value);
          }}
        />
      </div>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-source`}>Source artifact logged to</label>
          <select
            id={`${id}-source`}
            value={sourceEntity}
            onChange={(e) => setSourceEntity(e.target.value)}
          >
            {SOURCES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-type`}>Artifact type</label>
          <select
            id={`${id}-type`}
            value={artifactType}
            onChange={(e) => setArtifactType(e.target.value)}
          >
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={summaryId} className={styles.summary} aria-live="polite" data-testid="path-summary">
        <Summary report={report} />
      </p>
      {report.status === 'resolved' ? <Details report={report} /> : null}
    </div>
  );
}

type Report = ReturnType<typeof usePathResolution>['report'];

function isError(report: Report): boolean {
  return report.status === 'parse-error' || (report.status === 'resolved' && !report.result.ok);
}

function Summary({ report }: { report: Report }) {
  switch (report.status) {
    case 'loading':
      return <>Loading the path checker…</>;
    case 'unavailable':
      return <>{report.message}</>;
    case 'empty':
      return <>Type a target path, for example wandb-registry-model/my-collection.</>;
    case 'parse-error':
      return (
        <span className={styles.bad}>
          {report.type}: {report.message}
        </span>
      );
    case 'resolved': {
      const r = report.result;
      if (!r.ok) {
        return (
          <span className={styles.bad}>
            ✗ {r.error.pyType ?? 'Error'}: {r.error.message}
          </span>
        );
      }
      return (
        <span className={styles.good}>
          ✓ Links to <code>{`${r.entity}/${r.project}/${r.collection}`}</code>
          {r.isRegistry ? ` (registry '${r.registry}')` : ' (not a registry: a project collection)'}
        </span>
      );
    }
  }
}

function Details({ report }: { report: Extract<Report, { status: 'resolved' }> }) {
  const { parsed, result } = report;
  return (
    <div className={styles.details}>
      {parsed ? (
        <table className={styles.parts}>
          <caption>How the path splits and what each part resolves to</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">As typed</th>
              {result.ok ? <th scope="col">Resolves to</th> : null}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Org / entity</th>
              <td>{typed(parsed.prefix)}</td>
              {resolved(result, (r) => orgCell(r))}
            </tr>
            <tr>
              <th scope="row">Project</th>
              <td>{typed(parsed.project)}</td>
              {resolved(result, (r) =>
                r.isRegistry ? `${r.project} (registry '${r.registry}')` : r.project,
              )}
            </tr>
            <tr>
              <th scope="row">Collection</th>
              <td>{typed(parsed.name)}</td>
              {resolved(result, (r) => r.collection)}
            </tr>
          </tbody>
        </table>
      ) : null}
      {result.steps.length > 0 ? (
        <details className={styles.steps}>
          <summary>How this was resolved ({result.steps.length} steps)</summary>
          <ol>
            {result.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are an ordered, positional list
              <li key={i}>{s}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

type Ok = Extract<LinkTargetResolution, { ok: true }>;

function orgCell(r: Ok): string {
  if (!r.isRegistry) return `${r.entity} (entity)`;
  const display =
    r.orgDisplayName && r.orgDisplayName !== r.orgEntityName ? ` (org '${r.orgDisplayName}')` : '';
  return `${r.orgEntityName ?? r.entity}${display} — ORG_ENTITY_NAME`;
}

function typed(part: string | undefined) {
  return part === undefined || part === '' ? <em>(none)</em> : <code>{part}</code>;
}

/** The "Resolves to" cell; the column is left out when resolution failed. */
function resolved(result: LinkTargetResolution, show: (r: Ok) => string) {
  return result.ok ? (
    <td>
      <code>{show(result)}</code>
    </td>
  ) : null;
}
