// A stock Docusaurus 3 docs site, scaffolded and built with the same installed packages, so
// benches can compare our pages with an unmodified one measured in the same run (the machine's
// load moves Lighthouse scores by 10+ points from day to day). Used by bench:lighthouse.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../e2e/harness.mjs';

const SRC = path.join(ROOT, 'bench', '.out', 'stock-src');
export const STOCK_BUILD = path.join(ROOT, 'bench', '.out', 'stock-build');
/** The docs page of the stock site that stands beside ours. */
export const STOCK_DOCS_PAGE = '/docs/intro';

// The classic template's settings, minus the blog; future.v4 as ours, so both use Rspack.
const CONFIG = `export default {
  title: 'Stock site',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  trailingSlash: false,
  future: { v4: true, faster: { rspackPersistentCache: false } },
  presets: [['classic', { docs: { routeBasePath: 'docs', sidebarPath: undefined }, blog: false }]],
  themeConfig: {
    navbar: { title: 'Stock site', items: [{ type: 'doc', docId: 'intro', label: 'Docs' }] },
    footer: { style: 'dark', copyright: 'Stock Docusaurus, for comparison' },
  },
};
`;

// A docs page of about the length of the template's tutorial intro, with a code block.
const INTRO = `---
sidebar_position: 1
---

# Tutorial intro

Get to know the site in a few minutes. This page stands in for the first page of the
classic template: a heading, some prose, a list and a code block.

## Getting started

You need a recent Node.js. Create a site, then start the development server:

\`\`\`bash
npm init docusaurus@latest my-website classic
cd my-website
npm run start
\`\`\`

The command starts a local server and opens the site. Edit \`docs/intro.md\` and the page
reloads.

## What you get

- Docs pages written in Markdown or MDX.
- A sidebar built from the folder.
- A search box, a dark mode and a responsive layout.
`;

function run(args, cwd) {
  return new Promise((resolve, reject) => {
    const bin = path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
    const child = spawn(process.execPath, [bin, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`stock site: docusaurus ${args[0]} exited ${code}`)),
    );
  });
}

/** Scaffolds and builds the stock site (or reuses an earlier build); returns its build dir. */
export async function buildStockSite({ reuse = false } = {}) {
  if (reuse && existsSync(path.join(STOCK_BUILD, 'index.html'))) return STOCK_BUILD;
  await rm(SRC, { recursive: true, force: true });
  await mkdir(path.join(SRC, 'docs'), { recursive: true });
  await mkdir(path.join(SRC, 'src', 'pages'), { recursive: true });
  await writeFile(
    path.join(SRC, 'src', 'pages', 'index.md'),
    '# Stock site\n\nSee the [docs](/docs/intro).\n',
  );
  await writeFile(path.join(SRC, 'docusaurus.config.mjs'), CONFIG);
  await writeFile(path.join(SRC, 'docs', 'intro.md'), INTRO);
  await run(['build', '--out-dir', STOCK_BUILD], SRC);
  return STOCK_BUILD;
}
