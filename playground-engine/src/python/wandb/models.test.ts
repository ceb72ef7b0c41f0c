// run.log_model / run.use_model and the module-level wandb.log_model / wandb.use_model
// (wandb/sdk/wandb_run.py, wandb/__init__.py, wandb/sdk/lib/module.py), through runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string, files: Record<string, string> = { 'model.pt': 'weights' }) =>
  runSnippet(code, { world: createWorld(worldSeeds.docs), files });

const INIT = `import wandb
run = wandb.init(project="p", settings=wandb.Settings(silent=True))
`;

describe('run.log_model (0.28.x)', () => {
  it('logs the path as a "model" artifact named run-{id}-{basename}, with latest, and returns None', async () => {
    const r = await run(`${INIT}print(run.log_model("model.pt"))
print(run.log_model("model.pt", name="clf", aliases=["best"]))
a = wandb.Api().artifact(f"vision-team/p/run-{run.id}-model.pt:latest")
b = wandb.Api().artifact("vision-team/p/clf:best")
print(a.type, a.version, b.type, sorted(b.aliases))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("None\nNone\nmodel v0 model ['best', 'latest']\n");
  });

  it("a missing path is _prepare_artifact's ValueError; a finished run names log_model", async () => {
    const missing = await run(`${INIT}run.log_model("nope.pt")\n`);
    expect(missing.error?.type).toBe('ValueError');
    expect(missing.error?.message).toBe(
      'path must be a file, directory or externalreference like s3://bucket/path',
    );
    const finished = await run(`${INIT}run.finish()\nrun.log_model("model.pt")\n`);
    expect(finished.error?.type).toBe('wandb.errors.errors.UsageError');
    expect(finished.error?.message).toMatch(/The call to `log_model` will be ignored/);
  });

  it('a name with a space is the Artifact name error', async () => {
    const r = await run(`${INIT}run.log_model("model.pt", name="my model")\n`);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toMatch(/^Artifact name may only contain/);
  });
});

describe('run.use_model (0.28.x)', () => {
  it('downloads the model and returns the path of its only file', async () => {
    const r = await run(`${INIT}import os
path = run.use_model("acme/wandb-registry-model/image-classifier:latest")
print(path)
print(os.path.exists(path))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('/home/user/artifacts/resnet-baseline:v0/weights.txt\nTrue\n');
  });

  it('a model of several files returns the download directory', async () => {
    const r = await run(
      `${INIT}art = wandb.Artifact("two", "model")
art.add_file("a.txt")
art.add_file("b.txt")
run.log_artifact(art)
art.wait()
print(run.use_model("two:latest"))
`,
      { 'a.txt': 'A', 'b.txt': 'B' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('/home/user/artifacts/two:v0\n');
  });

  it('an artifact whose type lacks "model" is an AssertionError, after use_artifact', async () => {
    const r = await run(
      `${INIT}run.use_model("vision-team/pretrained/street-scenes-raw:latest")\n`,
    );
    expect(r.error?.type).toBe('AssertionError');
    expect(r.error?.message).toBe(
      "You can only use this method for 'model' artifacts. For an artifact to be a 'model' artifact, its type property must contain the substring 'model'.",
    );
  });

  it("a missing name is use_artifact's lookup error", async () => {
    const r = await run(`${INIT}run.use_model("missing-model:latest")\n`);
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toMatch(/missing-model:latest/);
  });

  it('offline it is a RuntimeError; on a finished run the UsageError names use_model', async () => {
    const offline = await run(`import wandb
run = wandb.init(project="p", mode="offline", settings=wandb.Settings(silent=True))
run.use_model("clf:latest")
`);
    expect(offline.error?.type).toBe('RuntimeError');
    expect(offline.error?.message).toBe('`use_model` not supported in offline mode.');
    const finished = await run(`${INIT}run.finish()\nrun.use_model("clf:latest")\n`);
    expect(finished.error?.type).toBe('wandb.errors.errors.UsageError');
    expect(finished.error?.message).toMatch(/The call to `use_model` will be ignored/);
  });
});

describe('wandb.log_model / wandb.use_model at module level (0.28.x)', () => {
  it.each(['log_model', 'use_model'])(
    'wandb.%s before init: wandb.Error "You must call wandb.init() before wandb.NAME()"',
    async (name) => {
      const r = await run(`import wandb\nwandb.${name}("model.pt")\n`);
      expect(r.error?.type).toBe('wandb.errors.errors.Error');
      expect(r.error?.message).toBe(`You must call wandb.init() before wandb.${name}()`);
    },
  );

  it('during a run they are the run methods', async () => {
    const r = await run(`${INIT}wandb.log_model("model.pt", name="clf")
print(wandb.use_model("clf:latest"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('/home/user/artifacts/clf:v0/model.pt\n');
  });

  it.each(['log_model', 'use_model', 'link_model'])(
    "after finish wandb.%s stays the finished run's method (unset_globals leaves it): UsageError",
    async (name) => {
      const args = name === 'link_model' ? '"model.pt", "m"' : '"model.pt"';
      const r = await run(`${INIT}run.finish()\nwandb.${name}(${args})\n`);
      expect(r.error?.type).toBe('wandb.errors.errors.UsageError');
      expect(r.error?.message).toMatch(new RegExp(`The call to \`${name}\` will be ignored`));
    },
  );
});

describe('a directory: log_model(dir) and Artifact.add_dir (0.28.x)', () => {
  const DIR = { 'model_dir/weights.pt': 'w', 'model_dir/cfg/config.json': '{}' };

  it('log_model of a directory adds every file by its path inside it; use_model gives the directory back', async () => {
    const r = await run(
      `${INIT}import os
run.log_model("model_dir/", name="clf")
path = run.use_model("clf:latest")
print(path)
print(sorted(os.listdir(path)), [f.name for f in wandb.Api().artifact("vision-team/p/clf:v0").files()])
`,
      DIR,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "/home/user/artifacts/clf:v0\n['cfg', 'weights.pt'] ['cfg/config.json', 'weights.pt']\n",
    );
  });

  it('add_dir(path, name=...) puts the files under name/ and prints what it adds; a missing directory is a ValueError', async () => {
    const r = await runSnippet(
      `import wandb
with wandb.init(project="p", settings=wandb.Settings(silent=True)) as run:
    art = wandb.Artifact("clf", "model")
    art.add_dir("./model_dir", name="export")
    run.log_artifact(art)
art.wait()
print([f.name for f in art.files()])
wandb.Artifact("other", "model").add_dir("nope")
`,
      { world: createWorld(worldSeeds.docs), files: DIR },
    );
    expect(r.stdout).toBe("['export/cfg/config.json', 'export/weights.pt']\n");
    expect(r.stderr).toBe('wandb: Adding directory to artifact (model_dir)... Done. 0.0s\n');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe("Path is not a directory: 'nope'");
  });
});
