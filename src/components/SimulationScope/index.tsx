// What the site simulates and what it does not, in five lines. Shown at the top of the
// "Simulator assumptions" and "What the playground runs" pages and on the landing page, so the
// fidelity claim is made once, here.
import Link from '@docusaurus/Link';
import { SIMULATOR_WORDING_HREF } from '../SimulatorWording';
import styles from './styles.module.css';

export default function SimulationScope() {
  return (
    <aside className={styles.box} aria-label="What is simulated">
      <p className={styles.head}>Simulated</p>
      <ul>
        <li>
          The <code>wandb</code> calls for logging, linking and reading versions, with the real
          SDK&apos;s checks and messages, word for word.
        </li>
        <li>
          A W&amp;B server with organizations, teams, registries and roles. Where its text is not
          public, the wording is ours, marked{' '}
          <Link to={SIMULATOR_WORDING_HREF}>simulator wording</Link>.
        </li>
        <li>
          Python itself: a <Link to="/docs/playground-runtime#supported-python">subset</Link>, run
          by an interpreter in your browser.
        </li>
      </ul>
      <p className={styles.head}>Not simulated</p>
      <ul>
        <li>W&amp;B itself: nothing leaves this page, and no account is needed.</li>
        <li>
          W&amp;B&apos;s apps: the Registry App and Artifact browser here are mock-ups of them.
        </li>
      </ul>
    </aside>
  );
}
