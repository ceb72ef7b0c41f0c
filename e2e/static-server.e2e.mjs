// The e2e/bench static server itself: sub-path, Docusaurus URL mapping, gzip, caching, safety.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startStaticServer } from './static-server.mjs';

let dir;
let server;

function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'static-server-'));
  await mkdir(path.join(dir, 'docs'));
  await mkdir(path.join(dir, 'assets/js'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<h1>home</h1>');
  await writeFile(path.join(dir, '404.html'), '<h1>not found</h1>');
  await writeFile(path.join(dir, 'docs/page.html'), '<h1>page</h1>');
  await writeFile(path.join(dir, 'assets/js/main.0123abcd.js'), 'console.log(1);'.repeat(100));
  server = await startStaticServer({ dir, baseUrl: '/sub/' });
});
after(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

test('maps Docusaurus URLs under the base URL', async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
  assert.equal((await get(server.url)).body.toString(), '<h1>home</h1>');
  assert.equal((await get(`${server.url}docs/page`)).body.toString(), '<h1>page</h1>');
  const outside = await get(server.url.replace('/sub/', '/docs/page'));
  assert.equal(outside.status, 404, 'paths outside the base URL do not exist');
  assert.equal(outside.body.toString(), '<h1>not found</h1>');
});

test('gzips on request, with the compressed length; hashed assets are immutable', async () => {
  const url = `${server.url}assets/js/main.0123abcd.js`;
  const gz = await get(url, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(Number(gz.headers['content-length']), gz.body.length);
  assert.equal(gunzipSync(gz.body).toString(), 'console.log(1);'.repeat(100));
  assert.match(gz.headers['cache-control'], /immutable/);
  const plain = await get(url);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal((await get(server.url)).headers['cache-control'], 'no-cache');
});

test('refuses path traversal and a missing build', async () => {
  const res = await get(`${server.url}..%2f..%2f..%2fetc%2fpasswd`);
  assert.equal(res.status, 404);
  await assert.rejects(startStaticServer({ dir: path.join(dir, 'nope') }), /index\.html missing/);
  await assert.rejects(startStaticServer({ dir, baseUrl: 'sub' }), /baseUrl must start and end/);
});
