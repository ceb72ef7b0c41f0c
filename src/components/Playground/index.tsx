import CodeEditor from '@site/src/components/CodeEditor';
import { loadAnalyzer } from '@site/src/playground/engine';
import type { Diagnostic } from 'playground-engine';
import { usePanelTabs } from '@site/src/playground/usePanelTabs';
import { usePlayground } from '@site/src/playground/usePlayground';
import { useSnippetRunner } from '@site/src/playground/useSnippetRunner';
import { useSplitPane } from '@site/src/playground/useSplitPane';
import { WorldScopeProvider } from '@site/src/playground/WorldScopeContext';
import {
  type CSSProperties,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
} from 'react';
import { PLAYGROUND_PANELS } from './panels';
import styles from './styles.module.css';

const PANEL_IDS = PLAYGROUND_PANELS.map((p) => p.id);

/**
 * The playground as a workbench: toolbar on top, the editor on the left and tabbed panels
 * (output, world, network, setup, scenarios, simulated apps) on the right, split by a divider
 * that can be dragged or moved with the keyboard. On narrow screens the two stack.
 */
export default function Playground() {
  const pg = usePlayground();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const panes = useRef<HTMLDivElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const slot = pg.scope.mainSlot;
  const { state, run } = useSnippetRunner({
    slot,
    code: pg.code,
    elementRef: root,
    onOpenInEditor: pg.setCode,
  });
  const errorLine = state.status === 'done' ? state.result.error?.line : undefined;
  const tabs = usePanelTabs(PANEL_IDS, `${id}-pg`);
  const { split, dragging, separatorProps } = useSplitPane(panes);
  const canRun = pg.ready && state.status !== 'running';

  // The world is built on first need: Run and the editor ask the slot; a panel that shows the
  // world asks here when it is opened.
  const { ensureWorld } = pg;
  const needsWorld = PLAYGROUND_PANELS.find((p) => p.id === tabs.selected)?.needsWorld;
  useEffect(() => {
    if (needsWorld) void ensureWorld();
  }, [needsWorld, ensureWorld]);

  const getDiagnostics = useCallback(
    async (text: string): Promise<Diagnostic[]> => {
      const [analyzer, world] = await Promise.all([loadAnalyzer(), slot.ensure()]);
      return analyzer.analyze(text, world);
    },
    [slot],
  );

  // Ctrl/⌘+Enter runs from anywhere in the workbench (Monaco handles it itself while focused).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
    e.preventDefault();
    if (canRun) run();
  };

  const ctx = { pg, runState: state, run };
  return (
    <WorldScopeProvider scope={pg.scope}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a keyboard shortcut for the whole
          workbench; every control inside is a real button */}
      <div ref={root} className={styles.playground} onKeyDown={onKeyDown}>
        <div className={styles.notices} aria-live="polite" data-testid="playground-notices">
          {pg.notices.map((n) => (
            <div
              key={n.id}
              className={`alert alert--${n.kind} ${styles.notice}`}
              role={n.kind === 'info' ? undefined : 'alert'}
            >
              <span>{n.text}</span>
              <button
                type="button"
                className={styles.dismiss}
                onClick={() => pg.dismiss(n.id)}
                aria-label="Dismiss notice"
              >
                ×
              </button>
            </div>
          ))}
        </div>

        <fieldset className={styles.toolbar} aria-label="Playground controls">
          <button
            ref={runButton}
            type="button"
            className={`button button--primary button--sm ${styles.run}`}
            onClick={run}
            disabled={!canRun}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            title="Run (Ctrl+Enter)"
          >
            {/* Both labels take the same room, so the toolbar never moves on Run. */}
            <span className={state.status === 'running' ? styles.invisible : undefined}>Run</span>
            {state.status === 'running' ? (
              <span className={styles.overlayLabel}>Running…</span>
            ) : null}
          </button>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={pg.share}
            disabled={!pg.ready}
          >
            Share
          </button>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={pg.reset}
            disabled={!pg.ready}
          >
            Reset
          </button>
          <span className={styles.worldPick}>
            <label htmlFor={`${id}-world`}>World</label>
            <select
              id={`${id}-world`}
              value={pg.worldId}
              disabled={!pg.ready}
              onChange={(e) => pg.pickWorld(e.target.value)}
            >
              {pg.seedIds.map((s) => (
                <option key={s} value={s}>
                  {s === 'docs' ? 'docs (the docs world)' : s}
                </option>
              ))}
            </select>
          </span>
        </fieldset>

        <div
          ref={panes}
          className={`${styles.panes} ${dragging ? styles.dragging : ''}`}
          style={{ '--pg-split': `${split}%` } as CSSProperties}
        >
          <section id={`${id}-editor`} className={styles.editorPane} aria-label="Code">
            <CodeEditor
              value={pg.code}
              onChange={pg.setCode}
              onRun={run}
              onEscape={() => runButton.current?.focus()}
              getDiagnostics={getDiagnostics}
              onWorldFix={pg.applySetup}
              errorLine={errorLine}
              ariaLabel="Playground Python editor"
              activate="interaction"
              fill
            />
          </section>

          {/* biome-ignore lint/a11y/useSemanticElements: a focusable window splitter with a
              value is a role=separator element; <hr> is a static thematic break */}
          <div
            role="separator"
            {...separatorProps}
            className={styles.divider}
            aria-label="Resize the editor and the panels"
            aria-controls={`${id}-editor`}
          />

          <section className={styles.panelPane} aria-label="Playground panels">
            <div role="tablist" aria-label="Playground panels" className={styles.tablist}>
              {PLAYGROUND_PANELS.map((p) => (
                <button key={p.id} {...tabs.tabProps(p.id)} className={styles.tab}>
                  {p.label}
                </button>
              ))}
            </div>
            {PLAYGROUND_PANELS.map((p) => (
              <div key={p.id} {...tabs.panelProps(p.id, p.title)} className={styles.panel}>
                {p.render(ctx)}
              </div>
            ))}
          </section>
        </div>
      </div>
    </WorldScopeProvider>
  );
}
