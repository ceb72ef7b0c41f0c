// Artifact(…, incremental=True) logged (interface.py `_make_artifact` incremental_beta1,
// core/pkg/artifacts/saver.go `createManifest`): the manifest is INCREMENTAL against the
// sequence's latest version, and the server merges it (ASSUMPTIONS.md: the merge rules), as
// the SDK's system test test_add_file_respects_incremental expects. Also
// `_assert_can_log_artifact`'s entity and project checks (wandb_run.py).

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { World } from '../../world/world';

const FILES = { 'orig.txt': 'orig data', 'new.txt': 'new data', 'alt/orig.txt': 'changed' };
const run = (code: string, world: World = createWorld(worldSeeds.docs)) =>
  runSnippet(code, { world, files: FILES });

/** incremental-test:v0 holds orig.txt; then a second draft with new.txt (incremental or not). */
const logTwice = (incremental: boolean, second = 'a2.add_file("new.txt")') => `import wandb
with wandb.init(project="p") as run:
    a1 = wandb.Artifact("incremental-test", "dataset")
    a1.add_file("orig.txt")
    run.log_artifact(a1)
a1.wait()
with wandb.init(project="p") as run:
    a2 = wandb.Artifact("incremental-test", "dataset", incremental=${incremental ? 'True' : 'False'})
    ${second}
    run.log_artifact(a2)
a2.wait()
v = wandb.Api().artifact("vision-team/p/incremental-test:latest")
`;

type Manifest = {
  artifactID: string;
  baseArtifactID: string | null;
  name: string;
  manifestType: string;
};
const manifests = (r: Awaited<ReturnType<typeof run>>) =>
  r.requests
    .filter((e) => e.operationName === 'CreateArtifactManifest')
    .map((e) => e.variables as Manifest);

describe('Artifact(incremental=True) logged (saver.go createManifest; server merge)', () => {
  it('the new version holds the base version’s files and its own (test_add_file_respects_incremental)', async () => {
    const r =
      await run(`${logTwice(true)}print(v.version, sorted(v.manifest.entries), sorted(f.name for f in v.files()))
print(v.file_count, v.size, a2.digest == v.digest)
v.download(root="out")
print(open("out/orig.txt").read(), "|", open("out/new.txt").read())
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "v1 ['new.txt', 'orig.txt'] ['new.txt', 'orig.txt']\n2 17 True\norig data | new data\n",
    );
    const [first, second] = manifests(r);
    expect(first).toMatchObject({ baseArtifactID: null, manifestType: 'FULL' });
    expect(second).toMatchObject({
      baseArtifactID: first.artifactID,
      name: 'wandb_manifest.incremental.json',
      manifestType: 'INCREMENTAL',
    });
  });

  it('without incremental the version holds only its own file', async () => {
    const r = await run(`${logTwice(false)}print(sorted(v.manifest.entries))\n`);
    expect(r.stdout).toBe("['new.txt']\n");
    expect(manifests(r)[1]).toMatchObject({ name: 'wandb_manifest.json', manifestType: 'FULL' });
  });

  it('its own file wins at a path the base holds; the base version is unchanged', async () => {
    const r =
      await run(`${logTwice(true, 'a2.add_file("alt/orig.txt", name="orig.txt")')}print(sorted(v.manifest.entries), v.get_entry("orig.txt").download(root="o1"))
print(open("o1/orig.txt").read(), wandb.Api().artifact("vision-team/p/incremental-test:v0").get_entry("orig.txt").size)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['orig.txt'] o1/orig.txt\nchanged 9\n");
  });

  it('the merged version’s digest is its merged manifest’s: the same files logged in full are that version (dedup)', async () => {
    const r = await run(`${logTwice(true)}with wandb.init(project="p") as run:
    full = wandb.Artifact("incremental-test", "dataset")
    full.add_file("orig.txt")
    full.add_file("new.txt")
    print(full.digest == v.digest)
    run.log_artifact(full)
full.wait()
print(full.version)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True\nv1\n');
    expect(r.stderr).toContain(
      'wandb: WARNING Artifact "incremental-test" already exists with the same content. No new version will be created.',
    );
  });

  it('the first version of a sequence has no base: it holds its own files', async () => {
    const r = await run(`import wandb
with wandb.init(project="p") as run:
    a = wandb.Artifact("fresh", "dataset", incremental=True)
    a.add_file("new.txt")
    run.log_artifact(a)
a.wait()
print(sorted(wandb.Api().artifact("vision-team/p/fresh:v0").manifest.entries))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['new.txt']\n");
    expect(manifests(r)[0]).toMatchObject({ baseArtifactID: null, manifestType: 'INCREMENTAL' });
  });

  it('the World inspector’s world holds the merged files on the new version', async () => {
    const world = createWorld(worldSeeds.docs);
    await run(logTwice(true), world);
    const coll = world.findCollection('vision-team', 'p', 'incremental-test')!;
    const [v0, v1] = world.listMemberships(coll.id).map((m) => world.getArtifact(m.artifactId)!);
    expect(Object.keys(v0.files)).toEqual(['orig.txt']);
    expect(Object.keys(v1.files).sort()).toEqual(['new.txt', 'orig.txt']);
  });
});

describe('log_artifact keeps a version in its entity and project (wandb_run.py _assert_can_log_artifact)', () => {
  it('a fetched version, or its new_draft(), logged from a run in another project', async () => {
    const world = createWorld(worldSeeds.docs);
    await run(logTwice(false), world);
    const r = await run(
      `import wandb
src = wandb.Api().artifact("vision-team/p/incremental-test:v0")
draft = src.new_draft()
draft.add_file("new.txt")
with wandb.init(project="other") as run:
    for a in (src, draft):
        try:
            run.log_artifact(a)
        except ValueError as e:
            print(e)
with wandb.init(project="p") as run:
    run.log_artifact(draft)
draft.wait()
print(draft.version, src.id != draft.id)
print(src.id)
`,
      world,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "Artifact incremental-test:v0 exists in project 'p'; it can't be moved to 'other'\n" +
        "Artifact incremental-test exists in project 'p'; it can't be moved to 'other'\n" +
        'v2 True\n' +
        `${r.stdout.trim().split('\n')[3]}\n`,
    );
    // Only the draft reached the server; its manifest's base is the version it was drafted
    // from (`_base_id`), not the sequence's latest (v1).
    expect(manifests(r)).toHaveLength(1);
    expect(manifests(r)[0]).toMatchObject({
      manifestType: 'FULL',
      baseArtifactID: r.stdout.trim().split('\n')[3],
    });
  });
});
