import { launchBrowser } from '../e2e/harness.mjs';
import { startStaticServer } from '../e2e/static-server.mjs';
import { BENCH_BUILD, buildSite } from './build-site.mjs';

const OUT = BENCH_BUILD;
const STOCK_DOCS_PAGE_KB = 184; // TOOLCHAIN.md: JS a stock Docusaurus 3.10.2 docs page executes
const MAIN = '/docs/link-artifact-version';
const PLAIN = '/docs/simulator-assumptions';
// Markers that only Monaco's own code contains (class names of its scrollbars and views).
const MONACO_JS = /monaco-scrollable-element|MonacoEnvironment/;
const MONACO_CSS = /\.monaco-scrollable-element/;

/** Records every script/stylesheet response in a context (pages and workers) with its gzip size. */
function recordAssets(context) {
  const assets = [];
  const pending = [];
  context.on('response', (res) => {
    const type = res.request().resourceType();
    const url = res.url();
    const kind =
      type === 'script' || /\.m?js(\?|$)/.test(url)
        ? 'js'
        : type === 'stylesheet' || /\.css(\?|$)/.test(url)
          ? 'css'
          : null;
    if (!kind || res.status() !== 200) return;
    pending.push(
      (async () => {
        const headers = await res.allHeaders();
        const body = await res.body().catch(() => null);
        // content-length is the gzip size: the server compresses every JS/CSS file.
        const wire = Number(headers['content-length'] ?? body?.length ?? 0);
        const text = body ? body.toString('utf8') : '';
        const monaco = kind === 'js' ? MONACO_JS.test(text) : MONACO_CSS.test(text);
        assets.push({
          url,
          kind,
          type,
          wire,
          gzip: headers['content-encoding'] === 'gzip',
          monaco,
        });
      })(),
    );
  });
  return { assets, settle: () => Promise.all(pending.splice(0)) };
}

const sum = (list, kind) => list.filter((a) => a.kind === kind).reduce((n, a) => n + a.wire, 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Loads `p` in a fresh profile (empty cache), then runs each step (a click) and records what
 * it loads. Prefetches of other routes (`<link rel=prefetch>`, type "other") are kept apart by
 * row(): they download but do not run. A step returning false was not possible (no button). */
async function measure(base, p, steps = []) {
  const browser = await launchBrowser();
  try {
    const rec = recordAssets(browser.context);
    const page = await browser.context.newPage();
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(base + p.replace(/^\//, ''), { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    // Effects that run after hydration may import chunks (e.g. a visible widget): wait for them.
    await page.waitForLoadState('networkidle');
    await rec.settle();
    const out = { initial: rec.assets.splice(0), steps: [], workers };
    for (const step of steps) {
      const done = await step(page);
      await page.waitForLoadState('networkidle');
      await rec.settle();
      out.steps.push(done === false ? null : rec.assets.splice(0));
    }
    return out;
  } finally {
    await browser.close();
  }
}

const firstSnippet = (page) => page.locator('[data-runnable-snippet]').first();

async function clickRun(page) {
  const run = firstSnippet(page).getByRole('button', { name: 'Run', exact: true });
  if ((await run.count()) === 0) return false;
  await run.click();
  // The output says "Running…" at once; aria-busy turns false when the engine has answered.
  await firstSnippet(page)
    .locator('section[aria-label^="Output of"][aria-busy="false"]')
    .waitFor({ timeout: 60_000 });
  return true;
}

async function clickEdit(page) {
  const edit = firstSnippet(page).getByRole('button', { name: 'Edit', exact: true });
  if ((await edit.count()) === 0) return false;
  await edit.click();
  await firstSnippet(page).locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
  return true;
}

function row(label, list) {
  if (!list) return { label, missing: true };
  const executed = list.filter((a) => a.type !== 'other');
  const prefetched = list.filter((a) => a.type === 'other');
  return {
    label,
    js: sum(executed, 'js'),
    css: sum(executed, 'css'),
    files: executed.length,
    prefetchJs: sum(prefetched, 'js'),
    monaco: executed.some((a) => a.monaco),
    monacoJs: sum(
      executed.filter((a) => a.monaco),
      'js',
    ),
    ungzipped: executed.filter((a) => !a.gzip).map((a) => a.url),
  };
}

async function main() {
  const reuse = process.argv.includes('--no-build');
  await buildSite(OUT, { reuse });
  const server = await startStaticServer({ dir: OUT, gzip: true });
  try {
    // Edit first, as a reader who opens the editor straight away; then Run first, to tell the
    // engine (what Run needs) from Monaco (what Edit adds on top).
    const editFirst = await measure(server.url, MAIN, [clickEdit]);
    const runFirst = await measure(server.url, MAIN, [clickRun, clickEdit]);
    const plain = await measure(server.url, PLAIN);
    const playground = await measure(server.url, '/playground');
    const rows = [
      row(`main docs page ${MAIN}`, editFirst.initial),
      row(`plain docs page ${PLAIN}`, plain.initial),
      row('/playground', playground.initial),
      row('+ Edit on the first snippet (editor chunk)', editFirst.steps[0]),
      row('+ Run on the first snippet (engine)', runFirst.steps[0]),
      row('+ then Edit (Monaco and editor glue only)', runFirst.steps[1]),
    ];
    if (process.env.SIZE_DEBUG) {
      const lists = {
        main: editFirst.initial,
        edit: editFirst.steps[0],
        run: runFirst.steps[0],
        runEdit: runFirst.steps[1],
        playground: playground.initial,
      };
      for (const [n, l] of Object.entries(lists)) {
        for (const a of l ?? []) console.log(n, a.type, a.kind, a.wire, a.monaco, a.url);
      }
    }

    const pad = (s, n) => String(s).padEnd(n);
    const padL = (s, n) => String(s).padStart(n);
    console.log('\nJS and CSS loaded in Chromium, gzip KB on the wire (fresh cache)\n');
    console.log(
      `${pad('what', 52)}${padL('JS', 8)}${padL('CSS', 8)}${padL('JS+CSS', 9)}${padL('files', 7)}  Monaco  prefetched JS (not run)`,
    );
    for (const r of rows) {
      if (r.missing) {
        console.log(`${pad(r.label, 52)}  n/a (no such button on the first snippet)`);
        continue;
      }
      console.log(
        `${pad(r.label, 52)}${padL(kb(r.js), 8)}${padL(kb(r.css), 8)}${padL(kb(r.js + r.css), 9)}${padL(r.files, 7)}  ${pad(r.monaco ? `${kb(r.monacoJs)}` : 'no', 6)}  ${kb(r.prefetchJs)}`,
      );
    }
    const [m, pl, pg] = rows;
    const ratioJs = m.js / pl.js;
    const ratioAll = (m.js + m.css) / (pl.js + pl.css);
    console.log('');
    console.log(
      `main/plain ratio before the editor: JS ${ratioJs.toFixed(3)}, JS+CSS ${ratioAll.toFixed(3)} (goal ≤ 1.10: ${ratioJs <= 1.1 && ratioAll <= 1.1 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `Monaco on a docs page's initial load: ${m.monaco || pl.monaco ? 'YES (bad)' : 'no'}; on /playground: ${pg.monaco ? 'yes' : 'no'}`,
    );
    console.log(
      `plain docs page JS vs a stock Docusaurus 3.10.2 docs page (≈${STOCK_DOCS_PAGE_KB} KB gz, TOOLCHAIN.md): ${kb(pl.js)} KB (${((pl.js / 1024 / STOCK_DOCS_PAGE_KB) * 100).toFixed(0)} %)`,
    );
    const workers = [...editFirst.workers, ...runFirst.workers];
    console.log(
      `web workers started on the main page: ${workers.length ? workers.join(', ') : 'none'}`,
    );
    const ungz = rows.flatMap((r) => r.ungzipped ?? []);
    if (ungz.length) console.log(`not gzipped (check the server): ${ungz.join(', ')}`);
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(`bench:size failed: ${err.message}`);
  process.exitCode = 1;
});
