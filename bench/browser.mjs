import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { launchBrowser, ROOT } from '../e2e/harness.mjs';
import { startStaticServer } from '../e2e/static-server.mjs';
import { BENCH_BUILD, buildSite } from './build-site.mjs';

const OUT = path.join(ROOT, 'bench', '.out');
const SITE = BENCH_BUILD;
const ENGINE_PAGE = path.join(OUT, 'engine-page');
const GUIDE = '/docs/link-artifact-version';
const COLD_RUNS = 5;
const WARM_RUNS = 15;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const ms = (x) => `${x.toFixed(2).padStart(8)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

function median(list) {
  const s = [...list].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)] };
}

async function buildEnginePage() {
  await mkdir(ENGINE_PAGE, { recursive: true });
  await esbuild({
    entryPoints: [path.join(ROOT, 'bench/browser-entry.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    outfile: path.join(ENGINE_PAGE, 'engine-bench.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  await writeFile(
    path.join(ENGINE_PAGE, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>engine bench</title><script type="module" src="./engine-bench.js"></script>',
  );
}

/** Part 1: the engine alone in a page. */
async function engineFigures() {
  await buildEnginePage();
  const server = await startStaticServer({ dir: ENGINE_PAGE, gzip: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => globalThis.engineBench);
    const { cold, figures } = await page.evaluate(() => globalThis.engineBench.run());
    console.log('\nEngine in Chromium (esbuild bundle of playground-engine)');
    console.log(`${'runSnippet quickstart, first run in the page'.padEnd(46)} ${ms(cold)}`);
    for (const f of figures) {
      console.log(`${f.label.padEnd(46)} median ${ms(f.median)}   p90 ${ms(f.p90)}   (n=${f.n})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Gzip bytes of every response in a context while `fn` runs (the server gzips JS/CSS). */
async function bytesDuring(context, fn) {
  let bytes = 0;
  const pending = [];
  const onResponse = (res) =>
    pending.push(
      res
        .allHeaders()
        .then(async (h) => {
          bytes += Number(h['content-length'] ?? (await res.body().catch(() => '')).length ?? 0);
        })
        .catch(() => {}),
    );
  context.on('response', onResponse);
  try {
    const value = await fn();
    await Promise.all(pending);
    return { value, bytes };
  } finally {
    context.off('response', onResponse);
  }
}

/** Clicks Run on the first snippet; the page itself times click → output (no CDP round trip). */
async function timedRun(page) {
  const snippet = page.locator('[data-runnable-snippet]').first();
  await snippet.evaluate((el) => {
    window.__benchRun = new Promise((resolve) => {
      let t0 = 0;
      const button = [...el.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Run');
      button.addEventListener('click', () => (t0 = performance.now()), {
        capture: true,
        once: true,
      });
      const done = () =>
        t0 && el.querySelector('section[aria-label^="Output of"][aria-busy="false"]');
      const obs = new MutationObserver(() => {
        if (done()) {
          obs.disconnect();
          resolve(performance.now() - t0);
        }
      });
      obs.observe(el, { subtree: true, childList: true, attributes: true });
    });
  });
  await snippet.getByRole('button', { name: 'Run', exact: true }).click();
  return page.evaluate(() => window.__benchRun);
}

/** Part 2: the production site, click to output. */
async function siteFigures(server) {
  const cold = [];
  const warm = [];
  let pageBytes = 0;
  let firstRunBytes = 0;
  let warmRunBytes = 0;
  for (let i = 0; i < COLD_RUNS; i++) {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const loaded = await bytesDuring(browser.context, async () => {
        await page.goto(server.url + GUIDE.slice(1), { waitUntil: 'networkidle' });
        await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
        await page.waitForLoadState('networkidle');
      });
      const first = await bytesDuring(browser.context, () => timedRun(page));
      cold.push(first.value);
      pageBytes = loaded.bytes;
      firstRunBytes = first.bytes;
      if (i === 0) {
        for (let j = 0; j < WARM_RUNS; j++) {
          const again = await bytesDuring(browser.context, () => timedRun(page));
          warm.push(again.value);
          warmRunBytes = Math.max(warmRunBytes, again.bytes);
        }
      }
    } finally {
      await browser.close();
    }
  }
  const c = median(cold);
  const w = median(warm);
  console.log(`\nProduction site in Chromium: Run on the first snippet of ${GUIDE}`);
  console.log(
    `${'click → output, cold (fresh profile)'.padEnd(46)} median ${ms(c.median)}   p90 ${ms(c.p90)}   (n=${COLD_RUNS})`,
  );
  console.log(
    `${'click → output, warm (same page again)'.padEnd(46)} median ${ms(w.median)}   p90 ${ms(w.p90)}   (n=${WARM_RUNS})`,
  );
  console.log(`${'bytes: page load (all responses, gzip)'.padEnd(46)} ${kb(pageBytes)}`);
  console.log(`${'bytes: first Run (engine chunk and more)'.padEnd(46)} ${kb(firstRunBytes)}`);
  console.log(`${'bytes: a later Run'.padEnd(46)} ${kb(warmRunBytes)}`);
}

async function main() {
  console.log(`Chromium bench · ${cpus().length} cores · load average ${load()}`);
  await engineFigures();
  if (process.argv.includes('--engine-only')) return;
  await buildSite(SITE, { reuse: process.argv.includes('--no-build') });
  const server = await startStaticServer({ dir: SITE, gzip: true });
  try {
    await siteFigures(server);
  } finally {
    await server.close();
  }
  console.log(`\nload average at the end ${load()}`);
}

main().catch((err) => {
  console.error(`bench:browser failed: ${err.stack ?? err.message}`);
  process.exitCode = 1;
});
