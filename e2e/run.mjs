// Entry of `npm run test:e2e`: build the site twice (root and /registry-docs/), serve both on
// 127.0.0.1 from this process, run e2e/*.e2e.mjs with node's test runner, always stop servers.
// Usage: node e2e/run.mjs [file.e2e.mjs ...]   (E2E_NO_BUILD=1 reuses the existing builds)
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_DIR, ROOT, SUBPATH_BASE, SUBPATH_BUILD_DIR } from './harness.mjs';
import { clearScreens, writeSheet } from './sheet.mjs';
import { startStaticServer } from './static-server.mjs';

const DOCUSAURUS = path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

function run(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function build(outDir, baseUrl) {
  const started = Date.now();
  console.log(`[e2e] docusaurus build → ${path.relative(ROOT, outDir)} (baseUrl ${baseUrl})`);
  const code = await run(process.execPath, [DOCUSAURUS, 'build', '--out-dir', outDir], {
    BASE_URL: baseUrl,
  });
  if (code !== 0) throw new Error(`docusaurus build (baseUrl ${baseUrl}) exited with ${code}`);
  console.log(`[e2e] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function testFiles(argv) {
  if (argv.length) return argv;
  const dir = path.join(ROOT, 'e2e');
  return (await readdir(dir))
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort()
    .map((f) => path.join('e2e', f));
}

async function main() {
  const files = await testFiles(process.argv.slice(2));
  if (!files.length) throw new Error('no e2e/*.e2e.mjs files found');
  if (process.env.E2E_NO_BUILD !== '1') {
    await build(BUILD_DIR, '/');
    await build(SUBPATH_BUILD_DIR, SUBPATH_BASE);
  }
  await clearScreens();
  const servers = [];
  let code = 1;
  const stop = async () => {
    for (const s of servers.splice(0)) await s.close();
  };
  // Ctrl+C / CI cancellation: the child gets the signal too; we only need our servers gone.
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => stop().finally(() => process.exit(130)));
  }
  try {
    servers.push(await startStaticServer({ dir: BUILD_DIR }));
    servers.push(await startStaticServer({ dir: SUBPATH_BUILD_DIR, baseUrl: SUBPATH_BASE }));
    const [root, sub] = servers;
    console.log(`[e2e] serving ${root.url} and ${sub.url}; running ${files.length} file(s)`);
    code = await run(process.execPath, ['--test', '--test-concurrency=1', ...files], {
      E2E_BASE_URL: root.url,
      E2E_SUBPATH_URL: sub.url,
    });
  } finally {
    await stop();
  }
  const sheet = await writeSheet();
  if (sheet) console.log(`[e2e] screenshot sheet: ${path.relative(ROOT, sheet)}`);
  process.exitCode = code;
}

main().catch((err) => {
  console.error(`[e2e] ${err.message}`);
  process.exitCode = 1;
});
