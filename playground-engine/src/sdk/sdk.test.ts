import { describe, expect, it } from 'vitest';
import { linked, makeSdk, rejection } from './testkit';

const PERSONAL_TEXT =
  "linking is only allowed within the same team or to a collection in your organization's registry";

async function logged(setup = makeSdk(), content?: string) {
  if (content !== undefined) setup.fsFiles.set('my_model.txt', content);
  const run = setup.sdk.run ?? (await setup.sdk.init({ project: 'training' }));
  const art = new setup.sdk.Artifact('my-model', 'model');
  art.addFile('my_model.txt');
  await run.logArtifact(art);
  await art.wait();
  return { ...setup, run, art };
}

describe('wandb.init', () => {
  it('defaults entity to the viewer default entity and upserts the run', async () => {
    const { sdk, entries } = makeSdk();
    const run = await sdk.init({ project: 'training' });
    expect([run.entity, run.project]).toEqual(['vision-team', 'training']);
    expect(run.id).toMatch(/^[a-z0-9]{8}$/);
    expect(entries.map((e) => e.operationName)).toEqual(['Viewer', 'UpsertBucket']);
    expect(sdk.run).toBe(run);
  });

  it('0.19.10 – 0.28.x: a second init returns the active run; reinit "finish_previous" finishes it first', async () => {
    const { sdk, world } = makeSdk();
    const first = await sdk.init({ project: 'a' });
    expect(await sdk.init({ project: 'b' })).toBe(first);
    const second = await sdk.init({ project: 'b', reinit: 'finish_previous' });
    expect(first.finished).toBe(true);
    expect(world.getRun(first.id)?.state).toBe('finished');
    expect(sdk.run).toBe(second);
  });

  it('uses WANDB_ENTITY / WANDB_PROJECT', async () => {
    const { sdk } = makeSdk('docs', {}, { WANDB_ENTITY: 'alice', WANDB_PROJECT: 'scratch' });
    const run = await sdk.init();
    expect([run.entity, run.project]).toEqual(['alice', 'scratch']);
  });

  it('refuses an entity the viewer cannot write (server text as CommError)', async () => {
    const { sdk } = makeSdk();
    expect(await rejection(sdk.init({ entity: 'nlp-team' }))).toEqual({
      type: 'wandb.errors.CommError',
      message: 'permission denied',
    });
  });
});

describe('logging', () => {
  it('logged properties wait for wait(); then the source version fields', async () => {
    const { sdk } = makeSdk();
    const run = await sdk.init({ project: 'training' });
    const art = new sdk.Artifact('my-model', 'model', { metadata: { acc: 0.9 } });
    expect(art.id).toBeUndefined();
    expect(await rejection(() => art.version)).toEqual({
      type: 'wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError',
      message:
        "'Artifact.version' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.",
    });
    art.addFile('my_model.txt');
    await run.logArtifact(art);
    expect(await rejection(() => art.entity)).toMatchObject({
      type: 'wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError',
    });
    await art.wait();
    expect(art.name).toBe('my-model:v0');
    expect(art.version).toBe('v0');
    expect(art.aliases).toEqual(['latest']);
    expect(art.qualifiedName).toBe('vision-team/training/my-model:v0');
    expect(art.isLink).toBe(false);
    expect(art.sourceQualifiedName).toBe('vision-team/training/my-model:v0');
    expect(art.metadata).toEqual({ acc: 0.9 });
  });

  it('dedups identical content and versions changed content', async () => {
    const s = await logged();
    const again = new s.sdk.Artifact('my-model', 'model');
    again.addFile('my_model.txt');
    await s.run.logArtifact(again);
    await again.wait();
    expect(again.version).toBe('v0');
    expect(again.id).toBe(s.art.id);
    expect(s.logs).toContainEqual([
      'warn',
      'Artifact "my-model" already exists with the same content. No new version will be created.',
    ]);
    s.fsFiles.set('my_model.txt', 'weights v2');
    const changed = new s.sdk.Artifact('my-model', 'model');
    changed.addFile('my_model.txt');
    await s.run.logArtifact(changed);
    await changed.wait();
    expect(changed.version).toBe('v1');
  });

  it('validation errors have the exact texts', async () => {
    const { sdk } = makeSdk();
    expect(await rejection(() => new sdk.Artifact('my model', 'model'))).toEqual({
      type: 'ValueError',
      message:
        "Artifact name may only contain alphanumeric characters, dashes, underscores, and dots. Invalid name: 'my model'",
    });
    expect(await rejection(() => new sdk.Artifact('x', 'wandb-history'))).toMatchObject({
      message:
        "Artifact type 'wandb-history' is reserved for internal use. Please use a different type.",
    });
    const a = new sdk.Artifact('x', 'model');
    expect(await rejection(() => a.addFile('missing.txt'))).toEqual({
      type: 'ValueError',
      message: "Path is not a file: 'missing.txt'",
    });
    const run = await sdk.init();
    expect(await rejection(run.logArtifact(a, { aliases: ['a/b'] }))).toEqual({
      type: 'ValueError',
      message: "Aliases must not contain any of the following characters: '/', ':'",
    });
    expect(await rejection(a.wait())).toEqual({
      type: 'wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError',
      message:
        "'Artifact.wait' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.",
    });
  });

  it('refuses logging a name that exists with another type', async () => {
    const s = await logged();
    const ds = new s.sdk.Artifact('my-model', 'dataset');
    expect(await rejection(s.run.logArtifact(ds))).toEqual({
      type: 'ValueError',
      message:
        "Artifact my-model already exists with type 'model'; cannot create another with type 'dataset'",
    });
  });
});

describe('linking', () => {
  it('links twice: v0, v1, latest moves; linked fields per the facts', async () => {
    const s = await logged();
    const l0 = linked(
      await s.run.linkArtifact(s.art, 'wandb-registry-model/my-collection', ['staging']),
    );
    expect(l0).toMatchObject({
      isLink: true,
      id: s.art.id,
      entity: 'acme',
      project: 'wandb-registry-model',
      name: 'my-collection:v0',
      version: 'v0',
      qualifiedName: 'acme/wandb-registry-model/my-collection:v0',
      sourceEntity: 'vision-team',
      sourceProject: 'training',
      sourceName: 'my-model:v0',
      sourceVersion: 'v0',
      sourceQualifiedName: 'vision-team/training/my-model:v0',
      type: 'model',
    });
    expect(new Set(l0.aliases)).toEqual(new Set(['latest', 'staging']));
    expect(await l0.linkedArtifacts).toEqual([]);

    s.fsFiles.set('my_model.txt', 'weights v2');
    const v2 = new s.sdk.Artifact('my-model', 'model');
    v2.addFile('my_model.txt');
    const l1 = linked(await s.run.linkArtifact(v2, 'wandb-registry-model/my-collection'));
    expect(l1.version).toBe('v1');
    expect(l1.aliases).toEqual(['latest']);
    expect(l1.sourceVersion).toBe('v1');

    const api = await s.sdk.api();
    const back0 = await api.artifact('wandb-registry-model/my-collection:v0');
    expect(back0.aliases).toEqual(['staging']);
    const latest = await api.artifact('acme/wandb-registry-model/my-collection:latest', 'model');
    expect(latest.version).toBe('v1');
    const links = await s.art.linkedArtifacts;
    expect(links.map((l) => l.qualifiedName)).toEqual([
      'acme/wandb-registry-model/my-collection:v0',
    ]);
  });

  it('sends LinkArtifact with the facts input fields', async () => {
    const s = await logged();
    await s.art.link('wandb-registry-model/my-collection', ['prod']);
    const link = s.entries.find((e) => e.operationName === 'LinkArtifact')!;
    expect(link.variables).toEqual({
      input: {
        artifactID: s.art.id,
        artifactPortfolioName: 'my-collection',
        entityName: 'acme',
        projectName: 'wandb-registry-model',
        aliases: [{ artifactCollectionName: 'my-collection', alias: 'prod' }],
      },
      includeAliases: true,
    });
    const ops = s.entries.map((e) => e.operationName);
    expect(ops.slice(ops.indexOf('FetchOrgInfoFromEntity'))).toEqual([
      'FetchOrgInfoFromEntity',
      'ServerFeaturesQuery',
      'LinkArtifact',
    ]);
  });

  it('re-linking the same source version is idempotent (same index, aliases merged)', async () => {
    const s = await logged();
    const a = await s.art.link('wandb-registry-model/c', ['one']);
    const b = await s.art.link('wandb-registry-model/c', ['two']);
    expect(b.version).toBe(a.version);
    expect(new Set(b.aliases)).toEqual(new Set(['latest', 'one', 'two']));
  });

  it('linking a link warns and links its source', async () => {
    const s = await logged();
    const l = await s.art.link('wandb-registry-model/first');
    const again = await l.link('wandb-registry-model/second');
    expect(s.logs).toContainEqual([
      'warn',
      'Linking to a link artifact will result in directly linking to the source artifact of that link artifact.',
    ]);
    expect(again.id).toBe(s.art.id);
    expect(again.qualifiedName).toBe('acme/wandb-registry-model/second:v0');
    expect(again.sourceQualifiedName).toBe('vision-team/training/my-model:v0');
  });

  it('unlink removes only the membership; the source survives', async () => {
    const s = await logged();
    const l = await s.art.link('wandb-registry-model/c');
    await l.unlink();
    const api = await s.sdk.api();
    expect(await rejection(api.artifact('wandb-registry-model/c:v0'))).toEqual({
      type: 'wandb.errors.CommError',
      message: "artifact membership 'c:v0' not found in 'acme/wandb-registry-model'",
    });
    expect((await api.artifact('vision-team/training/my-model:v0')).id).toBe(s.art.id);
  });

  it('unlink on a source or a draft: exact errors', async () => {
    const s = await logged();
    expect(await rejection(s.art.unlink())).toEqual({
      type: 'ValueError',
      message:
        "Artifact 'vision-team/training/my-model:v0' is not a linked artifact and cannot be unlinked.  To delete it, use 'Artifact.delete' instead.",
    });
    expect(await rejection(new s.sdk.Artifact('d', 'model').unlink())).toEqual({
      type: 'wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError',
      message:
        "'Artifact.unlink' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.",
    });
  });

  it('delete() on a link only unlinks', async () => {
    const s = await logged();
    const l = await s.art.link('wandb-registry-model/c');
    await l.delete();
    expect(await s.art.linkedArtifacts).toEqual([]);
  });

  it('alias edits on a link go through AddAliases / DeleteAliases', async () => {
    const s = await logged();
    const l = await s.art.link('wandb-registry-model/c', ['staging']);
    l.aliases.push('prod');
    l.aliases.splice(l.aliases.indexOf('staging'), 1);
    await l.save();
    const back = await (await s.sdk.api()).artifact('wandb-registry-model/c:v0');
    expect(new Set(back.aliases)).toEqual(new Set(['latest', 'prod']));
    expect(s.entries.map((e) => e.operationName)).toContain('DeleteAliases');
  });

  it('Artifact.link on a draft without a run logs it through an auto run first', async () => {
    const { sdk, world } = makeSdk();
    const art = new sdk.Artifact('my-model', 'model');
    art.addFile('my_model.txt');
    const l = await art.link('wandb-registry-model/c');
    expect(l.sourceQualifiedName).toBe('vision-team/uncategorized/my-model:v0');
    // The only run besides the seed's (which logged the docs world's pre-logged versions).
    const runs = world.listRuns().filter((r) => r.jobType !== 'seed');
    expect(runs.map((r) => [r.jobType, r.state])).toEqual([['auto', 'finished']]);
  });
});

describe('linking failures (facts §1, §2, §5)', () => {
  it('finished run: UsageError', async () => {
    const s = await logged();
    await s.run.finish();
    expect(await rejection(s.run.linkArtifact(s.art, 'wandb-registry-model/c'))).toEqual({
      type: 'wandb.errors.UsageError',
      message: `Run (${s.run.id}) is finished. The call to \`link_artifact\` will be ignored. Please make sure that you are using an active run.`,
    });
  });

  it('4-part path: ValueError via run, CommError via Artifact.link', async () => {
    const s = await logged();
    expect(await rejection(s.run.linkArtifact(s.art, 'a/b/c/d'))).toEqual({
      type: 'ValueError',
      message: "Invalid artifact path: 'a/b/c/d'",
    });
    expect(await rejection(s.art.link('a/b/c/d'))).toEqual({
      type: 'wandb.errors.CommError',
      message: "Invalid artifact path: 'a/b/c/d'",
    });
  });

  it('a legacy model-registry path is an ordinary team project path', async () => {
    const s = await logged();
    const l = linked(await s.run.linkArtifact(s.art, 'model-registry/my-registered-model'));
    expect(l.qualifiedName).toBe('vision-team/model-registry/my-registered-model:v0');
    expect(l.isLink).toBe(true);
  });

  it('link_model: legacy target, name checks and the model-type assertion', async () => {
    const s = await logged();
    expect(await rejection(s.run.linkModel('my_model.txt', 'team/reg'))).toEqual({
      type: 'AssertionError',
      message:
        'Please provide only the name of the registered model. Do not append the entity or project name.',
    });
    const l = linked(await s.run.linkModel('my_model.txt', 'classifier', 'clf'));
    expect(l.qualifiedName).toBe('vision-team/model-registry/classifier:v0');
    expect(l.type).toBe('model');
    const ds = new s.sdk.Artifact('data', 'dataset');
    ds.addFile('my_model.txt');
    await s.run.logArtifact(ds);
    expect((await rejection(s.run.linkModel('my_model.txt', 'classifier', 'data'))).type).toBe(
      'AssertionError',
    );
  });

  it('an alias over 128 characters fails inside link as CommError', async () => {
    const s = await logged();
    const e = await rejection(s.art.link('wandb-registry-model/c', ['a'.repeat(129)]));
    expect(e.type).toBe('wandb.errors.CommError');
    expect(e.message).toContain('String should have at most 128 characters');
  });

  it('bad aliases inside link surface as CommError', async () => {
    const s = await logged();
    expect(await rejection(s.run.linkArtifact(s.art, 'wandb-registry-model/c', ['a:b']))).toEqual({
      type: 'wandb.errors.CommError',
      message: "Aliases must not contain any of the following characters: '/', ':'",
    });
  });

  it('S1: personal-entity source is refused by the server', async () => {
    const s = makeSdk('personal-entity');
    const { run, art } = await logged(s);
    expect(run.entity).toBe('alice');
    expect(await rejection(run.linkArtifact(art, 'wandb-registry-model/c'))).toEqual({
      type: 'wandb.errors.CommError',
      message: PERSONAL_TEXT,
    });
  });

  it('S2: several orgs without an org; fixed by WANDB_ORGANIZATION or a prefix', async () => {
    const { run, art } = await logged(makeSdk('multiple-orgs'));
    expect(await rejection(run.linkArtifact(art, 'wandb-registry-model/c'))).toEqual({
      type: 'wandb.errors.CommError',
      message:
        "Personal entity 'alice' belongs to multiple organizations and cannot be used without specifying the organization name. Please specify the organization in the Registry path or use a team entity in the entity settings.",
    });
    // With the org the client passes; the personal source is then refused by the server.
    expect((await rejection(run.linkArtifact(art, 'acme/wandb-registry-model/c'))).message).toBe(
      PERSONAL_TEXT,
    );
  });

  it('S3: the team name as org prefix', async () => {
    const { run, art } = await logged(makeSdk('team-name-as-org'));
    expect(await rejection(run.linkArtifact(art, 'vision-team/wandb-registry-model/c'))).toEqual({
      type: 'wandb.errors.CommError',
      message: "Unable to find organization for entity 'vision-team'.",
    });
    expect(linked(await run.linkArtifact(art, 'acme/wandb-registry-model/c')).entity).toBe('acme');
  });

  it('org-name collision: both names resolve to the hashed ORG_ENTITY_NAME', async () => {
    const s = makeSdk('org-name-collision');
    const { run, art } = await logged(s);
    const orgEntity = s.world.getOrg('reviewco')!.entityName;
    expect(linked(await run.linkArtifact(art, 'reviewco/wandb-registry-model/c')).entity).toBe(
      orgEntity,
    );
    expect(linked(await run.linkArtifact(art, `${orgEntity}/wandb-registry-model/c`)).entity).toBe(
      orgEntity,
    );
  });

  it('registry not found, viewer role and type not accepted: server texts', async () => {
    const missing = await logged(makeSdk('registry-not-found'));
    expect(
      (await rejection(missing.run.linkArtifact(missing.art, 'wandb-registry-models/c'))).message,
    ).toBe("project 'wandb-registry-models' not found under entity 'acme'");
    const viewer = await logged(makeSdk('viewer-role'));
    expect(await rejection(viewer.run.linkArtifact(viewer.art, 'wandb-registry-model/c'))).toEqual({
      type: 'wandb.errors.CommError',
      message:
        "permission denied: user 'alice' has role 'viewer' in registry 'model'; linking requires the member or admin role",
    });
    const typed = await logged(makeSdk('type-not-accepted'));
    expect(
      (await rejection(typed.run.linkArtifact(typed.art, 'wandb-registry-benchmarks/c'))).message,
    ).toBe(
      "artifact type 'model' is not accepted by registry 'benchmarks' (accepted types: dataset)",
    );
  });

  it('offline run: bare NotImplementedError', async () => {
    const { sdk } = makeSdk('docs', {}, { WANDB_MODE: 'offline' });
    const run = await sdk.init();
    const art = new sdk.Artifact('m', 'model');
    expect(await rejection(run.linkArtifact(art, 'wandb-registry-model/c'))).toEqual({
      type: 'NotImplementedError',
      message: '',
    });
  });
});

describe('Api', () => {
  it('registries() lists only what the viewer can see', async () => {
    const { sdk } = makeSdk();
    const search = await (await sdk.api()).registries(null);
    await search.loadAll();
    expect(
      search.objects.map((r) => [r.current.name, r.current.organization, r.current.visibility]),
    ).toEqual([
      ['model', 'acme', 'organization'],
      ['dataset', 'acme', 'organization'],
    ]);
  });

  it('artifact(): type mismatch and missing project are CommErrors', async () => {
    const s = await logged();
    const api = await s.sdk.api();
    expect(await rejection(api.artifact('vision-team/training/my-model:v0', 'dataset'))).toEqual({
      type: 'wandb.errors.CommError',
      message: "type 'dataset' specified but this artifact is of type 'model'",
    });
    expect(await rejection(api.artifact('vision-team/nope/my-model:v0'))).toEqual({
      type: 'wandb.errors.CommError',
      message: "project 'nope' not found under entity 'vision-team'",
    });
  });
});

describe('determinism', () => {
  it('the same code on the same seed gives the same exchanges', async () => {
    const once = async () => {
      const s = await logged();
      await s.run.linkArtifact(s.art, 'wandb-registry-model/c');
      return s.entries.map((e) => [e.id, e.operationName, e.status, JSON.stringify(e.response)]);
    };
    expect(await once()).toEqual(await once());
  });
});
