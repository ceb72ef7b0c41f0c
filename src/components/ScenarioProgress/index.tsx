// The progress line on the troubleshooting page: which scenarios the reader has solved
// (from localStorage), each linking to its section. No engine needed.
import { SCENARIO_CATALOG } from 'playground-engine/paths';
import { clearSolved, useSolvedScenarios } from '@site/src/playground/scenarios/progress';
import { useId } from 'react';
import styles from './styles.module.css';

export default function ScenarioProgress() {
  const uid = useId();
  const solved = useSolvedScenarios();
  const count = SCENARIO_CATALOG.filter((s) => solved.includes(s.id)).length;
  return (
    <nav className={styles.progress} aria-labelledby={`${uid}-h`} data-testid="scenario-progress">
      <p id={`${uid}-h`} className={styles.line}>
        <strong>
          Scenarios solved: {count} of {SCENARIO_CATALOG.length}.
        </strong>{' '}
        Every section has a <em>Try it</em>: fix the broken code and have it checked.
        {count > 0 ? (
          <>
            {' '}
            <button type="button" className="button button--link button--sm" onClick={clearSolved}>
              Forget my progress
            </button>
          </>
        ) : null}
      </p>
      <ul className={styles.list}>
        {SCENARIO_CATALOG.map((s) => {
          const done = solved.includes(s.id);
          return (
            <li key={s.id} className={done ? styles.done : undefined}>
              <a href={`#${s.docs}`}>
                <span aria-hidden="true">{done ? '✓' : '○'}</span> {s.title}
                <span className={styles.srOnly}>{done ? ' (solved)' : ' (not solved yet)'}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
