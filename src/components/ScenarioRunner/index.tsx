// "Try it" for one troubleshooting section: a light button in the page's HTML; the panel
// (editor, engine, world) loads only when the reader asks for it.
import { useSolvedScenarios } from '@site/src/playground/scenarios/progress';
import { useMyNames } from '@site/src/playground/useMyNames';
import { findScenario, scenarioAppliesInNames } from 'playground-engine/paths';
import { lazy, Suspense, useRef, useState } from 'react';
import styles from './styles.module.css';

const ScenarioPanel = lazy(() => import('./ScenarioPanel'));

export default function TryScenario({ id }: { id: string }) {
  // Which telling is open: the docs' names, or "in my setup" (the reader's names).
  const [open, setOpen] = useState<'docs' | 'mine' | null>(null);
  const tryButton = useRef<HTMLButtonElement>(null);
  const solved = useSolvedScenarios().includes(id);
  const names = useMyNames();
  const mine = names && scenarioAppliesInNames(id, names) ? names : null;
  const entry = findScenario(id);
  if (!entry) {
    return (
      <p className={styles.error} role="alert">
        Unknown scenario '{id}'.
      </p>
    );
  }
  const close = () => {
    setOpen(null);
    // Focus returns to the button that opened the panel (after it re-renders).
    requestAnimationFrame(() => tryButton.current?.focus());
  };
  return (
    <div className={styles.try} data-scenario={id}>
      {open ? (
        <Suspense fallback={<p className={styles.meta}>Loading the scenario…</p>}>
          <ScenarioPanel id={id} onClose={close} names={open === 'mine' ? mine : null} />
        </Suspense>
      ) : (
        <p className={styles.tryLine}>
          <button
            ref={tryButton}
            type="button"
            className="button button--primary button--sm"
            onClick={() => setOpen('docs')}
            // Unique per section; starts with the visible text (label in name).
            aria-label={`Try it: ${entry.title}`}
          >
            Try it
          </button>
          {mine ? (
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => setOpen('mine')}
              aria-label={`Try it in my setup: ${entry.title}`}
            >
              Try it in my setup
            </button>
          ) : null}
          <span className={styles.meta}>
            Start from the broken code, fix it, and have the fix checked.
          </span>
          {solved ? (
            <span className={styles.badge}>
              <span aria-hidden="true">✓ </span>Solved
            </span>
          ) : null}
        </p>
      )}
    </div>
  );
}
