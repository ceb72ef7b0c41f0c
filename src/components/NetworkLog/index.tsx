import type { LoggedEntry, NetworkLogStore } from '@site/src/playground/networkLog';
import { useState, useSyncExternalStore } from 'react';
import styles from './styles.module.css';

const EMPTY: readonly LoggedEntry[] = [];

/** Every GraphQL operation sent to the simulated backend, by code (sdk) or clicks (ui). */
export default function NetworkLog({ store }: { store: NetworkLogStore }) {
  const entries = useSyncExternalStore(store.subscribe, store.getSnapshot, () => EMPTY);
  const [filter, setFilter] = useState<'all' | 'sdk' | 'ui'>('all');
  const shown = filter === 'all' ? entries : entries.filter((e) => e.source === filter);

  return (
    <div className={styles.log}>
      <div className={styles.bar}>
        <label>
          Show{' '}
          <select value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)}>
            <option value="all">all sources</option>
            <option value="sdk">sdk (code)</option>
            <option value="ui">ui (clicks)</option>
          </select>
        </label>
        <span aria-live="polite">
          {shown.length} operation{shown.length === 1 ? '' : 's'}
        </span>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={store.clear}
          disabled={entries.length === 0}
        >
          Clear log
        </button>
      </div>
      {shown.length === 0 ? (
        <p className={styles.empty}>No requests yet. Run some code or use a simulated UI.</p>
      ) : (
        <ol className={styles.entries}>
          {shown.map((e) => (
            <Entry key={e.key} entry={e} />
          ))}
        </ol>
      )}
    </div>
  );
}

/** GraphQL reports failures in `errors` with HTTP 200; show both kinds as failed. */
export function entryFailed(e: LoggedEntry): boolean {
  if (e.status >= 400) return true;
  const body = e.response as { errors?: unknown[] } | null;
  return Array.isArray(body?.errors) && body.errors.length > 0;
}

function Entry({ entry }: { entry: LoggedEntry }) {
  // The JSON bodies are only rendered once opened: the log may hold hundreds of entries.
  const [open, setOpen] = useState(false);
  const failed = entryFailed(entry);
  return (
    <li className={failed ? styles.failed : undefined}>
      <details onToggle={(ev) => setOpen(ev.currentTarget.open)}>
        <summary>
          <span className={styles.op}>{entry.operationName}</span>{' '}
          <span className={styles.badge}>{entry.source}</span>{' '}
          <span className={failed ? styles.statusBad : styles.statusOk}>
            {entry.status}
            {failed ? ' error' : ''}
          </span>{' '}
          <span className={styles.ms}>{Math.round(entry.durationMs)} ms</span>
        </summary>
        {open ? (
          <div className={styles.body}>
            <h4>Variables</h4>
            <pre>{pretty(entry.variables)}</pre>
            <h4>Response</h4>
            <pre>{pretty(entry.response)}</pre>
          </div>
        ) : null}
      </details>
    </li>
  );
}

function pretty(v: unknown): string {
  try {
    return JSON.stringify(v, null, 2) ?? String(v);
  } catch {
    return String(v);
  }
}
