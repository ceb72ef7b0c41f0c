// Lighthouse bench: builds the site, serves it with gzip (e2e/static-server.mjs) and prints the
// performance, accessibility, best-practices and SEO scores of every page in the sitemap, in
// light and in dark mode. Prints figures; never a test.
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
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, sitemapPaths } from '../e2e/harness.mjs';
import { startStaticServer } from '../e2e/static-server.mjs';
import { BENCH_BUILD, buildSite } from './build-site.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MODES = ['light', 'dark'];

/** Starts headless Chromium with a DevTools port; `dark` makes prefers-color-scheme dark (the
 * site follows it when nothing is stored, and Lighthouse clears storage before each run). */
async function startChrome(mode) {
  const profile = await mkdtemp(path.join(tmpdir(), 'lh-chromium-'));
  const args = [
    ...CHROMIUM_ARGS,
    '--headless=new',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    ...(mode === 'dark' ? ['--force-dark-mode'] : []),
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
  const stop = async () => {
    child.kill();
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r()));
    await rm(profile, { recursive: true, force: true });
  };
  // Check that the flag did what we want, rather than print scores for the wrong mode.
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = await browser.contexts()[0].newPage();
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  await page.close();
  await browser.close();
  if (dark !== (mode === 'dark')) {
    await stop();
    throw new Error(`chromium did not emulate prefers-color-scheme: ${mode}`);
  }
  return { port, stop };
}

const pct = (score) =>
  score === null || score === undefined ? '  -' : String(Math.round(score * 100)).padStart(3);

async function main() {
  const argv = process.argv.slice(2);
  const noBuild = argv.includes('--no-build');
  const desktop = argv.includes('--desktop');
  const only = argv.filter((a) => !a.startsWith('--'));
  await buildSite(BENCH_BUILD, { reuse: noBuild });
  const server = await startStaticServer({ dir: BENCH_BUILD });
  const pages = only.length ? only : await sitemapPaths(BENCH_BUILD);
  const failing = [];
  console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'} preset, ${pages.length} page(s)`);
  console.log(`${'page'.padEnd(44)} mode   perf a11y  bp  seo`);
  try {
    for (const mode of MODES) {
      const chrome = await startChrome(mode);
      try {
        for (const p of pages) {
          const url = server.url + p.replace(/^\//, '');
          const result = await lighthouse(
            url,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            desktop ? desktopConfig : undefined,
          );
          const { categories, audits } = result.lhr;
          const scores = CATEGORIES.map((c) => categories[c]?.score);
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
      } finally {
        await chrome.stop();
      }
    }
  } finally {
    await server.close();
  }
  if (failing.length)
    console.log(`\nAudits below 1 in accessibility/best-practices:\n  ${failing.join('\n  ')}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
