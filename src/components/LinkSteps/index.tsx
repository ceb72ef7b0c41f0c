// The tab's numbered steps as a read-only checklist that ticks as the reader works the UI
// beside it, plus the summary when the flow is finished.
import type { ReactNode } from 'react';
import { useId } from 'react';
import styles from './styles.module.css';

export interface LinkStepItem {
  id: string;
  label: string;
  done: boolean;
}

export interface LinkStepsProps {
  title: string;
  steps: readonly LinkStepItem[];
  /** Shown under the list once the flow is finished. */
  summary?: ReactNode;
}

export default function LinkSteps({ title, steps, summary }: LinkStepsProps) {
  const id = useId();
  const doneCount = steps.filter((s) => s.done).length;
  return (
    <section className={styles.steps} aria-labelledby={`${id}-title`}>
      <p className={styles.title} id={`${id}-title`}>
        {title}
      </p>
      <ol className={styles.list}>
        {steps.map((s) => (
          <li key={s.id} className={s.done ? styles.done : undefined}>
            {/* biome-ignore lint/a11y/useSemanticElements: a native checkbox can be toggled by a click; this state only reflects what the reader did */}
            <span
              role="checkbox"
              aria-checked={s.done}
              aria-readonly="true"
              tabIndex={-1}
              aria-labelledby={`${id}-${s.id}`}
              className={styles.box}
            >
              <span aria-hidden="true">{s.done ? '✓' : ''}</span>
            </span>
            <span id={`${id}-${s.id}`}>{s.label}</span>
          </li>
        ))}
      </ol>
      <p className={styles.progress} aria-live="polite">
        {doneCount} of {steps.length} steps done
      </p>
      {summary}
    </section>
  );
}

export { default as LinkCode } from './LinkCode';
export { default as LinkSummary } from './LinkSummary';
