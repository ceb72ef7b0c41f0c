// The frame both simulated apps share: the steps checklist (with the summary once a link is
// made) beside a window titled like the app, and the app's overlay (dialog) after it.
import type { ReactNode } from 'react';
import type { FinishedLink } from '../../../playground/ui/api';
import type { StepState } from '../../../playground/ui/useLinkSteps';
import LinkSteps, { LinkSummary } from '../../LinkSteps';
import layout from './layout.module.css';
import styles from './styles.module.css';

/** What the frame shows of an app's flow (both UI hooks return it). */
export interface LinkFlow {
  steps: readonly StepState[];
  finished: FinishedLink | null;
  startOver: () => void;
}

export default function AppFrame({
  appName,
  title,
  flow: { steps, finished, startOver },
  openInEditor,
  overlay,
  children,
}: {
  /** "Registry App": names the steps list and the app's region. */
  appName: string;
  /** The window's title bar. */
  title: ReactNode;
  flow: LinkFlow;
  openInEditor?: (code: string) => boolean;
  /** A dialog of the app, rendered outside its window. */
  overlay?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={layout.layout}>
      <LinkSteps
        title={`Steps in the ${appName}`}
        steps={steps}
        summary={
          finished && (
            <LinkSummary link={finished} openInEditor={openInEditor} onStartOver={startOver} />
          )
        }
      />
      <section className={styles.app} aria-label={`Simulated ${appName}`}>
        <div className={styles.chrome}>
          <span className={styles.chromeTitle}>{title}</span>
          <span className={styles.chromeNote}>simulated · same world as the code on this page</span>
        </div>
        {children}
      </section>
      {overlay}
    </div>
  );
}
