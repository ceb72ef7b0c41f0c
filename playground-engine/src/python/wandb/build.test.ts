// Building an artifact before logging it (artifact.py add_file, _add_local_file, new_file,
// add_dir, remove, manifest; artifact_manifest.py add_entry, remove_entry; paths.py
// LogicalPath, validate_relpath), through runSnippet, then what log_artifact carries into
// the world. Digests below were computed with CPython's hashlib (base64 of the MD5).

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { World } from '../../world/world';

const FILES = {
  'a.txt': 'A',
  'b.txt': 'B',
  'data/x.txt': 'X',
  'data/sub/y.txt': 'Y',
};
/** base64 MD5 of 'A', 'B', 'X', 'hello' (hashlib). */
const MD5 = {
  A: 'f8VicOenD6gaWTW3Lqy+KQ==',
  B: 'nV7WeP5XvMphAUCVevq1cQ==',
  X: 'AhKbuGEGHRoFLFkuLcazgw==',
  hello: 'XUFAKrxLKna5cZ2REBfFkg==',
};

const run = (code: string, opts: { world?: World; env?: Record<string, string> } = {}) =>
  runSnippet(`import wandb\nart = wandb.Artifact("clf", "model")\n${code}`, {
    world: opts.world ?? createWorld(worldSeeds.docs),
    files: FILES,
    env: opts.env,
  });

/** The stderr lines of the build itself (not the run's console header and footer). */
const addDirLines = (stderr: string) =>
  stderr.split('\n').filter((l) => l.startsWith('wandb: Adding directory'));

describe('add_file (0.28.x)', () => {
  it('returns the manifest entry: basename path, base64 MD5, size, the staging copy, skip_cache', async () => {
    const r = await run(`e = art.add_file("data/x.txt")
print(e.path, e.digest, e.size, e.skip_cache, e.ref)
print(e.local_path.startswith("/home/user/.local/share/wandb/artifacts/staging/tmp"), len(e.local_path.split("/")[-1]))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(`x.txt ${MD5.X} 1 False None\nTrue 11\n`);
  });

  it('repr is the entry with its local path; policy="immutable" keeps the path given; WANDB_DATA_DIR moves the staging directory', async () => {
    const r = await run(
      `print(art.add_file("a.txt", policy="immutable"))
print(art.add_file("b.txt").local_path.startswith("/data/artifacts/staging/tmp"))
`,
      { env: { WANDB_DATA_DIR: '/data' } },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `ArtifactManifestEntry(path='a.txt', digest='${MD5.A}', size=1, local_path='a.txt', skip_cache=False)\nTrue\n`,
    );
  });

  it('name= sets the artifact path (LogicalPath: "./m//w.txt" is "m/w.txt"); is_tmp renames the stem to 20 hex digits of the digest', async () => {
    const r = await run(`print(art.add_file("a.txt", name="./m//w.txt").path)
print(art.add_file("a.txt", name="tables/t.table.json", is_tmp=True).path)
`);
    expect(r.error).toBeUndefined();
    // md5('A') = 7fc56270e7a70fa81a5935b72eacbe29
    expect(r.stdout).toBe('m/w.txt\ntables/7fc56270e7a70fa81a59.table.json\n');
  });

  it('a missing file or a directory: ValueError: Path is not a file', async () => {
    for (const path of ['missing.txt', 'data']) {
      const r = await run(`art.add_file("${path}")\n`);
      expect(r.error?.type).toBe('ValueError');
      expect(r.error?.message).toBe(`Path is not a file: '${path}'`);
    }
  });

  it('an absolute or escaping name: ValueError: Invalid artifact path (after LogicalPath)', async () => {
    for (const [name, shown] of [
      ['../x.txt', '../x.txt'],
      ['/abs//x.txt', '/abs/x.txt'],
      ['.', '.'],
      ['C:x.txt', 'C:x.txt'],
    ]) {
      const r = await run(`art.add_file("a.txt", name="${name}")\n`);
      expect(r.error?.type).toBe('ValueError');
      expect(r.error?.message).toBe(`Invalid artifact path: '${shown}'`);
    }
  });

  it('the same path with other content needs overwrite=True; the same content is accepted again', async () => {
    const r = await run(`art.add_file("a.txt", name="f.txt")
art.add_file("a.txt", name="f.txt")
art.add_file("b.txt", name="f.txt", overwrite=True)
print(art.manifest.entries["f.txt"].digest)
art.add_file("a.txt", name="f.txt")
`);
    expect(r.stdout).toBe(`${MD5.B}\n`);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe("Cannot add the same path twice: 'f.txt'");
  });

  it('a policy other than mutable or immutable: ValueError naming it with repr (None means mutable)', async () => {
    const r = await run(`art.add_file("a.txt", policy=None)
try:
    art.add_file("b.txt", policy="readonly")
except ValueError as e:
    print(e)
art.add_file("b.txt", policy=3)
`);
    expect(r.stdout).toBe(
      "Invalid policy 'readonly'. Policy may only be `mutable` or `immutable`.\n",
    );
    expect(r.error?.message).toBe('Invalid policy 3. Policy may only be `mutable` or `immutable`.');
  });

  it('accepts a pathlib.Path', async () => {
    const r = await run(`from pathlib import Path
print(art.add_file(Path("data") / "x.txt").path)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('x.txt\n');
  });

  it('an entry from add_file has no parent artifact: download() raises a bare NotImplementedError', async () => {
    const r = await run(`art.add_file("a.txt").download()\n`);
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toBe('');
  });
});

describe('new_file (0.28.x)', () => {
  it('a context manager over open(): the file is in a temporary directory and is added when the block ends, with skip_cache=True', async () => {
    const r = await run(`cm = art.new_file("notes/readme.md")
print(type(cm).__name__)
with cm as f:
    f.write("hello")
    print(f.name.startswith("/tmp/tmp"), f.name.endswith("/notes/readme.md"))
    print(list(art.manifest.entries))
e = art.manifest.entries["notes/readme.md"]
print(e.digest, e.size, e.skip_cache)
print(open(f.name).read())
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(`_GeneratorContextManager\nTrue True\n[]\n${MD5.hello} 5 True\nhello\n`);
  });

  it('mode "x" (the default) on a name already opened: ValueError: File with name ... already exists at ...', async () => {
    const r = await run(`with art.new_file("a.md") as f:
    f.write("1")
    path = f.name
try:
    with art.new_file("a.md") as f:
        f.write("2")
except ValueError as e:
    print(str(e) == f"File with name 'a.md' already exists at {path!r}")
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True\n');
  });

  it('mode "w" writes the file again and overwrites the entry', async () => {
    const r = await run(`with art.new_file("a.md") as f:
    f.write("1")
with art.new_file("a.md", mode="w") as f:
    f.write("hello")
print(art.manifest.entries["a.md"].digest)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(`${MD5.hello}\n`);
  });

  it('an error inside the block propagates and nothing is added', async () => {
    const r = await run(`try:
    with art.new_file("a.md") as f:
        f.write("1")
        raise KeyError("k")
except KeyError:
    pass
print(len(art.manifest))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('0\n');
  });

  it('an escaping name: ValueError: Invalid artifact path, when the block is entered', async () => {
    const r = await run(`cm = art.new_file("../a.md")
print("made")
with cm as f:
    pass
`);
    expect(r.stdout).toBe('made\n');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe("Invalid artifact path: '../a.md'");
  });

  it('on a logged artifact: ArtifactFinalizedError naming Artifact.new_file, at the call', async () => {
    const r = await run(`art.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
cm = art.new_file("b.md")
`);
    expect(r.error?.type).toBe('wandb.sdk.artifacts.exceptions.ArtifactFinalizedError');
    expect(r.error?.message).toBe(
      "'Artifact.new_file' used on logged artifact. Can't modify finalized artifact.",
    );
    expect(r.error?.line).toBe(6);
  });
});

describe('add_dir (0.28.x)', () => {
  it('adds every file under the directory (os.walk order: files, then subdirectories) and prints the termlog line', async () => {
    const r = await run(`print(art.add_dir("data"))
print(list(art.manifest.entries))
art.add_dir("./data/", name="d")
print(list(art.manifest.entries)[2:])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("None\n['x.txt', 'sub/y.txt']\n['d/x.txt', 'd/sub/y.txt']\n");
    // term.py termlog(newline=False) then termlog(prefix=False): one line; Path('.', p) prints 'data'.
    expect(addDirLines(r.stderr)).toEqual([
      'wandb: Adding directory to artifact (data)... Done. 0.0s',
      'wandb: Adding directory to artifact (data)... Done. 0.0s',
    ]);
  });

  it('not a directory: ValueError: Path is not a directory, before anything is printed', async () => {
    const r = await run(`art.add_dir("a.txt")\n`);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe("Path is not a directory: 'a.txt'");
    expect(r.stderr).toBe('');
  });

  it('merge=False refuses a changed file (the termlog line stays open); merge=True overwrites it and keeps the others', async () => {
    const refused = await run(`art.add_dir("data")
open("data/x.txt", "w").write("X2")
art.add_dir("data")
`);
    expect(refused.error?.message).toBe("Cannot add the same path twice: 'x.txt'");
    expect(refused.stderr).toBe(
      'wandb: Adding directory to artifact (data)... Done. 0.0s\nwandb: Adding directory to artifact (data)... ',
    );
    const merged = await run(`art.add_dir("data")
art.add_file("a.txt")
open("data/x.txt", "w").write("X2")
art.add_dir("data", merge=True)
print({p: e.digest for p, e in art.manifest.entries.items()})
`);
    expect(merged.error).toBeUndefined();
    expect(merged.stdout).toBe(
      `{'x.txt': 'VBBb3b/j9jnUnL6PUYLJWA==', 'sub/y.txt': '${'V87EE3thTIfLTiSj0AOj4A=='}', 'a.txt': '${MD5.A}'}\n`,
    );
  });

  it('the policy is checked per file: an empty directory accepts any policy', async () => {
    const r = await run(`import os
os.makedirs("empty")
art.add_dir("empty", policy="bad")
print(len(art.manifest))
art.add_dir("data", policy="bad")
`);
    expect(r.stdout).toBe('0\n');
    expect(r.error?.message).toBe(
      "Invalid policy 'bad'. Policy may only be `mutable` or `immutable`.",
    );
  });

  it('WANDB_SILENT=true silences the termlog line once the settings loaded (termsetup)', async () => {
    const r = await run(`wandb.setup()\nart.add_dir("data")\n`, { env: { WANDB_SILENT: 'true' } });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
  });
});

describe('remove (0.28.x)', () => {
  it('removes a path, every entry under a directory, or an entry', async () => {
    const r = await run(`art.add_dir("data", name="d")
e = art.add_file("a.txt")
art.add_file("b.txt")
art.remove("d")
art.remove(e)
print(list(art.manifest.entries))
art.remove("./b.txt")
print(len(art.manifest))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['b.txt']\n0\n");
  });

  it('nothing there: FileNotFoundError (a path without quotes, an entry with them)', async () => {
    const path = await run(`art.remove("nope/x")\n`);
    expect(path.error?.type).toBe('FileNotFoundError');
    expect(path.error?.message).toBe('No such file or directory: nope/x');
    const entry = await run(`e = art.add_file("a.txt")
art.remove(e)
art.remove(e)
`);
    expect(entry.error?.type).toBe('FileNotFoundError');
    expect(entry.error?.message).toBe("Cannot remove missing entry: 'a.txt'");
  });

  it('not a path: pathlib TypeError', async () => {
    const r = await run(`art.remove(3)\n`);
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe(
      "argument should be a str or an os.PathLike object where __fspath__ returns a str, not 'int'",
    );
  });

  it('on a logged artifact: ArtifactFinalizedError naming Artifact.remove', async () => {
    const r = await run(`art.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
art.remove("a.txt")
`);
    expect(r.error?.message).toBe(
      "'Artifact.remove' used on logged artifact. Can't modify finalized artifact.",
    );
  });
});

describe('manifest (0.28.x)', () => {
  it('repr shows the entries only; len() counts them; digest() is the manifest v1 MD5', async () => {
    const r = await run(`art.add_file("a.txt", policy="immutable")
print(art.manifest)
with art.new_file("notes/readme.md") as f:
    f.write("hello")
print(len(art.manifest), art.manifest.digest())
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `ArtifactManifestV1(entries={'a.txt': ArtifactManifestEntry(path='a.txt', digest='${MD5.A}', size=1, local_path='a.txt', skip_cache=False)})\n` +
        // hashlib: md5(b"wandb-artifact-manifest-v1\\n" + b"a.txt:...\\nnotes/readme.md:...\\n")
        '2 0c714460033f23654da2222cb15c9ccc\n',
    );
  });
});

describe('digest (0.28.x): the manifest digest, before and after logging', () => {
  /** ArtifactManifestV1.digest() written out with node:crypto (hashlib does the same). */
  const sdkDigest = (files: Record<string, string>) => {
    const h = createHash('md5').update('wandb-artifact-manifest-v1\n');
    for (const path of Object.keys(files).sort())
      h.update(`${path}:${createHash('md5').update(files[path]).digest('base64')}\n`);
    return h.digest('hex');
  };

  it("a draft's digest is its manifest's; the logged version (and the same version fetched) keeps it", async () => {
    const r = await run(`art.add_file("a.txt")
art.add_dir("data", name="d")
print(art.digest == art.manifest.digest(), art.digest)
with wandb.init(project="p") as run:
    run.log_artifact(art)
art.wait()
print(art.digest)
fetched = wandb.Api().artifact("vision-team/p/clf:v0")
print(fetched.digest, fetched.manifest.digest() == fetched.digest)
`);
    expect(r.error).toBeUndefined();
    const d = sdkDigest({ 'a.txt': 'A', 'd/x.txt': 'X', 'd/sub/y.txt': 'Y' });
    expect(r.stdout).toBe(`True ${d}\n${d}\n${d} True\n`);
  });

  it("a seeded version's digest is its files' manifest digest, so logging the same files again is the same version", async () => {
    const world = createWorld({
      ...worldSeeds.docs,
      artifacts: [
        {
          entity: 'vision-team',
          project: 'p',
          name: 'clf',
          type: 'model',
          files: { 'a.txt': 'A' },
        },
      ],
    });
    const r = await run(
      `print(wandb.Api().artifact("vision-team/p/clf:v0").digest)
art.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
print(art.wait().version)
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(`${sdkDigest({ 'a.txt': 'A' })}\nv0\n`);
    expect(r.stderr).toContain('already exists with the same content');
  });
});

describe('what log_artifact carries into the world', () => {
  it('the files of a built draft become the version files, with their digests and sizes', async () => {
    const world = createWorld(worldSeeds.docs);
    const r = await run(
      `art.add_dir("data", name="d")
with art.new_file("notes/readme.md") as f:
    f.write("hello")
with wandb.init(project="p") as run:
    run.log_artifact(art)
art.wait()
print(art.size, art.file_count)
for f in art.files():
    print(f.name, f.size, f.digest)
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `7 3\nd/sub/y.txt 1 V87EE3thTIfLTiSj0AOj4A==\nd/x.txt 1 ${MD5.X}\nnotes/readme.md 5 ${MD5.hello}\n`,
    );
    const coll = world.listCollections('vision-team', 'p').find((c) => c.name === 'clf');
    const version = world.listMemberships(coll!.id)[0];
    expect(world.getArtifact(version.artifactId)?.files).toEqual({
      'd/x.txt': 'X',
      'd/sub/y.txt': 'Y',
      'notes/readme.md': 'hello',
    });
  });

  it('the same content built another way is the same version (the duplicate-content warning)', async () => {
    const r = await run(`art.add_dir("data")
with wandb.init(project="p") as run:
    run.log_artifact(art)
    again = wandb.Artifact("clf", "model")
    again.add_file("data/x.txt")
    again.add_file("data/sub/y.txt", name="sub/y.txt")
    run.log_artifact(again)
again.wait()
print(again.version)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('v0\n');
    expect(r.stderr).toContain(
      'wandb: WARNING Artifact "clf" already exists with the same content. No new version will be created.\n',
    );
  });

  it('run.log_artifact(directory) logs the directory through add_dir', async () => {
    const r = await run(`with wandb.init(project="p") as run:
    logged = run.log_artifact("data", name="raw", type="dataset")
logged.wait()
print(sorted(f.name for f in logged.files()))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['sub/y.txt', 'x.txt']\n");
    expect(addDirLines(r.stderr)).toEqual([
      'wandb: Adding directory to artifact (data)... Done. 0.0s',
    ]);
  });
});

describe('add and get (0.28.x): wandb media objects are not in the playground', () => {
  it('add(obj, name): every object fails the SDK type check, naming the accepted classes', async () => {
    const r = await run(`art.add({"a": 1}, "table")\n`);
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toMatch(
      /^Found object of type <class 'dict'>, expected one of: \(<class 'wandb\.sdk\.data_types\.bokeh\.Bokeh'>, <class 'wandb\.sdk\.data_types\.table\.JoinedTable'>, .*<class 'wandb\.sdk\.data_types\.saved_model\._SavedModel'>\)$/,
    );
  });

  it('add on a logged artifact: ArtifactFinalizedError first', async () => {
    const r = await run(`art.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
art.add(1, "x")
`);
    expect(r.error?.message).toBe(
      "'Artifact.add' used on logged artifact. Can't modify finalized artifact.",
    );
  });

  it('get(name): ArtifactNotLoggedError on a draft; None when no NAME.<type>.json entry; a typed entry is refused', async () => {
    const draft = await run(`art.get("x")\n`);
    expect(draft.error?.message).toBe(
      "'Artifact.get' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.",
    );
    const r = await run(`art.add_file("a.txt", name="results.json")
art.add_file("a.txt", name="preds.table.json")
with wandb.init(project="p") as run:
    run.log_artifact(art)
art.wait()
print(art.get("results"), art.get("a"))
art.get("preds")
`);
    expect(r.stdout).toBe('None None\n');
    expect(r.error?.type).toBe('NotImplementedError');
  });
});
