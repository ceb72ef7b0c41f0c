// The rest of getting a version's files (0.28.x): download()'s other options and skips
// (artifact.py `download`, `_download`), File.download of files() entries
// (apis/public/files.py), and an entry's ref_target() and deprecated `name`
// (artifact_manifest_entry.py), through runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { md5Base64 } from '../../text/hashes';
import { LOG_CLF_TWO_FILES } from './testSnippets';

const run = (code: string, files: Record<string, string> = { 'a.txt': 'A', 'b.txt': 'B' }) =>
  runSnippet(code, { world: createWorld(worldSeeds.docs), files });

/** vision-team/p/refs:v0 with a file:// reference to /home/user/a.txt, waited on. */
const WITH_REF = `import wandb, os
with wandb.init(project="p") as run:
    art = wandb.Artifact("refs", "dataset")
    art.add_reference("file:///home/user/a.txt")
    run.log_artifact(art)
art.wait()
`;

describe('download() options (0.28.x)', () => {
  it('allow_missing_references lets only a FileNotFoundError through: a file:// reference that is gone stays the ValueError', async () => {
    const r = await run(`${WITH_REF}os.remove("a.txt")
art.download(allow_missing_references=True, skip_cache=True, multipart=False)
`);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      "Local file reference: Failed to find file at path '/home/user/a.txt'",
    );
  });

  it('skip_cache and multipart change nothing here: the same files land in root', async () => {
    const r =
      await run(`${LOG_CLF_TWO_FILES}d = art.download(root="out", skip_cache=True, multipart=True)
print(d, sorted(os.listdir(d)), open("out/b.txt").read())
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("out ['a.txt', 'b.txt'] B\n");
  });

  it('a directory at a file path, or a file where its directory should be, is skipped with a warning (no count line)', async () => {
    const r = await run(`${LOG_CLF_TWO_FILES}os.makedirs("out/a.txt")
print(art.download(root="out"))
print(os.path.isdir("out/a.txt"), open("out/b.txt").read())
with open("blocked", "w") as f:
    f.write("x")
art.download(root="blocked/inner")
print(os.path.exists("blocked/inner/a.txt"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('out\nTrue B\nFalse\n');
    expect(r.stderr).toContain(
      "wandb: WARNING Unable to download file 'a.txt' as there is a directory with the same path, skipping.\n",
    );
    expect(r.stderr).toContain(
      "wandb: WARNING Unable to download file 'a.txt' as there is a file with the same path as a directory this file is expected to be in, skipping.\n",
    );
    expect(r.stderr).not.toContain('files downloaded');
  });
});

describe('File.download (apis/public/files.py, 0.28.x)', () => {
  it('writes the file under root and returns it open for reading; the run reports the file', async () => {
    const r = await run(`${LOG_CLF_TWO_FILES}f = art.files()[1]
h = f.download(root="got")
print(f.name, h.read(), h.name)
h.close()
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('b.txt B got/b.txt\n');
    expect(r.files.map((x) => x.path)).toContain('got/b.txt');
    // The File's url is fetched, not a GraphQL operation: only the file list was asked for.
    expect(r.requests.map((q) => q.operationName).filter((n) => n.includes('File'))).toEqual([
      'ArtifactMembershipFiles',
    ]);
  });

  it('an existing path: CommError (normalize_exceptions) unless replace=True or exist_ok=True', async () => {
    const r = await run(`${LOG_CLF_TWO_FILES}f = art.files()[0]
with open("a.txt", "w") as h:
    h.write("local")
try:
    f.download()
except wandb.errors.CommError as e:
    print(e)
print(f.download(exist_ok=True).read())
print(f.download(replace=True).read())
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "File already exists, pass replace=True to overwrite or exist_ok=True to leave it as is and don't error.\nlocal\nA\n",
    );
  });

  it("a reference's File points outside W&B: the download needs the network", async () => {
    const r = await run(`${WITH_REF}art.files()[0].download(root="x")
`);
    expect(r.error?.type).toBe('wandb.errors.errors.CommError');
    expect(r.error?.message).toBe(
      'not supported in the playground: downloading file:///home/user/a.txt (it needs the network)',
    );
  });
});

describe('ArtifactManifestEntry.ref_target() and name (0.28.x)', () => {
  it('a file entry is refused; a draft reference gives its URI; a logged file:// reference is copied into the artifact cache', async () => {
    const md5hex = [...atob(md5Base64('A'))]
      .map((c) => c.charCodeAt(0).toString(16).padStart(2, '0'))
      .join('');
    const r = await run(`import wandb
d = wandb.Artifact("d", "dataset")
print(d.add_reference("file:///home/user/a.txt")[0].ref_target())
try:
    d.add_file("b.txt").ref_target()
except ValueError as e:
    print(e)
${WITH_REF.replace('import wandb, os\n', '')}t = art.get_entry("a.txt").ref_target()
print(t, open(t).read())
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `file:///home/user/a.txt\nOnly reference entries support ref_target().\n/home/user/.cache/wandb/artifacts/obj/md5/${md5hex.slice(0, 2)}/${md5hex.slice(2)} A\n`,
    );
  });

  it('an s3 reference of a logged version targets its URI; name is path with a deprecation warning, once', async () => {
    const r = await run(`import wandb
with wandb.init(project="p") as run:
    art = wandb.Artifact("s3refs", "dataset")
    art.add_reference("s3://bucket/data/x.csv", checksum=False)
    run.log_artifact(art)
art.wait()
e = art.get_entry("data/x.csv")
print(e.ref_target(), e.name, e.name)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('s3://bucket/data/x.csv data/x.csv data/x.csv\n');
    expect(
      r.stderr.match(/ArtifactManifestEntry.name is deprecated, use .path instead./g),
    ).toHaveLength(1);
  });
});

describe('ArtifactManifestEntry.parent_artifact() (0.28.x)', () => {
  it('is the artifact get_entry() was called on; an entry add_file made has none', async () => {
    const r = await run(`${LOG_CLF_TWO_FILES}print(art.get_entry("a.txt").parent_artifact() is art)
d = wandb.Artifact("d", "model")
try:
    d.add_file("a.txt").parent_artifact()
except NotImplementedError as e:
    print(type(e).__name__, repr(str(e)))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("True\nNotImplementedError ''\n");
  });
});

describe('ArtifactManifestEntry.to_json() (0.28.x)', () => {
  it("is model_dump(exclude_none=True) by alias, in field order: a draft's entry keeps local_path, a fetched one has birthArtifactID", async () => {
    const r =
      await run(`${LOG_CLF_TWO_FILES}draft = wandb.Artifact("d", "model").add_file("a.txt").to_json()
print(list(draft), draft["extra"], draft["skip_cache"], draft["local_path"].startswith("/"))
v = wandb.Api().artifact("vision-team/p/clf:v0")
fetched = v.get_entry("a.txt").to_json()
print(list(fetched), fetched["birthArtifactID"] == v.id, fetched["size"])
fetched["path"] = "changed"
print(v.get_entry("a.txt").to_json()["path"])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "['path', 'digest', 'size', 'extra', 'local_path', 'skip_cache'] {} False True\n" +
        "['path', 'digest', 'birthArtifactID', 'size', 'extra', 'skip_cache'] True 1\n" +
        'a.txt\n',
    );
  });
});
