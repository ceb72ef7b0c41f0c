import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import {
  accessiblePrismTheme,
  contrastRatio,
  ensureContrast,
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
  });
});
