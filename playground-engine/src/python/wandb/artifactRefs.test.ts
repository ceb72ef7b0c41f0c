// `wandb-artifact://` references (storage_handlers/wb_artifact_handler.py, 0.28.x): an entry
// pointing at another version's file is followed by id (`Api._artifact_from_id`: the
// instance cache, else ArtifactByID) when downloaded or asked for its ref_target().

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { World } from '../../world/world';

const FILES = { 'a.txt': 'A', 'b.txt': 'B' };
const run = (code: string, world: World = createWorld(worldSeeds.docs)) =>
  runSnippet(code, { world, files: FILES });

/** src:v0 holds a.txt; derived:v0 references it (add_reference(entry)); both logged in p. */
const LOG_BOTH = `import wandb, os
with wandb.init(project="p") as run:
    src = wandb.Artifact("src", "dataset")
    src.add_file("a.txt")
    src.add_reference("s3://bucket/w.pt")
    run.log_artifact(src)
src.wait()
with wandb.init(project="p") as run:
    derived = wandb.Artifact("derived", "dataset")
    derived.add_reference(src.get_entry("a.txt"))
    derived.add_reference(src.get_entry("w.pt"))
    run.log_artifact(derived)
`;

const ops = (r: Awaited<ReturnType<typeof run>>, from: number) =>
  r.requests.slice(from).map((e) => e.operationName);

describe('wandb-artifact:// references (wb_artifact_handler.py load_path)', () => {
  it("download() fetches the referenced version by id, downloads its file into that version's own root, and copies it", async () => {
    const world = createWorld(worldSeeds.docs);
    expect((await run(LOG_BOTH, world)).error).toBeUndefined();
    const r = await run(
      `import wandb, os
v = wandb.Api().artifact("vision-team/p/derived:v0")
entry = v.get_entry("a.txt")
print(entry.size, entry.ref.startswith("wandb-artifact://"))
print(entry.download(root="out"), open("out/a.txt").read())
print(sorted(os.listdir("artifacts")), os.listdir("artifacts/src:v0"))
`,
      world,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("0 True\nout/a.txt A\n['src:v0'] ['a.txt']\n");
    const names = r.requests.map((e) => e.operationName);
    // _from_id: nothing cached in this process, so ArtifactByID; then that version's manifest.
    expect(names.slice(names.indexOf('ArtifactByID'))).toEqual([
      'ArtifactByID',
      'FetchArtifactManifest',
      'GetArtifactMembershipFileUrls',
    ]);
  });

  it('a version fetched earlier in the process answers from the instance cache: no ArtifactByID', async () => {
    const world = createWorld(worldSeeds.docs);
    await run(LOG_BOTH, world);
    const r = await run(
      `import wandb, os
api = wandb.Api()
src = api.artifact("vision-team/p/src:v0")
src.manifest
v = api.artifact("vision-team/p/derived:v0")
v.download(root="out", path_prefix="a")
print(open("out/a.txt").read())
`,
      world,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('A\n');
    const names = r.requests.map((e) => e.operationName);
    expect(names).not.toContain('ArtifactByID');
    // src's manifest was read once, by `src.manifest`: the handler got the same object.
    expect(names.filter((n) => n === 'FetchArtifactManifest')).toHaveLength(2);
  });

  it("ref_target() is the referenced entry's own ref_target(): a file entry refuses, a reference gives its URI", async () => {
    const world = createWorld(worldSeeds.docs);
    await run(LOG_BOTH, world);
    const r = await run(
      `import wandb
v = wandb.Api().artifact("vision-team/p/derived:v0")
print(v.get_entry("w.pt").ref_target())
v.get_entry("a.txt").ref_target()
`,
      world,
    );
    expect(r.stdout).toBe('s3://bucket/w.pt\n');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe('Only reference entries support ref_target().');
  });

  it('a referenced version the server no longer answers is the bare AssertionError; a missing path is get_entry’s KeyError', async () => {
    const world = createWorld(worldSeeds.docs);
    await run(LOG_BOTH, world);
    const start = (
      await run(
        `import wandb
wandb.Api().artifact("vision-team/p/src:v0").delete(delete_aliases=True)
`,
        world,
      )
    ).error;
    expect(start).toBeUndefined();
    const gone = await run(
      `import wandb
wandb.Api().artifact("vision-team/p/derived:v0").download(root="out")
`,
      world,
    );
    expect(gone.error?.type).toBe('AssertionError');
    expect(gone.error?.message).toBe('');
    expect(ops(gone, 0)).toContain('ArtifactByID');

    // A reference to a path the version does not hold (a world seeded that way).
    const w2 = createWorld(worldSeeds.docs);
    await run(LOG_BOTH, w2);
    const srcId = w2.getArtifact(
      w2.listMemberships(w2.findCollection('vision-team', 'p', 'src')!.id)[0].artifactId,
    )!.id;
    const hex = [...atob(srcId)].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
    w2.logVersion({
      entity: 'vision-team',
      project: 'p',
      name: 'broken',
      type: 'dataset',
      digest: 'd',
      files: {},
      references: [
        { path: 'n.txt', ref: `wandb-artifact://${hex}/nope.txt`, digest: 'x', size: 0 },
      ],
    });
    const missing = await run(
      `import wandb
wandb.Api().artifact("vision-team/p/broken:v0").download(root="out")
`,
      w2,
    );
    expect(missing.error?.type).toBe('KeyError');
    expect(missing.error?.message).toBe("'Path not contained in artifact: nope.txt'");
  });
});
