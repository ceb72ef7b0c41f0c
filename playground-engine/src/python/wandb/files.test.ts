// Getting a version's files (artifact.py download, file, files, get_entry, get_path,
// checkout, verify; artifact_manifest_entry.py ArtifactManifestEntry), through runSnippet:
// the manifest and the files come from the backend, the files land in the snippet's
// in-memory file system.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { md5Base64 } from '../../text/hashes';
import { termProblems } from './termProblems';
import { LOG_CLF_TWO_FILES } from './testSnippets';

const run = (code: string, files: Record<string, string> = {}) =>
  runSnippet(code, { world: createWorld(worldSeeds.docs), files });

const LINK = 'acme/wandb-registry-model/image-classifier:latest';
const CONTENT_OF = `import wandb
link = wandb.Api().artifact("${LINK}")
`;

describe('download() (0.28.x)', () => {
  it('writes every file under ./artifacts/{source_name} (a link downloads under its source name) and returns the directory', async () => {
    const r = await run(`${CONTENT_OF}import os
d = link.download()
print(d)
print(os.listdir(d))
print(open(os.path.join(d, "weights.txt")).read())
`);
    expect(r.error).toBeUndefined();
    const [dir, listing, content] = r.stdout.split('\n');
    expect(dir).toBe('/home/user/artifacts/resnet-baseline:v0');
    expect(listing).toBe("['weights.txt']");
    expect(content.length).toBeGreaterThan(0);
    // ArtifactDownloadLogger's last line.
    expect(r.stderr).toBe('wandb:   1 of 1 files downloaded.  \n');
    expect(r.requests.map((e) => e.operationName).slice(-3)).toEqual([
      'ArtifactMembershipByName',
      'FetchArtifactManifest',
      'GetArtifactMembershipFileUrls',
    ]);
  });

  it('WANDB_ARTIFACT_DIR moves the default root (env.get_artifact_dir: abspath of it)', async () => {
    const withDir = (dir: string) =>
      runSnippet(`${CONTENT_OF}print(link.download())\nprint(link.checkout())\n`, {
        world: createWorld(worldSeeds.docs),
        env: { WANDB_ARTIFACT_DIR: dir },
      });
    const rel = await withDir('cache/../my-artifacts');
    expect(rel.error).toBeUndefined();
    expect(rel.stdout).toBe(
      '/home/user/my-artifacts/resnet-baseline:v0\n/home/user/my-artifacts/resnet-baseline\n',
    );
    expect((await withDir('/data/art')).stdout).toBe(
      '/data/art/resnet-baseline:v0\n/data/art/resnet-baseline\n',
    );
  });

  it('download(root=..., path_prefix=...) writes only the files under the prefix into root', async () => {
    const r = await run(
      `${LOG_CLF_TWO_FILES}import os
print(art.download(root="out", path_prefix="b"))
print(sorted(os.listdir("out")))
`,
      { 'a.txt': 'A', 'b.txt': 'B' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("out\n['b.txt']\n");
  });

  it('a draft raises ArtifactNotLoggedError naming Artifact.download', async () => {
    const r = await run('import wandb\nwandb.Artifact("clf", "model").download()\n');
    expect(r.error?.type).toBe('wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError');
    expect(r.error?.message).toContain('Artifact.download');
  });
});

describe('file(), get_entry(), files()', () => {
  it('file() downloads the single file under ./artifacts/{name} and returns its relative path', async () => {
    const r = await run(`${CONTENT_OF}print(link.file())\n`);
    expect(r.stdout).toBe('./artifacts/image-classifier:latest/weights.txt\n');
  });

  it('file() on a version with two files is the SDK ValueError', async () => {
    const r = await run(`${LOG_CLF_TWO_FILES}art.file()\n`, { 'a.txt': 'A', 'b.txt': 'B' });
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      'This artifact contains more than one file, call `.download()` to get all files or call .get_entry("filename").download()',
    );
  });

  it('get_entry(name) is the manifest entry (base64 MD5 digest, size); a missing name is KeyError', async () => {
    const r = await run(
      `${LOG_CLF_TWO_FILES}e = art.get_entry("a.txt")
print(e.path, e.digest, e.size)
print(e.download("x"))
print(open("x/a.txt").read())
try:
    art.get_entry("c.txt")
except KeyError as err:
    print(repr(err))
`,
      { 'a.txt': 'hello', 'b.txt': 'B' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `a.txt ${md5Base64('hello')} 5\nx/a.txt\nhello\nKeyError('Path not contained in artifact: c.txt')\n`,
    );
  });

  it("get_entry(name) reads the name as a LogicalPath: './a.txt' and './/a.txt' are 'a.txt'; the KeyError names the normalized path", async () => {
    const r = await run(
      `${LOG_CLF_TWO_FILES}print(art.get_entry("./a.txt").path, art.get_entry(".//b.txt").path)
try:
    art.get_entry("./d//c.txt")
except KeyError as err:
    print(repr(err))
`,
      { 'a.txt': 'hello', 'b.txt': 'B' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("a.txt b.txt\nKeyError('Path not contained in artifact: d/c.txt')\n");
  });

  it('md5Base64 is the real base64 MD5 (RFC 1321 test vector)', () => {
    // md5("abc") = 900150983cd24fb0d6963f7d28e17f72
    expect(md5Base64('abc')).toBe('kAFQmDzST7DWlj99KOF/cg==');
  });

  it('get_path(name) warns that it is deprecated, once, and returns the entry', async () => {
    const r = await run(
      `${CONTENT_OF}link.get_path("weights.txt")\nprint(link.get_path("weights.txt").path)\n`,
    );
    expect(r.stdout).toBe('weights.txt\n');
    expect(termProblems(r.stderr)).toBe(
      'wandb: WARNING Artifact.get_path(name) is deprecated, use Artifact.get_entry(name) instead.\n',
    );
  });

  it('files() lists File objects with the repr of the public API; len() is the total', async () => {
    const r = await run(
      `${LOG_CLF_TWO_FILES}files = art.files(per_page=1)
print(files, len(files))
print([f.name for f in files])
print(files[0], files[0].size, files[0].mimetype)
print(len(art.files(names=["b.txt"])))
`,
      { 'a.txt': 'A', 'b.txt': 'BB' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')).toEqual([
      '<ArtifactFiles vision-team/p/clf:v0 (2)> 2',
      "['a.txt', 'b.txt']",
      '<File a.txt (text/plain) 1.0B> 1 text/plain',
      '1',
      '',
    ]);
    // per_page=1: two pages of ArtifactMembershipFiles, read once (the paginator keeps them),
    // then the names= query's first page for its len().
    expect(r.requests.filter((e) => e.operationName === 'ArtifactMembershipFiles')).toHaveLength(3);
  });

  it('files() is lazy (ArtifactFiles): nothing is fetched when made, a loop fetches page by page, len() reads the first page', async () => {
    const r = await run(
      `${LOG_CLF_TWO_FILES}unread = art.files()
files = art.files(per_page=1)
print(files.path)
for f in files:
    print(f.name, files.more, files.cursor is not None)
print(len(art.files(per_page=1)))
`,
      { 'a.txt': 'A', 'b.txt': 'BB' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['vision-team', 'p', 'clf:v0']\na.txt True True\nb.txt False True\n2\n");
    // `unread` asked for nothing: the loop's two pages, then len()'s first page.
    const pages = r.requests.filter((e) => e.operationName === 'ArtifactMembershipFiles');
    expect(pages.map((e) => (e.variables as { cursor: unknown }).cursor === null)).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe('checkout() and verify()', () => {
  it('checkout() removes files not in the artifact, downloads into ./artifacts/{source name without version}', async () => {
    const r = await run(`${CONTENT_OF}import os
os.makedirs("/home/user/artifacts/resnet-baseline", exist_ok=True)
with open("/home/user/artifacts/resnet-baseline/stale.txt", "w") as f:
    f.write("old")
d = link.checkout()
print(d, os.listdir(d))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("/home/user/artifacts/resnet-baseline ['weights.txt']\n");
  });

  it('verify() passes on a fresh download, and names an extra file or a changed one', async () => {
    const r = await run(`${CONTENT_OF}import os
d = link.download()
link.verify()
print("ok")
with open(os.path.join(d, "weights.txt"), "w") as f:
    f.write("tampered")
try:
    link.verify()
except ValueError as e:
    print(e)
with open(os.path.join(d, "extra.txt"), "w") as f:
    f.write("x")
try:
    link.verify(d)
except ValueError as e:
    print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'ok',
        'Digest mismatch for file: weights.txt',
        'Found file /home/user/artifacts/resnet-baseline:v0/extra.txt which is not a member of artifact image-classifier:latest',
        '',
      ].join('\n'),
    );
  });

  it('verify() before any download: the missing file is a FileNotFoundError', async () => {
    const r = await run(`${CONTENT_OF}link.verify()\n`);
    expect(r.error?.type).toBe('FileNotFoundError');
    expect(r.error?.message).toBe(
      "[Errno 2] No such file or directory: '/home/user/artifacts/resnet-baseline:v0/weights.txt'",
    );
  });
});
