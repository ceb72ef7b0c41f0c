// Runnable snippets in the built docs: Run, tracebacks, the lazy Monaco editor (markers, quick
// fixes, keyboard), page worlds, Open in playground, dark mode and narrow screens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoSeriousAxe, hasHorizontalScroll, seeState, setupSite } from './harness.mjs';

const site = setupSite();
const MAIN = '/docs/link-artifact-version';
const T = { timeout: 120_000 };

const snippets = (page) => page.locator('[data-runnable-snippet]');
const output = (snippet) => snippet.locator('section[aria-label^="Output of"]');
const markers = (scope) => scope.locator('.squiggly-error, .squiggly-warning');

/** Text of a Monaco editor as shown (Monaco renders spaces as non-breaking spaces). */
async function editorText(scope) {
  const t = await scope.locator('.monaco-editor .view-lines').first().textContent();
  return t.replace(/\u00a0/g, ' ');
}

async function openEditor(snippet) {
  await snippet.getByRole('button', { name: 'Edit' }).click();
  await snippet.locator('.monaco-editor .view-lines').waitFor({ timeout: 60_000 });
}

test('Run on the quickstart shows the linked name', T, async () => {
  const p = await site.open(MAIN);
  const quick = snippets(p.page).first();
  // Before any click: no editor and no output.
  assert.equal(await p.page.locator('.monaco-editor').count(), 0, 'Monaco must not load up front');
  await quick.getByRole('button', { name: 'Run' }).click();
  await output(quick)
    .getByText(/wandb-registry-model\/Example ML Task:v0/)
    .waitFor();
  assert.match(await output(quick).textContent(), /Finished without errors/);
  // The page-level control appears once the page has a world.
  await p.page.getByRole('button', { name: 'Reset world' }).waitFor();
  p.assertClean();
  await p.close();
});

test(
  'a failing snippet shows its traceback, highlights the line and links the fix',
  T,
  async () => {
    const p = await site.open('/docs/troubleshooting');
    const broken = p.page
      .locator('[data-runnable-snippet][data-expect]:not([data-expect="ok"])')
      .first();
    const expected = await broken.getAttribute('data-expect');
    await broken.getByRole('button', { name: 'Run' }).click();
    const tb = broken.getByTestId('run-traceback');
    await tb.waitFor();
    const text = await tb.textContent();
    assert.match(text, /Traceback \(most recent call last\):/);
    assert.match(text, /line \d+/);
    assert.ok(text.includes(expected.split('.').pop()), `traceback names ${expected}: ${text}`);
    await broken.locator('.theme-code-block-highlighted-line').first().waitFor();
    const hintLink = broken.getByRole('complementary', { name: 'Hint' }).getByRole('link');
    if ((await hintLink.count()) > 0) {
      assert.match(await hintLink.first().getAttribute('href'), /\/docs\/[a-z-]+#[a-z-]+/);
    }
    p.assertClean();
    await p.close();
  },
);

test('misspelling the registry shows a marker; the quick fix removes it', T, async () => {
  const p = await site.open(MAIN);
  const page = p.page;
  const quick = snippets(page).first();
  await openEditor(quick);
  assert.equal(await markers(quick).count(), 0, 'the quickstart starts clean');
  // Select the registry inside REGISTRY_NAME = "model" and misspell it.
  await quick
    .locator('.view-lines span', { hasText: /^"model"$/ })
    .first()
    .dblclick();
  await page.keyboard.type('modle');
  await markers(quick).first().waitFor({ timeout: 15_000 });
  // Put the cursor on the marked text and open the quick fixes with Ctrl+.
  await markers(quick).first().click({ force: true });
  await page.keyboard.press('Control+Period');
  const menu = page.locator('.action-widget').first();
  await menu.waitFor({ timeout: 10_000 });
  // Monaco's action list carries ARIA axe rejects (aria-selected on its rows, a list role
  // without listitems): structure rules are Monaco's; contrast and opacity stay checked.
  await seeState(page, 'quick-fix menu open', {
    disableRules: ['aria-allowed-attr', 'aria-required-children'],
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (el) => el.querySelectorAll('.squiggly-error, .squiggly-warning').length === 0,
    await quick.elementHandle(),
    { timeout: 15_000 },
  );
  assert.doesNotMatch(await editorText(quick), /"modle"/);
  p.assertClean();
  await p.close();
});

test('keyboard: Ctrl+Enter runs from the editor, Esc leaves it and Tab moves on', T, async () => {
  const p = await site.open(MAIN);
  const page = p.page;
  const quick = snippets(page).first();
  await openEditor(quick);
  await quick.locator('.monaco-editor textarea').focus();
  await page.keyboard.press('Control+Enter');
  await output(quick)
    .getByText(/Example ML Task:v0/)
    .waitFor();
  await quick.locator('.monaco-editor textarea').focus();
  await page.keyboard.press('Escape');
  const active = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  assert.equal(await active(), 'Run');
  await page.keyboard.press('Tab');
  const inEditor = await page.evaluate(() =>
    Boolean(document.activeElement?.closest('.monaco-editor')),
  );
  assert.equal(inEditor, false, 'Tab after Esc must not go back into the editor');
  assert.ok(await quick.getByText(/Esc/).first().isVisible(), 'the Esc hint is visible');
  p.assertClean();
  await p.close();
});

test('Reset world gives the page a fresh world', T, async () => {
  const p = await site.open(MAIN);
  const quick = snippets(p.page).first();
  await quick.getByRole('button', { name: 'Run' }).click();
  await output(quick)
    .getByText(/Example ML Task:v0/)
    .waitFor();
  await p.page.getByRole('button', { name: 'Reset world' }).click();
  await p.page.waitForFunction(
    (el) => !el.querySelector('[data-testid="run-stdout"]'),
    await quick.elementHandle(),
  );
  await quick.getByRole('button', { name: 'Run' }).click();
  await output(quick)
    .getByText(/Example ML Task:v0/)
    .waitFor();
  p.assertClean();
  await p.close();
});

test('Open in playground carries the code and the world', T, async () => {
  const p = await site.open(MAIN);
  const page = p.page;
  const quick = snippets(page).first();
  await quick.getByRole('button', { name: 'Run' }).click();
  await output(quick)
    .getByText(/Example ML Task:v0/)
    .waitFor();
  await quick.getByRole('link', { name: 'Open in playground' }).click();
  await page.waitForURL(/\/playground#share=/);
  await page.getByText('Loaded the code and world from the share link.').waitFor();
  // The world is in the workbench's World tab.
  await page.getByRole('tab', { name: 'World', exact: true }).click();
  await page
    .getByRole('button', { name: /Example ML Task/ })
    .first()
    .waitFor();
  // The playground shows the code in a read-only preview until the reader focuses it.
  assert.match(await page.getByTestId('code-preview').inputValue(), /REGISTRY_NAME = "model"/);
  p.assertClean();
  await p.close();
});

test('dark mode: the editor follows the site, and the page stays axe clean', T, async () => {
  const p = await site.open(MAIN, { colorMode: 'dark' });
  const quick = snippets(p.page).first();
  await openEditor(quick);
  await quick.locator('.monaco-editor.vs-dark').waitFor();
  await quick.getByRole('button', { name: 'Run' }).click();
  await output(quick)
    .getByText(/Example ML Task:v0/)
    .waitFor();
  await assertNoSeriousAxe(p.page, 'main page, editor open, dark', {
    include: ['[data-runnable-snippet]'],
    exclude: ['.monaco-editor'],
  });
  p.assertClean();
  await p.close();
});

test('375 px: an open editor and its output fit without sideways scrolling', T, async () => {
  const p = await site.open(MAIN, { viewport: { width: 375, height: 800 } });
  const quick = snippets(p.page).first();
  await openEditor(quick);
  await quick.getByRole('button', { name: 'Run' }).click();
  await output(quick)
    .getByText(/Example ML Task:v0/)
    .waitFor();
  assert.equal(await hasHorizontalScroll(p.page), false);
  p.assertClean();
  await p.close();
});
