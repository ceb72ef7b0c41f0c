import Playground from '@site/src/components/Playground';
import Layout from '@theme/Layout';
import styles from './playground.module.css';

export default function PlaygroundPage() {
  return (
    <Layout
      title="Playground"
      description="Edit and run W&B registry-linking code against a simulated world, inspect the world and every API call."
    >
      <main className={styles.page}>
        <header className={styles.head}>
          <h1>Playground</h1>
          <p>
            Write Python that links artifact versions, run it against a simulated W&amp;B world, and
            watch the world and every API call change. Nothing leaves your browser.
          </p>
        </header>
        <Playground />
      </main>
    </Layout>
  );
}
