// A run's life as the server learns it (wandb_run.py `finish`, `_finish`, `__exit__`; core's
// runupserter.go and file_stream): the exit code decides `api.run(path).state`, and the run's
// group, notes, job type and tags reach the server and come back on the public Run.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { runWithWandb as run, runsInP as runsIn } from './testkit';
import { coreFooter, offlineCoreFooter } from './testSnippets';
const upserts = (r: { requests: { operationName: string; variables: unknown }[] }) =>
  r.requests
    .filter((q) => q.operationName === 'UpsertBucket')
    .map((q) => q.variables as Record<string, unknown>);

describe('finish(exit_code) and the run state the server reports (0.28.x)', () => {
  it('finish() is finished; finish(exit_code=1) is failed; 254 is crashed', async () => {
    const r = await run(`api = wandb.Api()
a = wandb.init(project="p")
a.finish()
b = wandb.init(project="p")
b.finish(exit_code=1)
c = wandb.init(project="p")
wandb.finish(254)
print([api.run(x.path).state for x in (a, b, c)])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['finished', 'failed', 'crashed']\n");
    // The exit record's code travels with the run's last UpsertBucket (file_stream's exitcode).
    expect(upserts(r).map((v) => v.exitCode)).toEqual([undefined, 0, undefined, 1, undefined, 254]);
    expect(runsIn(r.world).map((x) => [x.state, x.exitCode])).toEqual([
      ['finished', 0],
      ['failed', 1],
      ['crashed', 254],
    ]);
  });

  it('`exit_code or 0`: None and 0 finish; the footer is the same for a failed run', async () => {
    const ok = await run('r = wandb.init(project="p")\nr.finish(exit_code=None)\n');
    const failed = await run('r = wandb.init(project="p")\nr.finish(exit_code=3)\n');
    expect(runsIn(ok.world)[0].state).toBe('finished');
    expect(runsIn(failed.world)[0].state).toBe('failed');
    // _footer reads no exit code: the same lines, whatever the run's state.
    expect(failed.stderr).toBe(ok.stderr);
  });

  it('a finish(exit_code=...) that is not an int is refused before anything is sent', async () => {
    const r = await run('r = wandb.init(project="p")\nr.finish(exit_code="1")\n');
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe("'str' object cannot be interpreted as an integer");
    // Nothing is sent for the refused finish; the TypeError is uncaught, so at exit core
    // finishes the run with exit code 1.
    expect(upserts(r).map((v) => v.exitCode)).toEqual([undefined, 1]);
    expect(runsIn(r.world)[0].state).toBe('failed');
  });

  it('a with block left by an exception is failed on the server; a clean one finished', async () => {
    const r = await run(`with wandb.init(project="p", id="ok1") as run:
    pass
try:
    with wandb.init(project="p", id="bad1") as run:
        raise ValueError("boom")
except ValueError:
    pass
api = wandb.Api()
print(api.run("vision-team/p/ok1").state, api.run("vision-team/p/bad1").state)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('finished failed\n');
    expect(
      upserts(r)
        .filter((v) => v.exitCode !== undefined)
        .map((v) => v.exitCode),
    ).toEqual([0, 1]);
  });

  it('a finished run keeps its state: a second finish(exit_code=1) changes nothing', async () => {
    const r = await run('r = wandb.init(project="p")\nr.finish()\nr.finish(exit_code=1)\n');
    expect(runsIn(r.world)[0].state).toBe('finished');
    expect(upserts(r)).toHaveLength(2);
  });
});

describe('group, notes, job_type and tags reach the server (core runupserter.go)', () => {
  it('init sends them with its UpsertBucket; the public Run reads them back', async () => {
    const r =
      await run(`run = wandb.init(project="p", group="g", job_type="train", notes="n", tags=["x", "y"])
run.finish()
p = wandb.Api().run(run.path)
print(p.group, p.job_type, p.notes, p.tags)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("g train n ['x', 'y']\n");
    expect(upserts(r)[0]).toMatchObject({
      groupName: 'g',
      jobType: 'train',
      notes: 'n',
      tags: ['x', 'y'],
    });
  });

  it('unset, nothing is sent: the public Run has no group, job type or notes and no tags', async () => {
    const r = await run(`run = wandb.init(project="p")
run.finish()
p = wandb.Api().run(run.path)
print(p.group, p.job_type, p.notes, p.tags)
`);
    expect(r.stdout).toBe('None None None []\n');
    const first = upserts(r)[0];
    for (const k of ['groupName', 'notes', 'tags', 'jobType']) expect(first).not.toHaveProperty(k);
  });

  it('run.notes = and run.tags = are sent with the run params at finish', async () => {
    const r = await run(`run = wandb.init(project="p", tags=["a"], group="g")
run.notes = "later"
run.tags = run.tags + ("b",)
run.finish()
p = wandb.Api().run(run.path)
print(p.notes, p.tags, p.group)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("later ['a', 'b'] g\n");
    expect(upserts(r).at(-1)).toMatchObject({ notes: 'later', tags: ['a', 'b'], groupName: 'g' });
    expect(runsIn(r.world)[0]).toMatchObject({ notes: 'later', tags: ['a', 'b'], group: 'g' });
  });

  it('WANDB_TAGS and Settings(run_tags=...) are sent as init tags', async () => {
    const env = await run('run = wandb.init(project="p")\nrun.finish()\n', { WANDB_TAGS: 'e1,e2' });
    expect(upserts(env)[0].tags).toEqual(['e1', 'e2']);
    const s = await run(
      'run = wandb.init(project="p", settings=wandb.Settings(run_tags="one"))\nrun.finish()\n',
    );
    expect(upserts(s)[0].tags).toEqual(['one']);
  });
});

describe('init tags are checked by validate_run_tags (wandb_settings.py)', () => {
  const link = 'For further information visit https://errors.pydantic.dev/2.12/v/value_error';

  it('init(tags=...) with an empty tag: the ValidationError of `run_tags = tuple(tags)`', async () => {
    const r = await run('wandb.init(project="p", tags=["ok", ""])\n');
    expect(r.error?.type).toBe('pydantic_core._pydantic_core.ValidationError');
    expect(r.error?.message).toBe(
      `1 validation error for Settings\nrun_tags\n  Value error, Tag at index 1 is empty. Tags must be between 1 and 64 characters [type=value_error, input_value=('ok', ''), input_type=tuple]\n    ${link}`,
    );
    // Refused before wandb.init reaches the server.
    expect(upserts(r)).toEqual([]);
  });

  it('a tag over 64 characters: shortened in the message, the input cut as pydantic cuts it', async () => {
    const long = 'x'.repeat(70);
    const r = await run(`wandb.init(project="p", tags=["${long}"])\n`);
    const input = `('${long}',)`;
    expect(r.error?.message).toBe(
      `1 validation error for Settings\nrun_tags\n  Value error, Tag '${'x'.repeat(20)}...${'x'.repeat(20)}' is 70 characters. Tags must be between 1 and 64 characters [type=value_error, input_value=${input.slice(0, 25)}...${input.slice(-24)}, input_type=tuple]\n    ${link}`,
    );
  });

  it('Settings(run_tags=...) checks them when it is built', async () => {
    const r = await run('wandb.Settings(run_tags=[""])\n');
    expect(r.error?.message).toBe(
      `1 validation error for Settings\nrun_tags\n  Value error, Tag at index 0 is empty. Tags must be between 1 and 64 characters [type=value_error, input_value=[''], input_type=list]\n    ${link}`,
    );
  });

  it('WANDB_TAGS with an empty part fails at wandb.init (the settings load), as a list', async () => {
    const r = await run('wandb.init(project="p")\n', { WANDB_TAGS: 'a,' });
    expect(r.error?.message).toBe(
      `1 validation error for Settings\nrun_tags\n  Value error, Tag at index 1 is empty. Tags must be between 1 and 64 characters [type=value_error, input_value=['a', ''], input_type=list]\n    ${link}`,
    );
  });
});

describe('run.settings: a deep copy of the run Settings (wandb_run.py Run.settings)', () => {
  it('holds the run fields as the run has them; editing the copy changes nothing', async () => {
    const r =
      await run(`run = wandb.init(project="p", id="r7", name="first", tags=["a"], group="g", notes="n", settings=wandb.Settings(quiet=True))
run.name = "second"
s = run.settings
print(isinstance(s, wandb.Settings), s.project, s.entity, s.run_id, s.run_name, s.mode)
print(s.run_tags, s.run_group, s.run_notes, repr(s.run_job_type), s.silent, s.quiet)
print(s.run_url, s.sync_dir == run.sync_dir, s.files_dir == run.dir)
s.project = "other"
s.run_name = "edited"
print(run.project, run.name, run.settings.project, run.settings is run.settings)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'True p vision-team r7 second online',
        "('a',) g n None False True",
        'https://wandb.ai/vision-team/p/runs/r7 True True',
        'p second p False',
        '',
      ].join('\n') + coreFooter('second', 'vision-team/p', 'r7', '20250115_120017'),
    );
  });

  it('an offline run: mode offline, no entity, so empty URLs; every field reads (defaults and what the run computed); a name that is no field is AttributeError', async () => {
    const r = await run(`run = wandb.init(project="p", mode="offline")
s = run.settings
print(s.mode, s.entity, repr(s.run_url), repr(s.project_url), s.run_mode)
print(s.base_url, s.app_url, s.root_dir, s.wandb_dir, s.heartbeat_seconds, s.init_timeout)
print(s.files_dir == run.dir, s.timespec, s.log_dir, s.sync_file)
print(s.x_stats_disk_paths, s.ignore_globs, s.console, s.is_local, s.deployment)
s.nope
`);
    expect(r.stdout).toBe(
      [
        "offline None '' '' offline-run",
        'https://api.wandb.ai https://wandb.ai /home/user /home/user/wandb 30 90.0',
        'True 20250115_120015 /home/user/wandb/offline-run-20250115_120015-offline001/logs /home/user/wandb/offline-run-20250115_120015-offline001/run-offline001.wandb',
        "('/',) () auto False cloud",
        '',
      ].join('\n') + offlineCoreFooter('20250115_120015', 'offline001'),
    );
    expect(r.error?.type).toBe('AttributeError');
    expect(r.error?.message).toBe("'Settings' object has no attribute 'nope'");
  });
});

describe('the run directory under root_dir (init dir=, WANDB_DIR), 0.28.x', () => {
  it('dir= and WANDB_DIR move wandb/: sync_dir, run.dir, the header and footer lines; a relative one stays relative', async () => {
    const r = await runSnippet(
      `import os
import wandb
a = wandb.init(project="p", mode="offline", dir="/tmp/runs/")
print(a.sync_dir, a.dir == a.settings.files_dir, a.settings.root_dir)
a.finish()
os.environ["WANDB_DIR"] = "out"
`,
      { world: createWorld(worldSeeds.docs) },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')[0]).toBe(
      '/tmp/runs/wandb/offline-run-20250115_120015-offline001 True /tmp/runs/',
    );
    expect(r.stderr).toContain(
      'wandb: Run data is saved locally in /tmp/runs/wandb/offline-run-20250115_120015-offline001',
    );
    expect(r.stderr).toContain(
      'wandb: wandb sync /tmp/runs/wandb/offline-run-20250115_120015-offline001',
    );
    const env = await runSnippet(
      'import wandb\nwandb.init(project="p", mode="offline").finish()\n',
      {
        world: createWorld(worldSeeds.docs),
        env: { WANDB_DIR: './out' },
      },
    );
    expect(env.stderr).toContain(
      'wandb: Find logs at: out/wandb/offline-run-20250115_120015-offline001/logs',
    );
  });
});
