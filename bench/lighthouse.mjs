// Lighthouse bench: builds the site, serves it with gzip (e2e/static-server.mjs) and prints the
// performance, accessibility, best-practices and SEO scores of every page in the sitemap, in
// light and in dark mode, with its Total Blocking Time and its DOM elements at load (Lighthouse's
// dom-size audit: the elements under <body>, at the preset's viewport, 412 px wide on mobile).
// Prints figures; never a test.
// A stock Docusaurus docs page (bench/stock-site.mjs), built from the same packages, is audited
// in the same run, at the start of every round, so our performance can be read against it.
// Usage: npm run bench:lighthouse [-- --no-build] [-- --desktop] [-- --runs N] [-- /docs/page ...]
//   --no-build   reuse bench/.out/build
//   --desktop    Lighthouse's desktop preset (default: its mobile preset, throttled)
//   --runs N     N rounds (stock page, then every page); compares medians (default 1)
//   paths        only these site-relative pages
// Chromium: CHROME_PATH (default /usr/lib/chromium/chromium).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, sitemapPaths } from '../e2e/harness.mjs';
import { startStaticServer } from '../e2e/static-server.mjs';
import { BENCH_BUILD, buildSite } from './build-site.mjs';
import { buildStockSite, STOCK_DOCS_PAGE } from './stock-site.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MODES = ['light', 'dark'];

/** Starts headless Chromium with a DevTools port, driven through puppeteer-core (Lighthouse's
 * own dependency): Lighthouse runs in a page we hand it, with prefers-color-scheme emulated. */
async function startChrome() {
  const profile = await mkdtemp(path.join(tmpdir(), 'lh-chromium-'));
  const args = [
    ...CHROMIUM_ARGS,
    '--headless=new',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ];
  const child = spawn(CHROME, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${err.slice(-500)}`)));
  });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const stop = async () => {
    await browser.disconnect();
    child.kill();
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r()));
    await rm(profile, { recursive: true, force: true });
  };
  return { browser, stop };
}

/** One Lighthouse run of `url` with the site in `mode` (it follows prefers-color-scheme while
 * nothing is stored, and Lighthouse clears storage first). Fails if the page was not in `mode`. */
async function audit(browser, url, mode, config) {
  const page = await browser.newPage();
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: mode ?? 'light' }]);
    const result = await lighthouse(
      url,
      { output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      config,
      page,
    );
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    // The stock site ignores prefers-color-scheme (the template's default): it is always light.
    if (mode && theme !== mode) throw new Error(`${url} rendered in ${theme} mode, wanted ${mode}`);
    return result.lhr;
  } finally {
    await page.close();
  }
}

/** Issue 14's ceiling for a docs page's DOM at load. */
const DOM_GOAL = 1500;

/** Elements under <body> when Lighthouse took its snapshot (after load); NaN without the audit. */
const domSize = (lhr) => lhr.audits['dom-size']?.numericValue ?? Number.NaN;

const pct = (score) =>
  score === null || score === undefined ? '  -' : String(Math.round(score * 100)).padStart(3);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** `--runs N` (default 1): a page's score swings by several points between two runs on a busy
 * machine, the stock page's own included, so each round audits the stock page and then every
 * page, and the comparison is between medians over the rounds. */
function runsOf(argv) {
  const i = argv.indexOf('--runs');
  if (i < 0) return 1;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 9) {
    throw new Error(`--runs takes a whole number from 1 to 9, got ${JSON.stringify(argv[i + 1])}`);
  }
  return n;
}

async function main() {
  const argv = process.argv.slice(2);
  const noBuild = argv.includes('--no-build');
  const desktop = argv.includes('--desktop');
  const runs = runsOf(argv);
  const only = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs');
  await buildSite(BENCH_BUILD, { reuse: noBuild });
  const stockDir = await buildStockSite({ reuse: noBuild });
  const server = await startStaticServer({ dir: BENCH_BUILD });
  const stockServer = await startStaticServer({ dir: stockDir });
  const config = desktop ? desktopConfig : undefined;
  /** key → { perf: number[], tbt: number[], dom: number[] } ; key '' is the stock page. */
  const results = new Map();
  const record = (key, lhr) => {
    const r = results.get(key) ?? { perf: [], tbt: [], dom: [] };
    r.perf.push(lhr.categories.performance.score);
    r.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
    r.dom.push(domSize(lhr));
    results.set(key, r);
  };
  const pages = only.length ? only : await sitemapPaths(BENCH_BUILD);
  const failing = new Set();
  console.log(
    `Lighthouse ${desktop ? 'desktop' : 'mobile'} preset, ${pages.length} page(s), ${runs} round(s); load ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`${'page'.padEnd(44)} mode   perf a11y  bp  seo   TBT ms    DOM`);
  const row = (label, mode, lhr) => {
    const scores = CATEGORIES.map((c) => lhr.categories[c]?.score);
    const tbt = Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0);
    console.log(
      `${label.padEnd(44)} ${mode.padEnd(5)} ${scores.map(pct).join('  ')}  ${String(tbt).padStart(6)}  ${String(domSize(lhr)).padStart(5)}`,
    );
  };
  try {
    const chrome = await startChrome();
    const stockUrl = stockServer.url + STOCK_DOCS_PAGE.replace(/^\//, '');
    try {
      for (let round = 1; round <= runs; round++) {
        const stock = await audit(chrome.browser, stockUrl, null, config);
        record('', stock);
        row(`stock Docusaurus ${STOCK_DOCS_PAGE} (round ${round})`, 'light', stock);
        for (const mode of MODES) {
          for (const p of pages) {
            const url = server.url + p.replace(/^\//, '');
            const lhr = await audit(chrome.browser, url, mode, config);
            if (p.startsWith('/docs/')) record(`${p} ${mode}`, lhr);
            row(p, mode, lhr);
            // Name what costs points in accessibility and best practices (the goal is 100).
            for (const c of ['accessibility', 'best-practices']) {
              for (const ref of lhr.categories[c]?.auditRefs ?? []) {
                const a = lhr.audits[ref.id];
                if (ref.weight > 0 && a.score !== null && a.score < 1) {
                  failing.add(`${p} ${mode} ${c}: ${a.id} (${a.title})`);
                }
              }
            }
          }
        }
      }
    } finally {
      await chrome.stop();
    }
  } finally {
    await server.close();
    await stockServer.close();
  }
  const stock = results.get('');
  const stockPerf = median(stock.perf);
  console.log(
    `\nPerformance against the stock docs page (median of ${stock.perf.length} run(s): ${pct(stockPerf).trim()}, TBT ${Math.round(median(stock.tbt))} ms, ${median(stock.dom)} DOM elements; its runs: ${stock.perf.map((s) => pct(s).trim()).join(', ')}); goal: within 3 points`,
  );
  for (const [key, r] of results) {
    if (!key) continue;
    const d = Math.round((median(r.perf) - stockPerf) * 100);
    console.log(
      `  ${key.padEnd(48)} ${d >= 0 ? '+' : ''}${d}  (median ${pct(median(r.perf)).trim()} of ${r.perf.map((s) => pct(s).trim()).join(', ')}; TBT ${Math.round(median(r.tbt))} ms; ${median(r.dom)} DOM elements${median(r.dom) > DOM_GOAL ? `, over ${DOM_GOAL}` : ''})${d < -3 ? '  more than 3 below' : ''}`,
    );
  }
  console.log(`load ${loadavg()[0].toFixed(1)} at the end`);
  if (failing.size)
    console.log(
      `\nAudits below 1 in accessibility/best-practices:\n  ${[...failing].join('\n  ')}`,
    );
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
