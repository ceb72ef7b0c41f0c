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
    expect(p.error?.type).toBe('wandb.errors.UsageError');
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
