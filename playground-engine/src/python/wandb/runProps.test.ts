// The simple properties of the Run wandb.init returns (wandb_run.py: id, name and its setter,
// notes, tags, group, job_type, entity, project, path, url, dir, start_time, …) and
// `with wandb.init() as run:` leaving on an exception (`Run.__exit__`).

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { coreFooter, offlineCoreFooter } from './testSnippets';

const run = (code: string, env?: Record<string, string>) =>
  runSnippet(`import wandb\n${code}`, { world: createWorld(worldSeeds.docs), env });

const lines = (r: { stderr: string }) => r.stderr.split('\n').filter(Boolean);

describe('Run properties (0.28.x)', () => {
  it("repr and type: Run, Api and Artifact are their modules' classes; Run and Api have object's repr", async () => {
    const r = await run(`run = wandb.init(project="p", settings=wandb.Settings(silent=True))
api = wandb.Api()
art = wandb.Artifact("x", "model")
print(run)
print(type(run), isinstance(run, wandb.Run), wandb.Run.__module__)
print(api)
print(type(api), isinstance(api, wandb.Api))
print(art, type(art), wandb.Artifact.__module__)
`);
    expect(r.error).toBeUndefined();
    const out = r.stdout.split('\n');
    expect(out[0]).toMatch(/^<wandb\.sdk\.wandb_run\.Run object at 0x[0-9a-f]+>$/);
    expect(out[1]).toBe("<class 'wandb.sdk.wandb_run.Run'> True wandb.sdk.wandb_run");
    expect(out[2]).toMatch(/^<wandb\.apis\.public\.api\.Api object at 0x[0-9a-f]+>$/);
    expect(out[3]).toBe("<class 'wandb.apis.public.api.Api'> True");
    expect(out[4]).toBe(
      "<Artifact x> <class 'wandb.sdk.artifacts.artifact.Artifact'> wandb.sdk.artifacts.artifact",
    );
  });

  it('id, entity, project, path, url, project_url, dir, sync_dir, start_time and the defaults', async () => {
    const r = await run(`run = wandb.init(project="p")
print(run.path == f"{run.entity}/{run.project}/{run.id}", run.entity, run.project)
print(run.url == f"https://wandb.ai/vision-team/p/runs/{run.id}", run.project_url)
print(run.dir == f"{run.sync_dir}/files", run.sync_dir.startswith("/home/user/wandb/run-"))
print(type(run.start_time).__name__, run.start_time > 1.7e9)
print(repr(run.group), repr(run.job_type), run.notes, run.tags, run.sweep_id, run.sweep_url)
print(run.resumed, run.offline, run.disabled, run.step, run.starting_step)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'True vision-team p',
        'True https://wandb.ai/vision-team/p',
        'True True',
        'float True',
        "'' '' None () None None",
        'False False False 0 0',
        '',
      ].join('\n') + coreFooter('jolly-summit-17', 'vision-team/p', 'f3d895lq', '20250115_120017'),
    );
  });

  it('group, job_type, notes and tags from init, from Settings and from WANDB_RUN_GROUP / WANDB_NOTES / WANDB_TAGS', async () => {
    const r = await run(
      `a = wandb.init(project="p", group="g", job_type="train", notes="n", tags=["x", "y"])
print(a.group, a.job_type, a.notes, a.tags)
a.finish()
b = wandb.init(project="p", tags="ab")
print(b.group, b.notes, b.tags)
b.finish()
s = wandb.Settings(project="sp", run_group="sg", run_tags="one", run_name="sn", run_id="sid1")
c = wandb.init(settings=s, name="kw-name")
print(c.project, c.group, c.tags, c.name, c.id)
`,
      { WANDB_RUN_GROUP: 'env-group', WANDB_NOTES: 'env-notes', WANDB_TAGS: 'e1,e2' },
    );
    expect(r.error).toBeUndefined();
    // `tuple(tags)`: a str given to init becomes its characters.
    expect(r.stdout).toBe(
      "g train n ('x', 'y')\nenv-group env-notes ('a', 'b')\nsp sg ('one',) kw-name sid1\n" +
        coreFooter('kw-name', 'vision-team/sp', 'sid1', '20250115_120020'),
    );
  });

  it('run.name = ... renames the run: the footer and the server (UpsertBucket displayName) see it', async () => {
    const r = await run(`run = wandb.init(project="p")
run.name = "renamed"
run.notes = "why"
print(run.name, run.notes)
run.finish()
print(wandb.Api().run(run.path).name)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('renamed why\nrenamed\n');
    expect(lines(r).some((l) => l.startsWith('wandb: 🚀 View run renamed at: '))).toBe(true);
    const last = r.requests.filter((q) => q.operationName === 'UpsertBucket').at(-1);
    // core's upserter sends its params together once one changed; the exit record completes it.
    expect(last?.variables).toMatchObject({ displayName: 'renamed', notes: 'why', exitCode: 0 });
  });

  it('the name setter refuses a non-str (pydantic) and a finished run (UsageError naming `name`)', async () => {
    const bad = await run('run = wandb.init(project="p")\nrun.name = 5\n');
    expect(bad.error?.type).toBe('pydantic_core._pydantic_core.ValidationError');
    expect(bad.error?.message).toBe(
      '1 validation error for Settings\nrun_name\n  Input should be a valid string [type=string_type, input_value=5, input_type=int]\n    For further information visit https://errors.pydantic.dev/2.12/v/string_type',
    );
    const done = await run(
      'run = wandb.init(project="p", id="r1")\nrun.finish()\nrun.name = "x"\n',
    );
    expect(done.error?.message).toBe(
      'Run (r1) is finished. The call to `name` will be ignored. Please make sure that you are using an active run.',
    );
  });

  it('the tags setter takes any iterable of str; a bad tag warns and leaves the tags alone', async () => {
    const r = await run(`run = wandb.init(project="p", tags=["a"])
run.tags = ("b", "c")
print(run.tags)
run.tags = ["ok", "", "z" * 70]
print(run.tags)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "('b', 'c')\n('b', 'c')\n" +
        coreFooter('jolly-summit-17', 'vision-team/p', 'f3d895lq', '20250115_120017'),
    );
    expect(lines(r)).toContain(
      `wandb: WARNING Invalid tag detected: Tag at index 1 is empty. Tags must be between 1 and 64 characters; Tag '${'z'.repeat(20)}...${'z'.repeat(20)}' is 70 characters. Tags must be between 1 and 64 characters Tags not updated.`,
    );
  });

  it('project_name(), get_url() and get_project_url() warn once that they are deprecated', async () => {
    const r = await run(`run = wandb.init(project="p")
print(run.project_name(), run.project_name())
print(run.get_url() == run.url, run.get_project_url())
`);
    expect(r.stdout).toBe(
      'p p\nTrue https://wandb.ai/vision-team/p\n' +
        coreFooter('jolly-summit-17', 'vision-team/p', 'f3d895lq', '20250115_120017'),
    );
    const warnings = lines(r).filter((l) => l.includes('deprecated'));
    expect(warnings).toEqual([
      'wandb: WARNING The project_name method is deprecated and will be removed in a future release. Please use `run.project` instead.',
      'wandb: WARNING The get_url method is deprecated and will be removed in a future release. Please use `run.url` instead.',
      'wandb: WARNING The get_project_url method is deprecated and will be removed in a future release. Please use `run.project_url` instead.',
    ]);
  });

  it('an offline run has no URLs: each read warns "URL not available in offline run"', async () => {
    const r = await run(
      'run = wandb.init(project="p", mode="offline")\nprint(run.url, run.project_url, run.path)\n',
    );
    expect(r.stdout).toBe(
      `None None p/offline001\n${offlineCoreFooter('20250115_120015', 'offline001')}`,
    );
    expect(
      lines(r).filter((l) => l === 'wandb: WARNING URL not available in offline run'),
    ).toHaveLength(2);
  });

  it('a Run has no `mode` attribute', async () => {
    const r = await run('run = wandb.init(project="p")\nrun.mode\n');
    expect(r.error?.type).toBe('AttributeError');
  });
});

describe('with wandb.init() as run: leaving on an exception (0.28.x)', () => {
  it('__exit__ prints the traceback to stderr, finishes the run, and the exception goes on (exit code 1)', async () => {
    const r = await run(`with wandb.init(project="p") as run:
    print("inside")
    raise ValueError("boom")
print("after")
`);
    expect(r.stdout).toBe('inside\n');
    expect(r.error?.type).toBe('ValueError');
    expect(r.exitCode).toBe(1);
    const err = r.stderr;
    const tb = err.indexOf(
      'Traceback (most recent call last):\n  File "<snippet>", line 4, in <module>\n    raise ValueError("boom")\nValueError: boom\n',
    );
    expect(tb).toBeGreaterThan(0);
    // The footer comes after the traceback: the run finished inside __exit__.
    expect(err.lastIndexOf('wandb: 🚀 View run ')).toBeGreaterThan(tb);
  });

  it('a clean exit prints no traceback', async () => {
    const r = await run('with wandb.init(project="p") as run:\n    pass\n');
    expect(r.stderr).not.toContain('Traceback');
    expect(r.exitCode).toBe(0);
  });
});
