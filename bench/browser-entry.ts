// Bundled by bench/browser.mjs (esbuild) into a page that Chromium runs: the engine's costs as
// readers' browsers feel them. Timings stay in the page; the script only reads the figures.
import { analyze, createTransport, createWorld, runSnippet } from 'playground-engine';
import { FIFTY_LINES } from '../playground-engine/src/analysis/fixtures';
import { QUICKSTART } from './quickstart';

export interface Figure {
  label: string;
  n: number;
  median: number;
  p90: number;
}

async function timeIt(label: string, n: number, warmup: number, f: (i: number) => unknown) {
  for (let i = 0; i < warmup; i++) await f(i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f(warmup + i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    label,
    n,
    median: times[Math.floor(n / 2)],
    p90: times[Math.floor(n * 0.9)],
  } satisfies Figure;
}

async function mustRun(world: ReturnType<typeof createWorld>) {
  const r = await runSnippet(QUICKSTART, { world });
  if (!r.ok) throw new Error(r.error?.traceback ?? 'quickstart failed');
}

async function run(): Promise<{ cold: number; figures: Figure[] }> {
  const t0 = performance.now();
  await mustRun(createWorld());
  const cold = performance.now() - t0;
  const figures: Figure[] = [];
  // A fresh world per run (made outside the timing), as each reader's first Run sees it.
  const fresh = Array.from({ length: 130 }, () => createWorld());
  figures.push(
    await timeIt('runSnippet quickstart, fresh world', 100, 20, (i) => mustRun(fresh[i])),
  );
  const warm = createWorld();
  figures.push(await timeIt('runSnippet quickstart, warm world', 100, 20, () => mustRun(warm)));
  const transport = createTransport(createWorld());
  figures.push(
    await timeIt('one GraphQL exchange (Viewer)', 300, 50, () => transport.request('Viewer')),
  );
  const world = createWorld();
  figures.push(
    await timeIt('analyze, 50-line snippet', 100, 20, () => analyze(FIFTY_LINES, world)),
  );
  return { cold, figures };
}

(globalThis as { engineBench?: { run: typeof run } }).engineBench = { run };
