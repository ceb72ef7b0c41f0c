// A small marker beside a quoted message whose text is the simulator's own wording (the real
// server's text is not public). It links to the assumptions page, where each such text is listed.
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export const SIMULATOR_WORDING_HREF = '/docs/simulator-assumptions#simulator-wording';

export default function SimulatorWording() {
  return (
    <Link
      to={SIMULATOR_WORDING_HREF}
      className={styles.marker}
      title="The real server's text is not public: this is the simulator's own wording."
      data-simulator-wording=""
    >
      simulator wording
    </Link>
  );
}
