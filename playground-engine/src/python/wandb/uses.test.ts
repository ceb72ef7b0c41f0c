// What happens to a version after linking, through runSnippet: runs use it (wandb_run.py
// Run.use_artifact, internal_api.py use_artifact), who used it (artifact.py used_by, public
// runs.py Run.used_artifacts), deleting it (artifact.py delete / _delete) and unlinking a
// link (artifact.py unlink / _unlink), wandb 0.28.x.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { World } from '../../world/world';
import type { WorldSeed } from '../../world/types';

const run = (code: string, world: World = createWorld(worldSeeds.docs)) =>
  runSnippet(code, { world, files: { 'm.txt': 'x', 'n.txt': 'y' } });

const COMM = 'wandb.errors.errors.CommError';
const LINK = 'acme/wandb-registry-model/image-classifier';
const SOURCE = 'vision-team/pretrained/resnet-baseline';

/** The docs world, plus a team and a registry where alice only has the viewer role. */
function viewerWorld(): World {
  const s: WorldSeed = structuredClone(worldSeeds.docs);
  s.orgs[0].teams.push({
    name: 'ops-team',
    members: [
      { user: 'alice', role: 'viewer' },
      { user: 'bob', role: 'admin' },
    ],
  });
  s.orgs[0].registries = [
    ...(s.orgs[0].registries ?? []),
    { name: 'gallery', members: [{ user: 'alice', role: 'viewer' }] },
  ];
  s.artifacts = [
    ...(s.artifacts ?? []),
    {
      entity: 'ops-team',
      project: 'p',
      name: 'data',
      type: 'dataset',
      files: { 'a.txt': 'a' },
      links: [{ registry: 'gallery', collection: 'pics' }],
    },
  ];
  return createWorld(s);
}

describe('run.use_artifact records the use (UseArtifact)', () => {
  it('a link used by name: used_by() of the link and of its source list the run; used_artifacts() names the source', async () => {
    const r = await run(`import wandb
api = wandb.Api()
with wandb.init(project="train") as run:
    run.use_artifact("${LINK}:latest")
    rid = run.id
link = api.artifact("${LINK}:latest")
print([u.id == rid for u in link.used_by()], [u.id == rid for u in link.source_artifact.used_by()])
print(link.used_by()[0])
used = api.run(f"vision-team/train/{rid}").used_artifacts()
print(len(used), [a.name for a in used], [a.qualified_name for a in used], [a.is_link for a in used])
`);
    expect(r.error).toBeUndefined();
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('[True] [True]');
    expect(lines[1]).toMatch(/^<Run vision-team\/train\/\w+ \(finished\)>$/);
    expect(lines[2]).toBe(`1 ['resnet-baseline:v0'] ['${SOURCE}:v0'] [False]`);
    const use = r.requests.find((e) => e.operationName === 'UseArtifact');
    expect(use?.variables).toMatchObject({
      entityName: 'vision-team',
      projectName: 'train',
      artifactEntityName: 'acme',
      artifactProjectName: 'wandb-registry-model',
    });
  });

  it('a draft is logged, then used: logged_artifacts() and used_artifacts() both hold it', async () => {
    const r = await run(`import wandb
api = wandb.Api()
with wandb.init(project="p") as run:
    art = wandb.Artifact("clf", "model")
    art.add_file("m.txt")
    run.use_artifact(art)
    rid = run.id
pub = api.run(f"vision-team/p/{rid}")
print([a.name for a in pub.logged_artifacts()], [a.name for a in pub.used_artifacts()])
print([u.id == rid for u in art.used_by()])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['clf:v0'] ['clf:v0']\n[True]\n");
    const ops = r.requests.map((e) => e.operationName);
    expect(ops.indexOf('CreateArtifact')).toBeLessThan(ops.indexOf('UseArtifact'));
  });

  it('two runs are listed in the order they used it; a run using it twice is listed once', async () => {
    const r = await run(`import wandb
ids = []
for _ in range(2):
    with wandb.init(project="p") as run:
        run.use_artifact("${SOURCE}:v1")
        run.use_artifact("${SOURCE}:latest")
        ids.append(run.id)
users = wandb.Api().artifact("${SOURCE}:v1").used_by()
print([u.id for u in users] == ids, len(users))
print(len(wandb.Api().run(f"vision-team/p/{ids[0]}").used_artifacts()))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True 2\n1\n');
  });

  it('a version nobody used: used_by() is []; a run that used nothing: used_artifacts() is empty', async () => {
    const r = await run(`import wandb
with wandb.init(project="p") as run:
    rid = run.id
print(wandb.Api().artifact("${SOURCE}:v1").used_by())
used = wandb.Api().run(f"vision-team/p/{rid}").used_artifacts(per_page=10)
print(len(used), list(used))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('[]\n0 []\n');
  });

  it('a finished run records nothing (UsageError); a draft used_by() raises ArtifactNotLoggedError', async () => {
    const world = createWorld(worldSeeds.docs);
    const finished = await run(
      `import wandb
run = wandb.init(project="p")
run.finish()
run.use_artifact("${SOURCE}:v1")
`,
      world,
    );
    expect(finished.error?.type).toBe('wandb.errors.errors.UsageError');
    expect(world.uses.list()).toEqual([]);
    const draft = await run('import wandb\nwandb.Artifact("d", "model").used_by()\n');
    expect(draft.error?.type).toBe('wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError');
    expect(draft.error?.message).toContain("'Artifact.used_by'");
  });
});

describe('artifact.delete(delete_aliases=False) of a source version (DeleteArtifact)', () => {
  it('a version with an alias (here its link keeps "latest") is refused unless delete_aliases=True', async () => {
    const world = createWorld(worldSeeds.docs);
    const r = await run(
      `import wandb
wandb.Api().artifact("${SOURCE}:v0").delete()
`,
      world,
    );
    expect(r.error?.type).toBe(COMM);
    expect(r.error?.message).toMatch(/^cannot delete artifact \S+ as it has aliases$/);
    expect(r.error?.code).toBe('delete-has-aliases');
    expect(r.error?.hint?.docs).toContain('#delete-has-aliases');
    const still = await run(
      `import wandb\nprint(wandb.Api().artifact_exists("${SOURCE}:v0"))\n`,
      world,
    );
    expect(still.stdout).toBe('True\n');
  });

  it('delete_aliases=True deletes the version and its links; api.artifact of either then fails', async () => {
    const r = await run(`import wandb
api = wandb.Api()
src = api.artifact("${SOURCE}:v0")
src.delete(delete_aliases=True)
print(api.artifact_exists("${SOURCE}:v0"), api.artifact_exists("${LINK}:v0"), api.artifact_exists("${SOURCE}:v1"))
print([a.name for a in api.artifacts("model", "${SOURCE}")])
api.artifact("${SOURCE}:v0")
`);
    expect(r.stdout).toBe("False False True\n['resnet-baseline:v1']\n");
    expect(r.error?.type).toBe(COMM);
    expect(r.error?.message).toBe(
      "artifact membership 'resnet-baseline:v0' not found in 'vision-team/pretrained'",
    );
    const del = r.requests.find((e) => e.operationName === 'DeleteArtifact');
    expect(del?.variables).toMatchObject({ input: { deleteAliases: true } });
  });

  it('a version without aliases is deleted by delete(); its index is not reused and its uses go', async () => {
    const world = createWorld(worldSeeds.docs);
    const r = await run(
      `import wandb
api = wandb.Api()
with wandb.init(project="p") as run:
    run.log_artifact("m.txt", name="clf", type="model")
with wandb.init(project="p") as run:
    run.use_artifact("clf:v0")
    run.log_artifact("n.txt", name="clf", type="model")
    rid = run.id
old = api.artifact("vision-team/p/clf:v0")
print(old.aliases)
old.delete()
print(len(api.run(f"vision-team/p/{rid}").used_artifacts()))
with wandb.init(project="p") as run:
    art = run.log_artifact("m.txt", name="clf", type="model")
    art.wait()
    print(art.version)
`,
      world,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('[]\n0\nv2\n');
  });

  it('on a link: warns, unlinks, and the source survives (delete_aliases is ignored)', async () => {
    const r = await run(`import wandb
api = wandb.Api()
api.artifact("${LINK}:v0").delete(delete_aliases=True)
print(api.artifact_exists("${LINK}:v0"), api.artifact_exists("${SOURCE}:v0"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('False True\n');
    expect(r.stderr).toContain(
      'wandb: WARNING Deleting a link artifact will only unlink the artifact from the source artifact and not delete the source artifact and the data of the source artifact.',
    );
    expect(r.requests.map((e) => e.operationName)).not.toContain('DeleteArtifact');
  });

  it('a viewer of the team is refused (server text as CommError); a draft raises ArtifactNotLoggedError', async () => {
    const r = await run(
      'import wandb\nwandb.Api().artifact("ops-team/p/data:v0").delete(delete_aliases=True)\n',
      viewerWorld(),
    );
    expect(r.error?.type).toBe(COMM);
    expect(r.error?.message).toMatch(/^permission denied: cannot delete artifact \S+$/);
    expect(r.error?.code).toBe('delete-denied');
    const draft = await run('import wandb\nwandb.Artifact("d", "model").delete()\n');
    expect(draft.error?.type).toBe('wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError');
    expect(draft.error?.message).toContain("'Artifact.delete'");
  });
});

describe('artifact.unlink()', () => {
  it('on a source version: the ValueError naming Artifact.delete (two spaces)', async () => {
    const r = await run(`import wandb\nwandb.Api().artifact("${SOURCE}:v0").unlink()\n`);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      `Artifact '${SOURCE}:v0' is not a linked artifact and cannot be unlinked.  To delete it, use 'Artifact.delete' instead.`,
    );
    expect(r.error?.code).toBe('unlink-source');
  });

  it('on a draft never logged: ArtifactNotLoggedError', async () => {
    const r = await run('import wandb\nwandb.Artifact("d", "model").unlink()\n');
    expect(r.error?.type).toBe('wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError');
    expect(r.error?.message).toBe(
      "'Artifact.unlink' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.",
    );
  });

  it("a registry viewer: the SDK's own CommError text over the server's refusal", async () => {
    const world = viewerWorld();
    const r = await run(
      'import wandb\nwandb.Api().artifact("acme/wandb-registry-gallery/pics:v0").unlink()\n',
      world,
    );
    expect(r.error?.type).toBe(COMM);
    expect(r.error?.message).toBe(
      "You do not have permission to unlink the artifact 'acme/wandb-registry-gallery/pics:v0'",
    );
    expect(r.error?.code).toBe('edit-denied');
  });

  it('a link: gone from api.artifact and from the collection, the source survives', async () => {
    const r = await run(`import wandb
api = wandb.Api()
link = api.artifact("${LINK}:v0")
link.unlink()
print(api.artifact_exists("${LINK}:v0"), api.artifact_exists("${SOURCE}:v0"))
print([a.name for a in api.artifacts("model", "${LINK}")])
print([a.name for a in api.artifact("${SOURCE}:v0").linked_artifacts])
api.artifact("${LINK}:v0")
`);
    expect(r.stdout).toBe('False True\n[]\n[]\n');
    expect(r.error?.type).toBe(COMM);
    expect(r.error?.message).toBe(
      "artifact membership 'image-classifier:v0' not found in 'acme/wandb-registry-model'",
    );
  });
});

describe('protected aliases (W&B docs: "Protected aliases and deletion permissions")', () => {
  it('nobody deletes a source version linked under a protected alias, even with delete_aliases=True', async () => {
    for (const viewer of ['alice', 'bob']) {
      const s: WorldSeed = structuredClone(worldSeeds['protected-alias']);
      s.viewer = viewer;
      s.artifacts![0].links = [
        { registry: 'model', collection: 'image-classifier', aliases: ['production'] },
      ];
      const r = await run(
        `import wandb\nwandb.Api().artifact("${SOURCE}:v0").delete(delete_aliases=True)\n`,
        createWorld(s),
      );
      expect(r.error?.type).toBe(COMM);
      expect(r.error?.message).toMatch(
        /^cannot delete artifact \S+ as it is linked with the protected alias 'production'$/,
      );
      expect(r.error?.code).toBe('protected-alias');
    }
  });
});
