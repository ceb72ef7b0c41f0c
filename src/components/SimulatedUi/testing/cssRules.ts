// Reads a CSS module's rules for tests: jsdom computes no colours, so a test checks the rule
// an element's class maps to. Flat files only (innermost `selector { declarations }` blocks;
// an @media wrapper is skipped, its inner rules are read).
import { readFileSync } from 'node:fs';

export interface CssRule {
  selectors: string[];
  declarations: Record<string, string>;
}

export function cssRules(file: string): CssRule[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, sel, body]) => ({
    selectors: sel
      .trim()
      .split(',')
      .map((s) => s.trim()),
    declarations: Object.fromEntries(
      body
        .split(';')
        .map((d) => d.split(':'))
        .filter((kv) => kv.length >= 2)
        .map(([k, ...v]) => [k.trim(), v.join(':').trim()]),
    ),
  }));
}

/** The background a class gets from its own rules (`.x` alone, not `.y .x` or `.x:hover`). */
export function backgroundOf(rules: CssRule[], className: string): string | undefined {
  let found: string | undefined;
  for (const r of rules) {
    if (!r.selectors.includes(`.${className}`)) continue;
    found = r.declarations['background-color'] ?? r.declarations.background ?? found;
  }
  return found;
}

/** Every `background` declaration that paints with a variable Infima leaves transparent. */
export function transparentBackgrounds(rules: CssRule[]): string[] {
  return rules.flatMap((r) =>
    Object.entries(r.declarations)
      .filter(([k, v]) => k.startsWith('background') && /var\(--ifm-background-color\)/.test(v))
      .map(([k, v]) => `${r.selectors.join(', ')} { ${k}: ${v} }`),
  );
}

/**
 * The background an element gets from the CSS module that styled it: the rules of every local
 * class of `styles` (the module's class map) that the element carries.
 */
export function elementBackground(
  el: Element,
  styles: Record<string, string>,
  rules: CssRule[],
): string | undefined {
  const locals = rules
    .flatMap((r) => r.selectors)
    .filter((s) => /^\.[\w-]+$/.test(s))
    .map((s) => s.slice(1))
    .filter((name) => el.classList.contains(styles[name]));
  let found: string | undefined;
  for (const name of locals) found = backgroundOf(rules, name) ?? found;
  return found;
}

export const SURFACE = 'var(--ifm-background-surface-color)';
