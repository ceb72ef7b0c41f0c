// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { createWorld, runSnippet, type WorldEvent, worldSeeds } from 'playground-engine';
import { describe, expect, it } from 'vitest';
import { describeWorldChange, MAX_CHANGES, useWorldChanges, withChange } from './useWorldChanges';

const SOURCE = 'vision-team/pretrained/resnet-baseline';
const LINK = 'acme/wandb-registry-model/image-classifier';

describe('describeWorldChange', () => {
  it('words a use, an unlink and a deletion with its links; other events are not changes', async () => {
    const world = createWorld(worldSeeds.docs);
    const events: WorldEvent[] = [];
    world.subscribe((e) => events.push(e));
    const r = await runSnippet(
      `import wandb
api = wandb.Api()
with wandb.init(project="train") as run:
    run.use_artifact("${SOURCE}:v1")
    name = run.name
print(name)
api.artifact("${SOURCE}:v1").link("wandb-registry-model/image-classifier")
api.artifact("${LINK}:v1").unlink()
api.artifact("${SOURCE}:v0").delete(delete_aliases=True)
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    const runName = r.stdout.trim();
    expect(events.map(describeWorldChange).filter((t) => t !== null)).toEqual([
      `run ${runName} used ${SOURCE}:v1`,
      `link ${LINK}:v1 removed`,
      `version ${SOURCE}:v0 deleted, with its link ${LINK}:v0`,
    ]);
  });
});

describe('withChange', () => {
  it('puts the newest first and keeps MAX_CHANGES', () => {
    let list = withChange([], { seq: 1, text: 'a' });
    list = withChange(list, { seq: 2, text: 'b' });
    expect(list.map((c) => c.text)).toEqual(['b', 'a']);
    for (let i = 3; i < MAX_CHANGES + 10; i++) list = withChange(list, { seq: i, text: `${i}` });
    expect(list).toHaveLength(MAX_CHANGES);
    expect(list[0].seq).toBe(MAX_CHANGES + 9);
  });
});

describe('useWorldChanges', () => {
  it('follows the world it is given and starts empty for another world', async () => {
    const world = createWorld(worldSeeds.docs);
    const { result, rerender } = renderHook(({ w }) => useWorldChanges(w), {
      initialProps: { w: world },
    });
    expect(result.current).toEqual([]);
    await act(async () => {
      await runSnippet(`import wandb\nwandb.Api().artifact("${LINK}:v0").unlink()\n`, { world });
    });
    expect(result.current.map((c) => c.text)).toEqual([`link ${LINK}:v0 removed`]);
    rerender({ w: createWorld(worldSeeds.docs) });
    expect(result.current).toEqual([]);
  });
});
