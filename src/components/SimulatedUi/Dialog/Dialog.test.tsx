// @vitest-environment jsdom
// The dialog's panel must be opaque: Infima's --ifm-background-color is transparent in light
// mode (issue 13: the page showed through the Registry App's sidebar). jsdom computes no
// colours, so this reads the CSS module rule the panel's class maps to.
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cssRules, elementBackground, SURFACE, transparentBackgrounds } from '../testing/cssRules';
import Dialog from '.';
import styles from './styles.module.css';

afterEach(cleanup);
const rules = cssRules(join(__dirname, 'styles.module.css'));

describe('Dialog', () => {
  it.each(['sidebar', 'modal'] as const)(
    'paints its %s panel with the surface colour',
    (variant) => {
      render(
        <Dialog title="Link" variant={variant} onClose={() => {}}>
          <p>form</p>
        </Dialog>,
      );
      const panel = screen.getByRole('dialog', { name: 'Link' });
      expect(elementBackground(panel, styles, rules)).toBe(SURFACE);
    },
  );

  it('paints nothing with the page background variable', () => {
    expect(transparentBackgrounds(rules)).toEqual([]);
  });

  it('sees a transparent panel in a rule that uses the page background', () => {
    const bad = [
      { selectors: ['.sidebar'], declarations: { background: 'var(--ifm-background-color)' } },
    ];
    expect(transparentBackgrounds(bad)).toEqual([
      '.sidebar { background: var(--ifm-background-color) }',
    ]);
  });
});
