// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ScrollableTable from '.';

function widths(scroll: number, client: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scroll);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(client);
}

const table = () => (
  <ScrollableTable>
    <tbody>
      <tr>
        <td>cell</td>
      </tr>
    </tbody>
  </ScrollableTable>
);

describe('ScrollableTable', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('is a tab stop only when it scrolls sideways', () => {
    widths(900, 600);
    render(table());
    expect(screen.getByRole('table').getAttribute('tabindex')).toBe('0');
  });

  it('adds no tab stop to a table that fits', () => {
    widths(600, 600);
    render(table());
    expect(screen.getByRole('table').hasAttribute('tabindex')).toBe(false);
  });
});
