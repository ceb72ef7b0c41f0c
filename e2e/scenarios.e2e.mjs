// Troubleshooting scenarios in the built docs: Try it → Run shows the starting error → type
// the fix in Monaco → Check my fix passes (and the progress line ticks it); Show solution
// asks first, then restores the reader's attempt with one click. Dark mode, 375 px, axe.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoSeriousAxe, hasHorizontalScroll, seeState, setupSite } from './harness.mjs';

const site = setupSite();
const PAGE = '/docs/troubleshooting';
const T = { timeout: 120_000 };

/**
 * Text of a Monaco editor with all whitespace removed: Monaco renders spaces as
 * non-breaking spaces, and at 375 px it wraps lines, which adds breaks of its own.
 */
async function editorText(scope) {
  const t = await scope.locator('.monaco-editor .view-lines').first().textContent();
  return t.replace(/\s+/g, '');
}

/** Waits until the editor shows text matching `re` (Monaco renders on its next frame). */
async function waitForEditorText(page, re) {
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(
        (
          document.querySelector('[data-scenario-panel] .monaco-editor .view-lines')?.textContent ??
          ''
        ).replace(/\s+/g, ''),
      ),
    re.source,
    { timeout: 15_000 },
  );
}

/** Clicks "Try it" for a section and waits for the panel's editor. */
async function tryIt(page, title) {
  await page.getByRole('button', { name: `Try it: ${title}` }).click();
  const panel = page.getByRole('region', { name: `Scenario: ${title}` });
  await panel.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
  return panel;
}

test('Try it → Run shows the error → type the fix → Check my fix passes', T, async () => {
  const p = await site.open(PAGE);
  const { page } = p;
  assert.equal(await page.locator('.monaco-editor').count(), 0, 'Monaco must not load up front');
  const progress = page.getByTestId('scenario-progress');
  await progress.getByText('Scenarios solved: 0 of 14.').waitFor();

  const panel = await tryIt(page, 'A name is not defined');
  await panel.getByRole('button', { name: 'Run' }).click();
  const output = panel.getByRole('region', { name: /^Output of the scenario/ });
  // The traceback's last line (stderr shows it too: Run.__exit__ prints it before finishing).
  await output
    .getByTestId('run-traceback')
    .getByText("NameError: name 'ORG_ENTITY_NAME' is not defined")
    .waitFor();
  await output.getByText('This is the error this example reproduces.').waitFor();

  // The fix: line 3 defines ORG_NAME; rename it to the name the f-string uses.
  await panel.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let i = 0; i < 'ORG_NAME'.length; i++) await page.keyboard.press('Delete');
  await page.keyboard.type('ORG_ENTITY_NAME');
  await waitForEditorText(page, /ORG_ENTITY_NAME="acme"with/);

  await panel.getByRole('button', { name: 'Check my fix' }).click();
  await panel.getByTestId('scenario-verdict').getByText('Solved!').waitFor();
  await progress.getByText('Scenarios solved: 1 of 14.').waitFor();
  await panel.getByTestId('scenario-verdict').scrollIntoViewIfNeeded();
  // The panel's Monaco editor is third-party ARIA; the verdict and the panel around it count.
  await seeState(page, 'scenario solved', { exclude: ['.monaco-editor'] });
  const stored = await page.evaluate(() =>
    localStorage.getItem('registry-linking-docs:scenarios:v1:solved'),
  );
  assert.deepEqual(JSON.parse(stored), ['undefined-name']);

  // Closing the panel shows the section's Try it as solved; focus returns to it.
  await panel.getByRole('button', { name: /Close the scenario/ }).click();
  const again = page.getByRole('button', { name: 'Try it: A name is not defined' });
  await again.waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Try it'));
  await page.locator('[data-scenario="undefined-name"]').getByText('Solved').waitFor();
  p.assertClean();
  await p.close();
});

test(
  'Show solution asks first, then the attempt comes back with one click (dark, 375 px)',
  T,
  async () => {
    const p = await site.open(PAGE, { colorMode: 'dark', viewport: { width: 375, height: 800 } });
    const { page } = p;
    const panel = await tryIt(page, 'A team name used as the organization');

    // An attempt of the reader's own: a comment at the end.
    await panel.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('# my attempt');
    await waitForEditorText(page, /#myattempt/);

    await panel.getByRole('button', { name: 'Show solution' }).click();
    await panel.getByText(/Replace your code with the solution\?/).waitFor();
    assert.match(await editorText(panel), /#myattempt/, 'nothing is replaced before confirming');
    await panel.getByRole('button', { name: 'Yes, show the solution' }).click();
    const restore = panel.getByRole('button', { name: 'Restore my attempt' });
    await restore.waitFor();
    await waitForEditorText(page, /"acme\/wandb-registry-model\/segmenter"/);
    assert.doesNotMatch(await editorText(panel), /#myattempt/);

    // The solution passes; then one click restores the attempt.
    await panel.getByRole('button', { name: 'Check my fix' }).click();
    await panel.getByTestId('scenario-verdict').getByText('Solved!').waitFor();
    await restore.click();
    await waitForEditorText(page, /#myattempt/);
    assert.match(await editorText(panel), /vision-team\/wandb-registry-model\/segmenter/);
    assert.equal(await restore.count(), 0);

    assert.equal(await hasHorizontalScroll(page), false, 'no horizontal scroll at 375 px');
    // The panel and the progress line are ours; the rest of the page has its own e2e.
    await assertNoSeriousAxe(page, 'scenario panel (dark, 375 px)', {
      include: ['[data-scenario-panel]', '[data-testid="scenario-progress"]'],
      exclude: ['.monaco-editor'],
    });
    p.assertClean();
    await p.close();
  },
);
