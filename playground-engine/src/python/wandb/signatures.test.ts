// What the signature table and the decorators around the real methods decide, through
// runSnippet (wandb 0.28.x: wandb_init.py init, artifacts/_validators.py ensure_logged /
// ensure_not_finalized, wandb_run.py _raise_if_finished, apis/public/api.py).

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string) =>
  runSnippet(code, { world: createWorld(worldSeeds.docs), files: { 'a.txt': 'a' } });

describe('wandb.init parameters, in 0.28.x order', () => {
  it('0.24.0 and later: the 16th positional argument is reinit (anonymous moved to the end)', async () => {
    const r = await run(`import wandb
args = [None, "p"] + [None] * 13
r1 = wandb.init(*args, "return_previous")
r2 = wandb.init(*args, "return_previous")
print(r1 is r2)
r1.finish()
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True\n');
    expect(r.stderr).toContain(
      "reinit is set to 'return_previous', so returning the previous run.",
    );
  });
});

describe('decorator checks come before the arguments are bound', () => {
  it('ensure_logged: a draft refuses download(bogus=1) and files() with too many arguments as not logged', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("x", "model")
for call in (lambda: art.download(bogus=1), lambda: art.files(1, 2, 3, 4)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e.name)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('ArtifactNotLoggedError download\nArtifactNotLoggedError files\n');
  });

  it('ensure_not_finalized: a logged artifact refuses add_file() without its path as finalized', async () => {
    const r = await run(`import wandb
art = wandb.Artifact("x", "model")
art.add_file("a.txt")
with wandb.init(project="p") as run:
    run.log_artifact(art)
try:
    art.add_file()
except Exception as e:
    print(type(e).__name__, e)
`);
    expect(r.stdout).toBe(
      "ArtifactFinalizedError 'Artifact.add_file' used on logged artifact. Can't modify finalized artifact.\n",
    );
  });

  it('_raise_if_finished: a finished run refuses log_artifact() and log(bogus=1) with the UsageError', async () => {
    const r = await run(`import wandb
with wandb.init(project="p") as run:
    pass
for call in (lambda: run.log_artifact(), lambda: run.log(bogus=1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
`);
    const id = /runs\/(\w+)/.exec(r.stderr)?.[1];
    expect(r.stdout).toBe(
      `UsageError Run (${id}) is finished. The call to \`log_artifact\` will be ignored. Please make sure that you are using an active run.\n` +
        `UsageError Run (${id}) is finished. The call to \`log\` will be ignored. Please make sure that you are using an active run.\n`,
    );
  });

  it('an artifact that is logged binds as usual: a wrong keyword is TypeError', async () => {
    const r = await run(`import wandb
api = wandb.Api()
api.artifact("acme/wandb-registry-model/image-classifier:latest").download(bogus=1)
`);
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe("Artifact.download() got an unexpected keyword argument 'bogus'");
  });
});

describe('Api.artifact_collection_exists(name, type)', () => {
  it('is artifact_collection(type, name) answering: False for a missing collection, another type, or an unknown entity', async () => {
    const r = await run(`import wandb
api = wandb.Api()
print(api.artifact_collection_exists("vision-team/pretrained/resnet-baseline", "model"))
print(api.artifact_collection_exists(type="model", name="acme/wandb-registry-model/image-classifier"))
print(api.artifact_collection_exists("vision-team/pretrained/nope", "model"))
print(api.artifact_collection_exists("vision-team/pretrained/resnet-baseline", "dataset"))
print(api.artifact_collection_exists("nobody/x/y", "model"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True\nTrue\nFalse\nFalse\nFalse\n');
  });

  it('takes both arguments: type is required', async () => {
    const r = await run(`import wandb
wandb.Api().artifact_collection_exists("vision-team/pretrained/resnet-baseline")
`);
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe(
      "Api.artifact_collection_exists() missing 1 required positional argument: 'type'",
    );
  });
});

describe('a wrong argument type the SDK does not check is our TypeError (ASSUMPTIONS.md)', () => {
  it.each([
    ['wandb.Api().artifact(5)', 'name must be a str, not int'],
    ['wandb.Api(overrides=5)', 'overrides must be a dict, not int'],
    [
      'wandb.Api().artifact_collection_exists("vision-team/pretrained/x", 5)',
      'type must be a str, not int',
    ],
    [
      'with wandb.init(project="p") as run:\n    run.link_artifact(wandb.Artifact("x", "model"), 5)',
      'target_path must be a str, not int',
    ],
  ])('%s', async (code, message) => {
    const r = await run(`import wandb\n${code}\n`);
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe(message);
  });
});

describe('CPython counts self in a method signature error', () => {
  it.each([
    [
      'wandb.Artifact("x", "model").is_draft(1)',
      'Artifact.is_draft() takes 1 positional argument but 2 were given',
    ],
    [
      'wandb.Api().artifact("a", "b", "c")',
      'Api.artifact() takes from 2 to 3 positional arguments but 4 were given',
    ],
    [
      'wandb.Artifact("x", "model", None, None, False, None, None, 1)',
      'Artifact.__init__() takes from 3 to 8 positional arguments but 9 were given',
    ],
    ['wandb.init(*range(26))', 'init() takes from 0 to 25 positional arguments but 26 were given'],
  ])('%s', async (code, message) => {
    const r = await run(`import wandb\n${code}\n`);
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe(message);
  });
});

describe('run.config and run.summary methods bind as wandb_config.py / wandb_summary.py declare them', () => {
  it('a missing or unknown argument is the TypeError; keywords by their real names work', async () => {
    const r = await run(`import wandb
with wandb.init(project="p", config={"a": 1}) as run:
    for call in (
        lambda: run.config.update(),
        lambda: run.config.update({"b": 2}, allow_val_changes=True),
        lambda: run.config.keys(1),
        lambda: run.summary.update(),
        lambda: run.summary.get(),
    ):
        try:
            call()
        except TypeError as e:
            print(e)
    run.config.update({"a": 3}, allow_val_change=True)
    run.config.update(d={"c": 3})
    run.config.setdefaults(d={"e": 1})
    run.summary.update(d={"x": 1})
    print(run.config.as_dict(), run.summary.get("x"), run.summary.get(key="y", default=5))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "Config.update() missing 1 required positional argument: 'd'",
        "Config.update() got an unexpected keyword argument 'allow_val_changes'",
        'Config.keys() takes 1 positional argument but 2 were given',
        "SummaryDict.update() missing 1 required positional argument: 'd'",
        "SummaryDict.get() missing 1 required positional argument: 'key'",
        "{'a': 3, 'c': 3, 'e': 1} 1 5",
        '',
      ].join('\n'),
    );
  });
});
