import Link from '@docusaurus/Link';
import type { RunError, RunResult } from 'playground-engine';
import { outcomeMatches } from '@site/src/playground/snippetMeta';
import { useScrollsFocusable } from '@site/src/playground/useScrollsFocusable';
import type { RunState } from '@site/src/playground/useSnippetRunner';
import { type ComponentProps, useRef } from 'react';
import styles from './styles.module.css';

interface Props {
  state: RunState;
  /** Accessible name of the output region, e.g. "Output of Link a model". */
  label?: string;
  /** The outcome the page declares (`ok` or an error type): an expected error is said to be so. */
  expect?: string;
  /**
   * Offered when an error was caused by a name the world lacks (`hint.fix`): applies the
   * fix's world edits and runs again. Without it the fix is only described.
   */
  onApplyFix?: (fix: WorldFix) => void;
}

type WorldFix = NonNullable<NonNullable<RunError['hint']>['fix']>;

/** The output under a snippet: stdout and stderr in order, then the traceback with our hint beside it. */
export default function RunOutput({ state, label = 'Snippet output', expect, onApplyFix }: Props) {
  return (
    <section
      className={styles.output}
      aria-label={label}
      aria-live="polite"
      aria-busy={state.status === 'running'}
    >
      <OutputBody state={state} expect={expect} onApplyFix={onApplyFix} />
    </section>
  );
}

function OutputBody({
  state,
  expect,
  onApplyFix,
}: {
  state: RunState;
  expect?: string;
  onApplyFix?: Props['onApplyFix'];
}) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return <p className={styles.status}>Running…</p>;
    case 'failed':
      return (
        <p className={styles.failure} role="alert">
          {state.message}
        </p>
      );
    case 'done': {
      const { result, replayed } = state;
      return (
        <>
          {replayed > 0 ? (
            <p className={styles.status}>
              Ran {replayed} earlier snippet{replayed === 1 ? '' : 's'} on this page first, so the
              world matches the page.
            </p>
          ) : null}
          {result.output.length > 0 ? <Streams output={result.output} /> : null}
          {result.error && expect && expect !== 'ok' && outcomeMatches(expect, result.error) ? (
            <p className={styles.status}>This is the error this example reproduces.</p>
          ) : null}
          {result.error?.type === 'SystemExit' ? (
            <p className={styles.status}>Exited with status {result.exitCode}.</p>
          ) : result.error ? (
            <ErrorView error={result.error} onApplyFix={onApplyFix} />
          ) : (
            <p className={styles.ok}>
              {result.output.length > 0
                ? 'Finished without errors.'
                : 'Finished without errors (no output).'}
            </p>
          )}
        </>
      );
    }
  }
}

/**
 * stdout and stderr interleaved as the snippet wrote them, as a terminal shows them.
 * stderr (warnings, logging, `wandb:` lines) is set apart by colour and a bar, and
 * labelled for screen readers, so colour is never the only cue.
 */
function Streams({ output }: { output: RunResult['output'] }) {
  return (
    <ScrollingPre className={styles.stdout} data-testid="run-stdout">
      {output.map((chunk, i) =>
        chunk.stream === 'stderr' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: chunks are positional and never reorder
          <span key={i} className={styles.stderr} data-stream="stderr">
            <span className={styles.visuallyHidden}>stderr: </span>
            {chunk.text}
          </span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: chunks are positional and never reorder
          <span key={i} data-stream="stdout">
            {chunk.text}
          </span>
        ),
      )}
    </ScrollingPre>
  );
}

/** Output text in a box of bounded height: a tab stop when long output makes it scroll. */
function ScrollingPre(props: ComponentProps<'pre'>) {
  const ref = useRef<HTMLPreElement>(null);
  return <pre ref={ref} {...props} tabIndex={useScrollsFocusable(ref, props.children)} />;
}

function ErrorView({ error, onApplyFix }: { error: RunError; onApplyFix?: Props['onApplyFix'] }) {
  const fix = error.hint?.fix;
  const lines = error.traceback ? error.traceback.replace(/\n$/, '').split('\n') : [];
  return (
    <div className={styles.error}>
      <p className={styles.errorHead}>
        <strong>{error.type}</strong>
        {error.line > 0 ? <span> on line {error.line}</span> : null}
      </p>
      {lines.length > 0 ? (
        <ScrollingPre className={styles.traceback} data-testid="run-traceback">
          {lines.map((l, i) => (
            // The last line is "Type: message": the part readers compare with the docs.
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reorder
            <span key={i} className={i === lines.length - 1 ? styles.lastLine : undefined}>
              {l}
              {'\n'}
            </span>
          ))}
        </ScrollingPre>
      ) : (
        <ScrollingPre
          className={styles.traceback}
        >{`${error.type}: ${error.message}`}</ScrollingPre>
      )}
      {error.hint ? (
        <aside className={styles.hint} aria-label="Hint">
          <p>{error.hint.text}</p>
          {fix && onApplyFix ? (
            <p>
              <button
                type="button"
                className="button button--primary button--sm"
                onClick={() => onApplyFix(fix)}
              >
                {fix.title} and run again
              </button>
            </p>
          ) : fix ? (
            <p>In the playground&apos;s “Your setup”: {fix.title}.</p>
          ) : null}
          {error.hint.docs ? (
            <p>
              <Link to={error.hint.docs}>Troubleshooting: how to fix this</Link>
            </p>
          ) : null}
        </aside>
      ) : null}
    </div>
  );
}
