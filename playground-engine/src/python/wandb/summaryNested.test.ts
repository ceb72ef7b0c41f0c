// Nested dicts in run.summary (wandb/sdk/wandb_summary.py SummaryDict.__getitem__,
// SummarySubDict; wandb-core's runsummary over pathtree.go), through runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string) => runSnippet(code, { world: createWorld(worldSeeds.docs) });

const INIT = `import wandb
run = wandb.init(project="p", settings=wandb.Settings(silent=True))
run.summary["eval"] = {"acc": 0.9, "f1": {"macro": 0.7}}
`;

describe('run.summary with nested dicts (0.28.x)', () => {
  it("a nested dict comes as a SummarySubDict: item and attribute access, keys(), get(); its repr is object's own", async () => {
    const r = await run(`${INIT}sub = run.summary["eval"]
print(type(sub).__module__, type(sub).__name__, repr(sub).startswith("<wandb.sdk.wandb_summary.SummarySubDict object at 0x"))
print(sub["acc"], sub.acc, sub.keys(), sub.f1.macro, type(sub.get("f1")).__name__)
print(run.summary.get("eval"))
sub.nope
`);
    expect(r.stdout.split('\n')).toEqual([
      'wandb.sdk.wandb_summary SummarySubDict True',
      "0.9 0.9 ['acc', 'f1'] 0.7 dict",
      "{'acc': 0.9, 'f1': {'macro': 0.7}}",
      '',
    ]);
    // __getattr__ = __getitem__: a missing key is a KeyError, on nested dicts too.
    expect(r.error?.type).toBe('KeyError');
    expect(r.error?.message).toBe("'nope'");
  });

  it("setting a key of a nested dict replaces the dict value by a node holding only that key (wandb-core's path tree); later keys join that node", async () => {
    const r = await run(`${INIT}run.summary["eval"]["acc"] = 0.95
print(run.summary.get("eval"))
run.summary.eval.loss = 0.1
print(run.summary.get("eval"))
run.summary["eval"].update({"f1": 0.5})
print(run.summary.get("eval"))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n')).toEqual([
      "{'acc': 0.95}",
      "{'acc': 0.95, 'loss': 0.1}",
      "{'acc': 0.95, 'loss': 0.1, 'f1': 0.5}",
      '',
    ]);
  });

  it('a SummarySubDict reads the snapshot it was made from; the summary itself is read afresh', async () => {
    const r = await run(`${INIT}sub = run.summary["eval"]
sub["acc"] = 0.5
print(sub["acc"], run.summary["eval"]["acc"])
got = run.summary.get("eval")
got["acc"] = 0
print(run.summary.eval.acc)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('0.9 0.5\n0.5\n');
  });

  it('del of a nested key removes it from the node, and an empty node goes; a key of a dict value is not in the tree, so del leaves it', async () => {
    const r = await run(`${INIT}del run.summary["eval"]["acc"]
print(run.summary.get("eval"))
run.summary["eval"]["x"] = 1
del run.summary.eval.x
print("eval" in run.summary.keys())
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("{'acc': 0.9, 'f1': {'macro': 0.7}}\nFalse\n");
  });

  it('what the run ends with is what the public Run reads', async () => {
    const world = createWorld(worldSeeds.docs);
    const r = await runSnippet(
      `${INIT}run.summary["eval"]["acc"] = 0.95
run.finish()
print(wandb.Api().run(f"p/{run.id}").summary["eval"])
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("{'acc': 0.95}\n");
  });
});

describe("a public run's summary (HTTPSummary, 0.28.x)", () => {
  it("reads by key and attribute (keys stripped); a nested dict is a SummarySubDict; repr like a dict; keys() is the JSON dict's view", async () => {
    const world = createWorld(worldSeeds.docs);
    const r = await runSnippet(
      `${INIT}run.log({"loss": 0.5})
run.finish()
s = wandb.Api().run(f"p/{run.id}").summary
print(type(s).__name__, s.loss, s[" loss "], s.eval.f1.macro, type(s["eval"]).__name__)
print(s["eval"], "eval" in s, "nope" in s, s.get("nope", 7))
print(sorted(k for k in s.keys() if not k.startswith("_")))
s["loss"] = 0.25
print(s.loss, wandb.Api().run(f"p/{run.id}").summary.loss)
s.nope
`,
      { world },
    );
    expect(r.stdout.split('\n')).toEqual([
      'HTTPSummary 0.5 0.5 0.7 SummarySubDict',
      "{'acc': 0.9, 'f1': {'macro': 0.7}} True False 7",
      "['eval', 'loss']",
      // A plain value set is kept by this object only (`_write()` without commit).
      '0.25 0.5',
      '',
    ]);
    expect(r.error?.type).toBe('KeyError');
    expect(r.error?.message).toBe("'nope'");
  });

  it('update() commits the whole summary with UpsertBucket(id, summaryMetrics): the next api.run(path) shows it', async () => {
    const world = createWorld(worldSeeds.docs);
    const r = await runSnippet(
      `${INIT}run.log({"loss": 0.5})
run.finish()
s = wandb.Api().run(f"p/{run.id}").summary
s["loss"] = 0.25
s.update({" best ": 1})
again = wandb.Api().run(f"p/{run.id}").summary
print(again["best"], again["loss"], again["eval"]["acc"])
print(run.id)
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    // The plain value set before travels with the commit: _write sends all of _json_dict.
    const [printed, id] = r.stdout.trim().split('\n');
    expect(printed).toBe('1 0.25 0.9');
    const commit = r.requests.filter((q) => q.operationName === 'UpsertBucket').at(-1);
    expect(commit?.variables).toEqual({
      id: btoa(`Run:${id}`),
      summaryMetrics: expect.stringContaining('"best":1'),
    });
    expect(world.getRun(id)?.summary).toMatchObject({ best: 1, loss: 0.25 });
  });

  it('setting a dict value commits (summary.x = {...} too); update(overwrite=False) keeps keys set before', async () => {
    const world = createWorld(worldSeeds.docs);
    const r = await runSnippet(
      `${INIT}run.finish()
s = wandb.Api().run(f"p/{run.id}").summary
s["eval"] = {"acc": 0.5}
s.extra = {"n": 2}
print(wandb.Api().run(f"p/{run.id}").summary["eval"], wandb.Api().run(f"p/{run.id}").summary.extra.n)
s.update({"eval": {"acc": 0.1}, "new": 3}, overwrite=False)
t = wandb.Api().run(f"p/{run.id}").summary
print(t["eval"], t["new"])
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("{'acc': 0.5} 2\n{'acc': 0.5} 3\n");
  });

  it('del summary[k] drops the key from this object only, until something commits; a missing key is KeyError', async () => {
    const world = createWorld(worldSeeds.docs);
    const r = await runSnippet(
      `${INIT}run.log({"loss": 0.5})
run.finish()
s = wandb.Api().run(f"p/{run.id}").summary
del s["loss"]
print("loss" in s, "loss" in wandb.Api().run(f"p/{run.id}").summary)
s.update()
print("loss" in wandb.Api().run(f"p/{run.id}").summary)
del s["loss"]
`,
      { world },
    );
    expect(r.stdout).toBe('False True\nFalse\n');
    expect(r.error?.type).toBe('KeyError');
    expect(r.error?.message).toBe("'loss'");
  });
});
