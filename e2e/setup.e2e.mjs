// "Your own setup" (issue 12) in the built site, by clicks: a reader's script naming a team and a
// registry the docs world lacks gets its world fixes (the editor's quick-fix menu, the Output's
// one-click fix) and completes its link; "Use my names" rewrites the docs' runnable blocks (run,
// Copy, other pages, reload, off again); axe stays clean with the setup editor and the names
// control open, light and dark, at 375 px (and wide, for the screenshot sheet).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasHorizontalScroll, seeState, setupSite } from './harness.mjs';

const site = setupSite();
const T = { timeout: 180_000 };
const NAMES_KEY = 'registry-linking-docs:my-names';

const THEIR_SCRIPT = `import wandb

with wandb.init(entity="ml-team", project="detector") as run:
    art = wandb.Artifact("text-detector", type="model")
    with open("w.txt", "w") as f:
        f.write("weights")
    art.add_file("w.txt")
    run.log_artifact(art)
    linked = run.link_artifact(art, "acme/wandb-registry-Text detect registry/detectors")
    print("Linked as", linked.qualified_name)
`;

/** The playground with nothing saved (no autosave, no setup). */
async function freshPlayground(opts) {
  const p = await site.open('/playground', opts);
  await p.page.evaluate(() => localStorage.clear());
  await p.page.reload();
  await p.page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await ready(p.page);
  return p;
}

async function ready(page) {
  await page.waitForFunction(() => {
    const run = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run');
    return run && !run.disabled;
  });
}

/** Replaces the editor's text as a paste does (the first click loads Monaco). */
async function paste(page, text) {
  if ((await page.getByTestId('code-preview').count()) > 0) {
    await page.getByTestId('code-preview').click();
  }
  const lines = page.locator('.monaco-editor .view-lines').first();
  await lines.waitFor({ timeout: 60_000 });
  await lines.click();
  await page.keyboard.press('Control+A');
  // A real paste (typing would let Monaco auto-indent every line).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
  await page.waitForFunction(
    (t) => document.querySelector('.monaco-editor .view-lines')?.textContent.includes(t),
    'qualified_name',
  );
}

const markers = (page) =>
  page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning');

test(
  'a pasted script naming an unknown team and registry: a quick fix and an Output fix, by clicks, and the link completes',
  T,
  async () => {
    const p = await freshPlayground();
    const { page } = p;
    await paste(page, THEIR_SCRIPT);
    // Two unknown names, two markers.
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning',
        ).length >= 2,
      null,
      { timeout: 15_000 },
    );
    // The team: the editor's quick-fix menu offers the world fix.
    const before = await markers(page).count();
    await markers(page).first().click({ force: true });
    await page.keyboard.press('Control+Period');
    const menu = page.locator('.action-widget').first();
    await menu
      .getByText("Add team 'ml-team' to org 'acme', with you as a member")
      .waitFor({ timeout: 10_000 });
    await seeState(page, 'playground world quick fix', {
      disableRules: ['aria-allowed-attr', 'aria-required-children'],
    });
    await menu.getByText("Add team 'ml-team' to org 'acme', with you as a member").click();
    // The world has the team now: its marker goes (the registry's stays).
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll(
          '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning',
        ).length < n,
      before,
      { timeout: 15_000 },
    );
    // The registry: Run, and the Output's one-click fix applies it and runs again.
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const output = page.getByRole('region', { name: 'Playground output' });
    await output
      .getByText(/wandb-registry-Text detect registry' not found/)
      .first()
      .waitFor();
    await output
      .getByRole('button', {
        name: /^Add registry 'Text detect registry' to org 'acme'.* and run again$/,
      })
      .click();
    await output
      .getByText('Linked as acme/wandb-registry-Text detect registry/detectors:v0')
      .waitFor();
    await page.getByRole('tab', { name: 'Your setup', exact: true }).click();
    const setup = page.getByRole('tabpanel', { name: 'Your setup' });
    await setup.getByText('ml-team').first().waitFor();
    p.assertClean();
    await p.close();
  },
);

/** Opens "Use my names" and applies `fields` (label → value; a boolean ticks a checkbox). */
async function useNames(page, fields) {
  const control = page.getByTestId('my-names');
  if ((await control.getAttribute('open')) === null) await control.locator('summary').click();
  for (const [label, value] of Object.entries(fields)) {
    if (typeof value === 'boolean') await control.getByLabel(label).setChecked(value);
    else await control.getByLabel(label).fill(value);
  }
  await control.getByRole('button', { name: 'Use these names' }).click();
}

const COLLISION = {
  'Your team': 'textco',
  'Your org’s display name': 'textco',
  'I don’t know it': true,
};

test(
  'Use my names: a rewritten snippet runs in the reader names (suffixed ORG_ENTITY_NAME) and Copy gives them; other pages and a reload follow; off restores',
  T,
  async () => {
    const p = await site.open('/docs/link-artifact-version');
    const { page } = p;
    await page.evaluate((k) => localStorage.removeItem(k), NAMES_KEY);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await useNames(page, COLLISION);
    const quick = page.locator('[data-runnable-snippet]').first();
    await quick.getByText('entity="textco"').first().waitFor();
    assert.doesNotMatch(await quick.locator('pre').first().textContent(), /vision-team/);
    // The marked inline values follow too; the one that needs the ORG_ENTITY_NAME says so.
    await page
      .locator('[data-my-name]', { hasText: 'textco/link-quickstart/quickstart-model:v0' })
      .waitFor();
    await page
      .locator('[data-my-name]', { hasText: 'ORG_ENTITY_NAME/wandb-registry-model' })
      .waitFor();

    await quick.getByRole('button', { name: 'Run', exact: true }).click();
    const out = quick.locator('section[aria-label^="Output of"]');
    await out
      .getByText(/Linked as textco_[0-9A-Z]{9}\/wandb-registry-model\/Example ML Task:v0/)
      .waitFor();

    await quick.getByRole('button', { name: 'Copy', exact: true }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /entity="textco"/);
    assert.doesNotMatch(copied, /vision-team/);

    // Another page follows, and so does this one after a reload.
    await page.goto(new URL('/docs/target-path', page.url()).href);
    const paths = page.locator('[data-runnable-snippet]').first();
    await paths.getByText('"textco/wandb-registry-model/paths-full"').first().waitFor();
    await paths.getByRole('button', { name: 'Run', exact: true }).click();
    await paths.getByText(/Finished without errors/).waitFor();
    // A block whose point is the docs' name keeps it (names=off) and its documented outcome.
    const teamAsOrg = page.locator('[data-runnable-snippet][data-expect="CommError"]').first();
    await teamAsOrg.getByText('"vision-team/wandb-registry-model/paths-full"').first().waitFor();
    await page.reload();
    await page
      .locator('[data-runnable-snippet]')
      .first()
      .getByText('entity="textco"')
      .first()
      .waitFor();

    await page.getByTestId('my-names').locator('summary').click();
    await page.getByRole('button', { name: 'Show the original examples' }).click();
    await page
      .locator('[data-runnable-snippet]')
      .first()
      .getByText('entity="vision-team"')
      .first()
      .waitFor();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), NAMES_KEY), null);
    p.assertClean();
    await p.close();
  },
);

test('Try it in my setup: the org-name collision replayed in the reader names', T, async () => {
  const p = await site.open('/docs/troubleshooting');
  const { page } = p;
  await useNames(page, COLLISION);
  const title = 'Organization and team names collide';
  await page.getByRole('button', { name: `Try it in my setup: ${title}` }).click();
  const panel = page.locator('[data-scenario-panel="org-name-collision"]');
  await panel.getByRole('heading', { name: /in your setup/ }).waitFor();
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await panel.getByText("Unable to find organization for entity 'textco'.").first().waitFor();
  await seeState(page, 'scenario in my setup');
  // The team is named like the org, so "a team name as the organization" is not their case.
  assert.equal(
    await page
      .getByRole('button', { name: 'Try it in my setup: A team name used as the organization' })
      .count(),
    0,
  );
  await page.getByTestId('my-names').locator('summary').click();
  await page.getByRole('button', { name: 'Show the original examples' }).click();
  p.assertClean();
  await p.close();
});

test('a corrupt saved value is refused with a notice, never a crash', T, async () => {
  const p = await site.open('/docs/target-path');
  await p.page.evaluate(
    (k) => localStorage.setItem(k, '{"v":1,"names":{"team":"<b>x</b>"'),
    NAMES_KEY,
  );
  await p.page.reload();
  await p.page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await p.page.getByTestId('my-names').locator('summary').click();
  await p.page
    .getByRole('status')
    .getByText(/Your saved names could not be used/)
    .waitFor();
  await p.page
    .locator('[data-runnable-snippet]')
    .first()
    .getByText('entity="vision-team"')
    .first()
    .waitFor();
  p.assertClean();
  await p.close();
});

for (const viewport of [
  { width: 375, height: 800 },
  { width: 1280, height: 800 },
]) {
  for (const colorMode of ['light', 'dark']) {
    test(
      `axe: the setup editor and the names control open (${colorMode}, ${viewport.width} px)`,
      T,
      async () => {
        const p = await freshPlayground({ colorMode, viewport });
        await paste(p.page, THEIR_SCRIPT);
        await p.page.getByRole('tab', { name: 'Your setup', exact: true }).click();
        const setup = p.page.getByRole('tabpanel', { name: 'Your setup' });
        await setup.getByRole('button', { name: 'Import from code' }).click();
        await setup.getByRole('button', { name: 'Apply selected' }).waitFor();
        await seeState(p.page, 'playground editor and setup with import list');
        assert.equal(await hasHorizontalScroll(p.page), false, 'the playground scrolls sideways');
        p.assertClean();
        await p.close();

        const d = await site.open('/docs/link-artifact-version', { colorMode, viewport });
        await d.page.evaluate((k) => localStorage.removeItem(k), NAMES_KEY);
        const control = d.page.getByTestId('my-names');
        await control.locator('summary').click();
        await control.getByLabel('I don’t know it').check();
        await seeState(d.page, 'docs names control open');
        // A refused name: the message names the field.
        await useNames(d.page, {
          'Your team': 'my team',
          'Your org’s display name': 'Acme "<Labs>"',
        });
        await control
          .getByRole('alert')
          .getByText(/^Team: "my team" is not an entity name/)
          .waitFor();
        await seeState(d.page, 'docs names control refusing a name');
        await useNames(d.page, {
          'Your team': 'textco',
          'Your org’s display name': 'Acme "<Labs>"',
        });
        await d.page
          .locator('[data-runnable-snippet]')
          .first()
          .getByText('entity="textco"')
          .first()
          .waitFor();
        await d.page
          .locator('[data-runnable-snippet]')
          .first()
          .getByRole('button', { name: 'Run', exact: true })
          .click();
        await d.page
          .locator('[data-runnable-snippet]')
          .first()
          .getByText(/Finished without errors/)
          .waitFor();
        await seeState(d.page, 'docs in my names after a run');
        assert.equal(await hasHorizontalScroll(d.page), false, 'the docs page scrolls sideways');
        d.assertClean();
        await d.close();
      },
    );
  }
}
