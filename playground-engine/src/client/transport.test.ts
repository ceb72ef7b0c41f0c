import { describe, expect, it } from 'vitest';
import { SimError } from '../errors/simError';
import { createTransport } from '../host/connect';
import { worldSeeds } from '../scenarios/seeds';
import { manifestDigest } from '../text/digest';
import { createWorld } from '../world/createWorld';
import { operations } from '../protocol/operations';
import { fetchTransport, joinServerMessages, type NetworkEntry } from './transport';
import { createUiClient } from './uiClient';

describe('transport', () => {
  it('records one NetworkEntry per exchange with parsed body and status', async () => {
    const entries: NetworkEntry[] = [];
    const w = createWorld();
    const t = createTransport(w, { source: 'ui', onEntry: (e) => entries.push(e) });
    const data = await t.request('FetchOrgInfoFromEntity', {
      entity: 'vision-team',
    });
    expect(data.entity).toBeTruthy();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: 1,
      source: 'ui',
      operationName: 'FetchOrgInfoFromEntity',
      variables: { entity: 'vision-team' },
      status: 200,
      response: { data: { entity: { organization: { name: 'acme' } } } },
    });
    expect(typeof entries[0].durationMs).toBe('number');
  });

  it('throws CommError with the server text and still records the entry', async () => {
    const entries: NetworkEntry[] = [];
    const w = createWorld();
    const t = createTransport(w, { onEntry: (e) => entries.push(e) });
    const err = (await t
      .request('UpsertBucket', { entity: 'nlp-team', project: 'p' })
      .catch((e: unknown) => e)) as SimError;
    expect(err).toBeInstanceOf(SimError);
    expect(err.pyType).toBe('wandb.errors.CommError');
    expect(err.message).toBe('permission denied');
    expect(entries[0].status).toBe(400);
  });

  it("sends the operation's own document to any fetch: the client needs no server", async () => {
    const sent: unknown[] = [];
    const t = fetchTransport(async (request) => {
      // GraphQL over HTTP's GET form: the operation travels in the URL.
      const params = new URL(request.url).searchParams;
      sent.push({
        method: request.method,
        query: params.get('query'),
        operationName: params.get('operationName'),
        variables: JSON.parse(params.get('variables') ?? 'null'),
      });
      return Response.json({ data: { viewer: { username: 'zoe' } } });
    });
    expect((await t.request('Viewer')).viewer.username).toBe('zoe');
    expect(sent).toEqual([
      { method: 'GET', query: operations.Viewer.document, operationName: 'Viewer', variables: {} },
    ]);
    const down = fetchTransport(() => Promise.reject(new Error('connection refused')));
    await expect(down.request('Viewer')).rejects.toMatchObject({
      pyType: 'wandb.errors.CommError',
      message: 'connection refused',
    });
  });

  it('joins several server messages the wandb-core way', () => {
    expect(joinServerMessages([{ message: 'a' }])).toBe('a');
    expect(joinServerMessages([{ message: 'a' }, { message: 'b' }])).toBe('[a; b]');
  });

  it('an unknown operation or a broken document is an error, not a crash', async () => {
    const t = createTransport(createWorld());
    await expect(t.send('Nope', 'query Nope { x }')).rejects.toThrow(
      'Unknown operation named "Nope".',
    );
    await expect(t.send('Broken', 'query Broken( {')).rejects.toBeInstanceOf(SimError);
  });

  it('numbers entries per world across sdk and ui transports', async () => {
    const ids: number[] = [];
    const w = createWorld();
    const a = createTransport(w, { source: 'sdk', onEntry: (e) => ids.push(e.id) });
    const b = createTransport(w, { source: 'ui', onEntry: (e) => ids.push(e.id) });
    await a.request('ServerFeaturesQuery');
    await b.request('ServerFeaturesQuery');
    expect(ids).toEqual([1, 2]);
  });
});

describe('ui client', () => {
  async function seeded() {
    const w = createWorld(worldSeeds['confirm-exact-path']);
    const t = createTransport(w, { source: 'ui' });
    const files = { 'm.txt': 'x' };
    const created = await t.request('CreateArtifact', {
      input: {
        entityName: 'vision-team',
        projectName: 'training',
        artifactTypeName: 'model',
        artifactCollectionName: 'my-model',
        digest: manifestDigest(files),
        files: JSON.stringify(files),
      },
    });
    return { w, ui: createUiClient(t), id: created.createArtifact.artifact.id };
  }

  it('lists what the viewer may see', async () => {
    const { ui } = await seeded();
    expect((await ui.viewer()).entity).toBe('vision-team');
    expect((await ui.viewerEntities()).map((e) => e.name)).toEqual(['alice', 'vision-team']);
    expect((await ui.listRegistries()).map((r) => r.name).sort()).toEqual(['dataset', 'model']);
    expect(await ui.listCollections('acme', 'compliance')).toBeNull();
    expect(await ui.listCollections('acme', 'model')).toEqual([
      expect.objectContaining({
        name: 'sentiment-classifier',
        type: 'model',
        versionCount: 0,
        latestVersionIndex: null,
      }),
    ]);
    expect(await ui.listProjects('vision-team')).toEqual([
      expect.objectContaining({ name: 'training' }),
    ]);
    expect(await ui.listProjects('nlp-team')).toBeNull();
    expect(await ui.listArtifacts('vision-team', 'training')).toEqual([
      {
        type: 'model',
        collections: [expect.objectContaining({ name: 'my-model', versionCount: 1 })],
      },
    ]);
  });

  it('links through LinkArtifact and reads back versions, files and links', async () => {
    const { ui, id } = await seeded();
    const m = await ui.link({
      artifactId: id,
      entityName: 'acme',
      projectName: 'wandb-registry-model',
      collection: 'sentiment-classifier',
      aliases: ['prod'],
    });
    expect(m.versionIndex).toBe(0);
    expect(m.aliases.map((a) => a.alias)).toEqual(['v0', 'latest', 'prod']);
    expect(await ui.listCollections('acme', 'model')).toEqual([
      expect.objectContaining({
        name: 'sentiment-classifier',
        versionCount: 1,
        latestVersionIndex: 0,
      }),
    ]);
    const versions = await ui.collectionVersions(
      'acme',
      'wandb-registry-model',
      'sentiment-classifier',
    );
    expect(versions?.map((v) => v.artifact.id)).toEqual([id]);
    expect(await ui.artifactFiles(id)).toEqual([{ name: 'm.txt', content: 'x', ref: null }]);
    expect((await ui.linkedArtifacts(id)).map((l) => l.artifactCollection.name)).toEqual([
      'sentiment-classifier',
    ]);
    await ui.deleteAliases(
      {
        artifactId: id,
        entityName: 'acme',
        projectName: 'wandb-registry-model',
        collection: 'sentiment-classifier',
      },
      ['prod'],
    );
    await ui.unlink({ artifactId: id, collectionId: m.artifactCollection.id });
    expect(await ui.linkedArtifacts(id)).toEqual([]);
  });

  it("keeps the UI's rules in the server: a restricted registry link fails there", async () => {
    const { ui, id } = await seeded();
    await expect(
      ui.link({
        artifactId: id,
        entityName: 'acme',
        projectName: 'wandb-registry-compliance',
        collection: 'c',
      }),
    ).rejects.toThrow("project 'wandb-registry-compliance' not found under entity 'acme'");
  });
});
