// The rest of what `import wandb` exposes (wandb/__init__.py): the run functions that start as
// PreInitCallables, term.py's printers, require, teardown, join, wandb.Run, and the names the
// playground does not simulate, which say so when called.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { RunRec } from '../../world/types';
import { coreFooter } from './testSnippets';

const run = (code: string, opts: { env?: Record<string, string>; sdkVersion?: string } = {}) => {
  const world = createWorld(worldSeeds.docs);
  return runSnippet(`import wandb\n${code}`, { world, ...opts }).then((r) => ({ ...r, world }));
};
const SILENT = 'settings=wandb.Settings(silent=True)';

describe('the module-level run functions (0.28.x)', () => {
  it.each([
    'save',
    'define_metric',
    'alert',
    'mark_preempting',
    'watch',
    'unwatch',
    'pin_config_keys',
  ])(
    'wandb.%s before init: wandb.Error "You must call wandb.init() before wandb.NAME()"',
    async (name) => {
      const r = await run(`wandb.${name}("x")\n`);
      expect(r.error?.type).toBe('wandb.errors.errors.Error');
      expect(r.error?.message).toBe(`You must call wandb.init() before wandb.${name}()`);
    },
  );

  it("each is PreInitCallable's inner function renamed: print shows preinit_wrapper, __name__ the module name", async () => {
    const r = await run('print(wandb.save, wandb.save.__name__)\nprint(wandb.restore)\n');
    expect(r.stdout).toMatch(
      /^<function PreInitCallable\.<locals>\.preinit_wrapper at 0x[0-9a-f]+> wandb\.save\n<function restore at 0x[0-9a-f]+>\n$/,
    );
  });

  it('during a run: mark_preempting() returns None; the others are not simulated and say so; pin_config_keys stays a stub (set_global does not set it)', async () => {
    const r = await run(`run = wandb.init(project="p", ${SILENT})
print(wandb.mark_preempting())
for call in (lambda: wandb.save("*.txt"), lambda: wandb.define_metric("loss"), lambda: wandb.alert("t", "x"), lambda: wandb.watch(None), lambda: wandb.unwatch()):
    try:
        call()
    except NotImplementedError as e:
        print(e)
try:
    wandb.pin_config_keys(["lr"])
except wandb.Error as e:
    print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'None',
        'not supported in the playground: run.save() (a run keeps no files here)',
        'not supported in the playground: run.define_metric() (metric definitions are not simulated)',
        'not supported in the playground: run.alert() (no alerts are sent from here)',
        'not supported in the playground: run.watch() (there is no torch model to watch here)',
        'not supported in the playground: run.unwatch() (there is no torch model to watch here)',
        'You must call wandb.init() before wandb.pin_config_keys()',
        '',
      ].join('\n'),
    );
  });

  it('a signature mistake fails first, and a finished run refuses mark_preempting, save, define_metric and alert but not watch', async () => {
    const r = await run(`run = wandb.init(project="p", ${SILENT})
try:
    run.save()
except TypeError as e:
    print(e)
run.finish()
for name in ("mark_preempting", "save", "define_metric", "watch"):
    try:
        getattr(run, name)() if name == "mark_preempting" else getattr(run, name)("x")
    except Exception as e:
        print(type(e).__name__, str(e).split(".")[0])
`);
    expect(r.error).toBeUndefined();
    const id = /Run \((\w+)\)/.exec(r.stdout)?.[1];
    expect(r.stdout).toBe(
      [
        "Run.save() missing 1 required positional argument: 'glob_str'",
        `UsageError Run (${id}) is finished`,
        `UsageError Run (${id}) is finished`,
        `UsageError Run (${id}) is finished`,
        'NotImplementedError not supported in the playground: run',
        '',
      ].join('\n'),
    );
  });

  it('finish turns save, watch, unwatch and define_metric back into stubs, not alert or mark_preempting (unset_globals)', async () => {
    const r = await run(`wandb.init(project="p", ${SILENT})
wandb.finish()
for name in ("save", "define_metric", "alert", "mark_preempting"):
    try:
        getattr(wandb, name)() if name == "mark_preempting" else getattr(wandb, name)("x", "y")
    except Exception as e:
        print(type(e).__name__, str(e).split(".")[0])
`);
    expect(r.error).toBeUndefined();
    const id = /Run \((\w+)\)/.exec(r.stdout)?.[1];
    expect(r.stdout).toBe(
      [
        'Error You must call wandb',
        'Error You must call wandb',
        `UsageError Run (${id}) is finished`,
        `UsageError Run (${id}) is finished`,
        '',
      ].join('\n'),
    );
  });

  it("wandb.join is wandb.finish; wandb.Run is type(run), whose repr is object's; wandb.PublicApi is wandb.Api; modules have __name__", async () => {
    const r = await run(`run = wandb.init(project="p", ${SILENT})
print(wandb.join is wandb.finish, type(run) is wandb.Run, isinstance(run, wandb.Run), wandb.Run)
print(wandb.PublicApi is wandb.Api, wandb.__name__, wandb.errors.term.__name__)
print(repr(run).startswith("<wandb.sdk.wandb_run.Run object at 0x"), str(run) == repr(run))
wandb.join()
print(wandb.run)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "True True True <class 'wandb.sdk.wandb_run.Run'>\nTrue wandb wandb.errors.term\nTrue True\nNone\n",
    );
  });
});

describe('wandb.init signature (0.23.1 – 0.28.x)', () => {
  it('binds its sixteenth positional argument to reinit (anonymous is last, keyword-only in use)', async () => {
    const r = await run(`try:
    wandb.init(None, "p", *([None] * 13), "bogus")
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[1])
`);
    expect(r.stdout).toBe(
      "ValidationError reinit.literal['default','return_previous','finish_previous','create_new']\n",
    );
  });
});

describe('wandb.termlog, termwarn and termerror (errors/term.py, 0.18.4 – 0.28.x)', () => {
  it('prefix every line, tag warnings and errors, skip a repeat=False text printed before, and honour newline', async () => {
    const r = await run(`from wandb.errors.term import termlog
wandb.termlog("two\\nlines")
wandb.termwarn("careful", repeat=False)
wandb.termwarn("careful", repeat=False)
wandb.termlog("careful", repeat=False)
wandb.termerror("bad", prefix=False)
termlog("open", newline=False)
termlog()
print(termlog is wandb.termlog)
termlog(5, prefix=False)
try:
    termlog(5)
except AttributeError as e:
    print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("True\n'int' object has no attribute 'split'\n");
    expect(r.stderr).toBe(
      'wandb: two\nwandb: lines\nwandb: WARNING careful\nwandb: careful\nERROR bad\nwandb: openwandb: \n5\n',
    );
  });

  it('WANDB_SILENT silences them once the settings loaded (termsetup)', async () => {
    const r = await run('wandb.termlog("before")\nwandb.setup()\nwandb.termwarn("after")\n', {
      env: { WANDB_SILENT: 'true' },
    });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('wandb: before\n');
  });
});

describe('wandb.require (wandb_require.py)', () => {
  it('0.21.0 – 0.28.x: "core" and "service" warn they are no-ops; an unknown feature warns, then UnsupportedError', async () => {
    const r = await run(`wandb.require("core")
wandb.require(["service@beta"])
wandb.require()
try:
    wandb.require(["legacy-service", "nope:x"])
except wandb.errors.UnsupportedError as e:
    print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('require() unsupported requirement: nope\n');
    expect(r.stderr).toBe(
      [
        "wandb: WARNING `wandb.require('core')` is a no-op as it is now the default behavior.",
        "wandb: WARNING `wandb.require('service')` is a no-op as it is now the default behavior.",
        'wandb: WARNING require() unsupported requirement: legacy-service',
        'wandb: WARNING require() unsupported requirement: nope',
        '',
      ].join('\n'),
    );
  });

  it('0.18.6 – 0.20.x: "core" is redundant, "legacy-service" known, and the refusal lists the supported ones', async () => {
    const r = await run(
      'wandb.require("core")\nwandb.require("legacy-service")\nwandb.require("x")\n',
      {
        sdkVersion: '0.19.11',
      },
    );
    expect(r.error?.type).toBe('wandb.errors.errors.UnsupportedError');
    expect(r.error?.message).toBe('require() unsupported requirement: x');
    expect(r.stderr).toBe(
      [
        "wandb: WARNING `wandb.require('core')` is redundant as it is now the default behavior.",
        'wandb: WARNING require() unsupported requirement: x',
        'wandb: WARNING Supported requirements are: `legacy-service`, `service`.',
        '',
      ].join('\n'),
    );
  });

  it('0.18.4 – 0.18.5: the refusal points at the docs with termerror', async () => {
    const r = await run('wandb.require("x")\n', { sdkVersion: '0.18.5' });
    expect(r.error?.type).toBe('wandb.errors.errors.UnsupportedError');
    expect(r.stderr).toBe(
      'wandb: WARNING require() unsupported requirement: x\nwandb: ERROR Supported wandb.require() features can be found at: https://wandb.me/library-require\n',
    );
  });
});

describe('wandb.teardown (wandb_setup.py, 0.28.x)', () => {
  it('core finishes every unfinished run with exit_code (its footer on stdout); wandb.run stays; nothing is left for the exit', async () => {
    const r = await run(`run = wandb.init(project="p")
print(run.id, run.name)
wandb.teardown(exit_code=3)
print(wandb.run is run)
`);
    expect(r.error).toBeUndefined();
    const rec = r.world.listRuns().find((x: RunRec) => x.project === 'p') as RunRec;
    expect([rec.state, rec.exitCode]).toEqual(['failed', 3]);
    const [id, name] = r.stdout.split('\n')[0].split(' ');
    const dir = /run-\d{8}_\d{6}-\w+/.exec(r.stderr)?.[0] ?? '';
    expect(r.stdout).toBe(
      `${id} ${name}\n${coreFooter(name, `${rec.entity}/p`, id, dir.slice(4, 19))}True\n`,
    );
  });
});

describe('wandb.teardown and the settings (0.28.x)', () => {
  it('the next init builds a new singleton: the environment and wandb.setup() settings are read again, with no changed-environment warning', async () => {
    const r = await run(`import os
wandb.setup(settings=wandb.Settings(project="from-setup", reinit="create_new"))
first = wandb.init(mode="offline", ${SILENT})
os.environ["WANDB_PROJECT"] = "from-env"
wandb.teardown()
second = wandb.init(mode="offline", ${SILENT})
third = wandb.init(mode="offline", ${SILENT})
print(first.project, second.project, third is second)
`);
    expect(r.error).toBeUndefined();
    // reinit="create_new" went with the old singleton: the third init returns the second run.
    expect(r.stdout.split('\n')[0]).toBe('from-setup from-env True');
    expect(r.stderr).not.toContain('Changes to your `wandb` environment variables');
  });
});

describe('names the playground does not simulate', () => {
  it('media classes are classes whose construction says so; restore, sweep and agent say so when called', async () => {
    const r = await run(`print(wandb.Table, wandb.Image, isinstance(1, wandb.Table))
for call in (lambda: wandb.Table(columns=["a"]), lambda: wandb.restore("model.h5"), lambda: wandb.sweep({}), lambda: wandb.agent("id")):
    try:
        call()
    except NotImplementedError as e:
        print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "<class 'wandb.sdk.data_types.table.Table'> <class 'wandb.sdk.data_types.image.Image'> False",
        'not supported in the playground: wandb.Table (media types are not simulated)',
        'not supported in the playground: wandb.restore() (a run keeps no files here)',
        'not supported in the playground: wandb.sweep() (sweeps are not simulated)',
        'not supported in the playground: wandb.agent() (sweeps are not simulated)',
        '',
      ].join('\n'),
    );
  });
});

describe('import paths readers use (0.28.x)', () => {
  it('the public API, the artifact and run modules, and the sdk package give the same objects', async () => {
    const r = await run(`from wandb.apis.public import Api, Registry, RunNotFoundError
from wandb.apis.public.registries import Registry as Reg
from wandb.apis import PublicApi
from wandb.sdk.artifacts.artifact import Artifact
from wandb.sdk import wandb_run, Settings
from wandb.sdk.wandb_run import Run
from wandb.sdk.wandb_settings import Settings as S
from wandb.sdk.lib.config_util import ConfigError
print(Api is wandb.Api is PublicApi, Reg is Registry, Artifact is wandb.Artifact, Run is wandb.Run is wandb_run.Run, Settings is S is wandb.Settings)
print(wandb.Artifact, wandb.Settings, wandb.Api)
print(issubclass(RunNotFoundError, ValueError), issubclass(ConfigError, wandb.Error))
def check(registry: Registry) -> None:
    pass
try:
    Registry()
except NotImplementedError as e:
    print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'True True True True True',
        "<class 'wandb.sdk.artifacts.artifact.Artifact'> <class 'wandb.sdk.wandb_settings.Settings'> <class 'wandb.apis.public.api.Api'>",
        'True True',
        'not supported in the playground: constructing wandb.apis.public.Registry directly (get one through wandb.Api())',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      'import wandb.util',
      'NotImplementedError',
      'not supported in the playground: the wandb.util module',
    ],
    [
      'from wandb import util',
      'NotImplementedError',
      'not supported in the playground: the wandb.util module',
    ],
    [
      'from wandb.sdk import wandb_init',
      'NotImplementedError',
      'not supported in the playground: the wandb.sdk.wandb_init module',
    ],
    ['import wandb.nope', 'ModuleNotFoundError', "No module named 'wandb.nope'"],
    [
      'from wandb.apis.public import Nope',
      'ImportError',
      "cannot import name 'Nope' from 'wandb.apis.public' (unknown location)",
    ],
  ])('%s: %s', async (code, type, message) => {
    const r = await run(`${code}\n`);
    expect([r.error?.type, r.error?.message]).toEqual([type, message]);
  });
});
