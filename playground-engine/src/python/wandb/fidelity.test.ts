// The SDK audit (playground-engine/SDK-AUDIT.md), pinned through Python: each case is a
// behaviour of wandb 0.28.x read from its source, with the file named in the test.

import { describe, expect, it } from 'vitest';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { runSnippet } from '../../host/runSnippet';
import { termProblems } from './termProblems';

const run = (code: string, seed = 'docs', files?: Record<string, string>) =>
  runSnippet(code, { world: createWorld(worldSeeds[seed]), files });

const NOT_LOGGED = 'wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError';
const notLoggedText = (fullname: string) =>
  `'${fullname}' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.`;

describe('names (artifact.py _from_membership / _assign_attrs, 0.28.x)', () => {
  it('an artifact fetched by alias keeps the alias in name and qualified_name; version is vN', async () => {
    const r = await run(`import wandb
a = wandb.Api().artifact("acme/wandb-registry-model/image-classifier:latest")
print(a.name)
print(a.qualified_name)
print(a.version, a.aliases, a.is_link)
b = wandb.Api().artifact("vision-team/pretrained/resnet-baseline:v1")
print(b.name, b.source_name, b.is_link)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'image-classifier:latest',
        'acme/wandb-registry-model/image-classifier:latest',
        "v0 ['latest'] True",
        'resnet-baseline:v1 resnet-baseline:v1 False',
        '',
      ].join('\n'),
    );
  });

  it('a draft: name as given, source_name without a version, qualified_name fails on entity', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model")
print(art.name, art.source_name, art.id, art.state)
print(art.qualified_name)
`);
    expect(r.stdout).toBe('clf clf None PENDING\n');
    expect(r.error?.type).toBe(NOT_LOGGED);
    expect(r.error?.message).toBe(notLoggedText('Artifact.entity'));
  });

  it('missing membership and type mismatch: the messages quote with repr', async () => {
    const r = await run(`import wandb
api = wandb.Api()
for name, t in [("vision-team/pretrained/nope:latest", None), ("vision-team/pretrained/resnet-baseline:v0", "dataset")]:
    try:
        api.artifact(name, type=t)
    except wandb.errors.CommError as e:
        print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "artifact membership 'nope:latest' not found in 'vision-team/pretrained'",
        "type 'dataset' specified but this artifact is of type 'model'",
        '',
      ].join('\n'),
    );
  });
});

describe('Artifact() arguments (artifact.py Artifact.__init__, 0.28.x)', () => {
  it("a non-str name or type fails where the SDK's own code would", async () => {
    const cases = [
      [
        'wandb.Artifact(3, "model")',
        'TypeError',
        "expected string or bytes-like object, got 'int'",
      ],
      ['wandb.Artifact("clf", 3)', 'AttributeError', "'int' object has no attribute 'startswith'"],
      ['wandb.Artifact("clf", ["model"])', 'TypeError', "unhashable type: 'list'"],
      [
        'wandb.Artifact("a b", 3)',
        'ValueError',
        "Artifact name may only contain alphanumeric characters, dashes, underscores, and dots. Invalid name: 'a b'",
      ],
    ];
    for (const [call, type, message] of cases) {
      const r = await run(`import wandb\n${call}\n`);
      expect([call, r.error?.type, r.error?.message]).toEqual([call, type, message]);
    }
  });
});

describe('ArtifactNotLoggedError (sdk/artifacts/exceptions.py, 0.28.x)', () => {
  it('lives in wandb.sdk.artifacts.exceptions, subclasses AttributeError, and is not in wandb.errors', async () => {
    const r = await run(`import wandb
from wandb.sdk.artifacts.exceptions import ArtifactNotLoggedError, ArtifactFinalizedError
art = wandb.Artifact("clf", "model")
print(issubclass(ArtifactNotLoggedError, AttributeError), issubclass(ArtifactNotLoggedError, wandb.errors.Error))
print(hasattr(art, "version"), hasattr(art, "aliases"), getattr(art, "entity", "fallback"))
print(hasattr(wandb.errors, "ArtifactNotLoggedError"))
try:
    art.version
except AttributeError as e:
    print(type(e).__name__)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True False\nFalse False fallback\nFalse\nArtifactNotLoggedError\n');
  });

  it('wait() on an artifact never logged raises it; the traceback names the module', async () => {
    const r = await run('import wandb\nwandb.Artifact("clf", "model").wait()\n');
    expect(r.error?.type).toBe(NOT_LOGGED);
    expect(r.error?.message).toBe(notLoggedText('Artifact.wait'));
    expect(r.error?.traceback.split('\n').pop()).toBe(
      `${NOT_LOGGED}: ${notLoggedText('Artifact.wait')}`,
    );
  });

  it('aliases of a draft (or of a logged artifact before wait) raise it', async () => {
    const r = await run(
      `import wandb
with wandb.init(project="p") as run:
    art = wandb.Artifact("clf", "model")
    art.add_file("m.txt")
    run.log_artifact(art)
    try:
        art.aliases
    except AttributeError as e:
        print(e)
    print(art.wait().aliases)
`,
      'docs',
      { 'm.txt': 'x' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(`${notLoggedText('Artifact.aliases')}\n['latest']\n`);
  });

  it('add_file after logging: ArtifactFinalizedError, also an AttributeError', async () => {
    const r = await run(
      `import wandb
with wandb.init(project="p") as run:
    art = wandb.Artifact("clf", "model")
    art.add_file("m.txt")
    run.log_artifact(art)
    art.add_file("m.txt")
`,
      'docs',
      { 'm.txt': 'x' },
    );
    expect(r.error?.type).toBe('wandb.sdk.artifacts.exceptions.ArtifactFinalizedError');
    expect(r.error?.message).toBe(
      "'Artifact.add_file' used on logged artifact. Can't modify finalized artifact.",
    );
  });
});

describe('log_artifact (wandb_run.py _log_artifact / _prepare_artifact, 0.28.x)', () => {
  it("a missing path: the ValueError with the SDK's missing space", async () => {
    const r = await run(
      'import wandb\nwith wandb.init(project="p") as run:\n    run.log_artifact("missing.txt")\n',
    );
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      'path must be a file, directory or externalreference like s3://bucket/path',
    );
  });

  it('aliases are checked before the path; anything else is a TypeError', async () => {
    const bad = await run(
      'import wandb\nwith wandb.init(project="p") as run:\n    run.log_artifact("missing.txt", aliases=["a/b"])\n',
    );
    expect(bad.error?.type).toBe('ValueError');
    expect(bad.error?.message).toBe(
      "Aliases must not contain any of the following characters: '/', ':'",
    );
    const wrong = await run(
      'import wandb\nwith wandb.init(project="p") as run:\n    run.log_artifact(42)\n',
    );
    expect(wrong.error?.type).toBe('TypeError');
    expect(wrong.error?.message).toBe(
      'You must pass an instance of wandb.Artifact or a valid file path to log_artifact',
    );
  });

  it('given aliases always gain "latest" (util.py _resolve_aliases)', async () => {
    const r = await run(
      `import wandb
with wandb.init(project="p") as run:
    art = run.log_artifact("m.txt", name="clf", type="model", aliases=["best"]).wait()
    print(sorted(art.aliases))
`,
      'docs',
      { 'm.txt': 'x' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['best', 'latest']\n");
  });

  it("identical content: wandb-core's WARNING line, once", async () => {
    const r = await run(
      `import wandb
for _ in range(3):
    with wandb.init(project="p") as run:
        run.log_artifact("m.txt", name="clf", type="model")
`,
      'docs',
      { 'm.txt': 'x' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('');
    expect(termProblems(r.stderr)).toBe(
      'wandb: WARNING Artifact "clf" already exists with the same content. No new version will be created.\n',
    );
  });
});

describe('use_artifact (wandb_run.py Run.use_artifact, 0.28.x)', () => {
  it('on a finished run: the _raise_if_finished UsageError', async () => {
    const r = await run(`import wandb
run = wandb.init(project="p")
run.finish()
run.use_artifact("vision-team/pretrained/resnet-baseline:latest")
`);
    expect(r.error?.type).toBe('wandb.errors.errors.UsageError');
    expect(r.error?.message).toMatch(/The call to `use_artifact` will be ignored/);
  });

  it('a draft is logged first and waited on', async () => {
    const r = await run(
      `import wandb
with wandb.init(project="p") as run:
    art = wandb.Artifact("clf", "model")
    art.add_file("m.txt")
    used = run.use_artifact(art)
    print(used is art, art.is_draft(), art.version, art.aliases)
`,
      'docs',
      { 'm.txt': 'x' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("True False v0 ['latest']\n");
  });

  it("by name: the lookup's ValueError is not wrapped in CommError; a bad argument is a ValueError", async () => {
    const missing = await run(`import wandb
with wandb.init(project="p") as run:
    run.use_artifact("vision-team/pretrained/nope:latest")
`);
    expect(missing.error?.type).toBe('ValueError');
    expect(missing.error?.message).toBe(
      "artifact membership 'nope:latest' not found in 'vision-team/pretrained'",
    );
    const bad = await run(
      'import wandb\nwith wandb.init(project="p") as run:\n    run.use_artifact(3)\n',
    );
    expect(bad.error?.type).toBe('ValueError');
    expect(bad.error?.message).toBe(
      'You must pass an artifact name (e.g. "pedestrian-dataset:v1"), an instance of `wandb.Artifact`, or `wandb.Api().artifact()` to `use_artifact`',
    );
  });
});

describe('metadata and description (artifact.py properties, 0.28.x)', () => {
  it('metadata is a live dict', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("clf", "model", metadata={"a": 1})
art.metadata["k"] = 1
m = art.metadata
m["j"] = 2
print(art.metadata, art.metadata is m)
art.metadata = {"fresh": True}
print(art.metadata, m)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "{'a': 1, 'k': 1, 'j': 2} True\n{'fresh': True} {'a': 1, 'k': 1, 'j': 2}\n",
    );
  });

  it('metadata edited in place is what gets logged', async () => {
    const r = await run(
      `import wandb
with wandb.init(project="p") as run:
    art = wandb.Artifact("clf", "model")
    art.add_file("m.txt")
    art.metadata["epochs"] = 3
    run.log_artifact(art)
print(wandb.Api().artifact("vision-team/p/clf:v0").metadata)
`,
      'docs',
      { 'm.txt': 'x' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("{'epochs': 3}\n");
  });

  it('editing description or metadata on a link warns', async () => {
    const r = await run(`import wandb
link = wandb.Api().artifact("acme/wandb-registry-model/image-classifier:v0")
link.description = "new"
link.metadata = {"k": 1}
print(link.description, link.metadata)
`);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe(
      [
        "wandb: WARNING Editing the description of this linked artifact will edit the description for the source artifact and it's linked artifacts as well.",
        "wandb: WARNING Editing the metadata of this linked artifact will edit the metadata for the source artifact and it's linked artifacts as well.",
        '',
      ].join('\n'),
    );
    expect(r.stdout).toBe("new {'k': 1}\n");
  });
});

describe('links (artifact.py link / linked_artifacts / delete, 0.28.x)', () => {
  it('linked_artifacts: name col:vN and the vN among the aliases', async () => {
    const r = await run(`import wandb
src = wandb.Api().artifact("vision-team/pretrained/resnet-baseline:v0")
for l in src.linked_artifacts:
    print(l.qualified_name, sorted(l.aliases), l.version, l.is_link, l.id == src.id)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "acme/wandb-registry-model/image-classifier:v0 ['latest', 'v0'] v0 True True\n",
    );
  });

  it('link() checks the path before the aliases, and logs a draft before either', async () => {
    const r = await run(
      `import wandb
with wandb.init(project="p") as run:
    art = wandb.Artifact("clf", "model")
    art.add_file("m.txt")
    try:
        art.link("a/b/c/d", aliases=["x:y"])
    except wandb.errors.CommError as e:
        print(e)
    print(art.is_draft(), art.version)
`,
      'docs',
      { 'm.txt': 'x' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("Invalid artifact path: 'a/b/c/d'\nFalse v0\n");
  });

  it('delete() on a link warns with the SDK text and only unlinks', async () => {
    const r = await run(`import wandb
link = wandb.Api().artifact("acme/wandb-registry-model/image-classifier:v0")
link.delete()
src = wandb.Api().artifact("vision-team/pretrained/resnet-baseline:v0")
print(src.linked_artifacts)
`);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe(
      'wandb: WARNING Deleting a link artifact will only unlink the artifact from the source artifact and not delete the source artifact and the data of the source artifact.\n',
    );
    expect(r.stdout).toBe('[]\n');
  });
});

describe('registries (apis/public/api.py Api.registry / registries, 0.28.x)', () => {
  it('api.registry(name) gives the accepted types and whether all types are allowed', async () => {
    const r = await run(`import wandb
api = wandb.Api()
for name in ["model", "dataset"]:
    reg = api.registry(name)
    print(reg.full_name, reg.organization, reg.entity, reg.allow_all_artifact_types, list(reg.artifact_types), reg.visibility)
print(api.registry("model", organization="acme").path)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "wandb-registry-model acme acme False ['model'] organization",
        "wandb-registry-dataset acme acme False ['dataset'] organization",
        "['acme', 'wandb-registry-model']",
        '',
      ].join('\n'),
    );
  });

  it("a registry the viewer cannot see, or none of that name: Registry.load's ValueError", async () => {
    const r = await run('import wandb\nwandb.Api().registry("compliance")\n');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe("Failed to load registry 'compliance' in organization 'acme'.");
    const org = await run('import wandb\nwandb.Api().registry("model", organization="nope")\n');
    expect(org.error?.type).toBe('wandb.errors.errors.CommError');
    expect(org.error?.message).toBe("Organization 'nope' not found.");
  });

  it('a personal entity in several orgs: fetch_org_from_settings_or_entity refuses', async () => {
    const r = await run('import wandb\nwandb.Api().registries()\n', 'multiple-orgs');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      'Multiple organizations found for entity. Please specify an organization in the settings.',
    );
  });
});

describe('SDK functions are Python functions (wandb_run.py, artifact.py: plain defs under functools.wraps)', () => {
  it('a method left uncalled prints as a bound method; a module function as a function', async () => {
    const r = await run(`import wandb
run = wandb.init(project="p")
print(run.log_artifact)
print(type(run.log_artifact).__name__, run.log_artifact.__qualname__, run.log_artifact.__name__)
print(wandb.init.__qualname__, type(wandb.init).__name__)
a = wandb.Artifact("clf", type="model")
print(a.download)
print(len, type(len).__name__)
run.finish()
`);
    expect(r.error).toBeUndefined();
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^<bound method Run\.log_artifact of <wandb\.sdk\.wandb_run\.Run object at 0x[0-9a-f]+>>$/,
    );
    expect(lines.slice(1, 3)).toEqual(['method Run.log_artifact log_artifact', 'init function']);
    expect(lines[3]).toBe('<bound method Artifact.download of <Artifact clf>>');
    // CPython's own built-ins stay built-in.
    expect(lines[4]).toBe('<built-in function len> builtin_function_or_method');
  });

  it('a module-level function reprs as <function NAME at 0x…>', async () => {
    const r = await run('import wandb\nprint(wandb.login)');
    expect(r.stdout).toMatch(/^<function login at 0x[0-9a-f]+>\n$/);
  });
});
