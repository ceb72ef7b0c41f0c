// add_reference (artifact.py) and the entries each storage handler makes
// (storage_handlers/*.py, chosen by scheme as MultiHandler does), then what a logged
// version with references does: its manifest, files(), get_entry(), download() and
// verify(). Nothing is fetched: the s3/gs/Azure/http rules are ASSUMPTIONS.md choices.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { hex, md5, utf8 } from '../../text/hashes';
import { createWorld } from '../../world';
import { worldFromSnapshot } from '../../world/snapshotSchema';

const FILES = { 'a.txt': 'A', 'data/x.txt': 'X', 'data/sub/y.txt': 'Y' };
/** base64 MD5 (hashlib) of 'A', 'X', 'Y'. */
const MD5 = {
  A: 'f8VicOenD6gaWTW3Lqy+KQ==',
  X: 'AhKbuGEGHRoFLFkuLcazgw==',
  Y: 'V87EE3thTIfLTiSj0AOj4A==',
};

const run = (code: string, world = createWorld(worldSeeds.docs)) =>
  runSnippet(`import wandb\nart = wandb.Artifact("refs", "dataset")\n${code}`, {
    world,
    files: FILES,
  });

/** The simulated ETag of an object: the hex MD5 of its URI. */
const etag = (uri: string) => hex(md5(utf8(uri)));

describe('add_reference: the entries each handler makes (0.28.x)', () => {
  it('a string without a scheme: ValueError: References must be URIs', async () => {
    const r = await run(`art.add_reference("data/x.txt")\n`);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      'References must be URIs. To reference a local file, use file://',
    );
  });

  it('neither a str nor an entry: the UnboundLocalError of artifact.py', async () => {
    const r = await run(`art.add_reference(3)\n`);
    expect(r.error?.type).toBe('UnboundLocalError');
    expect(r.error?.message).toBe(
      "cannot access local variable 'uri_str' where it is not associated with a value",
    );
  });

  it('file:// to a file: its basename (or name=), the URI, its size and base64 MD5; returns a list', async () => {
    const r = await run(`print(art.add_reference("file:///home/user/a.txt"))
print(art.add_reference("file:///home/user/a.txt", name="copy/a.txt")[0].path)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `[ArtifactManifestEntry(path='a.txt', digest='${MD5.A}', ref='file:///home/user/a.txt', size=1, skip_cache=False)]\ncopy/a.txt\n`,
    );
  });

  it('file:// to a directory: one entry per file (os.walk order) and the checksum termlog line', async () => {
    const r = await run(`for e in art.add_reference("file:///home/user/data", name="d"):
    print(e.path, e.ref, e.digest)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `d/x.txt file:///home/user/data/x.txt ${MD5.X}\nd/sub/y.txt file:///home/user/data/sub/y.txt ${MD5.Y}\n`,
    );
    expect(r.stderr).toBe(
      "wandb: Generating checksum for up to 10000000 files in '/home/user/data'... Done. 0.0s\n",
    );
  });

  it('file:// with checksum=False: the digest is the MD5 of the resolved file URI, and nothing is printed', async () => {
    const r = await run(
      `print(art.add_reference("file:///home/user/a.txt", checksum=False)[0].digest)\n`,
    );
    expect(r.error).toBeUndefined();
    // md5_string(Path("/home/user/a.txt").resolve().as_uri()), base64.
    expect(r.stdout).toBe(
      `${btoa(String.fromCharCode(...md5(utf8('file:///home/user/a.txt'))))}\n`,
    );
    expect(r.stderr).toBe('');
  });

  it('file:// to nothing: ValueError: Path ... must be a valid file or directory path; max_objects is enforced', async () => {
    const missing = await run(`art.add_reference("file:///home/user/nope.txt")\n`);
    expect(missing.error?.message).toBe(
      "Path 'file:///home/user/nope.txt' must be a valid file or directory path",
    );
    const many = await run(`art.add_reference("file:///home/user/data", max_objects=1)\n`);
    expect(many.error?.message).toBe(
      'Exceeded 1 objects tracked, pass max_objects to add_reference',
    );
    // TimedIf.__exit__ times the walk even when it raised.
    expect(many.stderr).toBe(
      "wandb: Generating checksum for up to 1 files in '/home/user/data'... Done. 0.0s\n",
    );
  });

  it('max_objects as the handlers read it: `max_objects or DEFAULT_MAX_OBJECTS`, then compared with a count', async () => {
    const r = await run(`import os
for uri, kw in (("s3://bucket/w.pt", {"max_objects": -1}),
                ("gs://bucket/w.pt", {"max_objects": -2}),
                ("s3://bucket/w.pt", {"max_objects": 0.5}),
                ("s3://bucket/w.pt", {"max_objects": "3"}),
                ("file:///home/user/data", {"max_objects": -1}),
                ("file:///home/user/data", {"max_objects": "3"})):
    try:
        art.add_reference(uri, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# 0 (and any falsy value) is the default; checksum=False, a single file, Azure and http never
# compare, whatever the value.
print(len(art.add_reference("s3://bucket/zero.pt", max_objects=0)))
print(len(art.add_reference("s3://bucket/x.pt", checksum=False, max_objects="n")))
print(len(art.add_reference("file:///home/user/a.txt", max_objects=-1)))
print(len(art.add_reference("https://acct.blob.core.windows.net/c/b.bin", max_objects=-1)))
print(len(art.add_reference("https://example.com/f.bin", max_objects="n")))
print(len(art.add_reference("s3://bucket/one.pt", max_objects=True)))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')).toEqual([
      'ValueError Exceeded -1 objects tracked, pass max_objects to add_reference',
      'ValueError Exceeded -2 objects tracked, pass max_objects to add_reference',
      'ValueError Exceeded 0.5 objects tracked, pass max_objects to add_reference',
      "TypeError '>' not supported between instances of 'int' and 'str'",
      'ValueError Exceeded -1 objects tracked, pass max_objects to add_reference',
      "TypeError '>=' not supported between instances of 'int' and 'str'",
      '1',
      '1',
      '1',
      '1',
      '1',
      '1',
      '',
    ]);
    // local_file_handler.py prints max_objects with !r.
    expect(r.stderr).toContain("Generating checksum for up to '3' files in '/home/user/data'...");
  });

  it('s3:// with checksum=False keeps the URI as digest and the key as path (the version query dropped)', async () => {
    const r =
      await run(`print(art.add_reference("s3://bucket/models/w.pt?versionId=3", checksum=False))
print(art.add_reference("s3://only-bucket", checksum=False)[0].path)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "[ArtifactManifestEntry(path='models/w.pt', digest='s3://bucket/models/w.pt', ref='s3://bucket/models/w.pt', skip_cache=False)]\nonly-bucket\n",
    );
  });

  it('s3:// and Azure with a checksum: the simulated ETag (hex MD5 of the URI) as digest and extra, no size', async () => {
    const s3 = 's3://bucket/models/w.pt';
    const az = 'https://acct.blob.core.windows.net/c/d/e.txt';
    const r = await run(`print(art.add_reference("${s3}"))
print(art.add_reference("${az}"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `[ArtifactManifestEntry(path='w.pt', digest='${etag(s3)}', ref='${s3}', extra={'etag': '${etag(s3)}'}, skip_cache=False)]\n` +
        `[ArtifactManifestEntry(path='e.txt', digest='${etag(az)}', ref='${az}', extra={'etag': '${etag(az)}'}, skip_cache=False)]\n`,
    );
  });

  it('gs:// (checksum=False keeps the whole key) and http(s) (no ETag from the simulated server: the URL is the digest)', async () => {
    const r = await run(`print(art.add_reference("gs://b/k/x.bin#17", checksum=False)[0].path)
print(art.add_reference("gs://b/k/z.bin")[0].digest == "${etag('gs://b/k/z.bin')}")
print(art.add_reference("https://example.com/files/a.csv?x=1"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "k/x.bin\nTrue\n[ArtifactManifestEntry(path='a.csv?x=1', digest='https://example.com/files/a.csv?x=1', ref='https://example.com/files/a.csv?x=1', skip_cache=False)]\n",
    );
  });

  it('a bucket prefix with a checksum would be listed over the network: refused with the external-reference code', async () => {
    const r = await run(`art.add_reference("s3://bucket/prefix/")\n`);
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toBe(
      'not supported in the playground: listing the objects under s3://bucket/prefix/ (it needs the network)',
    );
    expect(r.error?.code).toBe('external-reference');
    expect(r.error?.hint?.docs).toBe('/docs/troubleshooting#external-reference');
  });

  it('an unknown scheme needs name= and warns that it cannot be checksummed', async () => {
    const refused = await run(`art.add_reference("ftp://host/x")\n`);
    expect(refused.error?.message).toBe(
      'You must pass name="<entry_name>" when tracking references with unknown schemes. ref: ftp://host/x',
    );
    const r = await run(`print(art.add_reference("ftp://host/x", name="x"))\n`);
    expect(r.stdout).toBe(
      "[ArtifactManifestEntry(path='x', digest='ftp://host/x', ref='ftp://host/x', skip_cache=False)]\n",
    );
    expect(r.stderr).toBe(
      'wandb: WARNING Artifact references with unsupported schemes cannot be checksummed: ftp://host/x\n',
    );
  });

  it('the same path with another digest is refused by add_entry; after logging, ArtifactFinalizedError', async () => {
    const twice = await run(`art.add_reference("s3://b/k/w.pt", checksum=False)
art.add_reference("s3://c/k/w.pt", name="k/w.pt", checksum=False)
`);
    expect(twice.error?.message).toBe("Cannot add the same path twice: 'k/w.pt'");
    const logged = await run(`art.add_reference("s3://b/w.pt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
art.add_reference("s3://b/v.pt")
`);
    expect(logged.error?.message).toBe(
      "'Artifact.add_reference' used on logged artifact. Can't modify finalized artifact.",
    );
  });

  it("another version's entry: its ref_url(), resolved to that version's digest with size 0", async () => {
    const r = await run(`import base64
with wandb.init(project="p") as run:
    src = wandb.Artifact("src", "dataset")
    src.add_file("a.txt")
    run.log_artifact(src)
src.wait()
entry = src.get_entry("a.txt")
url = entry.ref_url()
print(url == "wandb-artifact://" + base64.b64decode(src.id).hex() + "/a.txt")
print(art.add_reference(entry)[0].digest, art.manifest.entries["a.txt"].size)
art.add_reference("wandb-artifact://" + base64.b64decode(src.id).hex() + "/nope.txt", name="n")
`);
    expect(r.stdout).toBe(`True\n${MD5.A} 0\n`);
    // wb_artifact_handler.py: `assert entry is not None`.
    expect(r.error?.type).toBe('AssertionError');
  });
});

describe('a logged version with references', () => {
  const logged = `art.add_file("a.txt", name="local.txt")
art.add_reference("file:///home/user/data/x.txt")
art.add_reference("s3://bucket/w.pt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
v = wandb.Api().artifact("vision-team/p/refs:latest")
`;

  it('the world keeps the reference entries: the manifest, files(), get_entry(), size and file count', async () => {
    const world = createWorld(worldSeeds.docs);
    const r = await run(
      `${logged}print(v.file_count, v.size)
print([(f.name, f.size, f.url) for f in v.files()])
print(v.get_entry("w.pt"))
print(v.get_entry("x.txt").ref)
`,
      world,
    );
    expect(r.error).toBeUndefined();
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('3 2');
    expect(lines[1]).toMatch(
      /^\[\('local\.txt', 1, 'https:\/\/api\.wandb\.ai\/artifactsV2\/default\/[^']+\/local\.txt'\), \('w\.pt', 0, 's3:\/\/bucket\/w\.pt'\), \('x\.txt', 1, 'file:\/\/\/home\/user\/data\/x\.txt'\)\]$/,
    );
    expect(lines[2]).toBe(
      `ArtifactManifestEntry(path='w.pt', digest='${etag('s3://bucket/w.pt')}', ref='s3://bucket/w.pt', extra={'etag': '${etag('s3://bucket/w.pt')}'}, skip_cache=False)`,
    );
    expect(lines[3]).toBe('file:///home/user/data/x.txt');
    const coll = world.listCollections('vision-team', 'p').find((c) => c.name === 'refs')!;
    const rec = world.getArtifact(world.listMemberships(coll.id)[0].artifactId)!;
    expect(rec.files).toEqual({ 'local.txt': 'A' });
    expect(rec.references?.map((x) => [x.path, x.ref, x.size])).toEqual([
      ['x.txt', 'file:///home/user/data/x.txt', 1],
      ['w.pt', 's3://bucket/w.pt', null],
    ]);
    // A snapshot keeps them.
    const back = worldFromSnapshot(JSON.parse(JSON.stringify(world.snapshot())));
    expect(back.getArtifact(rec.id)?.references).toEqual(rec.references);
  });

  it('download(): a file:// reference is read from the snippet files; an s3 object is refused (external-reference)', async () => {
    const local = await run(`art.add_reference("file:///home/user/data/x.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
v = wandb.Api().artifact("vision-team/p/refs:latest")
d = v.download()
print(open(d + "/x.txt").read())
`);
    expect(local.error).toBeUndefined();
    expect(local.stdout).toBe('X\n');
    const s3 = await run(`${logged}v.download()\n`);
    expect(s3.error?.type).toBe('NotImplementedError');
    expect(s3.error?.message).toBe(
      'not supported in the playground: downloading s3://bucket/w.pt (it needs the network)',
    );
    expect(s3.error?.code).toBe('external-reference');
  });

  it('download() of a changed or missing file:// target: the local file handler errors', async () => {
    const changed = await run(`art.add_reference("file:///home/user/a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
open("a.txt", "w").write("B")
wandb.Api().artifact("vision-team/p/refs:latest").download()
`);
    expect(changed.error?.message).toBe(
      `Local file reference: Digest mismatch for path '/home/user/a.txt': expected '${MD5.A}' but found 'nV7WeP5XvMphAUCVevq1cQ=='`,
    );
    const gone = await run(`art.add_reference("file:///home/user/a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
import os
os.remove("a.txt")
wandb.Api().artifact("vision-team/p/refs:latest").download()
`);
    expect(gone.error?.message).toBe(
      "Local file reference: Failed to find file at path '/home/user/a.txt'",
    );
  });

  it('download() of an unknown scheme: the tracking handler ValueError', async () => {
    const r = await run(`art.add_reference("ftp://host/x", name="x")
with wandb.init(project="p") as run:
    run.log_artifact(art)
wandb.Api().artifact("vision-team/p/refs:latest").download()
`);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      'Cannot download file at path ftp://host/x, scheme ftp not recognized',
    );
  });

  it('verify() skips references with a warning', async () => {
    const r = await run(`art.add_file("a.txt")
art.add_reference("s3://bucket/w.pt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
v = wandb.Api().artifact("vision-team/p/refs:latest")
d = v.get_entry("a.txt").download()
v.verify()
print("ok")
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('ok\n');
    expect(r.stderr).toContain('wandb: WARNING skipped verification of 1 refs\n');
  });

  it('the same references logged again are the same version; another URI is a new one', async () => {
    const r = await run(`with wandb.init(project="p") as run:
    for uri in ["s3://b/w.pt", "s3://b/w.pt", "s3://b/other/w.pt"]:
        a = wandb.Artifact("refs", "dataset")
        a.add_reference(uri, checksum=False)
        run.log_artifact(a)
        a.wait()
        print(a.version)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('v0\nv0\nv1\n');
  });
});
