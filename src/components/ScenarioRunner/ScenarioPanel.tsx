// One open scenario: the editor with the broken code on a fresh world, and Run, Check my
// fix, Show solution (confirmed; the attempt stays restorable) and Reset. Loaded lazily by
// "Try it" and by the /playground picker, so the engine never weighs on a page's first load.
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import CodeEditor from '@site/src/components/CodeEditor';
import RegistryAppTab from '@site/src/components/RegistryApp';
import RunOutput from '@site/src/components/RunOutput';
import { useScenario } from '@site/src/playground/scenarios/useScenario';
import { WorldScopeProvider } from '@site/src/playground/WorldScopeContext';
import type { ReaderNames } from 'playground-engine';
import { useEffect, useId, useRef } from 'react';
import styles from './styles.module.css';

export interface ScenarioPanelProps {
  id: string;
  /** Shown as a Close button when given (the inline "Try it" uses it). */
  onClose?: () => void;
  /** Heading level of the panel title inside its page. */
  headingLevel?: 3 | 4;
  /** Link to the troubleshooting section (on /playground; the docs page is the section). */
  showDocsLink?: boolean;
  /** "Try it in my setup": the scenario in the reader's names. */
  names?: ReaderNames | null;
}

export default function ScenarioPanel({
  id,
  onClose,
  headingLevel = 4,
  showDocsLink = false,
  names = null,
}: ScenarioPanelProps) {
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const uid = useId();
  const sc = useScenario(id, root, names);
  const docsHref = useBaseUrl(`/docs/troubleshooting#${sc.scenario?.docs ?? ''}`);
  const Heading = `h${headingLevel}` as const;

  // Opening the panel moves focus into it, so keyboard and screen reader users land here.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    if (sc.confirmingSolution) confirmButton.current?.focus();
  }, [sc.confirmingSolution]);
  useEffect(() => {
    if (sc.savedAttempt !== null) restoreButton.current?.focus();
  }, [sc.savedAttempt]);

  if (sc.loadError) {
    return (
      <p className={styles.error} role="alert">
        This scenario could not start: {sc.loadError}
      </p>
    );
  }
  const s = sc.scenario;
  const title = s?.title ?? 'Loading the scenario…';
  const errorLine =
    sc.output.status === 'done' && sc.outputIsRun ? sc.output.result.error?.line : undefined;

  return (
    <section
      ref={root}
      className={styles.panel}
      aria-labelledby={`${uid}-title`}
      data-scenario-panel={id}
      aria-busy={!s}
    >
      <div className={styles.head}>
        <Heading id={`${uid}-title`} ref={heading} tabIndex={-1} className={styles.title}>
          Scenario: {title}
          {names ? ' (in your setup)' : null}
        </Heading>
        {onClose ? (
          <button
            type="button"
            className="button button--link button--sm"
            onClick={onClose}
            aria-label={`Close the scenario ${s?.title ?? id}`}
          >
            Close
          </button>
        ) : null}
      </div>
      {s ? (
        <>
          <p className={styles.summary}>{s.summary}</p>
          <p className={styles.meta}>
            Starts by raising <code>{s.expectedError.type}</code>. Check my fix runs your code on a
            fresh copy of this world and looks at what it linked.
            {showDocsLink ? (
              <>
                {' '}
                <Link to={docsHref}>Read the troubleshooting section</Link>.
              </>
            ) : null}
          </p>
          <WorldScopeProvider scope={sc.scope}>
            <CodeEditor
              value={sc.code}
              onChange={sc.setCode}
              onRun={sc.run}
              onEscape={() => runButton.current?.focus()}
              getDiagnostics={sc.getDiagnostics}
              errorLine={errorLine}
              ariaLabel={`Python editor: ${s.title}`}
            />
            <fieldset className={styles.controls} aria-label={`Scenario controls: ${s.title}`}>
              <button
                ref={runButton}
                type="button"
                className="button button--secondary button--sm"
                onClick={sc.run}
                disabled={sc.busy}
              >
                Run
              </button>
              <button
                type="button"
                className="button button--primary button--sm"
                onClick={sc.checkMyFix}
                disabled={sc.busy}
              >
                {sc.check.status === 'checking' ? 'Checking…' : 'Check my fix'}
              </button>
              <button
                type="button"
                className="button button--secondary button--sm"
                onClick={sc.askSolution}
                disabled={sc.confirmingSolution || sc.code === s.solution}
              >
                Show solution
              </button>
              <button
                type="button"
                className="button button--secondary button--sm"
                onClick={sc.reset}
                disabled={sc.busy}
              >
                Reset
              </button>
            </fieldset>
            {sc.confirmingSolution ? (
              <fieldset className={styles.confirm} aria-labelledby={`${uid}-confirm`}>
                <p id={`${uid}-confirm`}>
                  Replace your code with the solution? Your attempt is kept: one click brings it
                  back.
                </p>
                <button
                  ref={confirmButton}
                  type="button"
                  className="button button--primary button--sm"
                  onClick={sc.confirmSolution}
                >
                  Yes, show the solution
                </button>{' '}
                <button
                  type="button"
                  className="button button--secondary button--sm"
                  onClick={sc.cancelSolution}
                >
                  Keep trying
                </button>
              </fieldset>
            ) : null}
            {sc.savedAttempt !== null ? (
              <p className={styles.restore}>
                The editor shows the solution.{' '}
                <button
                  ref={restoreButton}
                  type="button"
                  className="button button--secondary button--sm"
                  onClick={sc.restoreAttempt}
                >
                  Restore my attempt
                </button>
              </p>
            ) : null}
            <Verdict check={sc.check} hints={sc.hints} total={s.hints.length} />
            <RunOutput
              state={sc.output}
              label={`Output of the scenario ${s.title}`}
              expect={sc.outputIsRun ? s.expectedError.type : undefined}
            />
            {s.ui === 'registry-app' ? (
              <div className={styles.app}>
                <p className={styles.meta}>The simulated Registry App on this scenario's world:</p>
                <RegistryAppTab world={s.worldId} />
              </div>
            ) : null}
          </WorldScopeProvider>
        </>
      ) : (
        <p className={styles.meta}>Loading the simulator…</p>
      )}
    </section>
  );
}

function Verdict({
  check,
  hints,
  total,
}: {
  check: ReturnType<typeof useScenario>['check'];
  hints: string[];
  total: number;
}) {
  return (
    <div className={styles.verdict} aria-live="polite" data-testid="scenario-verdict">
      {check.status === 'passed' ? (
        <p className={styles.passed}>
          <span aria-hidden="true">✓ </span>
          <strong>Solved!</strong> The world now shows the goal reached. This scenario is ticked in
          your progress.
        </p>
      ) : null}
      {check.status === 'failed' ? (
        <p className={styles.failed}>
          <strong>Not yet.</strong> {check.reason}
        </p>
      ) : null}
      {check.status === 'error' ? (
        <p className={styles.failed} role="alert">
          {check.message}
        </p>
      ) : null}
      {hints.length > 0 && check.status !== 'passed' ? (
        <div className={styles.hints}>
          <p className={styles.hintHead}>
            Hint {hints.length} of {total}:
          </p>
          <p className={styles.hint}>{hints[hints.length - 1]}</p>
          {hints.length > 1 ? (
            <details>
              <summary>Earlier hints</summary>
              <ol>
                {hints.slice(0, -1).map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ol>
            </details>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
