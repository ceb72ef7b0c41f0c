// wandb.Settings(...) as pydantic builds it (wandb_settings.py: `extra="forbid"`,
// `validate_assignment=True`, the field validators), and what init reads from it.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { coreFooter } from './testSnippets';

const run = (code: string) =>
  runSnippet(`import wandb\n${code}`, { world: createWorld(worldSeeds.docs) });

const LINK = (kind: string) =>
  `    For further information visit https://errors.pydantic.dev/2.12/v/${kind}`;

describe('wandb.Settings fields (0.28.x)', () => {
  it('an unknown field is extra_forbidden (id= and name= are not fields: run_id, run_name are)', async () => {
    const r = await run('wandb.Settings(id="x", name="n")\n');
    expect(r.error?.type).toBe('pydantic_core._pydantic_core.ValidationError');
    expect(r.error?.message).toBe(
      [
        '2 validation errors for Settings',
        'id',
        "  Extra inputs are not permitted [type=extra_forbidden, input_value='x', input_type=str]",
        LINK('extra_forbidden'),
        'name',
        "  Extra inputs are not permitted [type=extra_forbidden, input_value='n', input_type=str]",
        LINK('extra_forbidden'),
      ].join('\n'),
    );
  });

  it('mode is a Literal; str fields refuse other types; errors come in field order', async () => {
    const r = await run('wandb.Settings(project=5, mode="cloud")\n');
    expect(r.error?.message).toBe(
      [
        '2 validation errors for Settings',
        'mode',
        "  Input should be 'online', 'offline', 'shared', 'disabled', 'dryrun' or 'run' [type=literal_error, input_value='cloud', input_type=str]",
        LINK('literal_error'),
        'project',
        '  Input should be a valid string [type=string_type, input_value=5, input_type=int]',
        LINK('string_type'),
      ].join('\n'),
    );
  });

  it('validate_project and validate_run_id raise UsageError, which pydantic lets through', async () => {
    const p = await run('wandb.Settings(project="a/b")\n');
    expect(p.error?.type).toBe('wandb.errors.errors.UsageError');
    expect(p.error?.message).toBe(
      "Invalid project name 'a/b': cannot contain characters '/,\\\\,#,?,%,:', found '/'",
    );
    const id = await run('wandb.Settings(run_id="a:b")\n');
    expect(id.error?.message).toBe("Run ID cannot contain the characters: :;,#?/'");
  });

  it('assignment is validated; a name that is no field is a ValueError', async () => {
    const r = await run('s = wandb.Settings()\ns.project = "ok"\nprint(s.project)\ns.nope = 1\n');
    expect(r.stdout).toBe('ok\n');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe('"Settings" object has no field "nope"');
  });

  it('init(settings=...) starts the run with project, entity, mode, run_id and run_name; a dict is read the same way', async () => {
    const r =
      await run(`a = wandb.init(settings=wandb.Settings(project="sp", run_id="sid1", run_name="sn", silent=True))
print(a.project, a.id, a.name)
a.finish()
b = wandb.init(settings={"mode": "offline", "project": "dp", "silent": True})
print(b.offline, b.project)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('sp sid1 sn\nTrue dp\n');
  });
});

describe('wandb.init keyword arguments (0.28.x): set on init_settings first, in wandb_init.py order', () => {
  const tryInit = (kw: string) => `try:
    r = wandb.init(${kw})
    print("ok", r.project)
    r.finish()
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[:2])
`;

  it('a bad mode, force, project, name or id is refused before config is read and before any request', async () => {
    const r = await run(
      [
        'mode="bogus", config=5',
        'project="a/b", mode="bogus"',
        'name=5',
        'id="a:b"',
        'force="maybe"',
      ]
        .map(tryInit)
        .join(''),
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "ValidationError ['1 validation error for Settings', 'mode']",
        `UsageError ["Invalid project name 'a/b': cannot contain characters '/,\\\\\\\\,#,?,%,:', found '/'"]`,
        "ValidationError ['1 validation error for Settings', 'run_name']",
        `UsageError ["Run ID cannot contain the characters: :;,#?/'"]`,
        "ValidationError ['1 validation error for Settings', 'force']",
        '',
      ].join('\n'),
    );
    expect(r.requests).toEqual([]);
  });

  it('mode="dryrun" is an offline run, "shared" and "run" online ones (the Literal\'s other values)', async () => {
    const r = await run(`a = wandb.init(project="p", mode="dryrun")
print(a.offline)
a.finish()
b = wandb.init(project="p", mode="shared")
print(b.offline)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      'True\nFalse\n' +
        coreFooter('jolly-summit-17', 'vision-team/p', 'f3d895lq', '20250115_120017'),
    );
  });
});

describe('wandb.init(dir=, anonymous=, resume=) as the Settings fields take them', () => {
  const tryInit = (kw: string, version = '0.28.2') =>
    runSnippet(
      `import pathlib
import wandb
try:
    r = wandb.init(project="p", mode="offline", ${kw})
    print("ok", r.settings.root_dir, r.settings.resume)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[1:3])
`,
      { world: createWorld(worldSeeds.docs), sdkVersion: version },
    );

  it('dir is root_dir: a str or a pathlib.Path (validate_root_dir), anything else string_type (0.28.x)', async () => {
    expect((await tryInit('dir=pathlib.Path("out")')).stdout.split('\n')[0]).toBe('ok out None');
    expect((await tryInit('dir=5')).stdout).toBe(
      "ValidationError ['root_dir', '  Input should be a valid string [type=string_type, input_value=5, input_type=int]']\n",
    );
  });

  it('resume is a Literal | None; True is "auto" and False None (validate_resume)', async () => {
    expect((await tryInit('resume=True')).stdout.split('\n')[0]).toBe('ok /home/user auto');
    expect((await tryInit('resume="yes"')).stdout).toBe(
      `ValidationError ['resume', "  Input should be 'allow', 'must', 'never' or 'auto' [type=literal_error, input_value='yes', input_type=str]"]\n`,
    );
  });

  it('anonymous from 0.24.0: any value (None too) is taken with a warning, printed once', async () => {
    const r = await runSnippet(
      `import wandb
wandb.init(project="p", mode="offline", anonymous="must").finish()
wandb.init(project="p", mode="offline", anonymous=None).finish()
`,
      { world: createWorld(worldSeeds.docs) },
    );
    expect(r.error).toBeUndefined();
    const warning =
      'wandb: WARNING The anonymous setting has no effect and will be removed in a future version.';
    expect(r.stderr.split('\n').filter((l) => l === warning)).toHaveLength(1);
  });

  it('anonymous 0.19.0 - 0.23.x: the Literal "allow", "must" or "never", no warning', async () => {
    const ok = await tryInit('anonymous="must"', '0.23.1');
    expect(ok.stdout.split('\n')[0]).toBe('ok /home/user None');
    expect(ok.stderr).not.toContain('anonymous');
    expect((await tryInit('anonymous="sometimes"', '0.23.1')).stdout).toBe(
      `ValidationError ['anonymous', "  Input should be 'allow', 'must' or 'never' [type=literal_error, input_value='sometimes', input_type=str]"]\n`,
    );
  });

  it('Settings(**settings) comes before the keyword arguments: its error wins; a Settings given is the one they are set on', async () => {
    const r = await run(`try:
    wandb.init(project="a/b", settings={"mode": "bogus"})
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[1])
s = wandb.Settings(project="sp")
run = wandb.init(settings=s, name="kw", mode="offline", tags=["t"])
print(s.project, s.run_name, s.mode, s.run_tags, run.name)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'ValidationError mode',
      "sp kw offline ('t',) kw",
    ]);
  });
});

describe('when init reads config', () => {
  const both = (version: string) =>
    runSnippet(
      `import os
import wandb
os.environ["WANDB_MODE"] = "bogus"
for settings in ({"mode": "bogus"}, None, None):
    try:
        wandb.init(project="p", config=5, settings=settings)
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[1] if "\\n" in str(e) else e)
    if settings is None:
        del os.environ["WANDB_MODE"]
`,
      { world: createWorld(worldSeeds.docs), sdkVersion: version },
    );
  const expected = [
    // settings= first, then the environment, then config.
    'ValidationError mode',
    'ValidationError mode',
    'TypeError config must be a dict or have a __dict__ attribute.',
    '',
  ].join('\n');

  it('0.19.10 on: after the login (make_run_config), so the login line and Viewer come first', async () => {
    const r = await both('0.28.2');
    expect(r.stdout).toBe(expected);
    expect(r.requests.map((q) => q.operationName)).toEqual(['Viewer']);
    expect(r.stderr).toContain('Currently logged in as');
  });

  it('0.19.0 - 0.19.9: before the login (_WandbInit.setup), so nothing is requested', async () => {
    const r = await both('0.19.9');
    expect(r.stdout).toBe(expected);
    expect(r.requests).toEqual([]);
    expect(r.stderr).not.toContain('Currently logged in as');
  });
});

describe('wandb.Settings(): every field with its default, and the computed ones (0.28.x)', () => {
  it('reads every field; computed paths follow root_dir and run_id; repr lists every field, then the computed ones', async () => {
    const r = await run(`s = wandb.Settings()
print(s.heartbeat_seconds, s.init_timeout, s.base_url, s.mode, s.console, s.api_key, s.x_log_level)
print(s.root_dir, s.credentials_file, s.sync_dir, repr(s.run_url), s.app_url)
t = wandb.Settings(root_dir="/tmp/r", run_id="abc", entity="e", project="p", base_url="https://api.example.com/")
print(t.sync_dir, t.files_dir, t.run_url, t.settings_workspace, t.is_local, t.base_url)
items = repr(s).split(", ")
print(len(items), items[:3])
print(items[3][:33], items[-2:])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')).toEqual([
      '30 90.0 https://api.wandb.ai online auto None 20',
      "/home/user /home/user/.config/wandb/credentials.json /home/user/wandb/run--None '' https://wandb.ai",
      '/tmp/r/wandb/run--abc /tmp/r/wandb/run--abc/files https://app.example.com/e/p/runs/abc /tmp/r/wandb/settings True https://api.example.com',
      "176 ['Settings(allow_media_symlink=False', 'allow_offline_artifacts=True', 'allow_val_change=False']",
      `anonymous=<object object at 0x7f0 ["timespec=''", "wandb_dir='/home/user/wandb')"]`,
      '',
    ]);
  });
});
