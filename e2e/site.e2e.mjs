// Generic checks over the whole built site (owned by site infrastructure): every page is clean
// and accessible in both colour modes, the main page fits a phone, tabs persist, the sub-path
// build works, and search works with no network.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AXE_COLOUR_RULES,
  expectColorMode,
  hasHorizontalScroll,
  seriousAxeViolations,
  setColorMode,
  setupSite,
  sitemapPaths,
  waitForHydration,
} from './harness.mjs';

const site = setupSite({ subpath: true });
const MAIN = '/docs/link-artifact-version';
const TABS = {
  'python-sdk': 'Python SDK',
  'registry-app': 'Registry App',
  'artifact-browser': 'Artifact browser',
};

async function clearStorage(page) {
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}

// One subtest per page of the build, so a failure names its page and a slow page has its own
// budget. Structure rules run once (light); the colour rules run again in dark mode.
const pages = await sitemapPaths();

test('the sitemap lists the docs pages', () => {
  const docs = pages.filter((p) => p.startsWith('/docs/'));
  assert.ok(docs.includes(MAIN), `${MAIN} missing from the sitemap: ${pages.join(', ')}`);
});

for (const p of pages) {
  test(`${p}: no console error, no off-origin request, axe clean in light and dark, one description`, {
    timeout: 120_000,
  }, async () => {
    const opened = await site.open(p, { colorMode: 'light' });
    const { page } = opened;
    await expectColorMode(page, 'light');
    const light = await seriousAxeViolations(page);
    // The site follows prefers-color-scheme live while the reader has not chosen a mode.
    await setColorMode(page, 'dark');
    await expectColorMode(page, 'dark');
    const dark = await seriousAxeViolations(page, { rules: AXE_COLOUR_RULES });
    assert.deepEqual({ light, dark }, { light: [], dark: [] }, `axe serious/critical on ${p}`);
    // One description for search engines and link previews (Lighthouse SEO; /search had none).
    const descriptions = await page.$$eval('meta[name="description"]', (ms) =>
      ms.map((m) => m.getAttribute('content') ?? ''),
    );
    assert.equal(descriptions.length, 1, `${p}: ${descriptions.length} meta descriptions`);
    assert.ok(descriptions[0].trim().length > 20, `${p}: description '${descriptions[0]}'`);
    opened.assertClean(p);
    await opened.close();
  });
}

test('main page at 375 px wide has no horizontal scroll, on every tab', {
  timeout: 60_000,
}, async () => {
  const opened = await site.open(MAIN, { viewport: { width: 375, height: 740 } });
  const { page } = opened;
  const wide = [];
  for (const label of Object.values(TABS)) {
    await page.getByRole('tab', { name: label }).click();
    await page.waitForFunction(
      (l) =>
        [...document.querySelectorAll('[role=tab][aria-selected=true]')].some(
          (t) => t.textContent.trim() === l,
        ),
      label,
    );
    if (await hasHorizontalScroll(page)) {
      const culprits = await page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > w + 1)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      });
      wide.push({ tab: label, culprits });
    }
  }
  assert.deepEqual(wide, [], 'content wider than 375 px');
  opened.assertClean();
  await opened.close();
});

test('tabs: switching, the choice surviving a reload, and a ?link-method= link', {
  timeout: 60_000,
}, async () => {
  const opened = await site.open(MAIN);
  const { page } = opened;
  await clearStorage(page);
  await page.reload();
  await waitForHydration(page);
  const selected = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[role=tab][aria-selected=true]')].map((t) =>
        t.textContent.trim(),
      ),
    );
  assert.deepEqual(await selected(), [TABS['python-sdk']], 'Python SDK is the default tab');

  await page.getByRole('tab', { name: TABS['registry-app'] }).click();
  await page.waitForURL(/[?&]link-method=registry-app/);
  assert.deepEqual(await selected(), [TABS['registry-app']]);

  // Keyboard: arrow keys move between tabs (Docusaurus Tabs roving focus).
  await page.getByRole('tab', { name: TABS['registry-app'] }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]link-method=artifact-browser/);
  assert.deepEqual(await selected(), [TABS['artifact-browser']]);

  // The choice is stored: a reload of the bare URL (no query) keeps it.
  await page.goto(site.base + MAIN.slice(1));
  await waitForHydration(page);
  await page.waitForFunction(
    (l) =>
      [...document.querySelectorAll('[role=tab][aria-selected=true]')].some(
        (t) => t.textContent.trim() === l,
      ),
    TABS['artifact-browser'],
  );

  // A shared link wins over storage, and on a fresh reader too.
  await clearStorage(page);
  await page.goto(`${site.base}${MAIN.slice(1)}?link-method=registry-app`);
  await waitForHydration(page);
  await page.waitForFunction(
    (l) =>
      [...document.querySelectorAll('[role=tab][aria-selected=true]')].some(
        (t) => t.textContent.trim() === l,
      ),
    TABS['registry-app'],
  );
  assert.deepEqual(await selected(), [TABS['registry-app']]);
  opened.assertClean();
  await opened.close();
});

test('sub-path build: main page and its assets live under /registry-docs/', {
  timeout: 60_000,
}, async () => {
  assert.ok(site.subpath.endsWith('/registry-docs/'), `E2E_SUBPATH_URL is ${site.subpath}`);
  const opened = await site.open(MAIN, { base: site.subpath });
  const { page } = opened;
  await page.getByRole('heading', { level: 1 }).waitFor();
  const origin = new URL(site.subpath).origin;
  const outside = opened.requests
    .map((r) => r.url)
    .filter((u) => u.startsWith(origin) && !new URL(u).pathname.startsWith('/registry-docs/'));
  assert.deepEqual(outside, [], 'requests outside the base URL');
  assert.ok(
    opened.requests.some((r) => r.type === 'script' && r.url.includes('/registry-docs/assets/js/')),
    'scripts load from /registry-docs/assets/js/',
  );
  // Client-side navigation keeps the base URL too.
  await page.getByRole('link', { name: 'Playground', exact: true }).first().click();
  await page.waitForURL(/\/registry-docs\/playground$/);
  opened.assertClean();
  await opened.close();
});

test('search works offline and loads its index only on first use', {
  timeout: 60_000,
}, async () => {
  const opened = await site.open(MAIN);
  const { page } = opened;
  const indexRequests = () => opened.requests.filter((r) => /search-index.*\.json/.test(r.url));
  assert.equal(indexRequests().length, 0, 'search index fetched before the reader used search');
  const box = page
    .getByRole('searchbox', { name: /search/i })
    .or(page.locator('input.navbar__search-input'))
    .first();
  await box.click();
  await box.pressSequentially('registry');
  const suggestion = page.locator('.aa-suggestion, [role=option]').first();
  await suggestion.waitFor({ timeout: 15_000 });
  assert.ok(indexRequests().length >= 1, 'the index was fetched on first use');
  await suggestion.click();
  await page.waitForURL(/\/docs\//);
  opened.assertClean();
  await opened.close();
});

test('site assets: favicon (SVG, ICO), touch icon, manifest, logo and social card are linked and served', {
  timeout: 60_000,
}, async () => {
  for (const base of [site.base, site.subpath]) {
    const opened = await site.open(MAIN, { base });
    const { page } = opened;
    const linked = await page.evaluate(() => ({
      icons: [...document.querySelectorAll('link[rel=icon], link[rel=apple-touch-icon]')].map(
        (l) => l.href,
      ),
      manifest: document.querySelector('link[rel=manifest]')?.href,
      card: document.querySelector('meta[property="og:image"]')?.content,
      logo: document.querySelector('.navbar__logo img')?.src,
    }));
    assert.equal(linked.icons.length, 3, `favicon ICO + SVG + touch icon: ${linked.icons}`);
    // og:image is absolute on the configured site url; what matters here is its path.
    const card = new URL(new URL(linked.card).pathname, base).href;
    const urls = [...linked.icons, linked.manifest, card, linked.logo, `${base}favicon.ico`];
    for (const url of urls) {
      assert.ok(url?.startsWith(base), `${url} is not under ${base}`);
      const res = await page.request.get(url);
      assert.equal(res.status(), 200, `${url}`);
    }
    const manifest = await (await page.request.get(linked.manifest)).json();
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, linked.manifest).href);
      assert.equal(res.status(), 200, `manifest icon ${icon.src}`);
    }
    opened.assertClean();
    await opened.close();
  }
});
