// run.log and run.summary (wandb/sdk/wandb_run.py Run.log/_log, wandb_summary.py Summary;
// wandb-core's handler.go for steps and the summary), wandb.summary before init, and the
// public Run.summary, through runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { coreFooter } from './testSnippets';

const run = (code: string) => runSnippet(code, { world: createWorld(worldSeeds.docs) });

const INIT = `import wandb
run = wandb.init(project="p", settings=wandb.Settings(silent=True))
`;

describe('run.log and run.summary (0.28.x)', () => {
  it('each log is a step; the summary keeps the last value per key, with _step, _runtime and _timestamp', async () => {
    const r = await run(`${INIT}for i in range(3):
    run.log({"loss": 1 / (i + 1), "epoch": i})
print(run.step, run.summary["loss"], run.summary.epoch, run.summary["_step"])
print(sorted(run.summary.keys()))
print(type(run.summary["_runtime"]).__name__, type(run.summary["_timestamp"]).__name__)
print(dict(run.summary)["loss"])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        '3 0.3333333333333333 2 2',
        // keys() leaves out _wandb.
        "['_runtime', '_step', '_timestamp', 'epoch', 'loss']",
        'float float',
        '0.3333333333333333',
        '',
      ].join('\n'),
    );
  });

  it('commit=False and step= add to one row; a step behind the current one is dropped with a warning', async () => {
    const r = await run(`import wandb
run = wandb.init(project="p")
run.log({"loss": 0.5}, commit=False)
run.log({"acc": 0.9})
run.log({"loss": 0.4}, step=5)
run.log({"loss": 0.1}, step=2)
print(run.step, run.summary["_step"], run.summary["loss"], run.summary["acc"])
`);
    expect(r.error).toBeUndefined();
    // Row 0 holds loss and acc; step=5 leaves row 5 open (no commit), so the summary still
    // has row 0's values until the next flush.
    expect(r.stdout).toBe(
      '5 0 0.5 0.9\n' +
        coreFooter('jolly-summit-17', 'vision-team/p', 'f3d895lq', '20250115_120017'),
    );
    expect(r.stderr).toContain(
      'wandb: WARNING Tried to log to step 2 that is less than the current step 5. Steps must be monotonically increasing, so this data will be ignored. See https://wandb.me/define-metric to log data out of order.\n',
    );
  });

  it('summary items can be set, updated and deleted; a missing attribute is a KeyError (__getattr__ = __getitem__)', async () => {
    const r = await run(`${INIT}run.log({"acc": 0.7})
run.summary["best_acc"] = 0.9
run.summary.update({"epochs": 3})
run.summary.note = "ok"
del run.summary["acc"]
print(sorted(k for k in run.summary.keys() if not k.startswith("_")))
print(run.summary.get("acc"), run.summary.get("acc", 0))
run.summary.missing
`);
    expect(r.stdout).toBe("['best_acc', 'epochs', 'note']\nNone 0\n");
    expect(r.error?.type).toBe('KeyError');
    expect(r.error?.message).toBe("'missing'");
  });

  it('wandb.log needs a dict with str keys', async () => {
    const notDict = await run(`${INIT}wandb.log([1, 2])\n`);
    expect(notDict.error?.type).toBe('TypeError');
    expect(notDict.error?.message).toBe('wandb.log must be passed a dictionary');
    const intKey = await run(`${INIT}wandb.log({1: 2})\n`);
    expect(intKey.error?.type).toBe('TypeError');
    expect(intKey.error?.message).toBe('Key values passed to `wandb.log` must be strings.');
  });

  it('a finished run: reading the summary warns and finds nothing, writing it or logging is a UsageError', async () => {
    const r = await run(`import wandb
run = wandb.init(project="p")
run.log({"loss": 0.1})
run.finish()
print(run.summary.keys())
for f in (lambda: run.summary.update({"a": 1}), lambda: run.log({"a": 1})):
    try:
        f()
    except wandb.errors.UsageError as e:
        print(str(e).split(" The call to ")[1].split(" will")[0])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('[]\n`_summary_update_callback`\n`log`\n');
    expect(r.stderr).toContain('wandb: WARNING Summary data not available in finished run\n');
  });

  it('api.run(path).summary shows what the run logged, _wandb included, once it finished', async () => {
    const r = await run(`${INIT}run.log({"loss": 0.25})
run.summary["best"] = 0.9
run.finish()
s = wandb.Api().run(run.path).summary
print(s["loss"], s["best"], s["_step"], s["_wandb"])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("0.25 0.9 0 {'runtime': 0}\n");
    const upserts = r.requests.filter((e) => e.operationName === 'UpsertBucket');
    const sent = upserts[upserts.length - 1].variables as { summaryMetrics?: string };
    expect(JSON.parse(String(sent.summaryMetrics)).loss).toBe(0.25);
  });

  it("a run that logged nothing still ends with the run timing (handleExit's updateRunTiming)", async () => {
    const r = await run(`${INIT}run.finish()\nprint(wandb.Api().run(run.path).summary)\n`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("{'_wandb': {'runtime': 0}, '_runtime': 0}\n");
  });
});

describe('wandb.summary at module level (0.28.x)', () => {
  it('before init it is the placeholder; during a run run.summary', async () => {
    const before = await run('import wandb\nwandb.summary["acc"]\n');
    expect(before.error?.type).toBe('wandb.errors.errors.Error');
    expect(before.error?.message).toBe("You must call wandb.init() before wandb.summary['acc']");
    const during = await run(`${INIT}wandb.log({"acc": 1})
print(wandb.summary is run.summary, wandb.summary["acc"])
`);
    expect(during.stdout).toBe('True 1\n');
  });
});

describe('the footer panel (0.28.x)', () => {
  it('prints "Run history:" sparklines and "Run summary:" values before the sync lines, keys sorted and right-aligned', async () => {
    const r = await run(`import wandb
with wandb.init(project="p") as run:
    for i in range(5):
        run.log({"loss": 1 / (i + 1), "acc": i * 0.2, "name": "resnet-baseline-long-name"})
    run.summary["best"] = True
`);
    expect(r.error).toBeUndefined();
    const footer = r.stderr.slice(r.stderr.indexOf('wandb: \nwandb: Run history:'));
    expect(footer.split('\n').slice(0, 12)).toEqual([
      'wandb: ',
      'wandb: Run history:',
      'wandb:  acc ▁▃▅▆█',
      'wandb: loss █▄▂▁▁',
      'wandb: ',
      'wandb: Run summary:',
      'wandb:  acc 0.8',
      'wandb: best True',
      'wandb: loss 0.2',
      'wandb: name resnet-baseline-long...',
      'wandb: ',
      expect.stringMatching(
        /^wandb: 🚀 View run .* at: https:\/\/wandb\.ai\/vision-team\/p\/runs\//,
      ),
    ]);
  });

  it('quiet leaves the panel out', async () => {
    const r = await run(`import wandb
with wandb.init(project="p", settings=wandb.Settings(quiet=True)) as run:
    run.log({"loss": 0.5})
`);
    expect(r.error).toBeUndefined();
    expect(r.stderr).not.toContain('Run history:');
    expect(r.stderr).toContain('Synced 5 W&B file(s)');
  });
});
