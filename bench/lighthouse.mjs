// Lighthouse bench: builds the site, serves it with gzip (e2e/static-server.mjs) and prints the
// performance, accessibility, best-practices and SEO scores of every page in the sitemap, in
// light and in dark mode. Prints figures; never a test.
// A stock Docusaurus docs page (bench/stock-site.mjs), built from the same packages, is audited
// in the same run, before and after our pages, so our performance can be read against it.
// Usage: npm run bench:lighthouse [-- --no-build] [-- --desktop] [-- /docs/page ...]
//   --no-build   reuse bench/.out/build
//   --desktop    Lighthouse's desktop preset (default: its mobile preset, throttled)
//   paths        only these site-relative pages
// Chromium: CHROME_PATH (default /usr/lib/chromium/chromium).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

const pct = (score) =>
  score === null || score === undefined ? '  -' : String(Math.round(score * 100)).padStart(3);

async function main() {
  const argv = process.argv.slice(2);
  const noBuild = argv.includes('--no-build');
  const desktop = argv.includes('--desktop');
  const only = argv.filter((a) => !a.startsWith('--'));
  await buildSite(BENCH_BUILD, { reuse: noBuild });
  const stockDir = await buildStockSite({ reuse: noBuild });
  const server = await startStaticServer({ dir: BENCH_BUILD });
  const stockServer = await startStaticServer({ dir: stockDir });
  const stockPerf = [];
  const ours = [];
  const pages = only.length ? only : await sitemapPaths(BENCH_BUILD);
  const failing = [];
  console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'} preset, ${pages.length} page(s)`);
  console.log(`${'page'.padEnd(44)} mode   perf a11y  bp  seo`);
  try {
    const chrome = await startChrome();
    const auditStock = async (when) => {
      const url = stockServer.url + STOCK_DOCS_PAGE.replace(/^\//, '');
      const lhr = await audit(chrome.browser, url, null, desktop ? desktopConfig : undefined);
      stockPerf.push(lhr.categories.performance.score);
      const scores = CATEGORIES.map((c) => lhr.categories[c]?.score);
      console.log(
        `${`stock Docusaurus ${STOCK_DOCS_PAGE} (${when})`.padEnd(44)} light ${scores.map(pct).join('  ')}`,
      );
    };
    try {
      await auditStock('first');
      for (const mode of MODES) {
        for (const p of pages) {
          const url = server.url + p.replace(/^\//, '');
          const lhr = await audit(chrome.browser, url, mode, desktop ? desktopConfig : undefined);
          const { categories, audits } = lhr;
          const scores = CATEGORIES.map((c) => categories[c]?.score);
          if (p.startsWith('/docs/')) ours.push({ p, mode, perf: categories.performance.score });
          console.log(`${p.padEnd(44)} ${mode.padEnd(5)} ${scores.map(pct).join('  ')}`);
          // Name what costs points in accessibility and best practices (the goal is 100).
          for (const c of ['accessibility', 'best-practices']) {
            for (const ref of categories[c]?.auditRefs ?? []) {
              const a = audits[ref.id];
              if (ref.weight > 0 && a.score !== null && a.score < 1) {
                failing.push(`${p} ${mode} ${c}: ${a.id} (${a.title})`);
              }
            }
          }
        }
      }
      await auditStock('last');
    } finally {
      await chrome.stop();
    }
  } finally {
    await server.close();
    await stockServer.close();
  }
  const stock = stockPerf.reduce((a, b) => a + b, 0) / stockPerf.length;
  console.log(
    `\nPerformance against the stock docs page (mean of its two runs, ${pct(stock).trim()}); goal: within 3 points`,
  );
  for (const o of ours) {
    const d = Math.round((o.perf - stock) * 100);
    console.log(
      `  ${o.p.padEnd(42)} ${o.mode.padEnd(5)} ${d >= 0 ? '+' : ''}${d}${d < -3 ? '  (more than 3 below)' : ''}`,
    );
  }
  if (failing.length)
    console.log(`\nAudits below 1 in accessibility/best-practices:\n  ${failing.join('\n  ')}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
