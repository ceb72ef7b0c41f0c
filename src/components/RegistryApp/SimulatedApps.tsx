// Both simulated UIs, for /playground: they act on the enclosing scope's world (the
// playground's), each loading lazily when scrolled into view.
import ArtifactBrowserTab from '../ArtifactBrowser';
import RegistryAppTab from '.';
import text from '../SimulatedUi/text.module.css';
import styles from './styles.module.css';

export default function SimulatedApps({ world = 'docs' }: { world?: string }) {
  return (
    <section className={styles.simulated} aria-labelledby="simulated-apps-h">
      <h2 id="simulated-apps-h">Simulated apps</h2>
      <p className={text.meta}>
        Link in the simulated Registry App or Artifact browser: the links land in this playground's
        world, show in the world inspector, and the requests in the network log.
      </p>
      <h3>Registry App</h3>
      <RegistryAppTab world={world} />
      <h3>Artifact browser</h3>
      <ArtifactBrowserTab world={world} />
    </section>
  );
}
