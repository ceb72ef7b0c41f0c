import Layout from '@theme/Layout';

export default function PlaygroundPage() {
  return (
    <Layout title="Playground" description="Full-page playground">
      <main className="container margin-vert--xl">
        <h1>Playground</h1>
      </main>
    </Layout>
  );
}
