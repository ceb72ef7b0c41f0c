import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import {
  accessiblePrismTheme,
  contrastRatio,
  ensureContrast,
  HIGHLIGHTED_LINE_BG,
  highlightedLinePlugin,
  plainCodeColoursPlugin,
  parseColor,
} from './accessible-prism';

const ratio = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);

describe('parseColor', () => {
  it('reads hex, short hex, rgb() and opaque rgba()', () => {
    expect(parseColor('#ff8000')).toEqual([255, 128, 0]);
    expect(parseColor('#f80')).toEqual([255, 136, 0]);
    expect(parseColor('rgb(98, 114, 164)')).toEqual([98, 114, 164]);
    expect(parseColor('rgba(1, 2, 3, 1)')).toEqual([1, 2, 3]);
  });
  it('refuses translucent and unknown colours', () => {
    expect(parseColor('rgba(239, 83, 80, 0.56)')).toBeNull();
    expect(parseColor('hsl(220, 13%, 18%)')).toBeNull();
  });
});

describe('ensureContrast', () => {
  it('meets the ratio on every background given', () => {
    const c = ensureContrast('#36acaa', ['#f6f8fa', '#fff1c2']);
    expect(ratio(c, '#f6f8fa')).toBeGreaterThanOrEqual(4.5);
    expect(ratio(c, '#fff1c2')).toBeGreaterThanOrEqual(4.5);
  });
  it('keeps a colour that already passes', () => {
    expect(ensureContrast('#000000', '#ffffff')).toBe('#000000');
  });
  it('darkens on a light background and lightens on a dark one', () => {
    const light = ensureContrast('#36acaa', '#f6f8fa');
    expect(ratio(light, '#f6f8fa')).toBeGreaterThanOrEqual(4.5);
    expect(parseColor(light)![0]).toBeLessThanOrEqual(0x36);
    const dark = ensureContrast('rgb(98, 114, 164)', '#282A36');
    expect(ratio(dark, '#282A36')).toBeGreaterThanOrEqual(4.5);
    expect(parseColor(dark)![2]).toBeGreaterThan(164);
  });
});

describe('accessiblePrismTheme', () => {
  for (const name of ['github', 'dracula'] as const) {
    it(`${name}: every token colour meets 4.5:1 on the background`, () => {
      const t = accessiblePrismTheme(themes[name]);
      const bg = t.plain.backgroundColor!;
      const colours = [t.plain.color, ...t.styles.map((s) => s.style.color)].filter(
        (c): c is string => typeof c === 'string' && parseColor(c) !== null,
      );
      expect(colours.length).toBeGreaterThan(5);
      for (const c of colours) expect(ratio(c, bg)).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('names the bad background', () => {
    expect(() => accessiblePrismTheme(themes.oneDark)).toThrow(/hsl\(220, 13%, 18%\)/);
    expect(() => accessiblePrismTheme(themes.github, { alsoOn: ['tomato'] })).toThrow(/"tomato"/);
  });
  // The error line of a snippet after Run is a highlighted line: every token sits on it too.
  for (const [name, mode] of [
    ['github', 'light'],
    ['dracula', 'dark'],
  ] as const) {
    it(`${name}: every token colour meets 4.5:1 on the ${mode} highlighted line`, () => {
      const hl = HIGHLIGHTED_LINE_BG[mode];
      const stock = [themes[name].plain.color, ...themes[name].styles.map((s) => s.style.color)];
      // The stock theme does fail there (the check is not vacuous)...
      expect(stock.some((c) => c && parseColor(c) && ratio(c, hl) < 4.5)).toBe(true);
      const t = accessiblePrismTheme(themes[name], { alsoOn: [hl] });
      for (const c of [t.plain.color, ...t.styles.map((s) => s.style.color)]) {
        if (!c || !parseColor(c)) continue;
        expect(ratio(c, hl)).toBeGreaterThanOrEqual(4.5);
        expect(ratio(c, t.plain.backgroundColor!)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
  it('the plugin sets the same highlighted-line colours for both modes', () => {
    const tags = highlightedLinePlugin().injectHtmlTags().headTags.join('');
    expect(tags).toContain(
      `:root{--docusaurus-highlighted-code-line-bg:${HIGHLIGHTED_LINE_BG.light}}`,
    );
    expect(tags).toContain(
      `[data-theme='dark']{--docusaurus-highlighted-code-line-bg:${HIGHLIGHTED_LINE_BG.dark}}`,
    );
  });

  it('the plain-code plugin gives each mode its own theme colours', () => {
    const light = { plain: { color: '#111111', backgroundColor: '#fefefe' }, styles: [] };
    const dark = { plain: { color: '#eeeeee', backgroundColor: '#202020' }, styles: [] };
    const css = plainCodeColoursPlugin({ light, dark }).injectHtmlTags().headTags.join('');
    expect(css).toContain(':root{--plain-code-color:#111111;--plain-code-background:#fefefe}');
    expect(css).toContain(
      "[data-theme='dark']{--plain-code-color:#eeeeee;--plain-code-background:#202020}",
    );
  });
});
