// "Try it" for one troubleshooting section: a light button in the page's HTML; the panel
// (editor, engine, world) loads only when the reader asks for it.
import { useSolvedScenarios } from '@site/src/playground/scenarios/progress';
import { findScenario } from 'playground-engine/paths';
import { lazy, Suspense, useRef, useState } from 'react';
import styles from './styles.module.css';

const ScenarioPanel = lazy(() => import('./ScenarioPanel'));

export default function TryScenario({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const tryButton = useRef<HTMLButtonElement>(null);
  const solved = useSolvedScenarios().includes(id);
  const entry = findScenario(id);
  if (!entry) {
    return (
      <p className={styles.error} role="alert">
        Unknown scenario '{id}'.
      </p>
    );
  }
  const close = () => {
    setOpen(false);
    // Focus returns to the button that opened the panel (after it re-renders).
    requestAnimationFrame(() => tryButton.current?.focus());
  };
  return (
    <div className={styles.try} data-scenario={id}>
      {open ? (
        <Suspense fallback={<p className={styles.meta}>Loading the scenario…</p>}>
          <ScenarioPanel id={id} onClose={close} />
        </Suspense>
      ) : (
        <p className={styles.tryLine}>
          <button
            ref={tryButton}
            type="button"
            className="button button--primary button--sm"
            onClick={() => setOpen(true)}
            // Unique per section; starts with the visible text (label in name).
            aria-label={`Try it: ${entry.title}`}
          >
            Try it
          </button>
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
