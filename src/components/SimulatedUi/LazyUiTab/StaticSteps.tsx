// Server-rendered stand-in for a simulated UI: its steps (unticked) and a Start button.
// It is what readers without JavaScript see, and what shows until the UI chunk loads.
import LinkSteps from '../../LinkSteps';
import layout from '../AppFrame/layout.module.css';
import styles from './styles.module.css';

export default function StaticSteps({
  title,
  steps,
  appName,
  onStart,
  busy,
}: {
  title: string;
  steps: readonly { id: string; label: string }[];
  appName: string;
  onStart?: () => void;
  busy?: boolean;
}) {
  return (
    <div className={layout.layout}>
      <LinkSteps title={title} steps={steps.map((s) => ({ ...s, done: false }))} />
      <div className={styles.placeholderApp}>
        <p>A simulated {appName} runs here, on the same world as the code examples on this page.</p>
        {onStart && (
          <button
            type="button"
            className="button button--primary"
            onClick={onStart}
            disabled={busy}
          >
            {busy ? `Loading the ${appName}…` : `Start the ${appName}`}
          </button>
        )}
      </div>
    </div>
  );
}
