// The built Troubleshooting page as a stuck reader uses it: every error message quoted in a
// section is listed in the "If you see" table, and that row's link lands on the section.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setupSite } from './harness.mjs';

const site = setupSite();
const PAGE = '/docs/troubleshooting';
const T = { timeout: 120_000 };

/**
 * Reads the page in the browser: the lookup rows (quoted texts, link target) and every quoted
 * message in a ```text block, with the id of the heading it sits under.
 */
function readPage() {
  const article = document.querySelector('article');
  const lookup = document.getElementById('lookup');
  let table = lookup?.nextElementSibling;
  while (table && table.tagName !== 'TABLE') table = table.nextElementSibling;
  const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => ({
    quoted: [...tr.cells[0].querySelectorAll('code')].map((c) => c.textContent),
    // A message with two causes leads to both sections.
    hrefs: [...tr.cells[1].querySelectorAll('a')].map((a) => a.getAttribute('href')),
  }));
  const headings = [...article.querySelectorAll('h2[id], h3[id], h4[id]')];
  const blocks = [...article.querySelectorAll('pre.language-text, div.language-text pre')]
    .filter((pre) => !table?.contains(pre))
    .map((pre) => {
      const under = headings.filter(
        (h) => h.compareDocumentPosition(pre) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return {
        section: under.at(-1)?.id ?? '',
        // A block far from the viewport is still plain text (not yet split into lines).
        lines: (pre.querySelector('.token-line')
          ? [...pre.querySelectorAll('.token-line')].map((l) => l.textContent)
          : pre.textContent.split('\n')
        ).filter((l) => l.trim() !== ''),
      };
    });
  return { rows, blocks, ids: headings.map((h) => h.id) };
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const stripType = (line) => line.replace(/^(\w+\.)*\w+: /, '');

/** A row's quote matches a message when its text matches, `...` standing for anything. */
function quoteMatches(quote, message) {
  const parts = squash(quote)
    .split('...')
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*?')}$`).test(squash(message));
}

test(
  'every quoted error on Troubleshooting has a lookup row leading to its section',
  T,
  async () => {
    const p = await site.open(PAGE);
    const { rows, blocks, ids } = await p.page.evaluate(readPage);
    assert.ok(rows.length >= 40, `the lookup table has ${rows.length} rows`);
    assert.ok(blocks.length >= 25, `found ${blocks.length} quoted error blocks`);

    const problems = [];
    let checked = 0;
    for (const block of blocks) {
      const rowsFor = (message) =>
        rows.filter((r) => r.quoted.some((q) => quoteMatches(q, message)));
      for (let i = 0; i < block.lines.length; i++) {
        // One message per line, or a multi-line message that runs to the end of the block.
        let message = stripType(block.lines[i]);
        let found = rowsFor(message);
        if (found.length === 0) {
          message = stripType(block.lines.slice(i).join('\n'));
          found = rowsFor(message);
          if (found.length > 0) i = block.lines.length;
        }
        checked++;
        if (found.length === 0) {
          problems.push(`#${block.section}: no row quotes "${block.lines[i]}"`);
        } else if (!found.some((r) => r.hrefs.includes(`#${block.section}`))) {
          problems.push(
            `#${block.section}: the rows for "${message}" lead to ${found.flatMap((r) => r.hrefs).join(', ')}`,
          );
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(checked >= 50, `checked ${checked} messages`);

    // Every in-page row target is a heading on the page.
    const missing = rows
      .flatMap((r) => r.hrefs)
      .filter((href) => href.startsWith('#') && !ids.includes(href.slice(1)));
    assert.deepEqual(missing, []);
    p.assertClean();
    await p.close();
  },
);

test('a lookup link scrolls its section into view, fix first', T, async () => {
  const p = await site.open(PAGE);
  const { page } = p;
  for (const anchor of ['wrong-org', 'type-not-accepted', 'offline']) {
    await page.locator(`#lookup ~ table a[href="#${anchor}"]`).first().click();
    await page.waitForFunction((a) => window.location.hash === `#${a}`, anchor);
    const box = await page.locator(`#${anchor}`).boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box && box.y >= 0 && box.y < viewport.height, `#${anchor} is in view (${box?.y})`);
    // The fix is within one screen of the heading: no setup code to scroll past first.
    const fixY = await page.evaluate((a) => {
      let el = document.getElementById(a).nextElementSibling;
      while (el && !/Fix:|^A bare/.test(el.textContent)) el = el.nextElementSibling;
      return el ? el.getBoundingClientRect().top : null;
    }, anchor);
    assert.ok(
      fixY !== null && fixY < viewport.height,
      `the fix for #${anchor} is on screen (${fixY})`,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  p.assertClean();
  await p.close();
});

test('"simulator wording" markers lead to the list of our own texts', T, async () => {
  const p = await site.open(PAGE);
  const markers = p.page.locator('[data-simulator-wording]');
  assert.ok((await markers.count()) >= 10, 'rows and sections carry the marker');
  await markers.first().click();
  await p.page.waitForURL(/\/docs\/simulator-assumptions#simulator-wording$/);
  await p.page.locator('#simulator-wording').waitFor();
  p.assertClean();
  await p.close();
});

/** The lines of the last code block in the article, highlighted or plain. */
function lastBlockLines(doc = document) {
  const pre = [...doc.querySelectorAll('article .theme-code-block pre')].at(-1);
  const lines = pre.querySelector('.token-line')
    ? [...pre.querySelectorAll('.token-line')].map((l) => l.textContent.replace(/\n$/, ''))
    : pre.textContent.split('\n');
  return { lines, tokens: pre.querySelectorAll('.token-line').length };
}

test(
  'code far down the page is plain text in the HTML, highlighted once it comes near',
  T,
  async () => {
    const p = await site.open(PAGE);
    const { page } = p;
    // Server-rendered: every block's text is in the HTML, none of it split into token spans.
    const html = await (await page.request.get(page.url())).text();
    assert.ok(!html.includes('token-line'), 'no highlighted lines in the HTML');
    const served = await page.evaluate(
      ([h, fn]) =>
        new Function(`return (${fn})`)()(new DOMParser().parseFromString(h, 'text/html')),
      [html, lastBlockLines.toString()],
    );
    assert.ok(
      served.lines.some((l) => l.trim()),
      'its text is there',
    );
    // Far from the viewport at load: plain, and no buttons yet.
    const last = page.locator('article .theme-code-block').last();
    assert.deepEqual(await page.evaluate(lastBlockLines), served);
    assert.equal(await last.getByRole('button', { name: /copy/i }).count(), 0);
    await last.scrollIntoViewIfNeeded();
    await last.locator('.token-line').first().waitFor();
    const highlighted = await page.evaluate(lastBlockLines);
    assert.deepEqual(highlighted.lines, served.lines, 'highlighting keeps the text');
    assert.equal(highlighted.tokens, served.lines.length);
    await last.getByRole('button', { name: /copy/i }).waitFor({ state: 'attached' });
    p.assertClean();
    await p.close();
  },
);
