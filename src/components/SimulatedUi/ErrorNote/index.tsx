// A server error shown verbatim, with our own hint and troubleshooting link beside it.
import Link from '@docusaurus/Link';
import { hintFor } from 'playground-engine/paths';
import type { UiError } from '../../../playground/ui/api';
import styles from './styles.module.css';

export default function ErrorNote({ error }: { error: UiError }) {
  const hint = error.code ? hintFor(error.code) : null;
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
