import CodeEditor from '@site/src/components/CodeEditor';
import NetworkLog from '@site/src/components/NetworkLog';
import RunOutput from '@site/src/components/RunOutput';
import ScenarioPicker from '@site/src/components/ScenarioRunner/ScenarioPicker';
import SimulatedApps from '@site/src/components/RegistryApp/SimulatedApps';
import WorldInspector from '@site/src/components/WorldInspector';
import { loadEngine } from '@site/src/playground/engine';
import type { Diagnostic } from 'playground-engine';
import { usePlayground } from '@site/src/playground/usePlayground';
import { useSnippetRunner } from '@site/src/playground/useSnippetRunner';
import { WorldScopeProvider } from '@site/src/playground/WorldScopeContext';
import { useCallback, useId, useRef } from 'react';
import styles from './styles.module.css';

/** The full playground: editor + output, world inspector, network log, world picker, share, reset. */
export default function Playground() {
  const pg = usePlayground();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const slot = pg.scope.mainSlot;
  const { state, run } = useSnippetRunner({
    slot,
    code: pg.code,
    elementRef: root,
    onOpenInEditor: pg.setCode,
  });
  const errorLine = state.status === 'done' ? state.result.error?.line : undefined;

  const getDiagnostics = useCallback(
    async (text: string): Promise<Diagnostic[]> => {
      const [engine, world] = await Promise.all([loadEngine(), slot.ensure()]);
      return engine.analyze(text, world);
    },
    [slot],
  );

  return (
    <WorldScopeProvider scope={pg.scope}>
      <div ref={root} className={styles.playground}>
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
          <button
            ref={runButton}
            type="button"
            className="button button--primary button--sm"
            onClick={run}
            disabled={!pg.ready || state.status === 'running'}
          >
            {state.status === 'running' ? 'Running…' : 'Run'}
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
        </fieldset>

        {/* Scenarios run in their own fresh worlds, not in the playground's world. */}
        <ScenarioPicker />

        <div className={styles.grid}>
          <section className={styles.code} aria-labelledby={`${id}-code`}>
            <h2 id={`${id}-code`}>Code</h2>
            <CodeEditor
              value={pg.code}
              onChange={pg.setCode}
              onRun={run}
              onEscape={() => runButton.current?.focus()}
              getDiagnostics={getDiagnostics}
              errorLine={errorLine}
              ariaLabel="Playground Python editor"
              activate="interaction"
              maxHeight={640}
            />
            <RunOutput state={state} label="Playground output" />
          </section>

          <section className={styles.world} aria-labelledby={`${id}-world-h`}>
            <h2 id={`${id}-world-h`}>World inspector</h2>
            <WorldInspector world={pg.world} revision={pg.revision} />
          </section>

          <section className={styles.network} aria-labelledby={`${id}-net`}>
            <h2 id={`${id}-net`}>Network log</h2>
            <NetworkLog store={slot.log} />
          </section>

          {/* The simulated Registry App and Artifact browser, on this playground's world
              (through WorldScopeProvider). */}
          <SimulatedApps />
        </div>
      </div>
    </WorldScopeProvider>
  );
}
