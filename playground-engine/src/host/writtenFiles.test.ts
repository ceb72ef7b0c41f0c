// RunResult.files: what a run left on its in-memory disk (the snippet's own files and the
// SDK's downloads), which the World tab lists after a run.

import { describe, expect, it } from 'vitest';
import { worldSeeds } from '../scenarios/seeds';
import { createWorld } from '../world';
import { runSnippet } from './runSnippet';

const run = (code: string, files?: Record<string, string>) =>
  runSnippet(code, { world: createWorld(worldSeeds.docs), files });

describe('RunResult.files', () => {
  it('lists a download under ./artifacts and the snippet’s own files, sorted, with byte sizes', async () => {
    const r = await run(`import wandb
with open("notes/é.txt", "w") as f:
    f.write("café")
d = wandb.Api().artifact("acme/wandb-registry-model/image-classifier:latest").download()
print(len(open(d + "/weights.txt").read()))
`);
    expect(r.error?.message).toBe("[Errno 2] No such file or directory: 'notes/é.txt'");
    // The open() failed before the download: nothing was written.
    expect(r.files).toEqual([]);

    const ok = await run(`import os, wandb
os.makedirs("notes")
with open("notes/é.txt", "w") as f:
    f.write("café")
d = wandb.Api().artifact("acme/wandb-registry-model/image-classifier:latest").download()
print(len(open(d + "/weights.txt", encoding="utf-8").read().encode()))
`);
    expect(ok.error).toBeUndefined();
    const weightsBytes = Number(ok.stdout.trim());
    expect(weightsBytes).toBeGreaterThan(0);
    expect(ok.files).toEqual([
      { path: 'artifacts/resnet-baseline:v0/weights.txt', size: weightsBytes },
      // "café" is 5 bytes in UTF-8: the size counts bytes, not characters.
      { path: 'notes/é.txt', size: 5 },
    ]);
  });

  it('leaves out files the run was given and did not change, and files it removed', async () => {
    const r = await run(
      `import os
with open("changed.txt", "a") as f:
    f.write("!")
with open("gone.txt", "w") as f:
    f.write("x")
os.remove("gone.txt")
`,
      { 'given.txt': 'same', 'changed.txt': 'was' },
    );
    expect(r.error).toBeUndefined();
    expect(r.files).toEqual([{ path: 'changed.txt', size: 4 }]);
  });

  it('keeps what was written before an uncaught error, and is empty for a bad run option', async () => {
    const r = await run(`with open("out.txt", "w") as f:
    f.write("partial")
raise SystemExit("stop")
`);
    expect(r.error?.type).toBe('SystemExit');
    expect(r.exitCode).toBe(1);
    expect(r.files).toEqual([{ path: 'out.txt', size: 7 }]);

    const bad = await runSnippet('print(1)', {
      world: createWorld(worldSeeds.docs),
      sdkVersion: 'latest',
    });
    expect(bad.ok).toBe(false);
    expect(bad.files).toEqual([]);
  });
});
