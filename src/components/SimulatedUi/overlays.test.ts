// No part of the simulated apps paints with Infima's --ifm-background-color: it is transparent
// in light mode, so a dialog, menu or panel using it lets the page show through (issue 13).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { cssRules, transparentBackgrounds } from './testing/cssRules';

const COMPONENTS = join(__dirname, '..');
const APPS = ['SimulatedUi', 'RegistryApp', 'ArtifactBrowser', 'LinkSteps'];

function cssModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return cssModules(p);
    return d.name.endsWith('.module.css') ? [p] : [];
  });
}

it('the simulated apps paint every background with an opaque colour', () => {
  const files = APPS.flatMap((a) => cssModules(join(COMPONENTS, a)));
  expect(files.length).toBeGreaterThan(5);
  const found = files.flatMap((f) =>
    transparentBackgrounds(cssRules(f)).map((r) => `${relative(COMPONENTS, f)}: ${r}`),
  );
  expect(found).toEqual([]);
});
