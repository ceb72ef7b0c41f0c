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

function figure(label: string, times: number[]): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  return { label, n, median: sorted[Math.floor(n / 2)], p90: sorted[Math.floor(n * 0.9)] };
}

/** Times each of `fs` n times after `warmup` untimed rounds. The functions take turns within a
 * round, so each is measured at the same point of the page's JIT warm-up: timed one after the
 * other, the first measured a colder page than the second (a fresh world looked 2–4 ms slower
 * than a warm one for that reason alone). */
async function timeTogether(
  n: number,
  warmup: number,
  fs: { label: string; f: (i: number) => unknown }[],
): Promise<Figure[]> {
  for (let i = 0; i < warmup; i++) for (const { f } of fs) await f(i);
  const times = fs.map(() => [] as number[]);
  for (let i = 0; i < n; i++) {
    for (const [k, { f }] of fs.entries()) {
      const t0 = performance.now();
      await f(warmup + i);
      times[k].push(performance.now() - t0);
    }
  }
  return fs.map(({ label }, k) => figure(label, times[k]));
}

const timeIt = async (label: string, n: number, warmup: number, f: (i: number) => unknown) =>
  (await timeTogether(n, warmup, [{ label, f }]))[0];

async function mustRun(world: ReturnType<typeof createWorld>) {
  const r = await runSnippet(QUICKSTART, { world });
  if (!r.ok) throw new Error(r.error?.traceback ?? 'quickstart failed');
}

async function run(): Promise<{ cold: number; figures: Figure[] }> {
  const t0 = performance.now();
  await mustRun(createWorld());
  const cold = performance.now() - t0;
  // A fresh world per run (made outside the timing), as each reader's first Run sees it,
  // against one world every run reuses, taking turns.
  const fresh = Array.from({ length: 120 }, () => createWorld());
  const warm = createWorld();
  const figures: Figure[] = await timeTogether(100, 20, [
    { label: 'runSnippet quickstart, fresh world', f: (i) => mustRun(fresh[i]) },
    { label: 'runSnippet quickstart, warm world', f: () => mustRun(warm) },
  ]);
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
