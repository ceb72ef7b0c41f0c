// @vitest-environment jsdom
import { cleanup, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useLinkSteps } from '../../playground/ui/useLinkSteps';
import LinkSteps from '.';

afterEach(cleanup);

const defs = [
  { id: 'a', label: 'Open it' },
  { id: 'b', label: 'Pick it' },
];

describe('LinkSteps', () => {
  it('exposes each step as a read-only checkbox the reader cannot toggle', async () => {
    render(
      <LinkSteps
        title="Steps"
        steps={[
          { id: 'a', label: 'Open it', done: true },
          { id: 'b', label: 'Pick it', done: false },
        ]}
      />,
    );
    const a = screen.getByRole('checkbox', { name: 'Open it' });
    const b = screen.getByRole('checkbox', { name: 'Pick it' });
    expect([a.getAttribute('aria-checked'), b.getAttribute('aria-checked')]).toEqual([
      'true',
      'false',
    ]);
    expect(b.getAttribute('aria-readonly')).toBe('true');
    await userEvent.setup().click(b);
    expect(b.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('1 of 2 steps done')).toBeTruthy();
  });
});

describe('useLinkSteps', () => {
  it('keeps a step done after its state goes away, until the reset key changes', () => {
    const { result, rerender } = renderHook(
      ({ live, reset }: { live: Record<string, boolean>; reset: number }) =>
        useLinkSteps(defs, live, reset),
      { initialProps: { live: { a: true } as Record<string, boolean>, reset: 0 } },
    );
    expect(result.current.map((s) => s.done)).toEqual([true, false]);
    rerender({ live: {}, reset: 0 });
    expect(result.current.map((s) => s.done)).toEqual([true, false]);
    rerender({ live: { b: true }, reset: 0 });
    expect(result.current.map((s) => s.done)).toEqual([true, true]);
    rerender({ live: {}, reset: 1 });
    expect(result.current.map((s) => s.done)).toEqual([false, false]);
  });
});
