import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import SimulationScope from '@site/src/components/SimulationScope';

// The landing page stays light: plain links and Infima classes, no engine, no editor.

interface Start {
  title: string;
  to: string;
  action: string;
  text: string;
}

const starts: Start[] = [
  {
    title: 'Learn',
    to: '/docs/link-artifact-version',
    action: 'Read the linking guide',
    text: 'What linking does, and how to do it with the Python SDK, the Registry App or the Artifact browser.',
  },
  {
    title: 'Experiment',
    to: '/playground',
    action: 'Open the playground',
    text: 'Edit code against a simulated organization, look inside the world, and see every API call it makes.',
  },
  {
    title: 'Get unstuck',
    to: '/docs/error-messages',
    action: 'Find your error',
    text: 'Every message the simulator can raise, what causes it, and the fix, to try here before your own project.',
  },
];

export default function Home() {
  return (
    <Layout
      title="Link artifacts to a W&B registry"
      description="Learn to link an artifact version to a W&B registry, with examples that run in your browser."
    >
      <main>
        <header className="hero">
          <div className="container">
            <Heading as="h1" className="hero__title">
              Link artifacts to a W&amp;B registry
            </Heading>
            <p className="hero__subtitle">
              Publish a model or dataset version from your team's project to your organization's
              registry. Every example on this site runs in your browser, against a small simulated
              W&amp;B.
            </p>
            <div className="margin-top--md">
              <Link
                className="button button--primary button--lg margin-right--sm margin-bottom--sm"
                to="/docs/link-artifact-version"
              >
                Start with the guide
              </Link>
              <Link
                className="button button--outline button--primary button--lg margin-bottom--sm"
                to="/playground"
              >
                Try the playground
              </Link>
            </div>
          </div>
        </header>

        <section className="container margin-vert--lg" aria-labelledby="where-to-start">
          <Heading as="h2" id="where-to-start">
            Where to start
          </Heading>
          <div className="row">
            {starts.map((start) => (
              <div key={start.to} className="col col--4 margin-bottom--md">
                <div className="card shadow--tl" style={{ height: '100%' }}>
                  <div className="card__header">
                    <Heading as="h3">{start.title}</Heading>
                  </div>
                  <div className="card__body">
                    <p>{start.text}</p>
                  </div>
                  <div className="card__footer">
                    <Link to={start.to}>{start.action}</Link>
                  </div>
                </div>
              </div>
            ))}
          </div>
        </section>

        <section className="container margin-bottom--xl" aria-labelledby="how-it-works">
          <Heading as="h2" id="how-it-works">
            How the examples work
          </Heading>
          <SimulationScope />
          <ul>
            <li>
              Press <strong>Run</strong> on any Python example: it runs here, with no account and no
              network. You see the linked version, or the error.
            </li>
            <li>
              Examples on a page share one simulated organization, so what one example links, the
              next can read.
            </li>
            <li>
              Where W&amp;B's behaviour is not publicly documented, the simulator makes a choice and
              says so on the <Link to="/docs/simulator-assumptions">simulator assumptions</Link>{' '}
              page.
            </li>
          </ul>
        </section>
      </main>
    </Layout>
  );
}
