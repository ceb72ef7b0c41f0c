// Shared e2e helpers: Debian chromium via playwright-core, pages that fail on console errors and
// on any request leaving 127.0.0.1, colour mode, viewport and axe. See e2e/README.md.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_DIR = path.join(ROOT, 'build');
export const SUBPATH_BUILD_DIR = path.join(ROOT, 'e2e', '.artifacts', 'build-subpath');
export const SUBPATH_BASE = '/registry-docs/';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ALLOWED_HOST = '127.0.0.1';

/** Launches chromium with a fresh profile. Call `close()` when done (it also deletes the profile). */
export async function launchBrowser({ viewport = { width: 1280, height: 800 } } = {}) {
  const profile = await mkdtemp(path.join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  // Every request leaving 127.0.0.1 is aborted and recorded; pages fail on it in assertClean().
  const offOrigin = [];
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== ALLOWED_HOST,
    (route) => {
      offOrigin.push({ url: route.request().url(), at: Date.now() });
      return route.abort('blockedbyclient');
    },
  );
  context.__offOrigin = offOrigin;
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Joins a site-relative path ("/docs/x", "docs/x", "") onto a base URL that ends in "/". */
export function siteUrl(base, p = '/') {
  if (/^https?:/.test(p)) return p;
  return base + p.replace(/^\/+/, '');
}

/**
 * Opens `p` (site-relative, or a full URL) in a new page and tracks everything that must not
 * happen. Options:
 * - base: base URL (default: the root build's URL from setupSite/E2E_BASE_URL)
 * - colorMode: 'light' | 'dark' (emulates prefers-color-scheme; storage is fresh per context)
 * - viewport: { width, height }
 * - allowConsole: RegExp[] of console error texts that are expected in this test
 * - allowStatus: RegExp[] of URLs whose HTTP status >= 400 is expected
 * - waitUntil: playwright goto waitUntil (default 'load')
 * - hydrated: false to skip waiting for React hydration (default: wait)
 * Returns { page, consoleErrors, requests, badResponses, offOrigin(), assertClean(), close() }.
 */
export async function openPage(context, p, opts = {}) {
  const base = opts.base ?? defaultBase();
  const page = await context.newPage();
  const openedAt = Date.now();
  const consoleErrors = [];
  const requests = [];
  const badResponses = [];
  const allowConsole = opts.allowConsole ?? [];
  const allowStatus = opts.allowStatus ?? [];

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (allowConsole.some((re) => re.test(text))) return;
    consoleErrors.push(`${text} (${msg.location()?.url ?? '?'})`);
  });
  page.on('pageerror', (err) => {
    const text = String(err?.stack ?? err);
    if (allowConsole.some((re) => re.test(text))) return;
    consoleErrors.push(`uncaught: ${text}`);
  });
  page.on('request', (req) =>
    requests.push({ url: req.url(), type: req.resourceType(), method: req.method() }),
  );
  page.on('response', (res) => {
    if (res.status() >= 400 && !allowStatus.some((re) => re.test(res.url()))) {
      badResponses.push(`${res.status()} ${res.url()}`);
    }
  });

  if (opts.viewport) await page.setViewportSize(opts.viewport);
  if (opts.colorMode) await setColorMode(page, opts.colorMode);
  const url = siteUrl(base, p);
  const response = await page.goto(url, { waitUntil: opts.waitUntil ?? 'load' });
  if (!opts.allowStatus?.length) {
    assert.ok(response, `no response for ${url}`);
  }
  // A click on server-rendered HTML before React hydrates it is lost: wait for Docusaurus to
  // mark <html data-has-hydrated="true">, unless the test wants the raw page (JS off, say).
  if (opts.hydrated !== false) await waitForHydration(page);

  const offOrigin = () =>
    (context.__offOrigin ?? []).filter((r) => r.at >= openedAt).map((r) => r.url);
  return {
    page,
    response,
    consoleErrors,
    requests,
    badResponses,
    offOrigin,
    /** Fails on console errors, uncaught exceptions, HTTP errors and off-origin requests. */
    assertClean(label = url) {
      assert.deepEqual(consoleErrors, [], `console errors on ${label}`);
      assert.deepEqual(badResponses, [], `HTTP errors on ${label}`);
      assert.deepEqual(offOrigin(), [], `requests leaving ${ALLOWED_HOST} on ${label}`);
    },
    close: () => page.close(),
  };
}

/** Resolves once React has hydrated the page (Docusaurus sets html[data-has-hydrated]). */
export async function waitForHydration(page, timeout = 30_000) {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', null, {
    timeout,
  });
}

/** Colour mode as a reader's OS would set it (the site respects prefers-color-scheme). Call
 * before goto; after load, check `html[data-theme]` with expectColorMode(). */
export async function setColorMode(page, mode) {
  if (mode !== 'light' && mode !== 'dark') {
    throw new Error(`colorMode must be 'light' or 'dark', got ${JSON.stringify(mode)}`);
  }
  await page.emulateMedia({ colorScheme: mode });
}

export async function expectColorMode(page, mode) {
  await page.waitForFunction((m) => document.documentElement.dataset.theme === m, mode, {
    timeout: 5000,
  });
}

/** WCAG 2.x A/AA rules: what "accessible" means here. Best-practice rules are skipped for speed. */
export const AXE_WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules a colour-mode switch can change; enough for the second mode of the same page. */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe and returns only serious/critical violations, in a readable shape.
 * `rules` (rule ids) overrides `tags` (default AXE_WCAG_TAGS). */
export async function seriousAxeViolations(
  page,
  { include, exclude, disableRules, rules, tags = AXE_WCAG_TAGS, legacy = true } = {},
) {
  // Legacy mode runs axe in the page in one go, without the per-frame partial runs and the
  // extra page that merges them: 2-3x faster here. It only skips iframes, and the site has
  // none; pass legacy: false to a page that does. Only violations are collected (we need no
  // list of passes), which also saves time on big pages.
  let builder = new AxeBuilder({ page })
    .setLegacyMode(legacy)
    .options({ resultTypes: ['violations'] });
  builder = rules ? builder.withRules(rules) : builder.withTags(tags);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  if (disableRules) builder = builder.disableRules(disableRules);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary}`),
    }));
}

export async function assertNoSeriousAxe(page, label, opts) {
  const v = await seriousAxeViolations(page, opts);
  assert.deepEqual(v, [], `axe serious/critical violations on ${label ?? page.url()}`);
}

/** Screenshots of every state checked with seeState(); run.mjs turns them into index.html. */
export const SCREENS_DIR = path.join(ROOT, 'e2e', '.artifacts', 'screens');

/** What counts as an overlay: it floats over the page, so what is under it must not show. */
const OVERLAY_SELECTOR = [
  '[role=dialog]',
  '[role=alertdialog]',
  '[role=menu]',
  '[role=listbox]',
  '[role=tooltip]',
  'dialog[open]',
  '[popover]',
].join(',');

/**
 * Visible overlays (dialogs, menus, listboxes, tooltips, popovers) whose computed background
 * is not opaque, as readable strings. An overlay whose box is painted by its one child (a
 * wrapper around a panel) counts as that child; one nested in a layer of its own (a list inside
 * a positioned widget, like Monaco's quick-fix list) counts as painted when an element between
 * it and that layer's positioned root, the root included, is opaque.
 */
export async function transparentOverlays(page) {
  return page.evaluate((selector) => {
    const alpha = (c) => {
      if (!c || c === 'transparent') return 0;
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return 1;
      const parts = m[1].split(/[\s,/]+/).filter(Boolean);
      return parts.length > 3 ? Number.parseFloat(parts[3]) : 1;
    };
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
    };
    const out = [];
    for (const el of document.querySelectorAll(selector)) {
      if (!visible(el)) continue;
      if (el.matches('[popover]') && !el.matches(':popover-open')) continue;
      let painted = el;
      if (alpha(getComputedStyle(el).backgroundColor) < 1 && el.children.length === 1) {
        painted = el.children[0];
      }
      const bg = getComputedStyle(painted).backgroundColor;
      let layerPainted = alpha(bg) >= 1;
      // Monaco's widgets (the quick-fix list, the light bulb) are stacks of positioned parts
      // painted by their host (.context-view, or the editor itself): walk up to that host
      // instead of stopping at the first positioned part.
      const monacoHost = el.closest('.context-view, .monaco-editor');
      for (let n = el; !layerPainted && n && n !== document.body; n = n.parentElement) {
        const cs = getComputedStyle(n);
        if (alpha(cs.backgroundColor) >= 1) layerPainted = true;
        if (n === monacoHost) break;
        if (!monacoHost && (cs.position === 'fixed' || cs.position === 'absolute')) break;
      }
      if (!layerPainted) {
        const name = el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()}[role=${el.getAttribute('role')}] "${name}": ${bg}`);
      }
    }
    return out;
  }, OVERLAY_SELECTOR);
}

/**
 * Checks one state of a page the way a reader sees it, and keeps a screenshot of it:
 * axe with every WCAG A/AA rule (colour contrast included) in the current colour mode, and
 * every open overlay opaque. The PNG is written first, so a failing state has one too.
 * Name it for what the reader did ("registry-app menu open"); the viewport width and the
 * colour mode are added. Options: `exclude` (axe selectors), `disableRules` (axe rule ids),
 * `fullPage`.
 */
export async function seeState(page, name, { exclude, disableRules, fullPage = false } = {}) {
  const mode = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
  const width = page.viewportSize()?.width ?? 0;
  const file = `${width}-${mode}-${name.replace(/[^\w.-]+/g, '-').toLowerCase()}`;
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${file}.png`), fullPage });
  const meta = { name, mode, width, url: page.url() };
  await writeFile(path.join(SCREENS_DIR, `${file}.json`), JSON.stringify(meta));
  const transparent = await transparentOverlays(page);
  const axe = await seriousAxeViolations(page, { exclude, disableRules });
  assert.deepEqual(
    { axe, transparent },
    { axe: [], transparent: [] },
    `state "${name}" (${width} px, ${mode})`,
  );
}

/**
 * The simulated UIs load when their docs tab scrolls into view (IntersectionObserver), as for a
 * reader: scroll the visible tab's checklist into view, then wait for the app's region. The tab
 * may re-render while it loads, so a detached element is tried again.
 */
export async function showSimulatedApp(page, name) {
  const app = page.getByRole('region', { name: `Simulated ${name}` });
  const steps = page
    .locator('[role="tabpanel"]:not([hidden])')
    .getByText(/^Steps in the /)
    .first();
  for (let i = 0; i < 5 && !(await app.isVisible()); i++) {
    await steps.scrollIntoViewIfNeeded().catch(() => {});
    await app.waitFor({ timeout: 5_000 }).catch(() => {});
  }
  await app.waitFor();
  return app;
}

/** True when the page scrolls sideways (content wider than the viewport). */
export async function hasHorizontalScroll(page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/** Site-relative paths of every page in a build, from its sitemap (e.g. "/docs/target-path"). */
export async function sitemapPaths(buildDir = BUILD_DIR, baseUrl = '/') {
  const xml = await readFile(path.join(buildDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const p = new URL(m[1]).pathname;
    return `/${p.startsWith(baseUrl) ? p.slice(baseUrl.length) : p.replace(/^\//, '')}`;
  });
}

let lazyServers = null;

function defaultBase() {
  const b = process.env.E2E_BASE_URL;
  if (!b) throw new Error('E2E_BASE_URL is not set: call setupSite() in your test file first');
  return b;
}

/**
 * Per test file: registers before/after hooks that launch chromium and, when E2E_BASE_URL /
 * E2E_SUBPATH_URL are not set (running one file directly), serve the existing builds.
 * Returns a ctx whose fields are filled in `before`: { context, base, subpath, open(p, opts) }.
 */
export function setupSite({ subpath = false, viewport } = {}) {
  const ctx = { context: null, base: '', subpath: '', open: null };
  let browser;
  before(async () => {
    if (!process.env.E2E_BASE_URL || (subpath && !process.env.E2E_SUBPATH_URL)) {
      lazyServers ??= [];
      if (!process.env.E2E_BASE_URL) {
        const s = await startStaticServer({ dir: BUILD_DIR });
        lazyServers.push(s);
        process.env.E2E_BASE_URL = s.url;
      }
      if (subpath && !process.env.E2E_SUBPATH_URL) {
        const s = await startStaticServer({ dir: SUBPATH_BUILD_DIR, baseUrl: SUBPATH_BASE });
        lazyServers.push(s);
        process.env.E2E_SUBPATH_URL = s.url;
      }
    }
    ctx.base = process.env.E2E_BASE_URL;
    ctx.subpath = process.env.E2E_SUBPATH_URL ?? '';
    browser = await launchBrowser({ viewport });
    ctx.context = browser.context;
    ctx.open = (p, opts = {}) => openPage(browser.context, p, { base: ctx.base, ...opts });
  });
  after(async () => {
    await browser?.close();
    for (const s of lazyServers ?? []) await s.close();
    lazyServers = null;
  });
  return ctx;
}
