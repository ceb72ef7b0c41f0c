// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Monaco cannot run in jsdom: a stub stands in for the lazily loaded editor module.
const mode = vi.hoisted(() => ({ fail: false }));
vi.mock('./MonacoEditor', () => ({
  default: (p: { value: string; dark: boolean; autoFocus?: boolean }) => {
    if (mode.fail) throw new Error('chunk failed to load');
    return (
      <div
        data-testid="monaco-stub"
        data-dark={String(p.dark)}
        data-autofocus={String(Boolean(p.autoFocus))}
      >
        {p.value}
      </div>
    );
  },
}));

import CodeEditor from './index';

afterEach(() => {
  cleanup();
  mode.fail = false;
  delete document.documentElement.dataset.theme;
});

const base = {
  value: 'print(1)',
  onChange: () => {},
  onRun: () => {},
  onEscape: () => {},
  ariaLabel: 'Code',
};

describe('CodeEditor', () => {
  it('loads the editor at once by default, in the site colour mode', async () => {
    document.documentElement.dataset.theme = 'dark';
    render(<CodeEditor {...base} />);
    const stub = await screen.findByTestId('monaco-stub');
    expect(stub.dataset.dark).toBe('true');
    expect(screen.getByText(/leaves the editor, then/)).toBeTruthy();
  });

  it("with activate='interaction' shows the code and loads the editor on focus", async () => {
    render(<CodeEditor {...base} activate="interaction" />);
    const preview = screen.getByTestId('code-preview') as HTMLTextAreaElement;
    expect(preview.value).toBe('print(1)');
    expect(preview.readOnly).toBe(true);
    expect(screen.queryByTestId('monaco-stub')).toBeNull();
    fireEvent.focus(preview);
    const stub = await screen.findByTestId('monaco-stub');
    expect(stub.dataset.autofocus).toBe('true');
    expect(screen.queryByTestId('code-preview')).toBeNull();
  });

  it('falls back to an editable textarea when the editor cannot load', async () => {
    mode.fail = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onChange = vi.fn();
    const onRun = vi.fn();
    render(<CodeEditor {...base} onChange={onChange} onRun={onRun} />);
    const area = await screen.findByRole('textbox', { name: 'Code' });
    await userEvent.type(area, 'x');
    expect(onChange).toHaveBeenLastCalledWith('print(1)x');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onRun).toHaveBeenCalledTimes(1);
  });
});
