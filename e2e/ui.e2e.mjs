// The simulated Registry App and Artifact browser in real Chromium against the built site:
// both flows by clicks and by keyboard only, a UI link read back by a snippet on the same
// page, axe on both tabs (light and dark, sidebar/modal open), and a 375 px phone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AXE_COLOUR_RULES,
  hasHorizontalScroll,
  seriousAxeViolations,
  setColorMode,
  setupSite,
  showSimulatedApp,
} from './harness.mjs';

const site = setupSite();
const MAIN = '/docs/link-artifact-version';
const QUICKSTART = 'Log a model and link it to the Models registry';
const T = { timeout: 120_000 };

async function hydrated(page) {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

const controls = (page) => page.getByRole('group', { name: `Controls for ${QUICKSTART}` });

/** Runs the quickstart snippet (logs quickstart-model:v0 to vision-team/link-quickstart). */
async function runQuickstart(page, { keyboard = false } = {}) {
  const run = controls(page).getByRole('button', { name: 'Run', exact: true });
  if (keyboard) {
    await tabTo(page, run);
    await page.keyboard.press('Enter');
  } else {
    await run.click();
  }
  await page
    .locator('[data-runnable-snippet]')
    .first()
    .getByTestId('run-stdout')
    .filter({ hasText: 'Linked as' })
    .waitFor();
}

/** Presses Tab until `locator` has focus (keyboard-only navigation). */
async function tabTo(page, locator, max = 150) {
  const handle = await locator.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${locator}`);
}

/** Picks an option of a focused <select> by typing its start (no pointer). */
async function typeSelect(page, select, text) {
  await tabTo(page, select);
  await page.keyboard.type(text);
  await page.waitForFunction(
    ([el, t]) => el.selectedOptions[0]?.text.startsWith(t),
    [await select.elementHandle(), text],
  );
}

const showApp = showSimulatedApp;

async function allStepsTicked(region) {
  const boxes = region.getByRole('checkbox');
  const states = await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('aria-checked')));
  return states.length > 0 && states.every((s) => s === 'true');
}

test(
  'Registry App on arrival, no code run: link the pre-logged v1 into image-classifier',
  T,
  async () => {
    const opened = await site.open(`${MAIN}?link-method=registry-app`);
    const { page } = opened;
    await hydrated(page);
    const app = await showApp(page, 'Registry App');
    await app.getByRole('button', { name: /^Models/ }).click();
    await app.getByRole('button', { name: 'More actions for image-classifier' }).click();
    await page.getByRole('menuitem', { name: 'Link new version' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Team' }).selectOption('vision-team');
    await dialog.getByRole('combobox', { name: 'Project' }).selectOption('pretrained');
    await dialog.getByRole('combobox', { name: 'Artifact' }).selectOption('resnet-baseline');
    const version = dialog.getByRole('combobox', { name: 'Version' });
    const v1 = await version.evaluate(
      (el) => [...el.options].find((o) => o.text.startsWith('v1'))?.value,
    );
    assert.ok(v1, 'the pre-logged resnet-baseline has a v1');
    await version.selectOption(v1);
    await dialog.getByRole('button', { name: 'Link', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // The seeded v0 was the collection's first version, so this link is v1 and takes latest.
    const panel = page.locator('[role="tabpanel"]:not([hidden])');
    await panel
      .getByText(/image-classifier:v1/)
      .first()
      .waitFor();
    opened.assertClean();
    await opened.close();
  },
);

test(
  'Artifact browser by clicks: link into a new collection, then read it back in a snippet',
  T,
  async () => {
    const opened = await site.open(`${MAIN}?link-method=python-sdk`);
    const { page } = opened;
    await hydrated(page);
    await runQuickstart(page);

    await page.getByRole('tab', { name: 'Artifact browser' }).click();
    const app = await showApp(page, 'Artifact browser');
    await app.getByRole('combobox', { name: 'Entity' }).selectOption('vision-team');
    await app.getByRole('combobox', { name: 'Project' }).selectOption('link-quickstart');
    await app.getByRole('button', { name: 'Artifacts' }).click();
    await app.getByRole('button', { name: /quickstart-model/ }).click();
    await app.getByRole('button', { name: /^v0/ }).click();
    await app.getByRole('button', { name: 'Link to registry' }).click();

    const dialog = page.getByRole('dialog', { name: 'Link to registry' });
    await dialog.getByRole('combobox', { name: 'Registry' }).selectOption('acme/model');
    await dialog.getByRole('combobox', { name: 'Collection' }).selectOption(':new-collection');
    await dialog.getByRole('textbox', { name: 'New collection name' }).fill('UI Task');
    await dialog.getByRole('button', { name: 'Next step' }).click();
    await dialog.getByRole('textbox', { name: /Aliases/ }).fill('from-ui');
    await dialog.getByRole('button', { name: 'Link to registry', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const panel = page.locator('[role="tabpanel"]:not([hidden])');
    await panel.getByText('You linked').waitFor();
    assert.match(
      await panel.getByText('You linked').textContent(),
      /wandb-registry-model\/UI Task:v0/,
    );
    assert.ok(await allStepsTicked(panel), 'every Artifact browser step ticked');
    await app.getByText('acme/wandb-registry-model/UI Task:v0').waitFor();

    // "Run this in code" → "Open in editor" puts the read-back code in the page's snippet.
    await panel.getByRole('button', { name: 'Run this in code' }).click();
    const open = panel.getByRole('button', { name: 'Open in editor' });
    const notice = await open
      .locator('xpath=../following-sibling::p[@role="status"]')
      .elementHandle();
    await open.click();
    await page.waitForFunction(
      (el) => el.textContent === 'The code is in the snippet editor on this page.',
      notice,
    );
    // That snippet sits in the Python SDK tab, which is selected and brought on screen.
    await page.getByRole('tab', { name: 'Python SDK', selected: true }).waitFor();
    await controls(page).getByRole('button', { name: 'Run', exact: true }).click();
    await page
      .getByTestId('run-stdout')
      .filter({
        hasText:
          'acme/wandb-registry-model/UI Task:v0 links vision-team/link-quickstart/quickstart-model:v0',
      })
      .waitFor();
    opened.assertClean();
    await opened.close();
  },
);

test(
  'Registry App by keyboard only: meatball menu, sidebar, link; latest and alias show',
  T,
  async () => {
    const opened = await site.open(`${MAIN}?link-method=python-sdk`);
    const { page } = opened;
    await hydrated(page);
    await runQuickstart(page, { keyboard: true });

    const tab = page.getByRole('tab', { name: 'Registry App' });
    await tabTo(page, page.getByRole('tab', { selected: true }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (el) => el.getAttribute('aria-selected') === 'true',
      await tab.elementHandle(),
    );

    const app = await showApp(page, 'Registry App');
    const models = app.getByRole('button', { name: /^Models/ });
    await tabTo(page, models);
    await page.keyboard.press('Enter');
    const meatball = app.getByRole('button', { name: 'More actions for Example ML Task' });
    await tabTo(page, meatball);
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Link new version' }).waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Link new version',
    );
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Link new version to Example ML Task' });
    await dialog.waitFor();
    await typeSelect(page, dialog.getByRole('combobox', { name: 'Team' }), 'vision-team');
    await typeSelect(page, dialog.getByRole('combobox', { name: 'Project' }), 'link-quickstart');
    await typeSelect(page, dialog.getByRole('combobox', { name: 'Artifact' }), 'quickstart-model');
    await typeSelect(page, dialog.getByRole('combobox', { name: 'Version' }), 'v0');
    await tabTo(page, dialog.getByRole('textbox', { name: /Aliases/ }));
    await page.keyboard.type('kbd');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    // Focus returns to the menu button the flow started from.
    await page.waitForFunction(
      (el) => el === document.activeElement,
      await meatball.elementHandle(),
    );

    const panel = page.locator('[role="tabpanel"]:not([hidden])');
    await panel.getByText('You linked').waitFor();
    assert.ok(await allStepsTicked(panel), 'every Registry App step ticked');

    const details = app.getByRole('button', { name: 'View details of Example ML Task' });
    await tabTo(page, details);
    await page.keyboard.press('Enter');
    const aliases = app.getByRole('list', { name: 'Aliases of v0' });
    await aliases.getByText('kbd').waitFor();
    const list = await aliases.getByRole('listitem').allTextContents();
    assert.deepEqual(list.sort(), ['kbd', 'latest']);
    opened.assertClean();
    await opened.close();
  },
);

test(
  'Registry App by clicks shows a server refusal inline (wrong type); Reset world starts it over',
  T,
  async () => {
    const opened = await site.open(`${MAIN}?link-method=python-sdk`);
    const { page } = opened;
    await hydrated(page);
    await runQuickstart(page);
    // The second snippet logs and links a dataset (street-scenes) into the Datasets registry.
    await page
      .getByRole('group', { name: 'Controls for Link a dataset with an alias' })
      .getByRole('button', { name: 'Run', exact: true })
      .click();
    await page.getByTestId('run-stdout').filter({ hasText: 'street-scenes' }).waitFor();

    await page.getByRole('tab', { name: 'Registry App' }).click();
    const app = await showApp(page, 'Registry App');
    await app.getByRole('button', { name: /^Models/ }).click();
    await app.getByText('Example ML Task').hover();
    await app.getByRole('button', { name: 'More actions for Example ML Task' }).click();
    await page.getByRole('menuitem', { name: 'Link new version' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Team' }).selectOption('vision-team');
    await dialog.getByRole('combobox', { name: 'Project' }).selectOption('link-quickstart');
    await dialog.getByRole('combobox', { name: 'Artifact' }).selectOption('street-scenes');
    const version = dialog.getByRole('combobox', { name: 'Version' });
    await version.selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Link', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /wandb\.errors\.CommError: .*type/);
    await alert.getByRole('link', { name: 'Troubleshooting' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // "Reset world" gives the page a fresh world: the Registry App starts over on it.
    await page.getByRole('button', { name: 'Reset world' }).click();
    const fresh = await showApp(page, 'Registry App');
    await fresh.getByRole('button', { name: /^Models/ }).click();
    // Only the docs world's own collection is back; the one the quickstart created is gone.
    await fresh.getByRole('button', { name: 'More actions for image-classifier' }).waitFor();
    assert.equal(await fresh.getByText('Example ML Task').count(), 0);
    opened.assertClean();
    await opened.close();
  },
);

test(
  'axe is clean on both tabs, in light and dark, with the sidebar and the modal open',
  T,
  async () => {
    for (const mode of ['light', 'dark']) {
      const opened = await site.open(`${MAIN}?link-method=registry-app`, { colorMode: mode });
      const { page } = opened;
      await hydrated(page);
      const panel = page.locator('[role="tabpanel"]:not([hidden])');
      const rApp = await showApp(page, 'Registry App');
      await rApp.getByRole('button', { name: /^Models/ }).waitFor();
      const rules = mode === 'dark' ? { rules: AXE_COLOUR_RULES } : {};
      assert.deepEqual(
        await seriousAxeViolations(page, { include: '[role="tabpanel"]:not([hidden])', ...rules }),
        [],
        `registry app, ${mode}`,
      );
      await rApp.getByRole('button', { name: /^Models/ }).click();
      await panel.getByRole('button', { name: 'More actions for image-classifier' }).waitFor();

      await page.getByRole('tab', { name: 'Artifact browser' }).click();
      const aApp = await showApp(page, 'Artifact browser');
      await aApp.getByRole('button', { name: 'Artifacts' }).click();
      assert.deepEqual(
        await seriousAxeViolations(page, { include: '[role="tabpanel"]:not([hidden])', ...rules }),
        [],
        `artifact browser, ${mode}`,
      );
      opened.assertClean();
      await opened.close();
    }

    // Dialogs: run the quickstart so there is something to link, then open each.
    const opened = await site.open(`${MAIN}?link-method=python-sdk`);
    const { page } = opened;
    await hydrated(page);
    await runQuickstart(page);
    await page.getByRole('tab', { name: 'Registry App' }).click();
    const rApp = await showApp(page, 'Registry App');
    await rApp.getByRole('button', { name: /^Models/ }).click();
    await rApp.getByRole('button', { name: 'More actions for Example ML Task' }).click();
    assert.deepEqual(await seriousAxeViolations(page, { include: '[role="menu"]' }), [], 'menu');
    await page.getByRole('menuitem', { name: 'Link new version' }).click();
    await page.getByRole('dialog').waitFor();
    for (const mode of ['light', 'dark']) {
      await setColorMode(page, mode);
      assert.deepEqual(
        await seriousAxeViolations(page, { include: '[role="dialog"]' }),
        [],
        `sidebar, ${mode}`,
      );
    }
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Artifact browser' }).click();
    const aApp = await showApp(page, 'Artifact browser');
    await aApp.getByRole('combobox', { name: 'Entity' }).selectOption('vision-team');
    await aApp.getByRole('combobox', { name: 'Project' }).selectOption('link-quickstart');
    await aApp.getByRole('button', { name: 'Artifacts' }).click();
    await aApp.getByRole('button', { name: /quickstart-model/ }).click();
    await aApp.getByRole('button', { name: /^v0/ }).click();
    await aApp.getByRole('button', { name: 'Link to registry' }).click();
    await page.getByRole('dialog').waitFor();
    for (const mode of ['light', 'dark']) {
      await setColorMode(page, mode);
      assert.deepEqual(
        await seriousAxeViolations(page, { include: '[role="dialog"]' }),
        [],
        `modal, ${mode}`,
      );
    }
    opened.assertClean();
    await opened.close();
  },
);

test('both UIs fit a 375 px phone, with the sidebar open', T, async () => {
  const opened = await site.open(`${MAIN}?link-method=python-sdk`, {
    viewport: { width: 375, height: 740 },
  });
  const { page } = opened;
  await hydrated(page);
  await runQuickstart(page);
  await page.getByRole('tab', { name: 'Registry App' }).click();
  const rApp = await showApp(page, 'Registry App');
  await rApp.getByRole('button', { name: /^Models/ }).click();
  await rApp.getByRole('button', { name: 'More actions for Example ML Task' }).click();
  await page.getByRole('menuitem', { name: 'Link new version' }).click();
  await page.getByRole('dialog').waitFor();
  assert.equal(await hasHorizontalScroll(page), false, 'registry app sidebar scrolls sideways');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Artifact browser' }).click();
  const aApp = await showApp(page, 'Artifact browser');
  await aApp.getByRole('combobox', { name: 'Entity' }).selectOption('vision-team');
  await aApp.getByRole('combobox', { name: 'Project' }).selectOption('link-quickstart');
  await aApp.getByRole('button', { name: 'Artifacts' }).click();
  await aApp.getByRole('button', { name: /quickstart-model/ }).click();
  await aApp.getByRole('button', { name: /^v0/ }).click();
  assert.equal(await hasHorizontalScroll(page), false, 'artifact browser scrolls sideways');
  opened.assertClean();
  await opened.close();
});
