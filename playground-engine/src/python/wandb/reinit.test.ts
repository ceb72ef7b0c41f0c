// A second wandb.init() while a run is active: the `reinit` setting (wandb/sdk/wandb_init.py
// `_WandbInit.init`, wandb_settings.py `reinit`), by SDK version: 0.18.x reads it with
// `_str_as_bool`, 0.19.0 – 0.19.8 as a pydantic bool, 0.19.9 adds the "…_previous" literals,
// 0.19.10 adds "create_new" and the printed lines.

import { describe, expect, it } from 'vitest';
import { hintFor } from '../../hints/hintFor';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { coreFooter } from './testSnippets';

const run = (code: string, sdkVersion?: string) =>
  runSnippet(code, { world: createWorld(worldSeeds.docs), sdkVersion });

/** The `wandb:` lines of stderr that are not the header and footer of a run. */
const notices = (stderr: string) => stderr.split('\n').filter((l) => /reinit|deprecated/.test(l));

describe('a second wandb.init() with a run active, 0.19.10 – 0.28.x', () => {
  it('by default returns the previous run (same object) and says so', async () => {
    const r = await run(`import wandb
first = wandb.init(project="a")
second = wandb.init(project="b", config={"lr": 1})
print(second is first, wandb.run is first, second.project)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      'True True a\n' +
        coreFooter('jolly-summit-17', 'vision-team/a', 'f3d895lq', '20250115_120017'),
    );
    expect(notices(r.stderr)).toEqual([
      "wandb: wandb.init() called while a run is active and reinit is set to 'default', so returning the previous run.",
    ]);
    // One run was started; the second upsert is core finishing it at exit.
    expect(
      r.requests
        .filter((e) => e.operationName === 'UpsertBucket')
        .map((e) => (e.variables as { exitCode?: number }).exitCode),
    ).toEqual([undefined, 0]);
  });

  it('reinit="return_previous" and reinit=False return it too (False with its repr); a silent second init prints nothing', async () => {
    const r = await run(`import wandb
first = wandb.init(project="a")
print(wandb.init(reinit="return_previous") is first, wandb.init(reinit=False) is first)
wandb.init(settings=wandb.Settings(silent=True))
`);
    expect(r.stdout).toBe(
      `True True\n${coreFooter('jolly-summit-17', 'vision-team/a', 'f3d895lq', '20250115_120017')}`,
    );
    expect(notices(r.stderr)).toEqual([
      "wandb: wandb.init() called while a run is active and reinit is set to 'return_previous', so returning the previous run.",
      'wandb: wandb.init() called while a run is active and reinit is set to False, so returning the previous run.',
    ]);
  });

  it('reinit="finish_previous" finishes every active run first, then starts a new one', async () => {
    const r = await run(`import wandb
first = wandb.init(project="a")
second = wandb.init(project="b", reinit="finish_previous")
print(second is first, wandb.run is second, second.project)
first.log({"x": 1})
`);
    expect(r.stdout).toBe(
      'False True b\n' +
        coreFooter('amber-breeze-18', 'vision-team/b', '901exsru', '20250115_120019'),
    );
    expect(r.error?.type).toBe('wandb.errors.errors.UsageError');
    const lines = r.stderr.split('\n');
    const finishing = lines.indexOf(
      "wandb: Finishing previous runs because reinit is set to 'finish_previous'.",
    );
    // The notice, then the first run's footer, then the second run's header.
    expect(finishing).toBeGreaterThan(0);
    expect(lines[finishing + 1]).toMatch(/^wandb: 🚀 View run .* at: /);
    expect(lines.slice(finishing).some((l) => l.startsWith('wandb: Syncing run'))).toBe(true);
  });

  it('reinit=True finishes too, and warns once that a bool is deprecated', async () => {
    const r = await run(`import wandb
wandb.init(project="a")
wandb.init(project="b", reinit=True)
wandb.init(project="c", reinit=True)
`);
    expect(r.error).toBeUndefined();
    expect(notices(r.stderr)).toEqual([
      'wandb: Finishing previous runs because reinit is set to True.',
      "wandb: WARNING Using a boolean value for 'reinit' is deprecated. Use 'return_previous' or 'finish_previous' instead.",
      'wandb: Finishing previous runs because reinit is set to True.',
    ]);
  });

  it('reinit="create_new" starts a run beside the active one; wandb.run and wandb.log stay with the first', async () => {
    const r = await run(`import wandb
first = wandb.init(project="a", settings=wandb.Settings(silent=True))
second = wandb.init(project="b", reinit="create_new", settings=wandb.Settings(silent=True))
wandb.log({"x": 1})
print(second is first, wandb.run is first, second.project)
print(first.summary["x"], list(second.summary.keys()))
third = wandb.init(project="c", settings=wandb.Settings(silent=True))
print(third is second)
`);
    expect(r.error).toBeUndefined();
    // The default returns the most recent active run: the second.
    expect(r.stdout).toBe('False True b\n1 []\nTrue\n');
  });

  it("a value the setting does not accept is pydantic's ValidationError, from init and from Settings", async () => {
    const fromInit = await run('import wandb\nwandb.init(project="a", reinit="bogus")\n');
    expect(fromInit.error?.type).toBe('pydantic_core._pydantic_core.ValidationError');
    expect(fromInit.error?.message).toBe(
      [
        '2 validation errors for Settings',
        "reinit.literal['default','return_previous','finish_previous','create_new']",
        "  Input should be 'default', 'return_previous', 'finish_previous' or 'create_new' [type=literal_error, input_value='bogus', input_type=str]",
        '    For further information visit https://errors.pydantic.dev/2.12/v/literal_error',
        'reinit.bool',
        "  Input should be a valid boolean, unable to interpret input [type=bool_parsing, input_value='bogus', input_type=str]",
        '    For further information visit https://errors.pydantic.dev/2.12/v/bool_parsing',
      ].join('\n'),
    );
    // Our hint leads to the troubleshooting section {#reinit-value}.
    expect(fromInit.error?.hint?.docs).toBe(hintFor('reinit-value').docs);
    const fromSettings = await run('import wandb\nwandb.Settings(reinit=5)\n');
    expect(fromSettings.error?.message).toContain('input_value=5, input_type=int');
    const lax = await run('import wandb\nprint(wandb.Settings(reinit="yes").reinit)\n');
    expect(lax.stdout).toBe('True\n');
  });
});

describe('a second wandb.init() with a run active, 0.19.9', () => {
  it('returns the previous run, or finishes it for "finish_previous", printing nothing; "create_new" is not a value yet', async () => {
    const r = await run(
      `import wandb
first = wandb.init(project="a")
print(wandb.init(project="b") is first)
second = wandb.init(project="c", reinit="finish_previous")
print(second is first, second.project)
`,
      '0.19.9',
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      'True\nFalse c\n' +
        coreFooter('amber-breeze-18', 'vision-team/c', '901exsru', '20250115_120019'),
    );
    expect(notices(r.stderr)).toEqual([]);
    const bad = await run('import wandb\nwandb.init(reinit="create_new")\n', '0.19.9');
    expect(bad.error?.message).toContain(
      "Input should be 'default', 'return_previous' or 'finish_previous' [type=literal_error",
    );
  });
});

describe('a second wandb.init() with a run active, 0.18.4 – 0.19.8', () => {
  it.each(['0.19.8', '0.18.4'])(
    '%s: returns the previous run unless reinit=True, which finishes it, silently',
    async (v) => {
      const r = await run(
        `import wandb
first = wandb.init(project="a")
print(wandb.init(project="b") is first)
second = wandb.init(project="c", reinit=True)
print(second is first, second.project)
`,
        v,
      );
      expect(r.error).toBeUndefined();
      // At exit core finishes the run; 0.18.4's headfoot.go prints no blank line first.
      const footer = coreFooter('amber-breeze-18', 'vision-team/c', '901exsru', '20250115_120019');
      expect(r.stdout).toBe(
        `True\nFalse c\n${v === '0.18.4' ? footer.replace('wandb: \n', '') : footer}`,
      );
      expect(notices(r.stderr)).toEqual([]);
    },
  );

  it('0.19.0 – 0.19.8: reinit is a pydantic bool', async () => {
    const r = await run('import wandb\nwandb.init(reinit="finish_previous")\n', '0.19.8');
    expect(r.error?.message).toBe(
      "1 validation error for Settings\nreinit\n  Input should be a valid boolean, unable to interpret input [type=bool_parsing, input_value='finish_previous', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.12/v/bool_parsing",
    );
    expect(r.error?.hint?.docs).toBe(hintFor('reinit-value').docs);
  });

  it('0.18.x: reinit is read by _str_as_bool', async () => {
    const r = await run('import wandb\nwandb.init(reinit="finish_previous")\n', '0.18.4');
    expect(r.error?.type).toBe('wandb.errors.errors.UsageError');
    expect(r.error?.message).toBe('Could not parse value finish_previous as a bool.');
    expect(r.error?.hint?.docs).toBe(hintFor('reinit-value').docs);
  });
});
