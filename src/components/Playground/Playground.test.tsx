// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compressToEncodedURIComponent } from 'lz-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setEngineLoaderForTests } from '@site/src/playground/engine';
import { createFakeEngine } from '@site/src/playground/fakeEngine';
import { decodeShare, encodeShare } from '@site/src/playground/shareCodec';
import { CODE_KEY, saveState, WORLD_KEY } from '@site/src/playground/storage';
import { DEFAULT_CODE } from '@site/src/playground/usePlayground';
import { SPLIT_DEFAULT, SPLIT_KEY, SPLIT_MAX } from '@site/src/playground/useSplitPane';
import Playground from './index';

// Monaco does not run in jsdom; the editor's contract is value/onChange/onRun.
vi.mock('@site/src/components/CodeEditor', () => ({
  default: (p: { value: string; onChange(v: string): void; ariaLabel: string }) => (
    <textarea
      aria-label={p.ariaLabel}
      value={p.value}
      onChange={(e) => p.onChange(e.target.value)}
    />
  ),
}));

let fake: ReturnType<typeof createFakeEngine>;

beforeEach(() => {
  fake = createFakeEngine((code) => ({ stdout: `ran ${code.length} chars\n` }));
  setEngineLoaderForTests(async () => fake.engine);
  window.history.replaceState(null, '', '/playground');
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  setEngineLoaderForTests(null);
});

const editor = () => screen.getByLabelText('Playground Python editor') as HTMLTextAreaElement;
const ready = () =>
  waitFor(() =>
    expect(screen.getByRole('button', { name: 'Run' }).hasAttribute('disabled')).toBe(false),
  );
const notices = () => screen.getByTestId('playground-notices');

describe('Playground', () => {
  it('starts in the docs world with the default code, runs it and logs requests', async () => {
    render(<Playground />);
    await ready();
    expect(editor().value).toBe(DEFAULT_CODE);
    expect((screen.getByLabelText('World') as HTMLSelectElement).value).toBe('docs');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await screen.findByText(`ran ${DEFAULT_CODE.length} chars`);
    expect(fake.calls[0].world.seed).toEqual({ id: 'docs' });
    await userEvent.click(screen.getByRole('tab', { name: 'Network' }));
    const log = screen.getByRole('tabpanel', { name: 'Network log' });
    expect(within(log).getByText('LinkArtifact')).toBeTruthy();
  });

  it('a first visit loads the engine on first need, not at start', async () => {
    let loads = 0;
    setEngineLoaderForTests(async () => {
      loads++;
      return fake.engine;
    });
    render(<Playground />);
    await ready();
    // The picker lists every world before the engine is there.
    const options = [...(screen.getByLabelText('World') as HTMLSelectElement).options];
    expect(options.map((o) => o.value)).toContain('personal-entity');
    await userEvent.click(screen.getByRole('tab', { name: 'Network' }));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(loads).toBe(0);
    // The World tab shows the world, so it builds it.
    await userEvent.click(screen.getByRole('tab', { name: 'World' }));
    const panel = screen.getByRole('tabpanel', { name: 'World inspector' });
    await waitFor(() => expect(within(panel).queryByText('Loading the world…')).toBeNull());
    expect(loads).toBe(1);
    expect(localStorage.getItem(CODE_KEY)).toBeNull();
  });

  it('code typed before the world exists is kept when Run builds it', async () => {
    render(<Playground />);
    await ready();
    await userEvent.clear(editor());
    await userEvent.type(editor(), 'x = 1');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await screen.findByText('ran 5 chars');
    expect(editor().value).toBe('x = 1');
  });

  it('an autosave is restored at start, with its world', async () => {
    let loads = 0;
    setEngineLoaderForTests(async () => {
      loads++;
      return fake.engine;
    });
    saveState({ code: 'saved()', worldId: 'docs' });
    render(<Playground />);
    await waitFor(() => expect(editor().value).toBe('saved()'));
    expect(loads).toBe(1);
  });

  it('shares code and world in the hash, and a new page restores them', async () => {
    const first = render(<Playground />);
    await ready();
    await userEvent.clear(editor());
    await userEvent.type(editor(), 'print(42)');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await screen.findByText('ran 9 chars');
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#share=/));
    const decoded = decodeShare(window.location.hash);
    expect(decoded.ok && decoded.payload.code).toBe('print(42)');
    expect(decoded.ok && decoded.payload.snapshot).toEqual({
      seed: { id: 'docs' },
      runs: ['print(42)'],
    });
    first.unmount();
    localStorage.clear();

    render(<Playground />);
    await ready();
    expect(editor().value).toBe('print(42)');
    expect(notices().textContent).toContain('Loaded the code and world from the share link');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(fake.calls).toHaveLength(2));
    // The restored world remembers the first page's run.
    expect(fake.calls[1].world.runs).toEqual(['print(42)', 'print(42)']);
  });

  it('falls back to the docs world with a notice on a tampered link', async () => {
    const good = encodeShare({ v: 1, code: 'evil', worldId: 'docs' });
    window.history.replaceState(null, '', `/playground#${good.slice(0, 12)}XX${good.slice(16)}`);
    render(<Playground />);
    await ready();
    expect(notices().textContent).toContain('This share link is damaged or was changed');
    expect(editor().value).toBe(DEFAULT_CODE);
    expect(window.location.hash).toBe('');
  });

  it('refuses a link whose world snapshot the engine rejects', async () => {
    const payload = { v: 1, code: 'x = 1', worldId: 'docs', snapshot: { runs: 'not-a-list' } };
    window.history.replaceState(
      null,
      '',
      `/playground#share=${compressToEncodedURIComponent(JSON.stringify(payload))}`,
    );
    render(<Playground />);
    await ready();
    expect(notices().textContent).toContain('Invalid world snapshot');
    expect(editor().value).toBe(DEFAULT_CODE);
  });

  it('autosaves and restores code and world', async () => {
    const first = render(<Playground />);
    await ready();
    await userEvent.clear(editor());
    await userEvent.type(editor(), 'saved = True');
    await waitFor(() => expect(localStorage.getItem(CODE_KEY)).toBe('saved = True'), {
      timeout: 3000,
    });
    first.unmount();
    render(<Playground />);
    await ready();
    expect(editor().value).toBe('saved = True');
  });

  it('discards a corrupt autosave with a notice', async () => {
    saveState({ code: 'x', worldId: 'docs' });
    localStorage.setItem(WORLD_KEY, '{broken');
    render(<Playground />);
    await ready();
    expect(notices().textContent).toContain('could not be read');
    expect(editor().value).toBe(DEFAULT_CODE);
  });

  it('switches worlds with the picker and resets', async () => {
    render(<Playground />);
    await ready();
    await userEvent.selectOptions(screen.getByLabelText('World'), 'personal-entity');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(fake.calls).toHaveLength(1));
    expect(fake.calls[0].world.seed).toEqual({ id: 'personal-entity' });
    await userEvent.type(editor(), '# more');
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(editor().value).toBe(DEFAULT_CODE));
    expect((screen.getByLabelText('World') as HTMLSelectElement).value).toBe('docs');
    await act(async () => {});
  });
});

describe('Playground workbench', () => {
  const selectedTab = () => screen.getByRole('tab', { selected: true }).textContent;

  it('shows one panel at a time; the tabs follow the arrow keys, Home and End', async () => {
    render(<Playground />);
    await ready();
    const names = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(names.slice(0, 4)).toEqual(['Output', 'World', 'Network', 'Your setup']);
    expect(selectedTab()).toBe('Output');
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    // Only the selected tab is in the Tab order; arrows move and select.
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
    screen.getByRole('tab', { name: 'Output' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(selectedTab()).toBe('World');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'World' }));
    expect(screen.getByRole('tabpanel', { name: 'World inspector' })).toBeTruthy();
    await userEvent.keyboard('{End}');
    expect(selectedTab()).toBe(names.at(-1));
    await userEvent.keyboard('{ArrowRight}');
    expect(selectedTab()).toBe('Output');
    await userEvent.keyboard('{ArrowLeft}');
    expect(selectedTab()).toBe(names.at(-1));
    await userEvent.keyboard('{Home}');
    expect(selectedTab()).toBe('Output');
    // The panel itself is reachable with Tab (its content may have no focusable element).
    expect(screen.getByRole('tabpanel').tabIndex).toBe(0);
  });

  it('the "Your setup" tab holds the setup editor', async () => {
    render(<Playground />);
    await ready();
    await userEvent.click(screen.getByRole('tab', { name: 'Your setup' }));
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByRole('button', { name: 'Import from code' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Reset to the docs world' })).toBeTruthy();
  });

  it('Ctrl+Enter runs the code from anywhere in the workbench', async () => {
    render(<Playground />);
    await ready();
    editor().focus();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText(`ran ${DEFAULT_CODE.length} chars`);
    await userEvent.click(screen.getByRole('tab', { name: 'World' }));
    await userEvent.keyboard('{Meta>}{Enter}{/Meta}');
    await waitFor(() => expect(fake.calls).toHaveLength(2));
    expect(screen.getByRole('button', { name: 'Run' }).getAttribute('aria-keyshortcuts')).toMatch(
      /Control\+Enter/,
    );
  });

  it('the divider moves with the keyboard and is remembered', async () => {
    const first = render(<Playground />);
    await ready();
    const divider = screen.getByRole('separator', { name: /resize/i });
    expect(divider.getAttribute('aria-valuenow')).toBe(String(SPLIT_DEFAULT));
    divider.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(divider.getAttribute('aria-valuenow')).toBe(String(SPLIT_DEFAULT + 4));
    await userEvent.keyboard('{End}');
    expect(divider.getAttribute('aria-valuenow')).toBe(String(SPLIT_MAX));
    expect(localStorage.getItem(SPLIT_KEY)).toBe(String(SPLIT_MAX));
    first.unmount();
    render(<Playground />);
    await ready();
    expect(screen.getByRole('separator', { name: /resize/i }).getAttribute('aria-valuenow')).toBe(
      String(SPLIT_MAX),
    );
  });
});
