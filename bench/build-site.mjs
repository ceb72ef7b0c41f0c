// The production build the benches measure (baseUrl /), in bench/.out/build, never in build/
// (an e2e run may be serving that one).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../e2e/harness.mjs';

export const BENCH_BUILD = path.join(ROOT, 'bench', '.out', 'build');

/** Builds into `outDir`; with `reuse`, keeps an existing build there. */
export function buildSite(outDir = BENCH_BUILD, { reuse = false } = {}) {
  if (reuse && existsSync(path.join(outDir, 'index.html'))) return Promise.resolve();
  console.log(`building into ${path.relative(ROOT, outDir)} …`);
  // bench/ is an ES module package (bench/package.json); the build's server bundle, rendered
  // from outDir/__server, is CommonJS, so the folder above outDir says so (the build empties
  // outDir itself first).
  mkdirSync(path.dirname(outDir), { recursive: true });
  writeFileSync(path.join(path.dirname(outDir), 'package.json'), '{ "type": "commonjs" }\n');
  return new Promise((resolve, reject) => {
    const bin = path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
    const child = spawn(process.execPath, [bin, 'build', '--out-dir', outDir], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BASE_URL: '/' },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`docusaurus build exited with ${code}`)),
    );
  });
}
