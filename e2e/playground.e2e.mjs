// The full playground in the built site: run, inspector, network log, share links (valid and
// tampered), autosave, accessibility and narrow screens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoSeriousAxe, hasHorizontalScroll, setupSite } from './harness.mjs';

const site = setupSite();
const T = { timeout: 120_000 };
const MARK = '# shared-from-e2e';

/** The code shown: the read-only preview before Monaco is requested, Monaco's lines after. */
async function editorText(page) {
  const preview = page.getByTestId('code-preview');
  if ((await preview.count()) > 0) return preview.inputValue();
  const t = await page.locator('.monaco-editor .view-lines').first().textContent();
  return t.replace(/\u00a0/g, ' ');
}

async function ready(page) {
  await page.waitForFunction(() => {
    const run = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run');
    return run && !run.disabled;
  });
}

/** Appends a line at the end of the editor's text (the first click loads Monaco). */
async function appendLine(page, text) {
  if ((await page.getByTestId('code-preview').count()) > 0) {
    await page.getByTestId('code-preview').click();
  }
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** The playground with no autosaved code or world, ready to run. */
async function openFresh() {
  const p = await site.open('/playground');
  await clearStorage(p.page);
  await p.page.reload();
  await ready(p.page);
  return p;
}

/** Shows a workbench tab and returns its panel. */
async function showPanel(page, tab, name = tab) {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  return page.getByRole('tabpanel', { name });
}

async function clearStorage(page) {
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) {
      if (k.startsWith('registry-linking-docs:playground:')) localStorage.removeItem(k);
    }
  });
}

test(
  'run shows output, the linked version in the inspector and the calls in the log',
  T,
  async () => {
    const p = await openFresh();
    const page = p.page;
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByText(/Linked as acme\/wandb-registry-model\/playground-models:v0/).waitFor();
    const log = await showPanel(page, 'Network', 'Network log');
    await log.getByText('LinkArtifact').first().waitFor();
    await log.getByText('LinkArtifact').first().click();
    await log.getByText('Variables').first().waitFor();
    const inspector = await showPanel(page, 'World', 'World inspector');
    await inspector.getByRole('button', { name: /playground-models/ }).waitFor();
    // The run the snippet made, newest first: its path, its state and the version it logged.
    await inspector
      .getByRole('region', { name: 'Runs' })
      .getByRole('listitem')
      .first()
      .getByText(/\(vision-team\/playground\/\w+\) — finished · logged my-model:v\d+/)
      .waitFor();
    await inspector
      .getByRole('button', { name: /^Go to source/ })
      .first()
      .click();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.match(focused, /^v\d/);
    p.assertClean();
    await p.close();
  },
);

test('the share URL reproduces the same code and world in a new page', T, async () => {
  const p = await site.open('/playground');
  const page = p.page;
  await ready(page);
  await appendLine(page, MARK);
  await page.getByRole('button', { name: 'Run' }).click();
  await page
    .getByText(/playground-models:v\d/)
    .first()
    .waitFor();
  await page.getByRole('button', { name: 'Share' }).click();
  await page.waitForURL(/#share=/);
  const url = page.url();
  await clearStorage(page);

  const q = await site.open(url.slice(url.indexOf('/playground')));
  await ready(q.page);
  await q.page.getByText('Loaded the code and world from the share link.').waitFor();
  assert.ok((await editorText(q.page)).includes(MARK), 'the shared code is in the editor');
  const inspector = await showPanel(q.page, 'World', 'World inspector');
  await inspector.getByRole('button', { name: /playground-models/ }).waitFor();
  p.assertClean();
  q.assertClean();
  await p.close();
  await q.close();
});

test('a tampered share link shows a notice and falls back to the docs world', T, async () => {
  const p = await site.open('/playground#share=N4IgdghgtgpiBcIDKBZAo-this-is-not-valid');
  await ready(p.page);
  await p.page.getByText(/This share link is damaged or was changed/).waitFor();
  assert.equal(await p.page.getByLabel('World', { exact: true }).inputValue(), 'docs');
  p.assertClean();
  await p.close();
});

test('autosave keeps the code across a reload', T, async () => {
  const p = await site.open('/playground');
  const page = p.page;
  await clearStorage(page);
  await page.reload();
  await ready(page);
  await appendLine(page, '# autosaved-line');
  await page.waitForFunction(() =>
    (localStorage.getItem('registry-linking-docs:playground:v1:code') ?? '').includes(
      '# autosaved-line',
    ),
  );
  await page.reload();
  await ready(page);
  assert.ok((await editorText(page)).includes('# autosaved-line'));
  await clearStorage(page);
  p.assertClean();
  await p.close();
});

for (const colorMode of ['light', 'dark']) {
  test(`axe: no serious or critical violations (${colorMode})`, T, async () => {
    const p = await site.open('/playground', { colorMode });
    await ready(p.page);
    await assertNoSeriousAxe(p.page, `playground ${colorMode}`, { exclude: ['.monaco-editor'] });
    p.assertClean();
    await p.close();
  });
}

test('375 px: no sideways scrolling after a run', T, async () => {
  const p = await site.open('/playground', { viewport: { width: 375, height: 800 } });
  await ready(p.page);
  await p.page.getByRole('button', { name: 'Run' }).click();
  await p.page
    .getByRole('region', { name: 'Playground output' })
    .getByText(/Linked as|Error|Traceback/)
    .first()
    .waitFor();
  assert.equal(await hasHorizontalScroll(p.page), false);
  p.assertClean();
  await p.close();
});

test(
  'the inspector lists the files the run downloaded, and a removed link and a deleted version under Recent changes',
  T,
  async () => {
    const p = await openFresh();
    const page = p.page;
    await appendLine(page, 'linked.download()');
    await page.keyboard.press('Enter');
    await page.keyboard.type('linked.unlink()');
    await page.keyboard.press('Enter');
    await page.keyboard.type('logged.delete(delete_aliases=True)');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByText(/Linked as acme\/wandb-registry-model\/playground-models:v\d+/).waitFor();
    const inspector = await showPanel(page, 'World', 'World inspector');
    const changes = inspector.getByRole('region', { name: 'Recent changes' });
    await changes.getByText(/^version vision-team\/playground\/my-model:v\d+ deleted$/).waitFor();
    await changes
      .getByText(/^link acme\/wandb-registry-model\/playground-models:v\d+ removed$/)
      .waitFor();
    // The download lands under ./artifacts/ with the source's name, beside the snippet's file.
    const files = inspector.getByRole('region', { name: 'Files the last run wrote' });
    await files.getByText(/^artifacts\/my-model:v\d+\/model\.txt \(25 bytes\)$/).waitFor();
    await files.getByText(/^model\.txt \(25 bytes\)$/).waitFor();
    await assertNoSeriousAxe(page, 'playground recent changes', { exclude: ['.monaco-editor'] });
    // Last in the file, and its world (link removed, version deleted) is not left to autosave.
    await page.waitForTimeout(1000);
    await clearStorage(page);
    p.assertClean();
    await p.close();
  },
);
