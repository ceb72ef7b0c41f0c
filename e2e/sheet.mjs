// The screenshot sheet: one index.html beside the PNGs that seeState() wrote, grouped by state,
// so a person can look at every state in both colour modes and at every width at once.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCREENS_DIR } from './harness.mjs';

const esc = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/** Removes the previous run's screenshots (a state that is gone must not stay on the sheet). */
export async function clearScreens() {
  await rm(SCREENS_DIR, { recursive: true, force: true });
}

/** Writes SCREENS_DIR/index.html; returns its path, or null when no state was recorded. */
export async function writeSheet() {
  let files;
  try {
    files = (await readdir(SCREENS_DIR)).filter((f) => f.endsWith('.json'));
  } catch {
    return null;
  }
  if (!files.length) return null;
  const shots = [];
  for (const f of files) {
    const meta = JSON.parse(await readFile(path.join(SCREENS_DIR, f), 'utf8'));
    shots.push({ ...meta, png: f.replace(/\.json$/, '.png') });
  }
  const groups = new Map();
  for (const s of shots.sort((a, b) => a.width - b.width || a.mode.localeCompare(b.mode))) {
    if (!groups.has(s.name)) groups.set(s.name, []);
    groups.get(s.name).push(s);
  }
  const sections = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, list]) =>
        `<section><h2>${esc(name)}</h2><div class="row">${list
          .map(
            (s) =>
              `<figure><a href="${esc(s.png)}"><img src="${esc(s.png)}" alt="${esc(`${name}, ${s.width} px, ${s.mode}`)}" loading="lazy"></a><figcaption>${s.width} px · ${s.mode} · <code>${esc(new URL(s.url).pathname + new URL(s.url).search)}</code></figcaption></figure>`,
          )
          .join('')}</div></section>`,
    )
    .join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Screenshot sheet</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem;background:#f4f4f5;color:#111}h2{font-size:1rem;margin:1.5rem 0 .5rem}
.row{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}figure{margin:0;background:#fff;padding:.5rem;border:1px solid #ccc}
img{display:block;max-width:420px;max-height:520px;border:1px solid #ddd}figcaption{margin-top:.25rem}</style></head>
<body><h1>Screenshot sheet: ${shots.length} screenshots of ${groups.size} states</h1>
<p>Written by the e2e run (e2e/sheet.mjs). Each state was checked with axe (colour contrast included) and for opaque overlays.</p>
${sections}
</body></html>`;
  const out = path.join(SCREENS_DIR, 'index.html');
  await writeFile(out, html);
  return out;
}
