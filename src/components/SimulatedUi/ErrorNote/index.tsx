// A server error shown verbatim, with our own hint and troubleshooting link beside it.
import Link from '@docusaurus/Link';
import type { UiError } from '../../../playground/ui/api';
import { hintFor } from '../../../playground/ui/hints';
import styles from './styles.module.css';

export default function ErrorNote({ error }: { error: UiError }) {
  const hint = hintFor(error.message);
  return (
    <div className={styles.error} role="alert">
      <p className={styles.errorMessage}>
        <span className={styles.errorType}>{error.type}:</span> {error.message}
      </p>
      {hint && (
        <p className={styles.hint}>
          {hint.text} <Link to={hint.docs}>Troubleshooting</Link>
        </p>
      )}
    </div>
  );
}
