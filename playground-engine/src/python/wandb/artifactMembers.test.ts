// The rest of Artifact's public members (wandb/sdk/artifacts/artifact.py, 0.28.x): finalize,
// json_encode, use_as, incremental, distributed_id, history_step, get_added_local_path_name,
// ArtifactTTL.INHERIT and the TTL a draft carries into CreateArtifact, through runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { World } from '../../world/world';
import { coreFooter } from './testSnippets';

/** The docs world with vision-team/quickstart/my-model:v0 logged. */
const seeded = () =>
  createWorld({
    ...worldSeeds.docs,
    artifacts: [{ entity: 'vision-team', project: 'quickstart', name: 'my-model', type: 'model' }],
  });

const run = (code: string, world: World = seeded()) =>
  runSnippet(code, { world, files: { 'a.txt': 'A', 'd/b.txt': 'B' } });

const NOT_LOGGED = (m: string) =>
  `'${m}' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.`;
const createInput = (r: Awaited<ReturnType<typeof run>>) =>
  r.requests.find((e) => e.operationName === 'CreateArtifact')?.variables as {
    input: Record<string, unknown>;
  };

describe('finalize() (0.28.x)', () => {
  it('a finalized draft refuses edits but is still a draft; logging finalizes it, offline too', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
art.finalize()
print(art.is_draft(), art.state)
try:
    art.add_file("a.txt")
except Exception as e:
    print(type(e).__name__, e)
off = wandb.Artifact("off", "model")
with wandb.init(project="p", mode="offline") as run:
    run.log_artifact(off)
try:
    off.add_file("a.txt")
except Exception as e:
    print(type(e).__name__, e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "True PENDING\nArtifactFinalizedError 'Artifact.add_file' used on logged artifact. Can't modify finalized artifact.\n" +
        "ArtifactFinalizedError 'Artifact.add_file' used on logged artifact. Can't modify finalized artifact.\n",
    );
  });
});

describe('json_encode() and use_as (0.28.x)', () => {
  it('json_encode is ensure_logged, then artifact_to_json: its use_as read warns once', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
try:
    art.json_encode()
except AttributeError as e:
    print(e)
v = wandb.Api().artifact("vision-team/quickstart/my-model:latest")
d = v.json_encode()
print(sorted(d.items()) == sorted({"_type": "artifactVersion", "_version": "v0", "id": v.id, "version": "v0", "sequenceName": "my-model", "usedAs": None}.items()))
print(v.use_as, v.json_encode()["usedAs"])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(`${NOT_LOGGED('Artifact.json_encode')}\nTrue\nNone None\n`);
    expect(r.stderr).toBe('wandb: WARNING The use_as property of Artifact is deprecated.\n');
  });

  it('Artifact(use_as=...) and run.use_artifact(use_as=...) warn once each; UseArtifact carries no use_as', async () => {
    const r = await run(`import wandb
a = wandb.Artifact("clf", "model", use_as="x")
b = wandb.Artifact("clf2", "model", use_as="y")
with wandb.init(project="p") as run:
    run.use_artifact("vision-team/quickstart/my-model:latest", use_as="m")
    run.use_artifact("vision-team/quickstart/my-model:v0", use_as="m")
    a.add_file("a.txt")
    run.use_artifact(a, use_as="draft")
`);
    expect(r.error).toBeUndefined();
    const warnings = r.stderr.split('\n').filter((l) => l.includes('WARNING'));
    expect(warnings).toEqual([
      'wandb: WARNING `use_as` argument is deprecated and does not affect the behaviour of `wandb.Artifact()`',
      'wandb: WARNING `use_as` argument is deprecated and does not affect the behaviour of `run.use_artifact`',
      'wandb: WARNING Indicating use_as is not supported when using a draft artifact',
    ]);
    const uses = r.requests.filter((e) => e.operationName === 'UseArtifact');
    expect(uses).toHaveLength(3);
    for (const u of uses) expect((u.variables as { usedAs?: unknown }).usedAs ?? null).toBeNull();
  });
});

describe('incremental and distributed_id (0.28.x)', () => {
  it('incremental=True warns each time and reads back; distributed_id is a plain attribute log_artifact resets', async () => {
    const r = await run(`import wandb
a = wandb.Artifact("clf", "model", incremental=True)
b = wandb.Artifact("clf", "model", incremental=True)
print(a.incremental, wandb.Artifact("c", "model").incremental)
a.distributed_id = "shard-1"
print(a.distributed_id)
a.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(a)
print(a.distributed_id)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True False\nshard-1\nNone\n');
    expect(r.stderr.match(/WARNING Using experimental arg `incremental`/g)).toHaveLength(2);
    expect(createInput(r).input.distributedID ?? null).toBeNull();
  });

  it('the incremental warning comes after the name charset check and before the other checks', async () => {
    const r = await run(`import wandb
for args in (("bad name!", "model"), ("x" * 129, "model"), ("ok", "wandb-history"), ("ok", 5)):
    try:
        wandb.Artifact(*args, incremental=True)
    except Exception as e:
        print(type(e).__name__)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('ValueError\nValueError\nValueError\nAttributeError\n');
    // Three warnings: the name with a bad character fails before the warning.
    expect(r.stderr.match(/WARNING Using experimental arg `incremental`/g)).toHaveLength(3);
  });
});

describe('history_step (0.28.x)', () => {
  it("is the step before the run's step at logging, None at step 0, ensure_logged on a draft", async () => {
    const r = await run(`import wandb
a = wandb.Artifact("first", "model")
a.add_file("a.txt")
b = wandb.Artifact("later", "model")
b.add_file("d/b.txt")
try:
    a.history_step
except AttributeError as e:
    print(e)
with wandb.init(project="p") as run:
    run.log_artifact(a)
    for i in range(3):
        run.log({"loss": 1 / (i + 1)})
    run.log_artifact(b)
a.wait(); b.wait()
print(a.history_step, b.history_step)
print(wandb.Api().artifact("vision-team/p/later:v0").history_step)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(`${NOT_LOGGED('Artifact.history_step')}\nNone 2\n2\n`);
    const creates = r.requests.filter((e) => e.operationName === 'CreateArtifact');
    expect(
      creates.map((c) => (c.variables as { input: { historyStep: unknown } }).input.historyStep),
    ).toEqual([null, 3]);
  });
});

describe('get_added_local_path_name (0.28.x)', () => {
  it('names the entry a local path became (add_file or add_dir), else None', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
art.add_file("a.txt", name="models/a.txt")
art.add_dir("d", name="data")
print(art.get_added_local_path_name("a.txt"), art.get_added_local_path_name("d/b.txt"), art.get_added_local_path_name("nope"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('models/a.txt data/b.txt None\n');
  });
});

describe('ArtifactTTL and the TTL of a draft (0.28.x)', () => {
  it("wandb.ArtifactTTL is artifact_ttl.ArtifactTTL, an Enum (of the snippet's enum module) with INHERIT = 0", async () => {
    const r = await run(`import wandb
from wandb.sdk.artifacts.artifact_ttl import ArtifactTTL
print(ArtifactTTL is wandb.ArtifactTTL, repr(ArtifactTTL.INHERIT), ArtifactTTL.INHERIT, ArtifactTTL.INHERIT.name, ArtifactTTL.INHERIT.value)
print(isinstance(ArtifactTTL.INHERIT, ArtifactTTL), ArtifactTTL.INHERIT == ArtifactTTL.INHERIT)
import enum
print(ArtifactTTL, ArtifactTTL.__module__, list(ArtifactTTL), len(ArtifactTTL))
print(ArtifactTTL(0) is ArtifactTTL.INHERIT, ArtifactTTL["INHERIT"] is ArtifactTTL.INHERIT, isinstance(ArtifactTTL.INHERIT, enum.Enum), ArtifactTTL.INHERIT == 0)
ArtifactTTL(-1)
`);
    expect(r.stdout).toBe(
      '<ArtifactTTL.INHERIT: 0> ArtifactTTL.INHERIT INHERIT 0\n'.replace(/^/, 'True ') +
        'True True\n' +
        "<enum 'ArtifactTTL'> wandb.sdk.artifacts.artifact_ttl [<ArtifactTTL.INHERIT: 0>] 1\n" +
        'True True True False\n',
    );
    expect(r.error).toMatchObject({ type: 'ValueError', message: '-1 is not a valid ArtifactTTL' });
  });

  it("a draft's TTL is sent in CreateArtifact; the world keeps it and ttl reads it back", async () => {
    const world = seeded();
    const r = await run(
      `import wandb, datetime
art = wandb.Artifact("clf", "model")
art.add_file("a.txt")
art.ttl = datetime.timedelta(days=7)
with wandb.init(project="p") as run:
    run.log_artifact(art)
art.wait()
print(art.ttl)
print(wandb.Api().artifact("vision-team/p/clf:v0").ttl)
none = wandb.Artifact("none", "model")
none.add_file("a.txt")
none.ttl = None
none.save(project="p")
none.wait()
print(none.ttl, wandb.Api().artifact("vision-team/p/none:v0").ttl)
`,
      world,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('7 days, 0:00:00\n7 days, 0:00:00\nNone None\n');
    const ttls = r.requests
      .filter((e) => e.operationName === 'CreateArtifact')
      .map(
        (e) => (e.variables as { input: { ttlDurationSeconds: unknown } }).input.ttlDurationSeconds,
      );
    expect(ttls).toEqual([604_800, -2]);
    const byName = (n: string) =>
      world.snapshot().artifacts.find((a) => world.getCollection(a.sequenceId)?.name === n);
    expect(byName('clf')?.ttlSeconds).toBe(604_800);
    expect(byName('none')?.ttlSeconds).toBeNull();
  });

  it('ArtifactTTL.INHERIT on a draft sends -1; the logged artifact still cannot tell its TTL (_ttl_changed stays set)', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
art.add_file("a.txt")
art.ttl = wandb.ArtifactTTL.INHERIT
with wandb.init(project="p") as run:
    run.log_artifact(art)
art.wait()
try:
    art.ttl
except AttributeError as e:
    print(type(e).__name__)
print(wandb.Api().artifact("vision-team/p/clf:v0").ttl)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('ArtifactNotLoggedError\nNone\n');
    expect(createInput(r).input.ttlDurationSeconds).toBe(-1);
  });

  it('a draft without a TTL set sends none (null)', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
art.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
`);
    expect(r.error).toBeUndefined();
    expect(createInput(r).input.ttlDurationSeconds).toBeNull();
  });
});

describe('repr and the ttl setter on other states (0.28.x)', () => {
  it('repr is the name until wait() gives it an id; a fetched version shows its id', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
art.add_file("a.txt")
print(repr(art))
with wandb.init(project="p") as run:
    run.log_artifact(art)
    print(repr(art))
art.wait()
print(repr(art) == f"<Artifact {art.id}>", art.id is not None)
v = wandb.Api().artifact("vision-team/quickstart/my-model:v0")
print(repr(v) == f"<Artifact {v.id}>")
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('<Artifact clf>\n<Artifact clf>\nTrue True\nTrue\n');
  });

  it('a wandb-history version refuses any TTL first', async () => {
    const world = createWorld({
      ...worldSeeds.docs,
      artifacts: [
        { entity: 'vision-team', project: 'p', name: 'run-x-history', type: 'wandb-history' },
      ],
    });
    const r = await run(
      `import wandb
v = wandb.Api().artifact("vision-team/p/run-x-history:v0")
v.ttl = None
`,
      world,
    );
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe('Cannot set artifact TTL for type wandb-history');
  });
});

describe('the state errors name the member and the artifact (exceptions.py, 0.28.x)', () => {
  it('ArtifactNotLoggedError / ArtifactFinalizedError have AttributeError name and obj', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
for get in (lambda: art.version, lambda: art.wait(), lambda: art.download()):
    try:
        get()
    except AttributeError as e:
        print(e.name, e.obj is art)
with wandb.init(project="p") as run:
    art.add_file("a.txt")
    run.log_artifact(art)
try:
    art.add_file("a.txt")
except AttributeError as e:
    print(type(e).__name__, e.name, e.obj is art)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      'version True\nwait True\ndownload True\nArtifactFinalizedError add_file True\n',
    );
  });
});

describe('save() of a draft without a run (0.28.x)', () => {
  it('logs through a silent auto run unless settings= are given', async () => {
    const r = await run(`import wandb
quiet = wandb.Artifact("quiet", "model")
quiet.add_file("a.txt")
quiet.save(project="p")
loud = wandb.Artifact("loud", "model")
loud.add_file("a.txt")
loud.save(project="p", settings=wandb.Settings())
`);
    expect(r.error).toBeUndefined();
    expect(r.stderr.match(/Syncing run/g)).toHaveLength(1);
    const upserts = r.requests.filter((e) => e.operationName === 'UpsertBucket');
    expect(upserts.length).toBeGreaterThanOrEqual(2);
  });

  it("a new_draft() goes back to its source entity's project (init's entity=self._source_entity)", async () => {
    const world = createWorld({
      ...worldSeeds.docs,
      artifacts: [{ entity: 'alice', project: 'mine', name: 'own', type: 'model' }],
    });
    const r = await run(
      `import wandb
d = wandb.Api().artifact("alice/mine/own:v0").new_draft()
d.add_file("a.txt")
d.save()
d.wait()
print(d.qualified_name)
`,
      world,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('alice/mine/own:v1\n');
    expect(createInput(r).input).toMatchObject({ entityName: 'alice', projectName: 'mine' });
  });

  it('an artifact logged and not waited on is still PENDING: save() logs it again (the same content dedups)', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
art.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
    art.save()
art.wait()
print(art.version)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('v0\n');
    expect(r.requests.filter((e) => e.operationName === 'CreateArtifact')).toHaveLength(2);
    expect(r.stderr).toContain('already exists with the same content');
  });
});

describe('log_artifact prepares the artifact as wandb_run.py does (0.28.x)', () => {
  it('a path with :// becomes a reference artifact (_prepare_artifact: add_reference)', async () => {
    const r = await run(`import wandb
with wandb.init(project="p") as run:
    art = run.log_artifact("s3://bucket/data/train.csv", name="ext", type="dataset")
art.wait()
print(art.name, [e.ref for e in art.manifest.entries.values()])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("ext:v0 ['s3://bucket/data/train.csv']\n");
  });

  it('metadata edited in place is validated at log time, and the logged artifact holds a new dict', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
art.add_file("a.txt")
m = art.metadata
m["k"] = 1
with wandb.init(project="p") as run:
    run.log_artifact(art)
    m["late"] = 2
    print(art.metadata)
big = wandb.Artifact("big", "model")
big.add_file("a.txt")
big.metadata.update({f"k{i}": i for i in range(101)})
with wandb.init(project="p") as run:
    run.log_artifact(big)
`);
    expect(r.stdout).toBe("{'k': 1}\n");
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe('Artifact must not have more than 100 metadata keys.');
  });
});

describe('wandb.sdk.artifacts.exceptions (0.28.x)', () => {
  it('holds every class of exceptions.py with its base', async () => {
    const r = await run(`import wandb
from wandb.sdk.artifacts.exceptions import ArtifactStatusError, ArtifactNotLoggedError, ArtifactFinalizedError, WaitTimeoutError, TooFewItemsError, TooManyItemsError
print(issubclass(ArtifactNotLoggedError, ArtifactStatusError), issubclass(ArtifactFinalizedError, AttributeError))
print(issubclass(WaitTimeoutError, wandb.errors.Error), issubclass(TooFewItemsError, ValueError), issubclass(TooManyItemsError, ValueError))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True True\nTrue True True\n');
  });
});

describe("a draft's members: which are ensure_logged (0.28.x)", () => {
  it('every logged-only property raises naming itself; the rest answer on a draft', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model", description="d")
art.add_file("a.txt")
logged_only = ["entity", "project", "version", "collection", "source_entity", "source_project",
    "source_version", "source_collection", "linked_artifacts", "source_artifact", "url", "aliases",
    "tags", "commit_hash", "file_count", "created_at", "updated_at", "history_step", "qualified_name",
    "source_qualified_name", "ttl"]
for n in logged_only:
    try:
        getattr(art, n)
        print(n, "answered")
    except AttributeError as e:
        print(n, str(e).split("'")[1])
print(art.name, art.type, art.source_name, art.is_link, art.id, art.state, art.size, art.description, art.metadata, art.incremental, art.distributed_id, art.is_draft())
with wandb.init(project="p") as run:
    run.log_artifact(art)
print(art.wait(timeout=5) is art, art.file_count, art.size, art.updated_at == art.created_at, len(art.commit_hash) > 0)
`);
    expect(r.error).toBeUndefined();
    const lines = r.stdout.trim().split('\n');
    const named: Record<string, string> = {
      qualified_name: 'Artifact.entity',
      source_qualified_name: 'Artifact.source_entity',
    };
    const expectedRaising = [
      'entity',
      'project',
      'version',
      'collection',
      'source_entity',
      'source_project',
      'source_version',
      'source_collection',
      'linked_artifacts',
      'source_artifact',
      'url',
      'aliases',
      'tags',
      'commit_hash',
      'file_count',
      'created_at',
      'updated_at',
      'history_step',
      'qualified_name',
      'source_qualified_name',
      'ttl',
    ].map((n) => `${n} ${named[n] ?? `Artifact.${n}`}`);
    expect(lines.slice(0, expectedRaising.length)).toEqual(expectedRaising);
    expect(lines.slice(expectedRaising.length)).toEqual([
      'clf model clf False None PENDING 1 d {} False None True',
      'True 1 1 True True',
    ]);
  });
});

describe('wait() after logging (artifact.py _populate_after_save, 0.28.x)', () => {
  it('reads the version back with ArtifactByID: name gains :vN, aliases and a new metadata dict come from the server', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model", metadata={"k": 1})
art.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art, aliases=["best"])
m = art.metadata
art.wait()
print(art.name, sorted(art.aliases), art.metadata, art.metadata is m)
art.wait()
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("clf:v0 ['best', 'latest'] {'k': 1} False\n");
    const ops = r.requests.map((e) => e.operationName);
    expect(ops.slice(ops.indexOf('CreateArtifact'))).toEqual([
      'CreateArtifact',
      'CreateArtifactManifest',
      'CommitArtifact',
      'UpsertBucket',
      'ArtifactByID',
    ]);
  });
});

describe('run.log_artifact(tags=…) (0.28.x)', () => {
  it('tags are validated, deduped and sent with CreateArtifact; the version keeps them', async () => {
    const world = seeded();
    const r = await run(
      `import wandb
with wandb.init(project="p") as run:
    art = run.log_artifact("a.txt", name="clf", type="model", tags=["eval", "v 2", "eval"])
    art.wait()
    print(art.tags)
    plain = run.log_artifact("d/b.txt", name="plain", type="model")
    try:
        run.log_artifact("a.txt", name="bad", type="model", tags=["a/b"])
    except ValueError as e:
        print(e)
print(wandb.Api().artifact("vision-team/p/clf:v0").tags)
`,
      world,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "['eval', 'v 2']\n" +
        'Invalid tag(s).  Tags must only contain alphanumeric characters separated by hyphens, underscores, and/or spaces.\n' +
        "['eval', 'v 2']\n",
    );
    const sent = r.requests
      .filter((e) => e.operationName === 'CreateArtifact')
      .map((e) => (e.variables as { input: { tags?: unknown } }).input.tags);
    // saver.go's omitempty: no tags, no field; the refused one never reached the server.
    expect(sent).toEqual([[{ tagName: 'eval' }, { tagName: 'v 2' }], undefined]);
  });

  it('the tag check comes after the alias check and before the path check', async () => {
    const r = await run(`import wandb
run = wandb.init(project="p")
for args in [dict(aliases=["a:b"], tags=["x/y"]), dict(tags=["x/y"])]:
    try:
        run.log_artifact("missing.txt", **args)
    except ValueError as e:
        print(str(e).split(".")[0])
`);
    expect(r.stdout).toBe(
      "Aliases must not contain any of the following characters: '/', ':'\nInvalid tag(s)\n" +
        coreFooter('daring-harbor-10', 'vision-team/p', 'wvtjco9l', '20250115_120010'),
    );
  });
});

describe('run.log_artifact(tags=…) on a dedup hit (our choice, ASSUMPTIONS.md)', () => {
  it('the same content logged again with other tags keeps the version’s own tags', async () => {
    const r = await run(`import wandb
with wandb.init(project="p") as run:
    run.log_artifact("a.txt", name="clf", type="model", tags=["first"])
    run.log_artifact("a.txt", name="clf", type="model", tags=["second"])
print(wandb.Api().artifact("vision-team/p/clf:latest").tags)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['first']\n");
  });
});
