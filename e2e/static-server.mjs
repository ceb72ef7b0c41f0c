// A tiny static server for a Docusaurus build: sub-path aware, gzip like a real host, and
// stoppable in-process (no child left behind, unlike `npx docusaurus serve`).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.map',
  '.webmanifest',
]);

async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path (already stripped of the base URL) to a file, the way static hosts do for
 * Docusaurus with trailingSlash: false (`/docs/x` → `docs/x.html`, `/` → `index.html`). */
async function resolveFile(root, urlPath) {
  const rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const abs = path.resolve(root, rel);
  if (abs !== root && !abs.startsWith(root + path.sep)) return null; // path traversal
  const candidates = [abs, `${abs}.html`, path.join(abs, 'index.html')];
  for (const c of candidates) if (await isFile(c)) return c;
  return null;
}

/**
 * Serves `dir` under `baseUrl` on 127.0.0.1. Port 0 picks a free port.
 * @param {{ dir: string, baseUrl?: string, port?: number, gzip?: boolean }} opts
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({ dir, baseUrl = '/', port = 0, gzip = true }) {
  const root = path.resolve(dir);
  if (!(await isFile(path.join(root, 'index.html')))) {
    throw new Error(
      `No build at ${root} (index.html missing); run the build first or unset E2E_NO_BUILD`,
    );
  }
  if (!baseUrl.startsWith('/') || !baseUrl.endsWith('/')) {
    throw new Error(`baseUrl must start and end with "/", got ${JSON.stringify(baseUrl)}`);
  }
  const gzCache = new Map();

  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      // Like GitHub project pages: only paths under the base URL exist.
      const inBase = pathname === baseUrl.slice(0, -1) || pathname.startsWith(baseUrl);
      const rest = inBase ? pathname.slice(baseUrl.length - 1) || '/' : null;
      let file = rest === null ? null : await resolveFile(root, rest);
      let status = 200;
      if (!file) {
        status = 404;
        file = (await isFile(path.join(root, '404.html'))) ? path.join(root, '404.html') : null;
        if (!file) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
          return;
        }
      }
      const ext = path.extname(file);
      // Like a real host: content-hashed assets are immutable, pages are revalidated. Without
      // this a chunk that was prefetched would be downloaded a second time when it runs.
      const hashed = /[\\/]assets[\\/].*\.[0-9a-f]{8}\.\w+$/.test(file);
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      const wantsGzip = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (wantsGzip && COMPRESSIBLE.has(ext)) {
        let body = gzCache.get(file);
        if (!body) {
          body = gzipSync(await readFile(file), { level: 9 });
          gzCache.set(file, body);
        }
        res.writeHead(status, {
          ...headers,
          'content-encoding': 'gzip',
          'content-length': body.length,
          vary: 'accept-encoding',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(status, headers);
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = server.address().port;
  return {
    url: `http://127.0.0.1:${actualPort}${baseUrl}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
