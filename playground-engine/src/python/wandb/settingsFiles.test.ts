// The wandb settings files: ~/.config/wandb/settings (or WANDB_CONFIG_DIR/settings) and
// ./wandb/settings, configparser `[default]` sections read when the singleton's settings load,
// under the environment and init's arguments (wandb_setup.py `_load_settings`,
// wandb_settings.py `update_from_system_settings`, lib/settings_file.py).

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const SYSTEM = '/home/user/.config/wandb/settings';
const WORKSPACE = '/home/user/wandb/settings';

const run = (code: string, files: Record<string, string>, sdkVersion?: string) =>
  runSnippet(`import os\nimport wandb\n${code}`, {
    world: createWorld(worldSeeds.docs),
    files,
    sdkVersion,
  });
const lines = (r: { stderr: string }) => r.stderr.split('\n').filter(Boolean);

describe('settings files, 0.24.0 on (lib/settings_file.py)', () => {
  it('the files give entity and project under the environment and the arguments; where they were found is printed first', async () => {
    const r = await run(
      `a = wandb.init(mode="offline")
print(a.entity, a.project)
a.finish()
`,
      { [SYSTEM]: '[default]\nentity = vision-team\nproject = from-system\n' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')[0]).toBe('vision-team from-system');
    expect(lines(r)[0]).toBe(`wandb: Loading settings from ${SYSTEM}`);

    const env = await run(
      `os.environ["WANDB_PROJECT"] = "from-env"
a = wandb.init(mode="offline")
print(a.project)
a.finish()
b = wandb.init(mode="offline", project="from-arg")
print(b.project)
`,
      { [SYSTEM]: '[default]\nproject = from-system\n' },
    );
    expect(env.stdout.split('\n').filter((l) => !l.startsWith('wandb'))[0]).toBe('from-env');
    expect(env.stdout).toContain('from-arg\n');
  });

  it('the workspace file (./wandb/settings) wins over the system one; both are named', async () => {
    const r = await run(
      `run = wandb.init(mode="offline")
print(run.project, run.entity)
`,
      {
        [SYSTEM]: '[default]\nproject = sys\nentity = vision-team\n',
        [WORKSPACE]: '[default]\nproject = work\n',
      },
    );
    expect(r.stdout.split('\n')[0]).toBe('work vision-team');
    expect(lines(r).slice(0, 3)).toEqual([
      'wandb: Loading settings from ',
      `wandb:   ${SYSTEM}`,
      `wandb:   ${WORKSPACE}`,
    ]);
  });

  it('WANDB_CONFIG_DIR moves the system file; a file written by the snippet before the first load counts; WANDB_SILENT hides the line', async () => {
    const r = await run(
      `os.makedirs("/tmp/cfg", exist_ok=True)
with open("/tmp/cfg/settings", "w") as f:
    f.write("[default]\\nproject = cfg-dir\\n")
os.environ["WANDB_CONFIG_DIR"] = "/tmp/cfg"
os.environ["WANDB_SILENT"] = "true"
print(wandb.init(mode="offline").project)
`,
      {},
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')[0]).toBe('cfg-dir');
    expect(r.stderr).toBe('');
  });

  it('a file configparser cannot read is a warning (once) and counts as empty', async () => {
    const r = await run(
      `print(wandb.init(mode="offline").project)
`,
      { [SYSTEM]: 'project = lost\n' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')[0]).toBe('uncategorized');
    expect(lines(r).slice(0, 3)).toEqual([
      `wandb: WARNING Error reading settings at ${SYSTEM}: File contains no section headers.`,
      `wandb: WARNING file: '${SYSTEM}', line: 1`,
      "wandb: WARNING 'project = lost\\n'",
    ]);
  });

  it('a value its field refuses: the ValidationError is printed and the files are left out', async () => {
    const r = await run(
      `print(wandb.init(mode="offline").project)
`,
      { [SYSTEM]: '[default]\nproject = kept-out\nmode = sometimes\nnope = 1\n' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')[0]).toBe('uncategorized');
    expect(lines(r).slice(0, 6)).toEqual([
      `wandb: Loading settings from ${SYSTEM}`,
      'wandb: ERROR 2 validation errors for Settings',
      'wandb: ERROR mode',
      "wandb: ERROR   Input should be 'online', 'offline', 'shared', 'disabled', 'dryrun' or 'run' [type=literal_error, input_value='sometimes', input_type=str]",
      'wandb: ERROR     For further information visit https://errors.pydantic.dev/2.12/v/literal_error',
      'wandb: ERROR nope',
    ]);
  });

  it('wandb.login(host=...) writes base_url to the system file; run.settings shows the fields the files gave', async () => {
    const r = await run(
      `wandb.login(host="http://localhost:8080/")
print(open("${SYSTEM}").read())
run = wandb.init(mode="offline")
print(run.settings.project, run.settings.base_url, run.settings.is_local)
`,
      { [SYSTEM]: '[default]\nproject = p1\n' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      '[default]',
      'project = p1',
      'base_url = http://localhost:8080',
      '',
      '',
    ]);
    expect(lines(r)).toContain(`wandb: Updated settings file ${SYSTEM}`);
    // The singleton loaded before login wrote the file: base_url is not in its settings.
    expect(r.stdout).toContain('p1 https://api.wandb.ai False');
  });
});

describe('InternalApi().settings() reads the files when it is built (wandb.Api(), Artifact.link)', () => {
  it('a file written after the first init still gives wandb.Api() its project; WANDB_PROJECT wins over it', async () => {
    const r = await run(
      `with wandb.init(project="p") as run:
    run.log_artifact("m.txt", name="clf", type="model")
os.makedirs("/home/user/.config/wandb", exist_ok=True)
with open("${SYSTEM}", "w") as f:
    f.write("[default]\\nproject = p\\n")
print(wandb.Api().artifact("clf:v0").qualified_name)
os.environ["WANDB_PROJECT"] = "elsewhere"
print(wandb.Api().artifact_exists("clf:v0"))
`,
      { 'm.txt': 'x' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('wandb'))).toContain(
      'vision-team/p/clf:v0',
    );
    expect(r.stdout).toContain('False\n');
  });
});

describe('settings files, 0.19.0 - 0.23.x (_load_config_file)', () => {
  it('what configparser raises, and a refused field, fail the load', async () => {
    const bad = await run('wandb.init(mode="offline")\n', { [SYSTEM]: 'project = x\n' }, '0.23.1');
    expect(bad.error?.type).toBe('configparser.MissingSectionHeaderError');
    const field = await run(
      'wandb.init(mode="offline")\n',
      { [WORKSPACE]: '[default]\nproject = a/b\n' },
      '0.23.1',
    );
    expect(field.error?.type).toBe('wandb.errors.errors.UsageError');
    expect(field.error?.message).toBe(
      "Invalid project name 'a/b': cannot contain characters '/,\\\\,#,?,%,:', found '/'",
    );
    const unknown = await run(
      'wandb.init(mode="offline")\n',
      { [SYSTEM]: '[default]\nnope = 1\n' },
      '0.23.1',
    );
    expect(unknown.error?.message).toBe('"Settings" object has no field "nope"');
  });

  it('nothing is printed, and login(host=...) writes no file', async () => {
    const r = await run(
      `wandb.login(host="http://localhost:8080")
print(repr(open("${SYSTEM}").read()))
print(wandb.init(mode="offline").project)
`,
      { [SYSTEM]: '[default]\nproject = quiet-file\n' },
      '0.23.1',
    );
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      "'[default]\\nproject = quiet-file\\n'",
      'quiet-file',
    ]);
    expect(r.stderr).not.toContain('Loading settings');
    expect(r.stderr).not.toContain('Updated settings file');
  });
});
