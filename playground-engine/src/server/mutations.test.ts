import { describe, expect, it } from 'vitest';
import { worldSeeds } from '../scenarios/seeds';
import { createWorld } from '../world/createWorld';
import { manifestDigest } from '../world/deterministic';
import type { World } from '../world/world';
import { createArtifact, editAliases, linkArtifact, unlinkArtifact, upsertRun } from './mutations';

const logAs = (
  w: World,
  viewer: string,
  entity: string,
  type = 'model',
  content = 'x',
  name = 'm',
) =>
  createArtifact(w, viewer, {
    entityName: entity,
    projectName: 'p',
    artifactCollectionName: name,
    artifactTypeName: type,
    digest: manifestDigest({ f: content }),
    files: { f: content },
  }).artifact;

const link = (
  w: World,
  viewer: string,
  artifactId: string,
  projectName: string,
  collectionName = 'c',
  entityName = 'acme',
) => linkArtifact(w, viewer, { artifactId, entityName, projectName, collectionName, aliases: [] });

const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return { type: (e as { pyType: string }).pyType, message: (e as Error).message };
  }
  throw new Error('expected a failure');
};

describe('server link rules', () => {
  it('links a team artifact into an org registry', () => {
    const w = createWorld();
    const a = logAs(w, 'alice', 'vision-team');
    const m = link(w, 'alice', a.id, 'wandb-registry-model');
    expect(m.versionIndex).toBe(0);
    expect(m.aliases).toEqual(['latest']);
  });

  it('refuses a personal-entity source with the exact server text', () => {
    const w = createWorld(worldSeeds['personal-entity']);
    const a = logAs(w, 'alice', 'alice');
    expect(failure(() => link(w, 'alice', a.id, 'wandb-registry-model'))).toEqual({
      type: 'wandb.errors.CommError',
      message:
        "linking is only allowed within the same team or to a collection in your organization's registry",
    });
  });

  it('a missing registry and an invisible restricted registry look the same', () => {
    const w = createWorld();
    const a = logAs(w, 'alice', 'vision-team');
    expect(failure(() => link(w, 'alice', a.id, 'wandb-registry-nope')).message).toBe(
      "project 'wandb-registry-nope' not found under entity 'acme'",
    );
    expect(failure(() => link(w, 'alice', a.id, 'wandb-registry-compliance')).message).toBe(
      "project 'wandb-registry-compliance' not found under entity 'acme'",
    );
    // bob is a member of compliance: it exists for him.
    expect(
      link(w, 'bob', logAs(w, 'bob', 'vision-team', 'model', 'b').id, 'wandb-registry-compliance')
        .versionIndex,
    ).toBe(0);
  });

  it('refuses a viewer role (insufficient-role server text)', () => {
    const w = createWorld(worldSeeds['viewer-role']);
    const a = logAs(w, 'alice', 'vision-team');
    expect(failure(() => link(w, 'alice', a.id, 'wandb-registry-model')).message).toBe(
      "permission denied: user 'alice' has role 'viewer' in registry 'model'; linking requires the member or admin role",
    );
  });

  it('refuses a type the registry does not accept (wrong-type server text)', () => {
    const w = createWorld(worldSeeds['type-not-accepted']);
    const a = logAs(w, 'alice', 'vision-team', 'model');
    expect(failure(() => link(w, 'alice', a.id, 'wandb-registry-benchmarks')).message).toBe(
      "artifact type 'model' is not accepted by registry 'benchmarks' (accepted types: dataset)",
    );
    const d = logAs(w, 'alice', 'vision-team', 'dataset', 'd', 'ds');
    expect(link(w, 'alice', d.id, 'wandb-registry-benchmarks').versionIndex).toBe(0);
  });

  it("keeps a collection's type fixed at creation", () => {
    const w = createWorld();
    w.updateRegistry('acme', 'wandb-registry-model', { acceptedTypes: ['model', 'checkpoint'] });
    link(w, 'alice', logAs(w, 'alice', 'vision-team', 'model').id, 'wandb-registry-model');
    const ck = logAs(w, 'alice', 'vision-team', 'checkpoint', 'c', 'ck');
    expect(failure(() => link(w, 'alice', ck.id, 'wandb-registry-model')).message).toBe(
      "artifact collection 'c' has type 'model' and cannot hold an artifact of type 'checkpoint'",
    );
  });

  it("refuses a collection name that kept a ':alias' suffix", () => {
    const w = createWorld();
    const a = logAs(w, 'alice', 'vision-team');
    expect(failure(() => link(w, 'alice', a.id, 'wandb-registry-model', 'c:prod')).message).toBe(
      "invalid artifact collection name 'c:prod': collection names cannot be empty or contain '/' or ':'",
    );
  });

  it('refuses a team of another org and cross-entity portfolio links', () => {
    const w = createWorld(worldSeeds['multiple-orgs']);
    const a = logAs(w, 'alice', 'research');
    expect(failure(() => link(w, 'alice', a.id, 'wandb-registry-model', 'c', 'acme')).message).toBe(
      "linking is only allowed within the same team or to a collection in your organization's registry",
    );
    expect(link(w, 'alice', a.id, 'wandb-registry-model', 'c', 'globex').versionIndex).toBe(0);
    expect(failure(() => link(w, 'alice', a.id, 'portfolio', 'c', 'vision-team')).message).toBe(
      "linking is only allowed within the same team or to a collection in your organization's registry",
    );
    expect(link(w, 'alice', a.id, 'portfolio', 'c', 'research').versionIndex).toBe(0);
  });

  it('unlink needs member/admin and removes only the membership', () => {
    const w = createWorld();
    const a = logAs(w, 'alice', 'vision-team');
    const m = link(w, 'alice', a.id, 'wandb-registry-model');
    w.updateRegistry('acme', 'wandb-registry-model', { members: { alice: 'viewer' } });
    expect(failure(() => unlinkArtifact(w, 'alice', a.id, m.collectionId)).message).toBe(
      "You do not have permission to unlink the artifact 'acme/wandb-registry-model/c:v0'",
    );
    unlinkArtifact(w, 'bob', a.id, m.collectionId);
    expect(w.getMembership(m.id)).toBeUndefined();
    expect(w.getArtifact(a.id)).toBeDefined();
  });

  it('alias edits need member/admin (exact texts)', () => {
    const w = createWorld();
    const a = logAs(w, 'alice', 'vision-team');
    const m = link(w, 'alice', a.id, 'wandb-registry-model');
    const al = (alias: string) => ({
      entityName: 'acme',
      projectName: 'wandb-registry-model',
      artifactCollectionName: 'c',
      alias,
    });
    editAliases(w, 'alice', 'add', a.id, [al('prod')]);
    expect(w.getMembership(m.id)!.aliases).toContain('prod');
    w.updateRegistry('acme', 'wandb-registry-model', { members: { alice: 'viewer' } });
    expect(failure(() => editAliases(w, 'alice', 'add', a.id, [al('x')])).message).toBe(
      "You do not have permission to add the following alias to this artifact: {'x'}",
    );
    expect(failure(() => editAliases(w, 'alice', 'delete', a.id, [al('x'), al('y')])).message).toBe(
      "You do not have permission to delete at least one of the following aliases from this artifact: {'x', 'y'}",
    );
    editAliases(w, 'bob', 'delete', a.id, [al('prod')]);
    expect(w.getMembership(m.id)!.aliases).toEqual(['latest']);
  });
});

describe('server log rules', () => {
  it('dedups identical content and refuses a type clash', () => {
    const w = createWorld();
    const a = logAs(w, 'alice', 'vision-team', 'model', 'same');
    expect(logAs(w, 'alice', 'vision-team', 'model', 'same').id).toBe(a.id);
    expect(failure(() => logAs(w, 'alice', 'vision-team', 'dataset', 'same')).message).toBe(
      "Artifact m already exists with type 'model'; cannot create another with type 'dataset'",
    );
  });

  it('refuses runs in entities the viewer cannot write', () => {
    const w = createWorld();
    expect(failure(() => upsertRun(w, 'alice', { entity: 'nlp-team', project: 'p' })).message).toBe(
      'permission denied',
    );
    expect(failure(() => upsertRun(w, 'alice', { entity: 'ghost', project: 'p' })).message).toBe(
      'entity ghost not found during upsertBucket',
    );
    expect(upsertRun(w, 'alice', { entity: 'alice', project: 'p' }).state).toBe('running');
  });
});
