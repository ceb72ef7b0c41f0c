// Generic checks over the whole built site (owned by site infrastructure).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setupSite } from './harness.mjs';

const site = setupSite({ subpath: true });

test('main docs page loads cleanly', { timeout: 60_000 }, async () => {
  const p = await site.open('/docs/link-artifact-version');
  await p.page.waitForSelector('article h1');
  assert.match(await p.page.title(), /registry/i);
  p.assertClean();
  await p.close();
});
