// What the first Run on a guide page loads beyond the engine's page chunk: nothing. Each guide
// page's first python block runs in a fresh world while the engine's on-demand parts (the
// binding's and SDK's rarer surface, the other resolvers, the other operations' documents, the
// hint table) record whether they were imported. A part one of these runs imports is a
// download the reader waits for on their first click (bench:size's "first Run" row), so its
// code belongs in the page chunk or the run should not need it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createWorld, runSnippet, worldSeeds } from 'playground-engine/page';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => new Set<string>());

vi.mock('../playground-engine/src/python/wandb/onDemand', async (original) => {
  loaded.add('python/wandb/onDemand');
  return original();
});
vi.mock('../playground-engine/src/server/resolvers/onDemand', async (original) => {
  loaded.add('server/resolvers/onDemand');
  return original();
});
vi.mock('../playground-engine/src/protocol/onDemand', async (original) => {
  loaded.add('protocol/onDemand');
  return original();
});
vi.mock('../playground-engine/src/python/hintText', async (original) => {
  loaded.add('python/hintText');
  return original();
});

const GUIDE_PAGES = ['link-artifact-version', 'source-and-linked-versions', 'target-path'];

/** The page's first ```python block: its code and its `world=` seed id. */
function firstBlock(page: string): { code: string; world: string } {
  const file = fileURLToPath(new URL(`../docs/${page}.mdx`, import.meta.url));
  const m = /^```python ([^\n]*)\n([\s\S]*?)\n```$/m.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`docs/${page}.mdx has no python block`);
  const world = /\bworld=(\S+)/.exec(m[1])?.[1];
  if (!world || !worldSeeds[world]) throw new Error(`docs/${page}.mdx: unknown world ${world}`);
  return { code: m[2], world };
}

describe("a guide page's first Run", () => {
  beforeEach(() => loaded.clear());

  for (const page of GUIDE_PAGES) {
    it(`${page}: runs its first block with no on-demand part`, async () => {
      const { code, world } = firstBlock(page);
      const result = await runSnippet(code, { world: createWorld(worldSeeds[world]) });
      expect(result.error).toBeUndefined();
      expect([...loaded]).toEqual([]);
    });
  }

  // Last: a module loads once per test file, so after this no other test could see it load.
  it('the recorder sees an on-demand part load (wandb.Api is on demand)', async () => {
    const result = await runSnippet('import wandb\nprint(type(wandb.Api()).__name__)', {
      world: createWorld(worldSeeds.docs),
    });
    expect(result.stdout).toBe('Api\n');
    expect(loaded).toContain('python/wandb/onDemand');
  });
});
