// os.environ set inside a snippet reaches wandb at the moments the real SDK reads it:
// wandb_setup.py `_load_settings` copies os.environ the first time the singleton's settings
// are asked for (wandb.setup, init, login, Api()) and keeps them; `did_environment_change`
// makes a later init warn; Api.__init__ reads entity/project/organization through
// `InternalApi().settings()` (env.py getters) when it is built; env.py `get_artifact_dir`
// and `is_debug` read the environment at each call.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { coreFooter, offlineCoreFooter } from './testSnippets';

const run = (code: string, env?: Record<string, string>) =>
  runSnippet(`import os\nimport wandb\n${code}`, {
    world: createWorld(worldSeeds.docs),
    env,
    files: { 'm.txt': 'x' },
  });

const lines = (r: { stderr: string }) => r.stderr.split('\n').filter(Boolean);
const ENV_CHANGED =
  'wandb: WARNING Changes to your `wandb` environment variables will be ignored because your `wandb` session has already started. For more information on how to modify your settings with `wandb.init()` arguments, please refer to https://wandb.me/wandb-init.';

describe('os.environ before the first wandb.init (0.28.x)', () => {
  it('WANDB_PROJECT, WANDB_ENTITY, WANDB_RUN_ID, WANDB_NAME and WANDB_JOB_TYPE set in the snippet start the run', async () => {
    const r = await run(`os.environ["WANDB_PROJECT"] = "from-env"
os.environ["WANDB_ENTITY"] = "alice"
os.environ.setdefault("WANDB_RUN_ID", "envrun1")
os.environ["WANDB_NAME"] = "env-name"
os.environ["WANDB_JOB_TYPE"] = "train"
run = wandb.init()
print(run.entity, run.project, run.id, run.name, run.job_type)
run.finish()
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('alice from-env envrun1 env-name train\n');
    const upsert = r.requests.find((q) => q.operationName === 'UpsertBucket');
    expect(upsert?.variables).toMatchObject({
      name: 'envrun1',
      entity: 'alice',
      project: 'from-env',
      displayName: 'env-name',
      jobType: 'train',
    });
  });

  it('init keyword arguments win over the environment', async () => {
    const r = await run(`os.environ["WANDB_PROJECT"] = "from-env"
run = wandb.init(project="kw")
print(run.project)
`);
    expect(r.stdout).toBe(
      `kw\n${coreFooter('jolly-summit-17', 'vision-team/kw', 'f3d895lq', '20250115_120017')}`,
    );
  });

  it('WANDB_SILENT="true" set in the snippet silences init, finish and the login line', async () => {
    const r = await run(`os.environ["WANDB_SILENT"] = "true"
wandb.init(project="p").finish()
`);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
  });

  it('a WANDB_* value its Settings field refuses is ValidationError when the settings load (update_from_env_vars); from 0.21.2 the Settings stay on the singleton half-loaded: wandb.setup() (which keeps no singleton then) and the first init raise, Api() and a later init go on with them', async () => {
    const r = await run(`os.environ["WANDB_PROJECT"] = "before"
os.environ["WANDB_SILENT"] = "maybe"
os.environ["WANDB_NAME"] = "after"
for load in (wandb.setup, wandb.setup, lambda: wandb.init(project="p"), wandb.Api):
    try:
        load()
        print("loaded")
    except ValueError as e:
        print(type(e).__name__, str(e).splitlines()[:3])
os.environ["WANDB_SILENT"] = "yes"
run = wandb.init()
print(run.project, run.name)
`);
    expect(r.error).toBeUndefined();
    const silent = [
      '1 validation error for Settings',
      'silent',
      "  Input should be a valid boolean, unable to interpret input [type=bool_parsing, input_value='maybe', input_type=str]",
    ];
    const pyList = (l: string[]) =>
      `[${l.map((x) => (x.includes("'") ? `"${x}"` : `'${x}'`)).join(', ')}]`;
    // WANDB_PROJECT came before the refused variable, WANDB_NAME after it.
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      ...Array(3).fill(`ValidationError ${pyList(silent)}`),
      'loaded',
      'before jolly-summit-17',
    ]);
    // termsetup never ran, and the environment changed since `_settings_environ`.
    expect(lines(r)).toContain(ENV_CHANGED);
    expect(lines(r)).toContain('wandb: Syncing run jolly-summit-17');
  });

  it('before 0.21.2 (0.19.0 - 0.21.1) nothing stays: each load raises again until the variable is fixed', async () => {
    const r = await runSnippet(
      `import os
import wandb
os.environ["WANDB_SILENT"] = "maybe"
for load in (wandb.setup, lambda: wandb.init(project="p"), wandb.Api):
    try:
        load()
    except ValueError as e:
        print(type(e).__name__, str(e).splitlines()[1])
os.environ["WANDB_SILENT"] = "yes"
os.environ["WANDB_MODE"] = "bogus"
try:
    wandb.init(project="p")
except ValueError as e:
    print(str(e).splitlines()[1])
del os.environ["WANDB_MODE"]
print(wandb.init(project="p").project)
`,
      { world: createWorld(worldSeeds.docs), sdkVersion: '0.21.1' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(`${'ValidationError silent\n'.repeat(3)}mode\np\n`);
    // WANDB_SILENT=yes is True once the settings loaded: nothing printed.
    expect(r.stderr).toBe('');
  });

  it('the first refused variable in os.environ order is the one named; a private WANDB__X is x_x', async () => {
    const r = await run('wandb.init(project="p")\n', {
      WANDB__DISABLE_STATS: 'nope',
      WANDB_DISABLE_GIT: 'maybe',
    });
    expect(r.error?.type).toBe('pydantic_core._pydantic_core.ValidationError');
    expect(r.error?.message.split('\n').slice(0, 2)).toEqual([
      '1 validation error for Settings',
      'x_disable_stats',
    ]);
  });

  it('before 0.19.0 (no pydantic Settings) such a value is False here (ASSUMPTIONS.md)', async () => {
    const r = await runSnippet('import wandb\nwandb.init(project="p").finish()\n', {
      world: createWorld(worldSeeds.docs),
      env: { WANDB_SILENT: 'maybe' },
      sdkVersion: '0.18.7',
    });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toContain('wandb: Tracking run with wandb version 0.18.7');
  });

  it('WANDB_MODE="offline" set in the snippet makes an offline run (no request)', async () => {
    const r = await run(`os.environ["WANDB_MODE"] = "offline"
run = wandb.init(project="p")
print(run.offline, run.id)
`);
    expect(r.stdout).toBe(`True offline001\n${offlineCoreFooter('20250115_120015', 'offline001')}`);
    expect(r.requests.filter((q) => q.operationName === 'UpsertBucket')).toEqual([]);
  });

  it('del os.environ[...] removes what the world set; os.getenv reads the live value', async () => {
    const r = await run(
      `del os.environ["WANDB_PROJECT"]
print(os.getenv("WANDB_PROJECT"), os.environ.get("WANDB_PROJECT", "-"))
print(wandb.init().project)
`,
      { WANDB_PROJECT: 'world-project' },
    );
    expect(r.stdout).toBe(
      'None -\nuncategorized\n' +
        coreFooter('jolly-summit-17', 'vision-team/uncategorized', 'f3d895lq', '20250115_120017'),
    );
  });

  it('os.putenv changes neither os.environ nor what wandb reads (as in CPython)', async () => {
    const r = await run(`os.putenv("WANDB_PROJECT", "put")
print("WANDB_PROJECT" in os.environ, wandb.init().project)
`);
    expect(r.stdout).toBe(
      'False uncategorized\n' +
        coreFooter('jolly-summit-17', 'vision-team/uncategorized', 'f3d895lq', '20250115_120017'),
    );
    expect((await run('os.putenv(1, "x")\n')).error?.message).toBe(
      'expected str, bytes or os.PathLike object, not int',
    );
  });

  it('os.environ is os._Environ: a non-str value is refused (os.py encode) and wandb reads what was set before', async () => {
    const r = await run(`os.environ["WANDB_PROJECT"] = "kept"
print(repr(os.environ).startswith("environ({"), type(os.environ.copy()).__name__)
try:
    os.environ["WANDB_ENTITY"] = 1
except TypeError as e:
    print(e)
run = wandb.init()
print(run.entity, run.project)
os.environ["WANDB_PROJECT"] = None
`);
    expect(r.stdout).toBe(
      'True dict\nstr expected, not int\nvision-team kept\n' +
        coreFooter('jolly-summit-17', 'vision-team/kept', 'f3d895lq', '20250115_120017'),
    );
    expect(r.error).toMatchObject({
      type: 'TypeError',
      message: 'str expected, not NoneType',
      line: 11,
    });
  });
});

describe('os.environ after the settings loaded (0.28.x)', () => {
  it('a change after the first init is ignored by the next init, which warns', async () => {
    const r = await run(`wandb.init(project="first").finish()
os.environ["WANDB_PROJECT"] = "later"
os.environ["WANDB_SILENT"] = "true"
run = wandb.init()
print(run.project)
run.finish()
`);
    expect(r.stdout).toBe('uncategorized\n');
    const after = lines(r).slice(lines(r).findIndex((l) => l.includes('Find logs at')) + 1);
    // WANDB_SILENT was read with the rest at the first init: the second run still prints.
    expect(after[0]).toBe(ENV_CHANGED);
    expect(after).toContain('wandb: Tracking run with wandb version 0.28.2');
  });

  it('wandb.setup() is the moment: a change after it is ignored and warned about', async () => {
    const r = await run(`print(wandb.setup())
os.environ["WANDB_PROJECT"] = "later"
print(wandb.init().project)
`);
    expect(r.stdout).toMatch(
      /^<wandb\.sdk\.wandb_setup\._WandbSetup object at 0x[0-9a-f]+>\nuncategorized\n/,
    );
    expect(
      r.stdout.endsWith(
        `uncategorized\n${coreFooter('jolly-summit-17', 'vision-team/uncategorized', 'f3d895lq', '20250115_120017')}`,
      ),
    ).toBe(true);
    expect(lines(r)).toContain(ENV_CHANGED);
  });

  it('wandb.setup(settings=wandb.Settings(silent=True)) silences every wandb: line', async () => {
    const r = await run(`wandb.setup(settings=wandb.Settings(silent=True))
wandb.init(project="p").finish()
`);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
  });

  it('setting a variable back to the value it had is no change (did_environment_change compares values)', async () => {
    const r = await run(`wandb.setup()
os.environ["WANDB_PROJECT"] = "x"
del os.environ["WANDB_PROJECT"]
wandb.init(project="p")
`);
    expect(lines(r)).not.toContain(ENV_CHANGED);
  });

  it('WANDB_SILENT before wandb.setup() does not silence a termlog: termsetup runs at setup', async () => {
    const r = await run(
      `os.makedirs("d")
open("d/a.txt", "w").write("a")
art = wandb.Artifact("clf", "model")
art.add_dir("d")
wandb.setup()
art.add_dir("d", name="again")
`,
      { WANDB_SILENT: 'true' },
    );
    expect(r.error).toBeUndefined();
    expect(lines(r)).toEqual(['wandb: Adding directory to artifact (d)... Done. 0.0s']);
  });
});

describe('wandb.Api() reads the environment when it is built (0.28.x)', () => {
  it('WANDB_ENTITY and WANDB_PROJECT set before Api() default its paths; later changes do not', async () => {
    const r = await run(`with wandb.init(project="p") as run:
    run.log_artifact("m.txt", name="clf", type="model")
os.environ["WANDB_ENTITY"] = "vision-team"
os.environ["WANDB_PROJECT"] = "p"
api = wandb.Api()
os.environ["WANDB_PROJECT"] = "elsewhere"
print(api.artifact("clf:v0").qualified_name)
print(wandb.Api().artifact_exists("clf:v0"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('vision-team/p/clf:v0\nFalse\n');
  });

  it('WANDB_DEBUG set in the snippet is read when the error is raised', async () => {
    const r = await run(`api = wandb.Api()
os.environ["WANDB_DEBUG"] = "true"
api.artifact("vision-team/nowhere/clf:v0")
`);
    expect(r.error?.type).toBe('ValueError');
  });

  it('WANDB_ARTIFACT_DIR set after init is where download() writes', async () => {
    const r = await run(`with wandb.init(project="p") as run:
    run.log_artifact("m.txt", name="clf", type="model")
os.environ["WANDB_ARTIFACT_DIR"] = "out"
print(wandb.Api().artifact("vision-team/p/clf:v0").download())
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('/home/user/out/clf:v0\n');
  });
});

describe('Artifact.link reads InternalApi().settings() when it is called (0.28.x)', () => {
  const inOrgs = (code: string) =>
    runSnippet(`import os\nimport wandb\n${code}`, {
      world: createWorld(worldSeeds['multiple-orgs']),
      files: { 'm.txt': 'x' },
    });
  const LOGGED = `run = wandb.init(entity="vision-team", project="p")
art = wandb.Artifact("clf", "model")
art.add_file("m.txt")
run.log_artifact(art)
art.wait()
`;
  const linkInputs = (r: Awaited<ReturnType<typeof inOrgs>>) =>
    r.requests
      .filter((q) => q.operationName === 'LinkArtifact')
      .map((q) => (q.variables as { input: { entityName: string; projectName: string } }).input);

  it("the project of a path without one is WANDB_PROJECT now, else 'uncategorized', not the run's project", async () => {
    const r = await inOrgs(`${LOGGED}print(art.link("first").qualified_name)
os.environ["WANDB_PROJECT"] = "later"
print(art.link("second").qualified_name)
print(run.link_artifact(art, "third").qualified_name)
`);
    expect(r.error).toBeUndefined();
    // run.link_artifact fills in the run's own entity and project before Artifact.link.
    expect(r.stdout).toBe(
      'vision-team/uncategorized/first:v0\nvision-team/later/second:v0\nvision-team/p/third:v0\n' +
        coreFooter('eager-meadow-6', 'vision-team/p', 'gl2t2y4y', '20250115_120006'),
    );
  });

  it('WANDB_ORGANIZATION set after init is the org of a registry path, for artifact.link and run.link_artifact', async () => {
    const r = await inOrgs(`${LOGGED}os.environ["WANDB_ORGANIZATION"] = "globex"
for link in (lambda: art.link("wandb-registry-model/c"), lambda: run.link_artifact(art, "wandb-registry-model/c")):
    try:
        link()
    except wandb.errors.CommError as e:
        print(e)
del os.environ["WANDB_ORGANIZATION"]
print(art.link("wandb-registry-model/c").qualified_name)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "Unable to find organization for entity 'vision-team'.\nUnable to find organization for entity 'vision-team'.\nacme/wandb-registry-model/c:v0\n" +
        coreFooter('eager-meadow-6', 'vision-team/p', 'gl2t2y4y', '20250115_120006'),
    );
    expect(linkInputs(r)).toEqual([
      expect.objectContaining({ entityName: 'acme', projectName: 'wandb-registry-model' }),
    ]);
  });

  it('without a run: a fetched version links with the environment as it is at link()', async () => {
    const r = await inOrgs(`${LOGGED}run.finish()
a = wandb.Api().artifact("vision-team/p/clf:v0")
os.environ["WANDB_ORGANIZATION"] = "acme"
os.environ["WANDB_PROJECT"] = "elsewhere"
print(a.link("wandb-registry-model/c").qualified_name, a.link("coll").qualified_name)
os.environ["WANDB_ORGANIZATION"] = "globex"
a.link("wandb-registry-model/c")
`);
    expect(r.stdout).toBe('acme/wandb-registry-model/c:v0 vision-team/elsewhere/coll:v0\n');
    expect(r.error).toMatchObject({
      type: 'wandb.errors.errors.CommError',
      message: "Unable to find organization for entity 'vision-team'.",
    });
  });
});

describe('the field validators on WANDB_* variables (update_from_env_vars, 0.28.x)', () => {
  const load = async (env: Record<string, string>) => {
    const r = await runSnippet('import wandb\nwandb.init(project="p", mode="offline")\n', {
      world: createWorld(worldSeeds.docs),
      env,
    });
    return r.error && { type: r.error.type, lines: r.error.message.split('\n').slice(0, 3) };
  };
  const usage = 'wandb.errors.errors.UsageError';

  it('WANDB_PROJECT and WANDB_RUN_ID: validate_project / validate_run_id raise their UsageError', async () => {
    expect(await load({ WANDB_PROJECT: 'team/proj' })).toEqual({
      type: usage,
      lines: [
        "Invalid project name 'team/proj': cannot contain characters '/,\\\\,#,?,%,:', found '/'",
      ],
    });
    expect(await load({ WANDB_RUN_ID: 'run 1 ' })).toEqual({
      type: usage,
      lines: ['Run ID cannot start or end with whitespace'],
    });
    expect(await load({ WANDB_API_KEY: ' abc' })).toEqual({
      type: usage,
      lines: ['API key cannot start or end with whitespace'],
    });
  });

  it('WANDB_BASE_URL: urls.validate_url, then the wandb.ai checks (validate_base_url)', async () => {
    const v = 'pydantic_core._pydantic_core.ValidationError';
    expect(await load({ WANDB_BASE_URL: 'https://wandb.ai' })).toEqual({
      type: v,
      lines: [
        '1 validation error for Settings',
        'base_url',
        "  Value error, https://wandb.ai is not a valid server address, did you mean https://api.wandb.ai? [type=value_error, input_value='https://wandb.ai', input_type=str]",
      ],
    });
    expect((await load({ WANDB_BASE_URL: 'localhost:8080' }))?.lines[2]).toBe(
      "  URL scheme should be 'http' or 'https' [type=url_scheme, input_value='localhost:8080', input_type=str]",
    );
    expect((await load({ WANDB_BASE_URL: 'http://api.wandb.ai' }))?.lines[2]).toBe(
      "  Value error, http is not secure, please use https://api.wandb.ai [type=value_error, input_value='http://api.wandb.ai', input_type=str]",
    );
    expect(await load({ WANDB_BASE_URL: 'http://localhost:8080/' })).toBeUndefined();
  });

  it('numbers: pydantic int_parsing / float_parsing (WANDB_HTTP_TIMEOUT is x_graphql_timeout_seconds)', async () => {
    expect((await load({ WANDB_INIT_TIMEOUT: 'soon' }))?.lines.slice(1)).toEqual([
      'init_timeout',
      "  Input should be a valid number, unable to parse string as a number [type=float_parsing, input_value='soon', input_type=str]",
    ]);
    expect((await load({ WANDB_HTTP_TIMEOUT: '5s' }))?.lines[1]).toBe('x_graphql_timeout_seconds');
    expect((await load({ WANDB__FILE_STREAM_RETRY_MAX: '1.5' }))?.lines.slice(1)).toEqual([
      'x_file_stream_retry_max',
      "  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='1.5', input_type=str]",
    ]);
    expect(
      await load({
        WANDB_INIT_TIMEOUT: ' 1_0.5 ',
        WANDB_HEARTBEAT_SECONDS: '30',
        WANDB_DIR: 'x y',
      }),
    ).toBeUndefined();
  });
});

describe('wandb.setup(settings=...) sets the singleton settings every init inherits (0.28.x)', () => {
  it('project, run_group, mode and reinit from setup start the runs; init arguments win over them', async () => {
    const r =
      await run(`wandb.setup(settings={"project": "from-setup", "run_group": "g", "mode": "offline", "reinit": "finish_previous"})
a = wandb.init()
print(a.project, a.group, a.offline, a.settings.project, a.settings.run_group)
b = wandb.init(project="arg")
print(b.project, a.settings.mode)
`);
    expect(r.error).toBeUndefined();
    expect(
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('wandb'))
        .slice(0, 2),
    ).toEqual(['from-setup g True from-setup g', 'arg offline']);
    // reinit="finish_previous" from setup finished the first run.
    expect(r.stderr).toContain('Finishing previous runs because reinit is set to');
  });
});
