import type { PrismTheme } from 'prism-react-renderer';

// Stock Prism themes miss WCAG AA on some tokens (github's numbers 2.6:1, dracula's comments
// 3.0:1), and axe fails every code block for it. Rather than hand-pick colours, nudge each
// token colour towards black or white until it meets the ratio on the theme's own background.

type Rgb = [number, number, number];

export function parseColor(color: string): Rgb | null {
  const c = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((x) => x + x).join('') : hex[1];
    return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb =
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/i.exec(c);
  // Translucent colours depend on what is underneath; leave them alone.
  if (rgb && (rgb[4] === undefined || rgb[4] === '1' || rgb[4] === '100%')) {
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  }
  return null;
}

function luminance([r, g, b]: Rgb): number {
  const f = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (rgb: Rgb) =>
  `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** Returns `color` unchanged if it already meets `min` on every one of `backgrounds`, else the
 * closest mix towards black (light backgrounds) or white (dark ones) that does. The backgrounds
 * must all be light or all dark (a code block and its highlighted line are). */
export function ensureContrast(
  color: string,
  backgrounds: string | readonly string[],
  min = 4.5,
): string {
  const fg = parseColor(color);
  const bgs = (typeof backgrounds === 'string' ? [backgrounds] : backgrounds).map(parseColor);
  if (!fg || bgs.some((b) => !b)) return color;
  const all = bgs as Rgb[];
  const passes = (c: Rgb) => all.every((b) => contrastRatio(c, b) >= min);
  if (passes(fg)) return color;
  const target: Rgb = luminance(all[0]) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.02; t <= 1; t += 0.02) {
    const mixed = fg.map((v, i) => v + (target[i] - v) * t) as Rgb;
    const rounded = mixed.map(Math.round) as Rgb;
    if (passes(rounded)) return toHex(rounded);
  }
  return toHex(target);
}

/**
 * Background of a highlighted line in a code block (Docusaurus's
 * `--docusaurus-highlighted-code-line-bg`; a snippet's error line after Run uses it). Infima's
 * defaults are dark grey in both modes, which puts the light theme's dark tokens at ~2:1.
 * These stay close to each theme's own background, and every token is checked on them too.
 */
export const HIGHLIGHTED_LINE_BG = { light: '#fff1c2', dark: '#44475a' } as const;

/** A copy of `theme` whose plain and token colours all meet `min` on its background and on
 * each of `alsoOn` (e.g. the highlighted-line background). */
export function accessiblePrismTheme(
  theme: PrismTheme,
  { min = 4.6, alsoOn = [] }: { min?: number; alsoOn?: readonly string[] } = {},
): PrismTheme {
  const bg = theme.plain.backgroundColor;
  const bad = [bg, ...alsoOn].find((c) => !c || !parseColor(c));
  if (bad !== undefined || !bg) {
    throw new Error(
      `accessiblePrismTheme: needs hex or rgb() backgrounds, got ${JSON.stringify(bad ?? bg)}`,
    );
  }
  const fix = (c: string | undefined) =>
    c === undefined ? c : ensureContrast(c, [bg, ...alsoOn], min);
  return {
    plain: { ...theme.plain, color: fix(theme.plain.color) },
    styles: theme.styles.map((s) => ({ ...s, style: { ...s.style, color: fix(s.style.color) } })),
  };
}

/** Site plugin: sets the highlighted-line background for both colour modes (Docusaurus declares
 * the variable with zero specificity so that a site can override it). */
export function highlightedLinePlugin() {
  const css = `:root{--docusaurus-highlighted-code-line-bg:${HIGHLIGHTED_LINE_BG.light}}[data-theme='dark']{--docusaurus-highlighted-code-line-bg:${HIGHLIGHTED_LINE_BG.dark}}`;
  return {
    name: 'highlighted-line-colours',
    injectHtmlTags: () => ({ headTags: [`<style>${css}</style>`] }),
  };
}

/** Site plugin: each colour mode's plain code colours as CSS variables (`--plain-code-color`,
 * `--plain-code-background`), for code blocks shown before their highlighted form (the theme sets
 * its colours inline, from the light theme in the server's HTML). */
export function plainCodeColoursPlugin(themes: { light: PrismTheme; dark: PrismTheme }) {
  const vars = (t: PrismTheme) =>
    `--plain-code-color:${t.plain.color};--plain-code-background:${t.plain.backgroundColor}`;
  const css = `:root{${vars(themes.light)}}[data-theme='dark']{${vars(themes.dark)}}`;
  return {
    name: 'plain-code-colours',
    injectHtmlTags: () => ({ headTags: [`<style>${css}</style>`] }),
  };
}
