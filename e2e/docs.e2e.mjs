// The built Troubleshooting and Error messages pages as a stuck reader uses them: every error
// message quoted in a section is listed on Error messages, and that row's link lands on the
// section.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setupSite } from './harness.mjs';

const site = setupSite();
const PAGE = '/docs/troubleshooting';
const MESSAGES = '/docs/error-messages';
const T = { timeout: 120_000 };

/**
 * Reads Error messages in the browser: each row's quoted texts, and the Troubleshooting anchors
 * its links lead to (`#id`; a link to another page is kept whole).
 */
function readRows() {
  const table = document.querySelector('article table');
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => ({
    quoted: [...tr.cells[0].querySelectorAll('code')].map((c) => c.textContent),
    // A message with two causes leads to both sections.
    hrefs: [...tr.cells[1].querySelectorAll('a')].map((a) => {
      const url = new URL(a.href);
      return url.pathname.endsWith('/docs/troubleshooting') ? url.hash : a.getAttribute('href');
    }),
  }));
}

/** Reads Troubleshooting: every quoted message in a ```text block, with the id of the heading it
 * sits under, and the heading ids. */
function readSections() {
  const article = document.querySelector('article');
  const headings = [...article.querySelectorAll('h2[id], h3[id], h4[id]')];
  const blocks = [...article.querySelectorAll('pre.language-text, div.language-text pre')].map(
    (pre) => {
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
    },
  );
  return { blocks, ids: headings.map((h) => h.id) };
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
  'every quoted error on Troubleshooting has a row on Error messages leading to its section',
  T,
  async () => {
    const m = await site.open(MESSAGES);
    const rows = await m.page.evaluate(readRows);
    m.assertClean();
    await m.close();
    const p = await site.open(PAGE);
    const { blocks, ids } = await p.page.evaluate(readSections);
    assert.ok(rows.length >= 40, `Error messages has ${rows.length} rows`);
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

    // Every row leading to Troubleshooting names a heading there.
    const missing = rows
      .flatMap((r) => r.hrefs)
      .filter((href) => href.startsWith('#') && !ids.includes(href.slice(1)));
    assert.deepEqual(missing, []);
    p.assertClean();
    await p.close();
  },
);

test('a row on Error messages opens its section on Troubleshooting, fix first', T, async () => {
  const p = await site.open(MESSAGES);
  const { page } = p;
  for (const anchor of ['wrong-org', 'type-not-accepted', 'offline']) {
    await page.locator(`article table a[href$="/docs/troubleshooting#${anchor}"]`).first().click();
    await page.waitForFunction((a) => window.location.hash === `#${a}`, anchor);
    await page.locator(`#${anchor}`).waitFor();
    // The browser may finish scrolling a frame after the route renders.
    await page.waitForFunction((a) => {
      const y = document.getElementById(a).getBoundingClientRect().top;
      return y >= 0 && y < window.innerHeight;
    }, anchor);
    const viewport = page.viewportSize();
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
    await page.goBack();
    await page.waitForURL((u) => u.pathname.endsWith(MESSAGES));
    await page.locator('article table').waitFor();
  }
  p.assertClean();
  await p.close();
});

test(
  "Troubleshooting's old #lookup link lands on a section that leads to Error messages",
  T,
  async () => {
    const p = await site.open(`${PAGE}#lookup`);
    const { page } = p;
    await page.waitForFunction(() => {
      const y = document.getElementById('lookup').getBoundingClientRect().top;
      return y >= 0 && y < window.innerHeight;
    });
    const link = page
      .locator('#lookup ~ p')
      .first()
      .getByRole('link', { name: 'Error messages', exact: true });
    await link.click();
    await page.waitForURL((u) => u.pathname.endsWith(MESSAGES));
    await page.locator('article table tbody tr').first().waitFor();
    p.assertClean();
    await p.close();
  },
);

test('"simulator wording" markers lead to the list of our own texts', T, async () => {
  for (const [path, where] of [
    [PAGE, 'sections'],
    [MESSAGES, 'rows'],
  ]) {
    const p = await site.open(path);
    const markers = p.page.locator('[data-simulator-wording]');
    assert.ok((await markers.count()) >= 10, `${where} carry the marker`);
    await markers.first().click();
    await p.page.waitForURL(/\/docs\/simulator-assumptions#simulator-wording$/);
    await p.page.locator('#simulator-wording').waitFor();
    p.assertClean();
    await p.close();
  }
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
