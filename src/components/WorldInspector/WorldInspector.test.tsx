// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createWorld, runSnippet, worldSeeds } from 'playground-engine';
import { afterEach, describe, expect, it } from 'vitest';
import WorldInspector, { MAX_FILES } from './index';

afterEach(cleanup);

const world = () =>
  createWorld({
    ...worldSeeds.docs,
    artifacts: [
      {
        entity: 'vision-team',
        project: 'quickstart',
        name: 'my-model',
        type: 'model',
        links: [{ registry: 'model', collection: 'best-models' }],
      },
    ],
  });

describe('WorldInspector', () => {
  it('shows org, teams, registries, collections and versions', () => {
    render(<WorldInspector world={world()} revision={0} />);
    expect(screen.getByRole('button', { name: /acme/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'vision-team — team' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /wandb-registry-model/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /best-models — type model/ })).toBeTruthy();
    expect(screen.getByText('linked from', { exact: false }).textContent).toContain(
      'vision-team/quickstart/my-model:v0',
    );
  });

  it("lists a registry's members with their roles, as leaves", () => {
    render(<WorldInspector world={world()} revision={0} />);
    expect(screen.getByRole('button', { name: 'Members' })).toBeTruthy();
    const bob = screen.getByText('bob').parentElement!;
    expect(bob.textContent).toBe('bob — admin');
    expect(bob.parentElement!.textContent).not.toContain('(empty)');
  });

  it('collapses and expands by keyboard', async () => {
    render(<WorldInspector world={world()} revision={0} />);
    const team = screen.getByRole('button', { name: 'vision-team — team' });
    expect(team.getAttribute('aria-expanded')).toBe('true');
    team.focus();
    await userEvent.keyboard('{Enter}');
    expect(team.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'quickstart' })).toBeNull();
  });

  it('jumps to the source version, expanding its ancestors', async () => {
    render(<WorldInspector world={world()} revision={0} />);
    await userEvent.click(screen.getByRole('button', { name: 'vision-team — team' })); // collapse
    await userEvent.click(
      screen.getByRole('button', { name: 'Go to source vision-team/quickstart/my-model:v0' }),
    );
    const focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toContain('v0');
    expect(focused.closest('li')?.parentElement?.closest('li')?.textContent).toContain('my-model');
    expect(
      screen.getByRole('button', { name: 'vision-team — team' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('lists recent changes above the tree, and nothing when there are none', () => {
    const { rerender } = render(<WorldInspector world={world()} revision={0} changes={[]} />);
    expect(screen.queryByRole('region', { name: 'Recent changes' })).toBeNull();
    rerender(
      <WorldInspector
        world={world()}
        revision={1}
        changes={[
          { seq: 2, text: 'version vision-team/quickstart/my-model:v0 deleted' },
          { seq: 1, text: 'run calm-river-3 used vision-team/quickstart/my-model:v0' },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Recent changes' });
    expect([...region.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'version vision-team/quickstart/my-model:v0 deleted',
      'run calm-river-3 used vision-team/quickstart/my-model:v0',
    ]);
  });

  it("lists the last run's files with byte sizes, counting those past the limit", () => {
    const { rerender } = render(<WorldInspector world={world()} revision={0} files={[]} />);
    expect(screen.queryByRole('region', { name: 'Files the last run wrote' })).toBeNull();
    rerender(
      <WorldInspector
        world={world()}
        revision={0}
        files={[
          { path: 'artifacts/my-model:v0/weights.txt', size: 1234 },
          { path: 'm.txt', size: 1 },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Files the last run wrote' });
    expect([...region.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'artifacts/my-model:v0/weights.txt (1,234 bytes)',
      'm.txt (1 byte)',
    ]);

    const many = Array.from({ length: MAX_FILES + 2 }, (_, i) => ({
      path: `f${String(i).padStart(3, '0')}.txt`,
      size: 0,
    }));
    rerender(<WorldInspector world={world()} revision={0} files={many} />);
    const items = [
      ...screen.getByRole('region', { name: 'Files the last run wrote' }).querySelectorAll('li'),
    ];
    expect(items).toHaveLength(MAX_FILES + 1);
    expect(items.at(-1)?.textContent).toBe('and 2 more files');
  });
});

describe('WorldInspector runs', () => {
  it('lists each run with its state, tags and the versions it logged, newest first', async () => {
    const w = world();
    const r = await runSnippet(
      'import wandb\nrun = wandb.init(project="p", id="rl1", name="trainer", tags=["nightly"])\nrun.finish(exit_code=1)\n',
      { world: w },
    );
    expect(r.error).toBeUndefined();
    render(<WorldInspector world={w} revision={1} />);
    const runs = screen.getByRole('region', { name: 'Runs' });
    const first = within(runs).getAllByRole('listitem')[0];
    expect(first.textContent).toBe('trainer (vision-team/p/rl1) — failed · tags: nightly');
  });
});
