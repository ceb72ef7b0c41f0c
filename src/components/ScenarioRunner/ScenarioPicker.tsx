// The /playground scenario picker: choose a scenario, then work it with the same panel as
// the docs' "Try it".
import { SCENARIO_CATALOG } from 'playground-engine/paths';
import { useSolvedScenarios } from '@site/src/playground/scenarios/progress';
import { lazy, Suspense, useId, useState } from 'react';
import styles from './styles.module.css';

const ScenarioPanel = lazy(() => import('./ScenarioPanel'));

export default function ScenarioPicker() {
  const uid = useId();
  const [picked, setPicked] = useState('');
  const solved = useSolvedScenarios();
  return (
    <section className={styles.picker} aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>Troubleshooting scenarios</h2>
      <p className={styles.meta}>
        Each one starts broken in its own small world. Fix the code, then Check my fix. Solved:{' '}
        {solved.filter((id) => SCENARIO_CATALOG.some((s) => s.id === id)).length} of{' '}
        {SCENARIO_CATALOG.length}.
      </p>
      <label htmlFor={`${uid}-pick`}>Scenario</label>{' '}
      <select id={`${uid}-pick`} value={picked} onChange={(e) => setPicked(e.target.value)}>
        <option value="">Choose a scenario…</option>
        {SCENARIO_CATALOG.map((s) => (
          <option key={s.id} value={s.id}>
            {solved.includes(s.id) ? '✓ ' : ''}
            {s.title}
          </option>
        ))}
      </select>
      {picked ? (
        <Suspense fallback={<p className={styles.meta}>Loading the scenario…</p>}>
          <ScenarioPanel key={picked} id={picked} headingLevel={3} showDocsLink />
        </Suspense>
      ) : null}
    </section>
  );
}
