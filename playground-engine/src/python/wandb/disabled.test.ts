// mode="disabled" (init(mode=...), WANDB_MODE, Settings(mode=...)): wandb_init.py
// `make_disabled_run` and, from 0.27.1, lib/noop_run.py `init_noop_run` / `NoopRun`.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { runWithWandb as run } from './testkit';

describe('a disabled run (0.28.x: noop_run.py NoopRun)', () => {
  it.each([
    ['init(mode="disabled")', 'run = wandb.init(mode="disabled")', undefined],
    ['WANDB_MODE=disabled', 'run = wandb.init()', { WANDB_MODE: 'disabled' }],
    [
      'Settings(mode="disabled")',
      'run = wandb.init(settings=wandb.Settings(mode="disabled"))',
      undefined,
    ],
  ])(
    '%s: prints nothing, sends nothing; dummy-{id} in dummy/dummy, under /tmp',
    async (_, init, env) => {
      const r = await run(
        `${init}\nprint(run.name == "dummy-" + run.id, len(run.id), run.entity, run.project)\nprint(run.disabled, run.offline, run.dir.startswith("/tmp/wandb/run-"), run.url)\nrun.finish()\n`,
        env,
      );
      expect(r.error).toBeUndefined();
      expect(r.stdout).toBe('True 8 dummy dummy\nTrue False True None\n');
      expect(r.stderr).toBe('');
      expect(r.requests).toEqual([]);
    },
  );

  it('keeps the given id, name, entity and project', async () => {
    const r = await run(
      'run = wandb.init(mode="disabled", id="abc", name="n", entity="e", project="p")\nprint(run.id, run.name, run.entity, run.project)\n',
    );
    expect(r.stdout).toBe('abc n e p\n');
    expect(r.requests).toEqual([]);
  });

  it('log updates only the summary; step stays 0; save is False; the others return None', async () => {
    const r = await run(
      [
        'run = wandb.init(mode="disabled")',
        'run.log({"a": 1})',
        'wandb.log({"b": 2}, step=5)',
        'print(run.summary["a"], wandb.summary["b"], run.step)',
        'print(run.save("x"), run.use_artifact("e/p/a:v0"), run.link_artifact(1, 2), run.alert("t"))',
        'print(run.log_model("m"), run.use_model("m"), run.link_model("m", "r"), run.mark_preempting(), run.watch(None))',
        'print(run.get_url(), run.project_url)',
      ].join('\n'),
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('1 2 0\nFalse None None None\nNone None None None None\nNone None\n');
    // No deprecation warning for get_url: NoopRun's is a lambda returning None.
    expect(r.stderr).toBe('');
    expect(r.requests).toEqual([]);
  });

  it('log_artifact returns a chainable no-op', async () => {
    const r = await run(
      'run = wandb.init(mode="disabled")\na = run.log_artifact("x")\nprint(a.wait().version is a, type(a).__name__, type(a).__module__)\n',
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('True _Noop wandb.sdk.lib.noop_run\n');
  });

  it('set_global leaves log_model, use_model, link_model and mark_preempting pre-init stubs', async () => {
    const r = await run(
      'run = wandb.init(mode="disabled")\nwandb.log({"a": 1})\nwandb.log_model("m")\n',
    );
    expect(r.error?.message).toBe('You must call wandb.init() before wandb.log_model()');
  });

  it('finish resets wandb.run and the module functions; the run itself keeps working', async () => {
    const r = await run(
      [
        'run = wandb.init(mode="disabled")',
        'run.finish()',
        'print(wandb.run is None)',
        'run.log({"a": 3})',
        'print(run.summary["a"])',
        'wandb.log({"b": 1})',
      ].join('\n'),
    );
    expect(r.stdout).toBe('True\n3\n');
    expect(r.error?.message).toBe('You must call wandb.init() before wandb.log()');
    expect(r.requests).toEqual([]);
  });

  it('leaving a with block calls the no-op _finish: wandb.run stays, no footer', async () => {
    const r = await run(
      'with wandb.init(mode="disabled") as run:\n    pass\nprint(wandb.run is run)\n',
    );
    expect(r.stdout).toBe('True\n');
    expect(r.stderr).toBe('');
  });

  it('comes before reinit: an active run stays active (finished at exit), a later init starts afresh', async () => {
    const r = await run(
      [
        'online = wandb.init(project="p")',
        'off = wandb.init(mode="disabled")',
        'print(wandb.run is off, online.offline)',
        'again = wandb.init(mode="disabled")',
        'print(again is off, wandb.run is again, again.id != off.id)',
      ].join('\n'),
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['True False', 'False True True']);
    // The online run: its init's upsert, then core finishing it at exit (exit code 0).
    const upserts = r.requests.filter((q) => q.operationName === 'UpsertBucket');
    expect(upserts.map((q) => (q.variables as { exitCode?: number }).exitCode)).toEqual([
      undefined,
      0,
    ]);
  });

  it('an unfinished disabled run: nothing at exit (no service was started)', async () => {
    const r = await run('run = wandb.init(mode="disabled")\nrun.log({"a": 1})\n');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(r.requests).toEqual([]);
  });
});

describe('a disabled run before 0.27.1 (make_disabled_run builds its own Settings)', () => {
  const at = (sdkVersion: string, code: string) =>
    runSnippet(`import wandb\n${code}`, { world: createWorld(worldSeeds.docs), sdkVersion });
  it.each(['0.19.10', '0.26.0', '0.27.0'])(
    '%s: the given id, name, entity and project are dropped; log_artifact is a _ChainableNoOp',
    async (v) => {
      const r = await at(
        v,
        'run = wandb.init(mode="disabled", id="abc", name="n", entity="e", project="p", tags=["t"])\nprint(run.id != "abc", run.name == "dummy-" + run.id, run.entity, run.project, run.tags)\na = run.log_artifact("x")\nprint(type(a).__name__, type(a).__module__, a.wait() is a)\n',
      );
      expect(r.error).toBeUndefined();
      expect(r.stdout).toBe('True True dummy dummy ()\n_ChainableNoOp wandb.sdk.wandb_init True\n');
      expect(r.stderr).toBe('');
      expect(r.requests).toEqual([]);
    },
  );
  it('0.27.1 keeps them (noop_run.py)', async () => {
    const r = await at(
      '0.27.1',
      'run = wandb.init(mode="disabled", id="abc", project="p")\nprint(run.id, run.project)\n',
    );
    expect(r.stdout).toBe('abc p\n');
  });
});
