import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';

export default function Home() {
  return (
    <Layout title="Home" description="Learn to link an artifact version to a W&B registry">
      <main className="container margin-vert--xl">
        <h1>Link artifacts to a W&amp;B registry</h1>
        <p>
          <Link to="/docs/link-artifact-version">Start with the guide</Link>
        </p>
      </main>
    </Layout>
  );
}
