// The end of the process for a run left unfinished (lib/exit_hooks.py ExitHooks and
// service_connection.py teardown_atexit; core's stream.go FinishAndClose and printFooter):
// wandb-core finishes it with the hooks' exit code and prints its own footer on stdout.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { runWithWandb as run, runsInP as runsIn } from './testkit';
import { coreFooter, offlineCoreFooter } from './testSnippets';
const exitCodes = (r: { requests: { operationName: string; variables: unknown }[] }) =>
  r.requests
    .filter((q) => q.operationName === 'UpsertBucket')
    .map((q) => (q.variables as { exitCode?: number }).exitCode);
describe('at exit, wandb-core finishes each unfinished run (0.28.x)', () => {
  it('a run left unfinished is finished (exit code 0) and core prints its footer on stdout', async () => {
    const r = await run('run = wandb.init(project="p")\nprint(run.id, run.name)\n');
    expect(r.error).toBeUndefined();
    expect(r.exitCode).toBe(0);
    const rec = runsIn(r.world)[0];
    expect([rec.state, rec.exitCode]).toEqual(['finished', 0]);
    // init's upsert, then the finishing one with the exit code.
    expect(exitCodes(r)).toEqual([undefined, 0]);
    const [id, name] = r.stdout.split('\n')[0].split(' ');
    const dir = /run-\d{8}_\d{6}-\w+/.exec(r.stderr)?.[0] ?? '';
    expect(dir).toContain(id);
    expect(r.stdout).toBe(
      `${id} ${name}\n${coreFooter(name, `${rec.entity}/p`, id, dir.slice(4, 19))}`,
    );
    // The footer comes last, after everything the snippet wrote to stderr.
    expect(r.output[r.output.length - 1].stream).toBe('stdout');
    // run.finish()'s own footer (the Python one on stderr) is not printed.
    expect(r.stderr).not.toContain('Synced ');
  });

  it('an uncaught exception: the run is failed (exit code 1), the traceback stands, then the footer', async () => {
    const r = await run('run = wandb.init(project="p")\n1 / 0\n');
    expect(r.error?.type).toBe('ZeroDivisionError');
    expect(r.error?.traceback).toContain('ZeroDivisionError: division by zero');
    expect(r.exitCode).toBe(1);
    expect(runsIn(r.world)[0].state).toBe('failed');
    expect(exitCodes(r)).toEqual([undefined, 1]);
    expect(r.stdout).toMatch(/^wandb: \nwandb: 🚀 View run \S+ at: .*\nwandb: Find logs at: /);
  });

  it("sys.exit(3) finishes the run with 3; sys.exit('bye') with 1; sys.exit(0) with 0", async () => {
    const three = await run('import sys\nrun = wandb.init(project="p")\nsys.exit(3)\n');
    expect(three.exitCode).toBe(3);
    expect(exitCodes(three)).toEqual([undefined, 3]);
    expect(runsIn(three.world)[0].state).toBe('failed');
    expect(three.stdout).toContain('wandb: 🚀 View run');
    const bye = await run('import sys\nrun = wandb.init(project="p")\nsys.exit("bye")\n');
    expect(exitCodes(bye)).toEqual([undefined, 1]);
    // CPython prints the message before atexit runs.
    expect(bye.output.map((c) => c.stream).slice(-2)).toEqual(['stderr', 'stdout']);
    expect(bye.stderr.endsWith('bye\n')).toBe(true);
    const zero = await run('import sys\nrun = wandb.init(project="p")\nsys.exit(0)\n');
    expect(runsIn(zero.world)[0].state).toBe('finished');
  });

  it('ExitHooks sees only the sys.exit it replaced: a bare raise SystemExit(3) finishes with 0, a caught sys.exit(4) with 4', async () => {
    const raised = await run('run = wandb.init(project="p")\nraise SystemExit(3)\n');
    // The process's status is 3, but excepthook never sees a SystemExit and sys.exit was not called.
    expect(raised.exitCode).toBe(3);
    expect(exitCodes(raised)).toEqual([undefined, 0]);
    expect(runsIn(raised.world)[0].state).toBe('finished');
    const caught = await run(
      'import sys\nrun = wandb.init(project="p")\ntry:\n    sys.exit(4)\nexcept SystemExit:\n    pass\nprint("went on")\n',
    );
    expect(caught.exitCode).toBe(0);
    expect(caught.stdout.startsWith('went on\n')).toBe(true);
    expect(exitCodes(caught)).toEqual([undefined, 4]);
    expect(runsIn(caught.world)[0].state).toBe('failed');
    // `from sys import exit` before init keeps the original, which the hooks never see.
    const early = await run('from sys import exit\nrun = wandb.init(project="p")\nexit(5)\n');
    expect(exitCodes(early)).toEqual([undefined, 0]);
  });

  it('an uncaught wandb.errors.Error is first printed as `wandb: ERROR <message>`', async () => {
    const r = await run(
      'run = wandb.init(project="p")\nraise wandb.errors.CommError("no network")\n',
    );
    expect(r.error?.type).toBe('wandb.errors.errors.CommError');
    expect(r.stderr.endsWith('wandb: ERROR no network\n')).toBe(true);
    expect(runsIn(r.world)[0].state).toBe('failed');
    // Another exception is not printed by the hook.
    const other = await run('run = wandb.init(project="p")\nraise ValueError("x")\n');
    expect(other.stderr).not.toContain('ERROR');
  });

  it('a finished run adds nothing at exit, nor does a snippet that never started a run', async () => {
    const r = await run('run = wandb.init(project="p")\nrun.finish()\n');
    expect(r.stdout).toBe('');
    expect(exitCodes(r)).toEqual([undefined, 0]);
    const none = await run('raise wandb.errors.CommError("no network")\n');
    // No service was started: no ExitHooks print the error.
    expect(none.stderr).toBe('');
    const withBlock = await run('with wandb.init(project="p") as run:\n    pass\n');
    expect(withBlock.stdout).toBe('');
  });

  it('every unfinished run is finished, oldest first', async () => {
    const r = await run(
      'a = wandb.init(project="p", reinit="create_new")\nb = wandb.init(project="p", reinit="create_new")\n',
    );
    expect(runsIn(r.world).map((x) => x.state)).toEqual(['finished', 'finished']);
    expect(r.stdout.match(/View run/g)).toHaveLength(2);
  });

  it('offline: core tells how to sync; disabled: nothing at exit', async () => {
    const off = await run('run = wandb.init(project="p")\n', { WANDB_MODE: 'offline' });
    const at = /offline-run-(\d{8}_\d{6})-offline001/.exec(off.stdout)?.[1] ?? '';
    expect(off.stdout).toBe(offlineCoreFooter(at, 'offline001'));
    expect(exitCodes(off)).toEqual([]);
    const disabled = await run('run = wandb.init(project="p", mode="disabled")\n');
    expect(disabled.stdout).toBe('');
  });

  it('before v0.19.2 (headfoot.go) an online footer has no blank line; before v0.19.11 silent shows it', async () => {
    const code = 'run = wandb.init(project="p", settings=wandb.Settings(silent=True))\n';
    const world = createWorld(worldSeeds.docs);
    const old = await runSnippet(`import wandb\nrun = wandb.init(project="p")\n`, {
      world,
      sdkVersion: '0.18.4',
    });
    expect(old.stdout).toMatch(
      /^wandb: 🚀 View run \S+ at: .*\nwandb: Find logs at: wandb\/run-\S+\/logs\n$/,
    );
    const silent = await runSnippet(`import wandb\n${code}`, {
      world: createWorld(worldSeeds.docs),
      sdkVersion: '0.19.10',
    });
    expect(silent.stdout).toMatch(/^wandb: \nwandb: 🚀 View run /);
  });

  it('WANDB_SILENT hides core footer; WANDB_QUIET does not (printFooter checks IsSilent only)', async () => {
    const silent = await run('run = wandb.init(project="p")\n', { WANDB_SILENT: 'true' });
    expect(silent.stdout).toBe('');
    expect(runsIn(silent.world)[0].state).toBe('finished');
    const quiet = await run('run = wandb.init(project="p")\n', { WANDB_QUIET: 'true' });
    expect(quiet.stdout).toMatch(/^wandb: \nwandb: 🚀 View run /);
  });
});
