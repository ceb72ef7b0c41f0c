// Snippet runtime figures: medians of runSnippet on the docs quickstart, of the parse
// alone, of analyze on a 50-line snippet, and the evaluator's raw loop speed.
// Prints figures only; nothing here is a test. Run: npm run bench:runtime
import { parser } from '@lezer/python';
import { analyze, createWorld, runSnippet } from 'playground-engine';
import { FIFTY_LINES } from '../playground-engine/src/analysis/fixtures';
import { compileModule } from '../playground-engine/src/python/syntax/compile';
import { QUICKSTART, QUICKSTART_NO_WANDB } from './quickstart';

const LOOP = 'n = 0\nfor i in range(100000):\n    n += i % 7\nprint(n)\n';

async function median(
  label: string,
  runs: number,
  warmup: number,
  f: () => unknown,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)];
  const p90 = times[Math.floor(times.length * 0.9)];
  console.log(
    `${label.padEnd(48)} median ${m.toFixed(3).padStart(8)} ms   p90 ${p90.toFixed(3).padStart(8)} ms   (n=${runs})`,
  );
  return m;
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${FIFTY_LINES.split('\n').length}-line analyze input\n`);
  const first = createWorld();
  const t0 = performance.now();
  const cold = await runSnippet(QUICKSTART, { world: first });
  console.log(
    `runSnippet quickstart, cold (first run in process)   ${(performance.now() - t0).toFixed(1)} ms  ok=${cold.ok}`,
  );

  // Each warm run gets a fresh world (created outside the timing) so versions stay v0.
  const worlds = Array.from({ length: 240 }, () => createWorld());
  let w = 0;
  await median('runSnippet quickstart, warm (goal < 5 ms)', 200, 40, async () => {
    const r = await runSnippet(QUICKSTART, { world: worlds[w++ % worlds.length] });
    if (!r.ok) throw new Error(r.error?.traceback);
  });
  await median('runSnippet, same snippet without wandb calls', 300, 40, async () => {
    const r = await runSnippet(QUICKSTART_NO_WANDB, { world: first });
    if (!r.ok) throw new Error(r.error?.traceback);
  });
  await median('parse alone (@lezer/python)', 500, 50, () => parser.parse(QUICKSTART));
  await median('parse + compile to the runtime AST', 500, 50, () => compileModule(QUICKSTART));
  const world = createWorld();
  await median('analyze, 50-line snippet (goal < 5 ms)', 300, 30, () =>
    analyze(FIFTY_LINES, world),
  );
  const loopMs = await median('100k-iteration for loop (no wandb)', 10, 2, async () => {
    const r = await runSnippet(LOOP, { world });
    if (!r.ok) throw new Error(r.error?.traceback);
  });
  console.log(
    `\n≈ ${Math.round(200_000 / loopMs)} steps per ms on this machine (each iteration is 2 steps)`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
