import { describe, expect, it } from 'vitest';
import { worldSeeds } from '../scenarios/seeds';
import { createWorld } from '../world/createWorld';
import { GRAPHQL_URL, type OperationName } from '../protocol';
import { operations } from '../protocol/operations';
import { manifestDigest } from '../world/deterministic';
import type { World } from '../world/world';
import { respondFor } from './handlers';
import { serverFetch } from './inPage';

async function send(world: World, op: OperationName, variables: Record<string, unknown> = {}) {
  const request = new Request(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operations[op].document, operationName: op, variables }),
  });
  const res = await respondFor(world, request);
  if (!res) throw new Error(`no handler answered ${op}`);
  // biome-ignore lint/suspicious/noExplicitAny: the tests walk deep response JSON.
  type Body = { data?: any; errors?: { message: string }[] };
  return { status: res.status, body: (await res.json()) as Body };
}

async function logArtifact(
  world: World,
  entity = 'vision-team',
  content = 'weights',
  type = 'model',
) {
  const files = { 'model.txt': content };
  const r = await send(world, 'CreateArtifact', {
    input: {
      entityName: entity,
      projectName: 'training',
      artifactTypeName: type,
      artifactCollectionName: 'my-model',
      digest: manifestDigest(files),
      digestAlgorithm: 'MANIFEST_MD5',
      enableDigestDeduplication: true,
      aliases: [{ artifactCollectionName: 'my-model', alias: 'best' }],
      metadata: JSON.stringify({ acc: 0.9 }),
      files: JSON.stringify(files),
    },
  });
  return r;
}

const linkVars = (artifactID: string, collection = 'my-collection', aliases: string[] = []) => ({
  input: {
    artifactID,
    artifactPortfolioName: collection,
    entityName: 'acme',
    projectName: 'wandb-registry-model',
    aliases: aliases.map((alias) => ({ artifactCollectionName: collection, alias })),
  },
});

describe('server handlers through getResponse', () => {
  it('answers ServerFeaturesQuery with the membership feature', async () => {
    const { body } = await send(createWorld(), 'ServerFeaturesQuery');
    expect(body.data.serverInfo.features).toContainEqual({
      name: 'ARTIFACT_MEMBERSHIP_IN_LINK_ARTIFACT_RESPONSE',
      isEnabled: true,
    });
  });

  it('CreateArtifact: PENDING when new, COMMITTED on a digest match', async () => {
    const w = createWorld();
    const first = await logArtifact(w);
    expect(first.status).toBe(200);
    const a = first.body.data.createArtifact.artifact;
    expect(a.state).toBe('PENDING');
    expect(a.versionIndex).toBe(0);
    expect(JSON.parse(a.metadata)).toEqual({ acc: 0.9 });
    expect(a.aliases.map((x: { alias: string }) => x.alias).sort()).toEqual([
      'best',
      'latest',
      'v0',
    ]);
    const again = (await logArtifact(w)).body.data.createArtifact.artifact;
    expect(again.state).toBe('COMMITTED');
    expect(again.id).toBe(a.id);
    const changed = (await logArtifact(w, 'vision-team', 'new weights')).body.data.createArtifact
      .artifact;
    expect(changed.versionIndex).toBe(1);
  });

  it('LinkArtifact returns the membership fragment (v0, v1, latest moves)', async () => {
    const w = createWorld();
    const a0 = (await logArtifact(w)).body.data.createArtifact.artifact.id;
    const a1 = (await logArtifact(w, 'vision-team', 'v2')).body.data.createArtifact.artifact.id;
    const r0 = (await send(w, 'LinkArtifact', linkVars(a0, 'my-collection', ['staging']))).body.data
      .result;
    expect(r0.versionIndex).toBe(0);
    expect(r0.artifactMembership).toMatchObject({
      __typename: 'ArtifactCollectionMembership',
      versionIndex: 0,
      artifactCollection: {
        __typename: 'ArtifactPortfolio',
        name: 'my-collection',
        project: { name: 'wandb-registry-model', entity: { name: 'acme' } },
      },
      artifact: { id: a0, artifactSequence: { __typename: 'ArtifactSequence', name: 'my-model' } },
    });
    const r1 = (await send(w, 'LinkArtifact', linkVars(a1))).body.data.result;
    expect(r1.versionIndex).toBe(1);
    const byName = async (name: string) =>
      (
        await send(w, 'ArtifactMembershipByName', {
          entity: 'acme',
          project: 'wandb-registry-model',
          name,
        })
      ).body.data.project.artifactCollectionMembership;
    expect((await byName('my-collection:latest')).versionIndex).toBe(1);
    expect((await byName('my-collection')).versionIndex).toBe(1);
    expect((await byName('my-collection:staging')).artifact.id).toBe(a0);
    expect(await byName('my-collection:v9')).toBeNull();
  });

  it('refusals are GraphQL errors with the server text', async () => {
    const w = createWorld(worldSeeds['personal-entity']);
    const id = (await logArtifact(w, 'alice')).body.data.createArtifact.artifact.id;
    const r = await send(w, 'LinkArtifact', linkVars(id));
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([
      {
        message:
          "linking is only allowed within the same team or to a collection in your organization's registry",
        path: ['linkArtifact'],
        // The simulator's refusal code rides in the GraphQL-standard extensions (the SDK never shows it).
        extensions: { code: 'personal-account' },
      },
    ]);
    expect(r.body.data).toEqual({ linkArtifact: null });
  });

  it('hides restricted registries from non-members', async () => {
    const w = createWorld();
    const names = (
      await send(w, 'UiRegistries')
    ).body.data.viewer.organizations[0].orgEntity.projects.edges.map(
      (e: { node: { name: string } }) => e.node.name,
    );
    expect(names.sort()).toEqual(['dataset', 'model']);
    const r = await send(w, 'ArtifactMembershipByName', {
      entity: 'acme',
      project: 'wandb-registry-compliance',
      name: 'x',
    });
    expect(r.body.data.project).toBeNull();
    w.viewer = 'bob';
    const bobs = (await send(w, 'UiRegistries')).body.data.viewer.organizations[0].orgEntity
      .projects.edges;
    expect(
      bobs.map((e: { node: { name: string; visibility: string } }) => [
        e.node.name,
        e.node.visibility,
      ]),
    ).toContainEqual(['compliance', 'RESTRICTED']);
  });

  it('FetchOrgInfoFromEntity has the SDK query shape', async () => {
    const { body } = await send(createWorld(), 'FetchOrgInfoFromEntity', { entity: 'vision-team' });
    expect(body.data).toEqual({
      entity: { organization: { name: 'acme', orgEntity: { name: 'acme' } }, user: null },
    });
  });

  it('UnlinkArtifact and FetchLinkedArtifacts', async () => {
    const w = createWorld();
    const id = (await logArtifact(w)).body.data.createArtifact.artifact.id;
    const m = (await send(w, 'LinkArtifact', linkVars(id))).body.data.result.artifactMembership;
    const linked = (await send(w, 'FetchLinkedArtifacts', { artifactID: id })).body.data.artifact
      .artifactMemberships.edges;
    expect(linked).toHaveLength(1);
    expect(linked[0].node.artifactCollection.name).toBe('my-collection');
    const un = await send(w, 'UnlinkArtifact', {
      input: { artifactID: id, artifactPortfolioID: m.artifactCollection.id },
    });
    expect(un.body.data).toEqual({ result: { success: true } });
    const after = (await send(w, 'FetchLinkedArtifacts', { artifactID: id })).body.data.artifact
      .artifactMemberships.edges;
    expect(after).toEqual([]);
  });

  it('UpsertBucket creates a run in the default entity and finishes it', async () => {
    const w = createWorld();
    const r = (await send(w, 'UpsertBucket', { project: 'training' })).body.data.upsertBucket;
    expect(r.inserted).toBe(true);
    expect(r.bucket.project).toEqual({ name: 'training', entity: { name: 'vision-team' } });
    await send(w, 'UpsertBucket', {
      name: r.bucket.name,
      project: 'training',
      entity: 'vision-team',
      state: 'finished',
    });
    expect(w.getRun(r.bucket.name)?.state).toBe('finished');
    const denied = await send(w, 'UpsertBucket', { project: 'p', entity: 'nlp-team' });
    expect(denied.body.errors?.[0].message).toBe('permission denied');
  });

  it('UpsertBucket by storage id (the public API) replaces the summary; an unknown id is refused', async () => {
    const w = createWorld();
    const r = (await send(w, 'UpsertBucket', { project: 'training' })).body.data.upsertBucket;
    const updated = await send(w, 'UpsertBucket', {
      id: r.bucket.id,
      summaryMetrics: '{"best": 1}',
    });
    expect(updated.body.data.upsertBucket.bucket.id).toBe(r.bucket.id);
    expect(w.getRun(r.bucket.name)?.summary).toEqual({ best: 1 });
    expect(w.getRun(r.bucket.name)?.state).toBe('running');
    const missing = await send(w, 'UpsertBucket', { id: btoa('Run:nope'), summaryMetrics: '{}' });
    expect(missing.body.errors?.[0].message).toBe(`run '${btoa('Run:nope')}' not found`);
  });

  it('a missing required variable is a 500 with a GraphQL-style message, not a crash', async () => {
    const r = await send(createWorld(), 'FetchOrgInfoFromEntity', {});
    expect(r.status).toBe(500);
    expect(r.body.errors?.[0].message).toBe(
      'Variable "$entity" of required type "String!" was not provided.',
    );
  });
});

describe('the operation handler', () => {
  const viewer = { query: operations.Viewer.document, operationName: 'Viewer', variables: {} };
  const answer = async (request: Request) => {
    const res = await respondFor(createWorld(), request);
    return {
      status: res?.status,
      body: (await res?.json()) as { data?: unknown; errors?: { message: string }[] },
    };
  };

  it('answers the GET form the clients send and the POST form alike', async () => {
    const url = new URL(GRAPHQL_URL);
    url.searchParams.set('operationName', 'Viewer');
    url.searchParams.set('query', operations.Viewer.document);
    url.searchParams.set('variables', '{}');
    const get = await answer(new Request(url));
    const post = await answer(
      new Request(GRAPHQL_URL, { method: 'POST', body: JSON.stringify(viewer) }),
    );
    expect(get.status).toBe(200);
    expect(get.body).toEqual(post.body);
    expect(get.body.data).toMatchObject({ viewer: { username: expect.any(String) } });
  });

  it('answers each request from the world it was sent to, interleaved', async () => {
    const a = createWorld();
    const b = createWorld();
    const [logged, other] = await Promise.all([
      logArtifact(a, 'vision-team', 'in a'),
      send(b, 'UpsertBucket', { entity: 'vision-team', project: 'training' }),
    ]);
    expect(logged.status).toBe(200);
    expect(other.status).toBe(200);
    const seq = (w: World) => w.findCollection('vision-team', 'training', 'my-model');
    expect(seq(a)).toBeDefined();
    expect(seq(b)).toBeUndefined();
    expect(b.getProject('vision-team', 'training')).toBeDefined();
  });

  it('leaves a request to another URL unanswered, and serverFetch says so', async () => {
    const elsewhere = `${GRAPHQL_URL}/other?operationName=Viewer`;
    expect(await respondFor(createWorld(), new Request(elsewhere))).toBeUndefined();
    const res = await serverFetch(createWorld())(new Request(elsewhere));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      `The simulated server has no handler for GET ${elsewhere}.`,
    );
  });

  it('refuses a document other than the one the SDK sends, and a request it cannot read', async () => {
    const other = await answer(
      new Request(GRAPHQL_URL, {
        method: 'POST',
        body: JSON.stringify({ ...viewer, query: 'query Viewer { viewer { id } }' }),
      }),
    );
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0].message).toBe(
      'The simulated server answers "Viewer" only with the document the wandb SDK sends.',
    );
    const garbage = await answer(new Request(GRAPHQL_URL, { method: 'POST', body: '{not json' }));
    expect(garbage.body.errors?.[0].message).toBe(
      'The simulated server could not read this GraphQL request.',
    );
    const noQuery = await answer(
      new Request(GRAPHQL_URL, {
        method: 'POST',
        body: JSON.stringify({ operationName: 'Viewer' }),
      }),
    );
    expect(noQuery.body.errors?.[0].message).toBe('Must provide query string.');
  });
});
