import { createWorld, runSnippet, worldSeeds } from 'playground-engine';
import { describe, expect, it } from 'vitest';
import { runRows } from './worldRuns';

describe('runRows', () => {
  it('lists the runs newest first with state, tags, summary keys and versions logged and used', async () => {
    const world = createWorld(worldSeeds.docs);
    const before = runRows(world.snapshot()).length;
    const r = await runSnippet(
      `import wandb
with open("a.txt", "w") as f:
    f.write("a")
run = wandb.init(project="p", id="first1", name="trainer", tags=["x", "y"])
run.log({"acc": 0.5})
art = wandb.Artifact("clf", "model")
art.add_file("a.txt")
run.log_artifact(art)
run.finish(exit_code=1)
other = wandb.init(project="p", id="second2")
other.use_artifact("clf:latest")
other.finish()
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    const rows = runRows(world.snapshot());
    expect(rows).toHaveLength(before + 2);
    expect(rows[0]).toEqual({
      id: 'second2',
      name: rows[0].name,
      path: 'vision-team/p/second2',
      state: 'finished',
      failed: false,
      detail: 'used clf:v0',
    });
    expect(rows[1]).toEqual({
      id: 'first1',
      name: 'trainer',
      path: 'vision-team/p/first1',
      state: 'failed',
      failed: true,
      detail: 'tags: x, y · summary: acc · logged clf:v0',
    });
  });

  it('is empty for what is not a snapshot', () => {
    expect(runRows(null)).toEqual([]);
    expect(runRows({ runs: 'no' })).toEqual([]);
  });
});
