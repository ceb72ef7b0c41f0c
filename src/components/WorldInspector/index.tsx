import type { World, WrittenFile } from 'playground-engine';
import type { WorldChange } from '@site/src/playground/useWorldChanges';
import { buildWorldTree, pathTo, type TreeNode } from '@site/src/playground/worldTree';
import { type RunRow, runRows } from '@site/src/playground/worldRuns';
import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import styles from './styles.module.css';

interface Props {
  world: World | null;
  /** Bumps on world events so the tree is rebuilt. */
  revision: number;
  /** Uses, deleted versions and removed links, newest first (useWorldChanges). */
  changes?: readonly WorldChange[];
  /** The files the last run wrote (its downloads included); they live only for that run. */
  files?: readonly WrittenFile[];
}

/** How many of the last run's files the inspector lists; the rest are counted. */
export const MAX_FILES = 50;
/** How many runs the inspector lists, newest first; the rest are counted. */
export const MAX_RUNS = 20;

/**
 * The simulated world as a tree of disclosure buttons (keyboard: Tab + Enter).
 * A linked version names its source and can jump to it.
 */
export default function WorldInspector({ world, revision, changes = [], files = [] }: Props) {
  const prefix = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision marks a change inside the same world object
  const { tree, runs } = useMemo(() => {
    const snapshot = world?.snapshot();
    return { tree: buildWorldTree(snapshot), runs: runRows(snapshot) };
  }, [world, revision]);
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const domId = (id: string) => `${prefix}-${id}`;

  useEffect(() => {
    if (!focusTarget) return;
    const el = document.getElementById(domId(focusTarget));
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
    setFocusTarget(null);
  });

  const toggle = (id: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const jumpTo = (id: string) => {
    const ancestors = pathTo(tree, id);
    if (!ancestors) return;
    setCollapsed((prev) => {
      const next = new Set(prev);
      for (const a of ancestors) next.delete(a);
      return next;
    });
    setFocusTarget(id);
  };

  if (!world) return <p className={styles.empty}>Loading the world…</p>;
  if (tree.length === 0) return <p className={styles.empty}>This world has no organizations.</p>;

  const render = (nodes: TreeNode[], depth: number) => (
    <ul className={depth === 0 ? styles.root : styles.list}>
      {nodes.map((n) => {
        const open = !collapsed.has(n.id);
        const hasChildren = n.children.length > 0;
        return (
          <li key={n.id} className={styles[n.kind]}>
            {hasChildren ? (
              <button
                type="button"
                id={domId(n.id)}
                className={styles.toggle}
                aria-expanded={open}
                onClick={() => toggle(n.id)}
              >
                <span aria-hidden="true" className={styles.caret}>
                  {open ? '▾' : '▸'}
                </span>
                <NodeLabel node={n} />
              </button>
            ) : (
              <span id={domId(n.id)} tabIndex={-1} className={styles.leaf}>
                <NodeLabel node={n} />
              </span>
            )}
            {n.source ? (
              <span className={styles.source}>
                {' '}
                linked from <code>{n.source.label}</code>{' '}
                <button
                  type="button"
                  className={styles.jump}
                  onClick={() => jumpTo(n.source!.nodeId)}
                  aria-label={`Go to source ${n.source.label}`}
                >
                  Go to source
                </button>
              </span>
            ) : null}
            {hasChildren && open ? render(n.children, depth + 1) : null}
            {!hasChildren && n.kind !== 'version' && n.kind !== 'member' ? (
              <span className={styles.none}> (empty)</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className={styles.inspector} data-testid="world-inspector">
      {changes.length > 0 ? (
        <Section title="Recent changes">
          {changes.map((c) => (
            <li key={c.seq}>{c.text}</li>
          ))}
        </Section>
      ) : null}
      {files.length > 0 ? <RunFiles files={files} /> : null}
      {runs.length > 0 ? <Runs runs={runs} /> : null}
      {render(tree, 0)}
    </div>
  );
}

function NodeLabel({ node }: { node: TreeNode }) {
  return (
    <>
      <span className={styles.label}>{node.label}</span>
      {node.detail ? ` — ${node.detail}` : null}
    </>
  );
}

/** A titled list above the tree: what happened that the tree itself does not show. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={styles.changes} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.changesHeading}>
        {title}
      </h3>
      <ul className={styles.changeList}>{children}</ul>
    </section>
  );
}

/** A Section listing at most `max` items; the rest are counted ("and 3 more runs"). */
function CappedSection<T>(props: {
  title: string;
  items: readonly T[];
  max: number;
  noun: string;
  item: (x: T) => ReactNode;
}) {
  const hidden = props.items.length - props.max;
  return (
    <Section title={props.title}>
      {props.items.slice(0, props.max).map(props.item)}
      {hidden > 0 ? <li>and {count(hidden, `more ${props.noun}`)}</li> : null}
    </Section>
  );
}

/**
 * The last run's disk, as `ls -R` would show it after a local run: downloads land under
 * ./artifacts. Not part of the world: the next run starts with an empty disk.
 */
function RunFiles({ files }: { files: readonly WrittenFile[] }) {
  return (
    <CappedSection
      title="Files the last run wrote"
      items={files}
      max={MAX_FILES}
      noun="file"
      item={(f) => (
        <li key={f.path}>
          {f.path} <span className={styles.size}>({count(f.size, 'byte')})</span>
        </li>
      )}
    />
  );
}

/**
 * The world's runs, newest first: what `run.name = …`, `run.tags = …`, `summary`, a failed
 * run or a logged version changed on the server.
 */
function Runs({ runs }: { runs: readonly RunRow[] }) {
  return (
    <CappedSection
      title="Runs"
      items={runs}
      max={MAX_RUNS}
      noun="run"
      item={(r) => (
        <li key={r.id}>
          <span className={styles.label}>{r.name}</span> ({r.path}) —{' '}
          <span className={r.failed ? styles.failed : undefined}>{r.state}</span>
          {r.detail ? ` · ${r.detail}` : null}
        </li>
      )}
    />
  );
}

/** "1 byte", "1,234 bytes", "2 more files". */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
