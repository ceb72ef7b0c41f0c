// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setEngineLoaderForTests } from '@site/src/playground/engine';
import { createFakeEngine } from '@site/src/playground/fakeEngine';
import { clearPageScopesForTests } from '@site/src/playground/pageWorlds';
import PageWorldBar from './PageWorldBar';
import RunnableSnippet from './index';

const staticBlock = (code: string, line?: number) => (
  <pre data-testid="static" data-highlight={line ?? ''}>
    {code}
  </pre>
);

function setup(behaviour?: Parameters<typeof createFakeEngine>[0]) {
  const fake = createFakeEngine(behaviour);
  setEngineLoaderForTests(async () => fake.engine);
  return fake;
}

beforeEach(() => clearPageScopesForTests());
afterEach(() => {
  cleanup();
  setEngineLoaderForTests(null);
});

describe('RunnableSnippet', () => {
  it('shows the code statically before anything loads', () => {
    setup();
    render(<RunnableSnippet code={'print("hi")'} worldId="docs" renderStatic={staticBlock} />);
    expect(screen.getByTestId('static').textContent).toBe('print("hi")');
    expect(screen.getByRole('button', { name: 'Run' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open in playground' })).toBeTruthy();
  });

  it('runs against the named world and shows stdout', async () => {
    const fake = setup(() => ({ stdout: 'wandb-registry-model/my-collection:v0\n' }));
    render(
      <RunnableSnippet
        code="link()"
        worldId="docs"
        title="Quickstart"
        renderStatic={staticBlock}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    const output = await screen.findByRole('region', { name: 'Output of Quickstart' });
    await waitFor(() =>
      expect(within(output).getByTestId('run-stdout').textContent).toContain('my-collection:v0'),
    );
    expect(within(output).getByText(/Finished without errors/)).toBeTruthy();
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0].world.seed).toEqual({ id: 'docs' });
  });

  it('shows the traceback, highlights the failing line and links the hint', async () => {
    setup(() => ({
      ok: false,
      error: {
        type: 'wandb.errors.CommError',
        message: 'linking is only allowed within the same team',
        line: 3,
        column: 1,
        traceback:
          'Traceback (most recent call last):\n  File "<snippet>", line 3, in <module>\nwandb.errors.CommError: linking is only allowed within the same team',
        hint: {
          text: 'Log the artifact from a team entity.',
          docs: '/docs/troubleshooting#personal-account',
        },
      },
    }));
    render(
      <RunnableSnippet
        code="a\nb\nc"
        worldId="personal-entity"
        expect="CommError"
        renderStatic={staticBlock}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    const tb = await screen.findByTestId('run-traceback');
    expect(tb.textContent).toContain(
      'wandb.errors.CommError: linking is only allowed within the same team',
    );
    expect(screen.getByText('wandb.errors.CommError')).toBeTruthy();
    expect(screen.getByText(/on line 3/)).toBeTruthy();
    expect(screen.getByText('This is the error this example reproduces.')).toBeTruthy();
    expect(screen.getByTestId('static').dataset.highlight).toBe('3');
    const hint = screen.getByRole('complementary', { name: 'Hint' });
    expect(hint.textContent).toContain('Log the artifact from a team entity.');
    expect(within(hint).getByRole('link').getAttribute('href')).toBe(
      '/docs/troubleshooting#personal-account',
    );
  });

  it('reports an unknown world clearly instead of crashing', async () => {
    setup();
    render(<RunnableSnippet code="x" worldId="no-such-world" renderStatic={staticBlock} />);
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Unknown world 'no-such-world'");
    expect(alert.textContent).toContain("'docs'");
  });

  it('shares one world per page and runs earlier snippets first', async () => {
    const fake = setup((code) => ({ stdout: `ran ${code}\n` }));
    render(
      <>
        <RunnableSnippet code="first" worldId="docs" title="One" renderStatic={staticBlock} />
        <RunnableSnippet code="second" worldId="docs" title="Two" renderStatic={staticBlock} />
        <RunnableSnippet
          code="other"
          worldId="personal-entity"
          title="Three"
          renderStatic={staticBlock}
        />
      </>,
    );
    const two = screen.getByRole('group', { name: 'Controls for Two' });
    await userEvent.click(within(two).getByRole('button', { name: 'Run' }));
    await screen.findByText(/Ran 1 earlier snippet on this page first/);
    expect(fake.calls.map((c) => c.code)).toEqual(['first', 'second']);
    expect(fake.calls[0].world).toBe(fake.calls[1].world);

    // Running the first again does not replay anything, and uses the same world.
    const one = screen.getByRole('group', { name: 'Controls for One' });
    await userEvent.click(within(one).getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(fake.calls).toHaveLength(3));
    expect(fake.calls[2].world.runs).toEqual(['first', 'second', 'first']);

    // Another world id gets its own world.
    const three = screen.getByRole('group', { name: 'Controls for Three' });
    await userEvent.click(within(three).getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(fake.calls).toHaveLength(4));
    expect(fake.calls[3].world).not.toBe(fake.calls[0].world);
  });

  it('resets the page world from the page-level control', async () => {
    const fake = setup(() => ({ stdout: 'done\n' }));
    render(
      <>
        <PageWorldBar />
        <RunnableSnippet code="first" worldId="docs" renderStatic={staticBlock} />
      </>,
    );
    expect(screen.queryByRole('button', { name: 'Reset world' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await screen.findByTestId('run-stdout');
    await userEvent.click(await screen.findByRole('button', { name: 'Reset world' }));
    await waitFor(() => expect(screen.queryByTestId('run-stdout')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    await screen.findByTestId('run-stdout');
    expect(fake.calls[1].world).not.toBe(fake.calls[0].world);
    expect(fake.calls[1].world.runs).toEqual(['first']);
  });

  it('opens code handed over by another part of the page', async () => {
    setup();
    const { slot } = await import('@site/src/playground/pageWorlds').then((m) => ({
      slot: m.pageScope('/').slot('docs'),
    }));
    render(<RunnableSnippet code="orig" worldId="docs" renderStatic={staticBlock} />);
    let taken = false;
    await waitFor(() => {
      taken = slot.openInEditor('handed over');
      expect(taken).toBe(true);
    });
    // The editor opens (Monaco itself is lazy; its fallback shows the code).
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Reset' }).hasAttribute('disabled')).toBe(false);
  });
});
