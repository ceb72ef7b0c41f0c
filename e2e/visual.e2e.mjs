// What a reader sees, state by state, in light and dark at 1280 and 375 px (and the playground
// workbench at 1440 and 1024 px too): after each step, seeState() runs axe with colour contrast,
// checks that every open dialog/menu/popover is opaque, and keeps a screenshot for the sheet
// (e2e/.artifacts/screens/index.html). One page per flow, reused across its states.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasHorizontalScroll, seeState, setupSite, showSimulatedApp } from './harness.mjs';

const site = setupSite();
const MAIN = '/docs/link-artifact-version';
const QUICKSTART = 'Log a model and link it to the Models registry';
const T = { timeout: 240_000 };
const COMBOS = [
  { mode: 'light', width: 1280 },
  { mode: 'dark', width: 1280 },
  { mode: 'light', width: 375 },
  { mode: 'dark', width: 375 },
];
const viewport = (width) => ({ width, height: width < 600 ? 800 : 900 });

/** The visible docs tab panel. */
const visiblePanel = (page) => page.locator('[role="tabpanel"]:not([hidden])');

async function playgroundReady(page) {
  await page.waitForFunction(() => {
    const run = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run');
    return run && !run.disabled;
  });
}

for (const { mode, width } of COMBOS) {
  test(`docs states at ${width} px, ${mode}: snippet run, Registry App menu, sidebar and link, Artifact browser modal`, {
    ...T,
  }, async () => {
    const opened = await site.open(`${MAIN}?link-method=python-sdk`, {
      colorMode: mode,
      viewport: viewport(width),
    });
    const { page } = opened;
    const snippet = page.locator('[data-runnable-snippet]').first();
    await page
      .getByRole('group', { name: `Controls for ${QUICKSTART}` })
      .getByRole('button', { name: 'Run', exact: true })
      .click();
    const stdout = snippet.getByTestId('run-stdout').filter({ hasText: 'Linked as' });
    await stdout.waitFor();
    await stdout.scrollIntoViewIfNeeded();
    await seeState(page, 'snippet after Run (success)');

    await page.getByRole('tab', { name: 'Registry App' }).click();
    const app = await showSimulatedApp(page, 'Registry App');
    await app.getByRole('button', { name: /^Models/ }).click();
    const meatball = app.getByRole('button', { name: 'More actions for Example ML Task' });
    await meatball.scrollIntoViewIfNeeded();
    await meatball.click();
    await page.getByRole('menuitem', { name: 'Link new version' }).waitFor();
    await seeState(page, 'Registry App menu open');

    await page.getByRole('menuitem', { name: 'Link new version' }).click();
    const sidebar = page.getByRole('dialog');
    await sidebar.getByRole('combobox', { name: 'Team' }).selectOption('vision-team');
    await sidebar.getByRole('combobox', { name: 'Project' }).selectOption('link-quickstart');
    await sidebar.getByRole('combobox', { name: 'Artifact' }).selectOption('quickstart-model');
    await sidebar.getByRole('combobox', { name: 'Version' }).selectOption({ index: 1 });
    await seeState(page, 'Registry App sidebar open');
    await sidebar.getByRole('button', { name: 'Link', exact: true }).click();
    await sidebar.waitFor({ state: 'detached' });
    const linked = visiblePanel(page).getByText('You linked');
    await linked.waitFor();
    await linked.scrollIntoViewIfNeeded();
    await seeState(page, 'after a link (Registry App)');

    await page.getByRole('tab', { name: 'Artifact browser' }).click();
    const browser = await showSimulatedApp(page, 'Artifact browser');
    await browser.getByRole('combobox', { name: 'Entity' }).selectOption('vision-team');
    await browser.getByRole('combobox', { name: 'Project' }).selectOption('link-quickstart');
    await browser.getByRole('button', { name: 'Artifacts' }).click();
    await browser.getByRole('button', { name: /quickstart-model/ }).click();
    await browser.getByRole('button', { name: /^v0/ }).click();
    await browser.getByRole('button', { name: 'Link to registry' }).click();
    const modal = page.getByRole('dialog', { name: 'Link to registry' });
    await modal.getByRole('combobox', { name: 'Registry' }).selectOption('acme/model');
    await seeState(page, 'Artifact browser modal open');
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
    assert.equal(await hasHorizontalScroll(page), false, 'no sideways scrolling');
    opened.assertClean();
    await opened.close();
  });

  test(`error and search states at ${width} px, ${mode}`, T, async () => {
    const opened = await site.open('/docs/troubleshooting', {
      colorMode: mode,
      viewport: viewport(width),
    });
    const { page } = opened;
    const broken = page
      .locator('[data-runnable-snippet][data-expect]:not([data-expect="ok"])')
      .first();
    await broken.getByRole('button', { name: 'Run' }).click();
    await broken.getByTestId('run-traceback').waitFor();
    const line = broken.locator('.theme-code-block-highlighted-line').first();
    await line.waitFor();
    await line.scrollIntoViewIfNeeded();
    await seeState(page, 'snippet after Run (error)');

    // Search: on a phone the box sits behind the navbar's search button.
    const toggle = page.locator('.navbar__toggle');
    if (width < 997 && (await toggle.isVisible())) {
      const button = page.getByRole('button', { name: /search/i }).first();
      if (await button.isVisible()) await button.click();
    }
    const box = page
      .getByRole('searchbox', { name: /search/i })
      .or(page.locator('input.navbar__search-input'))
      .first();
    await box.click();
    await box.pressSequentially('registry');
    await page.locator('.aa-suggestion, [role=option]').first().waitFor({ timeout: 15_000 });
    await seeState(page, 'search results shown');
    opened.assertClean();
    await opened.close();
  });

  test(`playground workbench at ${width} px, ${mode}`, T, async () => {
    await playgroundStates(mode, width);
  });
}

for (const width of [1440, 1024]) {
  for (const mode of ['light', 'dark']) {
    test(`playground workbench at ${width} px, ${mode}`, T, async () => {
      await playgroundStates(mode, width);
    });
  }
}

async function playgroundStates(mode, width) {
  const opened = await site.open('/playground', { colorMode: mode, viewport: viewport(width) });
  const { page } = opened;
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) {
      if (k.startsWith('registry-linking-docs:playground:')) localStorage.removeItem(k);
    }
  });
  await playgroundReady(page);
  await seeState(page, 'playground loaded');
  // Every panel tab is in view inside its strip: none cut at the pane's edge or scrolled away.
  const clipped = await page.evaluate(() => {
    const list = document.querySelector('[role=tablist][aria-label="Playground panels"]');
    const box = list.getBoundingClientRect();
    return [...list.querySelectorAll('[role=tab]')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.width === 0;
      })
      .map((t) => t.textContent);
  });
  assert.deepEqual(clipped, [], `panel tabs cut off at ${width} px`);
  // No layout shift on Run: the panes keep their boxes.
  const boxes = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[role=tablist], [role=separator], [data-testid=code-preview]')]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        })
        .join(' | '),
    );
  const before = await boxes();
  await page.getByRole('button', { name: 'Run' }).click();
  await page
    .getByRole('region', { name: 'Playground output' })
    .getByText(/Linked as/)
    .waitFor();
  assert.equal(await boxes(), before, 'the workbench moved when the output appeared');
  await seeState(page, 'playground after Run');
  for (const [tab, name] of [
    ['World', 'playground world tab'],
    ['Network', 'playground network tab'],
    ['Your setup', 'playground setup tab'],
    ['Scenarios', 'playground scenarios tab'],
  ]) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await seeState(page, name);
  }
  assert.equal(await hasHorizontalScroll(page), false, 'no sideways scrolling');
  opened.assertClean();
  await opened.close();
}
