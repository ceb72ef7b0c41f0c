import { describe, expect, it } from 'vitest';
import { worldSeeds } from '../scenarios/seeds';
import { createWorld } from './createWorld';
import { manifestDigest } from './deterministic';
import type { WorldEvent } from './types';
import { worldFromSnapshot } from './snapshotSchema';
import type { World } from './world';

const log = (w: World, files: Record<string, string>, name = 'my-model') =>
  w.logVersion({
    entity: 'vision-team',
    project: 'p',
    name,
    type: 'model',
    digest: manifestDigest(files),
    files,
  });

describe('createWorld', () => {
  it('builds the docs world by default', () => {
    const w = createWorld();
    expect(w.viewer).toBe('alice');
    expect(w.getUser('alice')?.defaultEntity).toBe('vision-team');
    expect(w.getUser('bob')?.defaultEntity).toBe('bob');
    expect(w.getOrg('acme')?.entityName).toBe('acme');
    expect(w.getEntity('vision-team')).toMatchObject({ kind: 'team', org: 'acme' });
    expect(w.getProject('acme', 'wandb-registry-model')?.registry?.acceptedTypes).toEqual([
      'model',
    ]);
    expect(w.getProject('acme', 'wandb-registry-dataset')?.registry?.acceptedTypes).toEqual([
      'dataset',
    ]);
    expect(w.getProject('acme', 'wandb-registry-compliance')?.registry).toMatchObject({
      visibility: 'restricted',
      acceptedTypes: ['model'],
      members: { bob: 'admin' },
    });
  });

  it('gives a colliding org entity name a stable hash suffix', () => {
    const a = createWorld(worldSeeds['org-name-collision']).getOrg('reviewco')!.entityName;
    const b = createWorld(worldSeeds['org-name-collision']).getOrg('reviewco')!.entityName;
    expect(a).toMatch(/^reviewco_[0-9A-Z]+$/);
    expect(a).toBe(b);
  });

  it('builds every named seed', () => {
    const expected = [
      'docs',
      'docs-base',
      'personal-entity',
      'org-name-collision',
      'team-name-as-org',
      'multiple-orgs',
      'alias-characters',
      'type-not-accepted',
      'registry-not-found',
      'finished-run',
      'invalid-artifact-name',
      'confirm-exact-path',
      'viewer-role',
      'protected-alias',
    ];
    expect(Object.keys(worldSeeds).sort()).toEqual([...expected].sort());
    for (const key of expected) expect(createWorld(worldSeeds[key]).viewer).toBe('alice');
    const cep = createWorld(worldSeeds['confirm-exact-path']);
    const coll = cep.findCollection('acme', 'wandb-registry-model', 'sentiment-classifier')!;
    expect(cep.membershipCount(coll.id)).toBe(0);
  });

  it('names the bad reference in a bad seed', () => {
    expect(() => createWorld({ viewer: 'zed', users: [{ name: 'alice' }], orgs: [] })).toThrow(
      "Invalid world seed: viewer 'zed' is not one of the users",
    );
    expect(() =>
      createWorld({
        viewer: 'alice',
        users: [{ name: 'alice' }],
        orgs: [{ name: 'o', members: [{ user: 'x' }], teams: [] }],
      }),
    ).toThrow("Invalid world seed: orgs['o'].members: unknown user 'x'");
  });

  it('seeds pre-logged and pre-linked artifacts', () => {
    const w = createWorld({
      ...worldSeeds.docs,
      artifacts: [
        {
          entity: 'vision-team',
          project: 'cls',
          name: 'resnet',
          type: 'model',
          aliases: ['best'],
          links: [{ registry: 'model', collection: 'resnets', aliases: ['staging'] }],
        },
      ],
    });
    const seq = w.findCollection('vision-team', 'cls', 'resnet')!;
    const src = w.findMembership(seq.id, 'v0')!;
    expect(src.aliases.sort()).toEqual(['best', 'latest']);
    const coll = w.findCollection('acme', 'wandb-registry-model', 'resnets')!;
    expect(w.findMembership(coll.id, 'staging')?.artifactId).toBe(src.artifactId);
    expect(w.getRun(w.getArtifact(src.artifactId)!.runId!)?.state).toBe('finished');
  });
});

describe('World store', () => {
  it('dedups identical content and versions changed content', () => {
    const w = createWorld();
    const a = log(w, { 'm.txt': 'one' });
    const b = log(w, { 'm.txt': 'one' });
    const c = log(w, { 'm.txt': 'two' });
    expect(b.deduped).toBe(true);
    expect(b.artifact.id).toBe(a.artifact.id);
    expect(c.deduped).toBe(false);
    expect(c.artifact.versionIndex).toBe(1);
    const seq = w.findCollection('vision-team', 'p', 'my-model')!;
    expect(w.findMembership(seq.id, 'latest')?.artifactId).toBe(c.artifact.id);
  });

  it('counts link indexes per collection and moves latest', () => {
    const w = createWorld();
    const a = log(w, { f: '1' }).artifact;
    const b = log(w, { f: '2' }).artifact;
    const args = {
      entity: 'acme',
      project: 'wandb-registry-model',
      collection: 'c',
      type: 'model',
    };
    const l0 = w.link({ ...args, artifactId: b.id, aliases: ['prod'] }).membership;
    const l1 = w.link({ ...args, artifactId: a.id, aliases: [] }).membership;
    expect([l0.versionIndex, l1.versionIndex]).toEqual([0, 1]);
    expect(l0.aliases).toEqual(['prod']);
    expect(l1.aliases).toEqual(['latest']);
  });

  it('re-linking the same source is idempotent and merges aliases', () => {
    const w = createWorld();
    const a = log(w, { f: '1' }).artifact;
    const args = {
      entity: 'acme',
      project: 'wandb-registry-model',
      collection: 'c',
      type: 'model',
      artifactId: a.id,
    };
    const first = w.link({ ...args, aliases: ['x'] });
    const again = w.link({ ...args, aliases: ['y'] });
    expect(again.created).toBe(false);
    expect(again.membership.id).toBe(first.membership.id);
    expect(again.membership.aliases.sort()).toEqual(['latest', 'x', 'y']);
    // latest stays on the newest link when an older source is re-linked.
    const b = log(w, { f: '2' }).artifact;
    const newer = w.link({ ...args, artifactId: b.id, aliases: [] }).membership;
    w.link({ ...args, aliases: [] });
    expect(newer.aliases).toEqual(['latest']);
    expect(first.membership.aliases.sort()).toEqual(['x', 'y']);
  });

  it('unlink keeps indexes and moves latest to the highest remaining index', () => {
    const w = createWorld();
    const args = {
      entity: 'acme',
      project: 'wandb-registry-model',
      collection: 'c',
      type: 'model',
    };
    const ms = [1, 2, 3].map(
      (i) =>
        w.link({ ...args, artifactId: log(w, { f: String(i) }).artifact.id, aliases: [] })
          .membership,
    );
    w.unlink(ms[2].id);
    const coll = w.findCollection('acme', 'wandb-registry-model', 'c')!;
    expect(w.listMemberships(coll.id).map((m) => m.versionIndex)).toEqual([0, 1]);
    expect(w.findMembership(coll.id, 'latest')?.id).toBe(ms[1].id);
    const next = w.link({
      ...args,
      artifactId: log(w, { f: '4' }).artifact.id,
      aliases: [],
    }).membership;
    expect(next.versionIndex).toBe(3);
    expect(w.getArtifact(ms[2].artifactId)).toBeDefined();
  });

  it('keeps aliases unique within a collection', () => {
    const w = createWorld();
    const args = {
      entity: 'acme',
      project: 'wandb-registry-model',
      collection: 'c',
      type: 'model',
    };
    const m0 = w.link({
      ...args,
      artifactId: log(w, { f: '1' }).artifact.id,
      aliases: ['prod'],
    }).membership;
    const m1 = w.link({
      ...args,
      artifactId: log(w, { f: '2' }).artifact.id,
      aliases: ['prod'],
    }).membership;
    expect(m0.aliases).toEqual([]);
    expect(m1.aliases.sort()).toEqual(['latest', 'prod']);
  });

  it("finds a version's links and its own sequence membership, before and after unlinks", () => {
    const w = createWorld();
    const { artifact, membership: own } = log(w, { a: '1' });
    const link = (collection: string) =>
      w.link({
        artifactId: artifact.id,
        entity: 'acme',
        project: 'wandb-registry-model',
        collection,
        type: 'model',
        aliases: [],
      }).membership;
    expect(w.linksOfArtifact(artifact.id)).toEqual([]);
    expect(w.membershipOfArtifactIn(own.collectionId, artifact.id)).toBe(own);
    const first = link('one');
    const second = link('two');
    expect(w.linksOfArtifact(artifact.id)).toEqual([first, second]);
    expect(w.membershipOfArtifactIn(second.collectionId, artifact.id)).toBe(second);
    w.unlink(first.id);
    expect(w.linksOfArtifact(artifact.id)).toEqual([second]);
    expect(w.membershipOfArtifactIn(first.collectionId, artifact.id)).toBeUndefined();
    w.unlink(second.id);
    expect(w.linksOfArtifact(artifact.id)).toEqual([]);
    expect(w.membershipOfArtifactIn(own.collectionId, artifact.id)).toBe(own);
  });

  it('gives each record its own aliases and metadata once they are set', () => {
    const w = createWorld();
    const a = log(w, { a: '1' });
    const b = log(w, { a: '2' });
    // `latest` moved from a to b: a has none left, and can still take new ones.
    expect(a.membership.aliases).toEqual([]);
    w.addAliases(a.membership.id, ['best']);
    w.addAliases(b.membership.id, ['prod']);
    expect(a.membership.aliases).toEqual(['best']);
    expect(b.membership.aliases).toEqual(['latest', 'prod']);
    w.deleteAliases(a.membership.id, ['best']);
    expect(a.membership.aliases).toEqual([]);
    expect(b.membership.aliases).toEqual(['latest', 'prod']);
    expect(a.artifact.metadata).toEqual({});
    const c = w.logVersion({
      entity: 'vision-team',
      project: 'p',
      name: 'my-model',
      type: 'model',
      digest: manifestDigest({ a: '3' }),
      files: { a: '3' },
      metadata: { epochs: 3 },
    });
    expect(c.artifact.metadata).toEqual({ epochs: 3 });
    expect(a.artifact.metadata).toEqual({});
  });

  it('reports one event per committed change', () => {
    const w = createWorld();
    const events: WorldEvent[] = [];
    const off = w.subscribe((e) => events.push(e));
    const a = log(w, { f: '1' }).artifact; // project-created + artifact-logged
    w.link({
      entity: 'acme',
      project: 'wandb-registry-model',
      collection: 'c',
      type: 'model',
      artifactId: a.id,
      aliases: [],
    });
    off();
    log(w, { f: '2' });
    expect(events.map((e) => e.kind)).toEqual([
      'project-created',
      'artifact-logged',
      'artifact-linked',
    ]);
    const first = events[0].seq;
    expect(events.map((e) => e.seq)).toEqual([first, first + 1, first + 2]);
  });
});

describe('snapshot', () => {
  it('round-trips through JSON, indexes included', () => {
    const w = createWorld();
    const a = log(w, { f: '1' }).artifact;
    w.link({
      entity: 'acme',
      project: 'wandb-registry-model',
      collection: 'c',
      type: 'model',
      artifactId: a.id,
      aliases: ['prod'],
    });
    const json = JSON.parse(JSON.stringify(w.snapshot()));
    const r = worldFromSnapshot(json);
    expect(r.snapshot()).toEqual(w.snapshot());
    const coll = r.findCollection('acme', 'wandb-registry-model', 'c')!;
    expect(r.findMembership(coll.id, 'prod')?.artifactId).toBe(a.id);
    // The id source continues where it stopped: the next ids match the original's.
    expect(log(r, { f: '2' }).artifact.id).toBe(log(w, { f: '2' }).artifact.id);
  });

  it('hands out records in the snapshot shape, with the ids and times the clock gave', () => {
    const w = createWorld();
    const { counter, tick } = w.snapshot().clock;
    // A new project, a new sequence, then the version and its membership.
    const { artifact, membership } = log(w, { f: '1' });
    const at = (t: number) => new Date(Date.UTC(2025, 0, 15, 12, 0, t)).toISOString();
    expect(JSON.parse(JSON.stringify(artifact))).toEqual({
      id: btoa(`Artifact:${counter + 3}`),
      sequenceId: artifact.sequenceId,
      versionIndex: 0,
      type: 'model',
      digest: manifestDigest({ f: '1' }),
      description: null,
      metadata: {},
      files: { f: '1' },
      runId: null,
      state: 'COMMITTED',
      createdAt: at(tick + 3).replace('.000Z', 'Z'),
    });
    expect(JSON.parse(JSON.stringify(membership))).toEqual({
      id: btoa(`ArtifactCollectionMembership:${counter + 4}`),
      collectionId: artifact.sequenceId,
      versionIndex: 0,
      artifactId: artifact.id,
      aliases: ['latest'],
      createdAt: artifact.createdAt,
    });
    expect(w.snapshot().artifacts.at(-1)).toEqual(JSON.parse(JSON.stringify(artifact)));
  });

  it('keeps times off the clock, and an own membership unlike its version, through a snapshot', () => {
    const w = createWorld();
    const { artifact } = log(w, { f: '1' });
    const snap = JSON.parse(JSON.stringify(w.snapshot()));
    const a = snap.artifacts.at(-1);
    const own = snap.memberships.find((m: { artifactId: string }) => m.artifactId === a.id);
    a.createdAt = '2024-02-30 noon';
    own.createdAt = '2025-01-15T12:00:00.500Z';
    const r = worldFromSnapshot(snap);
    expect(r.getArtifact(artifact.id)?.createdAt).toBe('2024-02-30 noon');
    expect(r.sourceMembership(artifact.id)?.createdAt).toBe('2025-01-15T12:00:00.500Z');
    expect(r.snapshot()).toEqual(snap);
  });

  it('keeps versions and memberships apart, also under ids of another form', () => {
    const w = createWorld();
    const { artifact, membership } = log(w, { f: '1' });
    expect([w.getArtifact(artifact.id), w.getMembership(membership.id)]).toEqual([
      artifact,
      membership,
    ]);
    expect([w.getArtifact(membership.id), w.getMembership(artifact.id)]).toEqual([
      undefined,
      undefined,
    ]);
    const snap = JSON.parse(JSON.stringify(w.snapshot()));
    const last = snap.artifacts.length - 1;
    const own = snap.memberships.find((m: { artifactId: string }) => m.artifactId === artifact.id);
    snap.artifacts[last].id = 'hand-written';
    own.artifactId = 'hand-written';
    const r = worldFromSnapshot(snap);
    expect(r.getArtifact('hand-written')?.digest).toBe(artifact.digest);
    expect(r.getArtifact(artifact.id)).toBeUndefined();
    expect(r.sourceMembership('hand-written')?.id).toBe(membership.id);
    expect(r.snapshot().artifacts.map((a) => a.id)).toContain('hand-written');
  });

  it("a snapshot saved with another digest loads with each version's manifest digest, and dedup finds it", () => {
    const w = createWorld();
    const a = log(w, { f: '1' }).artifact;
    const snap = JSON.parse(JSON.stringify(w.snapshot()));
    // Snapshots from before digests were the SDK's manifest digest carry another hash.
    snap.artifacts.find((x: { id: string }) => x.id === a.id).digest = '0123456789abcdef';
    const r = worldFromSnapshot(snap);
    expect(r.getArtifact(a.id)?.digest).toBe(manifestDigest({ f: '1' }));
    expect(log(r, { f: '1' })).toMatchObject({ deduped: true, artifact: { id: a.id } });
  });

  it('refuses bad input naming the bad field', () => {
    const snap = createWorld().snapshot() as unknown as Record<string, unknown>;
    expect(() => worldFromSnapshot({ ...snap, users: 'nope' })).toThrow(
      /^Invalid world snapshot: users: /,
    );
    const bad = structuredClone(snap) as { orgs: { members: Record<string, string> }[] };
    bad.orgs[0].members.alice = 'owner';
    expect(() => worldFromSnapshot(bad)).toThrow(
      /^Invalid world snapshot: orgs\.0\.members\.alice: /,
    );
    expect(() => worldFromSnapshot(null)).toThrow(/^Invalid world snapshot: \(root\)/);
    try {
      worldFromSnapshot(42);
    } catch (e) {
      expect((e as { pyType: string }).pyType).toBe('ValueError');
    }
  });

  it('is deterministic for the same seed and code', () => {
    const run = () => {
      const w = createWorld();
      const r = w.createRun({ entity: 'vision-team', project: 'p' });
      const a = log(w, { f: 'x' });
      return [r.id, r.name, a.artifact.id, a.artifact.digest, a.artifact.createdAt];
    };
    expect(run()).toEqual(run());
  });
});
