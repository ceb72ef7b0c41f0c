// run.config (wandb/sdk/wandb_config.py Config), wandb.init(config=...), and wandb.config
// before init (wandb/sdk/lib/preinit.py PreInitObject), through runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string) => runSnippet(code, { world: createWorld(worldSeeds.docs) });

const INIT = `import wandb
run = wandb.init(project="p", config={"lr": 0.1, "layers": (64, 32), "--batch-size": 8}, settings=wandb.Settings(silent=True))
`;

describe('run.config (0.28.x)', () => {
  it('get() takes one or two arguments, as dict.get does (Config.get is self._items.get(*args))', async () => {
    const none = await run(`import wandb
run = wandb.init(project="p", config={"a": 1}, settings=wandb.Settings(silent=True))
print(run.config.get("a"), run.config.get("b", 2), run.config.get("_wandb"))
run.config.get()
`);
    expect(none.stdout).toBe('1 2 {}\n');
    expect(none.error?.type).toBe('TypeError');
    expect(none.error?.message).toBe('get expected at least 1 argument, got 0');
    const three = await run(`import wandb
run = wandb.init(project="p", settings=wandb.Settings(silent=True))
run.config.get("a", 1, 2)
`);
    expect(three.error?.message).toBe('get expected at most 2 arguments, got 3');
  });

  it('reads by attribute and item; repr is str(dict(self)) of the public keys; iteration includes _wandb', async () => {
    const r = await run(`${INIT}print(run.config)
print(run.config.lr, run.config["layers"], "lr" in run.config, run.config.get("nope", 5))
print(dict(run.config))
print(list(run.config))
print(run.config.keys(), run.config.items())
print(type(run.config))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        // json_friendly_val made the tuple a list; _sanitize stripped the dashes.
        "{'lr': 0.1, 'layers': [64, 32], 'batch-size': 8}",
        '0.1 [64, 32] True 5',
        "{'lr': 0.1, 'layers': [64, 32], 'batch-size': 8}",
        "['_wandb', 'lr', 'layers', 'batch-size']",
        "['lr', 'layers', 'batch-size'] [('lr', 0.1), ('layers', [64, 32]), ('batch-size', 8)]",
        "<class 'wandb.sdk.wandb_config.Config'>",
        '',
      ].join('\n'),
    );
  });

  it('values go through json_friendly_val: enums by name, dataclasses as dicts, sets as lists, objects as str()', async () => {
    const r = await run(`import datetime, enum, dataclasses, wandb

class Opt(enum.Enum):
    ADAM = 1

@dataclasses.dataclass
class Sched:
    warmup: int
    kind: Opt

class Thing:
    def __str__(self):
        return "a thing"

run = wandb.init(project="p", settings=wandb.Settings(silent=True), config={
    "opt": Opt.ADAM, "sched": Sched(3, Opt.ADAM), "tags": {"a"}, "when": datetime.date(2025, 1, 2),
    "thing": Thing(), "raw": b"xy", "nan": float("nan"), "fn": len,
})
print(run.config)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "{'opt': 'ADAM', 'sched': {'warmup': 3, 'kind': 'ADAM'}, 'tags': ['a'], 'when': '2025-01-02', 'thing': 'a thing', 'raw': 'xy', 'nan': None, 'fn': 'builtins.len'}\n",
    );
  });

  it("a missing attribute is Config.__getattr__'s AttributeError; a missing item a KeyError", async () => {
    const attr = await run(`${INIT}run.config.epochs\n`);
    expect(attr.error?.type).toBe('AttributeError');
    expect(attr.error?.message).toBe(
      "<class 'wandb.sdk.wandb_config.Config'> object has no attribute 'epochs'",
    );
    const item = await run(`${INIT}print(hasattr(run.config, "epochs"))\nrun.config["epochs"]\n`);
    expect(item.stdout).toBe('False\n');
    expect(item.error?.type).toBe('KeyError');
    expect(item.error?.message).toBe("'epochs'");
  });

  it('sets by attribute, item and update(); changing a value is ConfigError unless allow_val_change=True', async () => {
    const r = await run(`${INIT}run.config.epochs = 3
run.config["opt"] = "adam"
run.config.update({"lr": 0.1, "dropout": 0.5})
run.config.update({"lr": 0.01}, allow_val_change=True)
print(run.config)
try:
    run.config.lr = 0.2
except wandb.errors.Error as e:
    print(type(e).__module__, type(e).__name__)
    print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        "{'lr': 0.01, 'layers': [64, 32], 'batch-size': 8, 'epochs': 3, 'opt': 'adam', 'dropout': 0.5}",
        'wandb.sdk.lib.config_util ConfigError',
        'Attempted to change value of key "lr" from 0.01 to 0.2',
        'If you really want to do this, pass allow_val_change=True to config.update()',
        '',
      ].join('\n'),
    );
  });

  it('update() takes an argparse Namespace; anything without a __dict__ is a TypeError', async () => {
    const r = await run(`${INIT}import argparse
p = argparse.ArgumentParser()
p.add_argument("--epochs", type=int, default=4)
run.config.update(p.parse_args([]))
print(run.config.epochs)
run.config.update([1, 2])
`);
    expect(r.stdout).toBe('4\n');
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe('config must be a dict or have a __dict__ attribute.');
  });

  it('wandb.init(config=5) is the same TypeError, before any run starts', async () => {
    const r = await run('import wandb\nwandb.init(project="p", config=5)\n');
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe('config must be a dict or have a __dict__ attribute.');
    expect(r.requests.map((e) => e.operationName)).not.toContain('UpsertBucket');
  });

  it('on a finished run the value is stored, then _config_callback raises the UsageError', async () => {
    const r = await run(`${INIT}run.finish()
try:
    run.config.epochs = 3
except wandb.errors.UsageError as e:
    print(e)
print(run.config.epochs)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `Run (${r.stdout.match(/Run \((\w+)\)/)?.[1]}) is finished. The call to \`_config_callback\` will be ignored. Please make sure that you are using an active run.\n3\n`,
    );
  });

  it('what the run ends with is what api.run(path).config shows (sent with the last UpsertBucket)', async () => {
    const r = await run(`${INIT}run.config.epochs = 3
run.finish()
print(wandb.Api().run(run.path).config)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("{'lr': 0.1, 'layers': [64, 32], 'batch-size': 8, 'epochs': 3}\n");
    const upserts = r.requests.filter((e) => e.operationName === 'UpsertBucket');
    expect(
      upserts.map((e) => JSON.parse(String((e.variables as { config?: string }).config ?? '{}'))),
    ).toEqual([
      { lr: 0.1, layers: [64, 32], 'batch-size': 8 },
      { lr: 0.1, layers: [64, 32], 'batch-size': 8, epochs: 3 },
    ]);
  });
});

describe('wandb.config at module level (0.28.x)', () => {
  it('before init every public attribute or item raises wandb.Error naming it; print shows the placeholder', async () => {
    const r = await run(`import wandb
print(repr(wandb.config).startswith("<wandb.sdk.lib.preinit.PreInitObject object at 0x"))
for f in (lambda: wandb.config.lr, lambda: wandb.config["lr"], lambda: wandb.config.update({})):
    try:
        f()
    except wandb.errors.Error as e:
        print(e)
try:
    wandb.config.lr = 1
except wandb.errors.Error as e:
    print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      [
        'True',
        'You must call wandb.init() before wandb.config.lr',
        "You must call wandb.init() before wandb.config['lr']",
        'You must call wandb.init() before wandb.config.update',
        'You must call wandb.init() before wandb.config.lr',
        '',
      ].join('\n'),
    );
  });

  it('during a run it is run.config; after finish the placeholder again', async () => {
    const r = await run(`${INIT}print(wandb.config is run.config, wandb.config.lr)
run.finish()
wandb.config.lr
`);
    expect(r.stdout).toBe('True 0.1\n');
    expect(r.error?.type).toBe('wandb.errors.errors.Error');
    expect(r.error?.message).toBe('You must call wandb.init() before wandb.config.lr');
  });
});
