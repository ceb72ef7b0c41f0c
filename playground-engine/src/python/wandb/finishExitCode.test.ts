// run.finish(exit_code=...) with a value the exit record refuses (0.28.x wandb_run.py
// `finish` → `_finish` → `_atexit_cleanup` → `_on_finish` → interface.py `_make_exit`, whose
// `exit.exit_code = exit_code` is a protobuf int32): by then `_finish` has set `_is_finished`
// and removed the run from the active runs, so the error leaves a finished run that never sent
// its exit record; `_atexit_cleanup` prints `Problem finishing run` and re-raises, and
// `_finish`'s `finally` unsets wandb.run. wandb-core still has the run's stream open and
// finishes it at the end of the process, with its own footer on stdout.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { coreFooter } from './testSnippets';

const run = (code: string) => {
  const world = createWorld(worldSeeds.docs);
  return runSnippet(`import wandb\n${code}`, { world }).then((r) => ({ ...r, world }));
};
const exitCodes = (r: { requests: { operationName: string; variables: unknown }[] }) =>
  r.requests
    .filter((q) => q.operationName === 'UpsertBucket')
    .map((q) => (q.variables as { exitCode?: number }).exitCode);
const PROBLEM = 'wandb: ERROR Problem finishing run';

describe('finish(exit_code=...) that protobuf refuses (0.28.x)', () => {
  it('raises after the run is finished: wandb.run is None, a second finish returns None, the run refuses log, and core finishes it at exit', async () => {
    const r = await run(`run = wandb.init(project="p", id="bad1")
try:
    run.finish(exit_code="1")
except TypeError as e:
    print("TypeError:", e)
print(wandb.run)
print(run.finish(exit_code="again"))
try:
    run.log({"a": 1})
except wandb.errors.UsageError as e:
    print(e)
print(wandb.Api().run("vision-team/p/bad1").state)
`);
    expect(r.error).toBeUndefined();
    const footer = coreFooter('brisk-summit-17', 'vision-team/p', 'bad1', '20250115_120017');
    expect(r.stdout).toBe(
      `TypeError: 'str' object cannot be interpreted as an integer
None
None
Run (bad1) is finished. The call to \`log\` will be ignored. Please make sure that you are using an active run.
running
${footer}`,
    );
    // The error line once, and no footer of the run's own (no "Synced ..." line).
    expect(r.stderr.split('\n').filter((l) => l === PROBLEM)).toHaveLength(1);
    expect(r.stderr).not.toContain('Synced');
    // The exit record never left: only core's FinishAndClose at exit sends one, with the
    // ExitHooks' code (0: the TypeError was caught).
    expect(exitCodes(r)).toEqual([undefined, 0]);
    expect(r.world.listRuns().find((x) => x.project === 'p')?.state).toBe('finished');
  });

  it('uncaught, the TypeError ends the snippet and core finishes the run as failed', async () => {
    const r = await run('run = wandb.init(project="p")\nwandb.finish(exit_code=1.5)\n');
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe("'float' object cannot be interpreted as an integer");
    expect(r.stderr).toContain(PROBLEM);
    expect(exitCodes(r)).toEqual([undefined, 1]);
  });

  it.each([
    [
      'True',
      'TypeError',
      'Field wandb_internal.RunExitRecord.exit_code: Expected an int, got a boolean.',
    ],
    ['2**31', 'ValueError', 'Value out of range: 2147483648'],
    ['-(2**31) - 1', 'ValueError', 'Value out of range: -2147483649'],
    ['[1]', 'TypeError', "'list' object cannot be interpreted as an integer"],
  ])("exit_code=%s is upb's %s", async (value, type, message) => {
    const r = await run(`run = wandb.init(project="p")
try:
    run.finish(exit_code=${value})
except Exception as e:
    print(type(e).__name__, e)
`);
    expect(r.stdout.split('\n')[0]).toBe(`${type} ${message}`);
  });

  it('`exit_code or 0`: a falsy value ("", 0.0, False, []) finishes the run with 0, and so does any value on a disabled run', async () => {
    const r = await run(`for code in ("", 0.0, False, []):
    wandb.init(project="p").finish(exit_code=code)
d = wandb.init(mode="disabled")
d.finish(exit_code="1")
print(wandb.run)
`);
    expect(r.error).toBeUndefined();
    expect(r.stderr).not.toContain(PROBLEM);
    expect(exitCodes(r).filter((c) => c !== undefined)).toEqual([0, 0, 0, 0]);
  });
});

describe('run.log(step=...) is the int64 HistoryStep.num (0.28.x interface.py publish_partial_history)', () => {
  it("a bool, a float or a str is upb's error; an int beyond int64 is out of range; nothing is logged and the step stays", async () => {
    const r = await run(`run = wandb.init(project="p")
for step in (True, 1.5, "3", 2**63):
    try:
        run.log({"x": 1}, step=step)
    except Exception as e:
        print(type(e).__name__, e)
print(run.step)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      'TypeError Field wandb_internal.HistoryStep.num: Expected an int, got a boolean.',
      "TypeError 'float' object cannot be interpreted as an integer",
      "TypeError 'str' object cannot be interpreted as an integer",
      'ValueError Value out of range: 9223372036854775808',
      '0',
    ]);
  });
});
