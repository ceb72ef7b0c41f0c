// @vitest-environment jsdom
// UI behaviour of the simulated Registry App over a test-double api (no rules in it): browse,
// the meatball menu and sidebar by keyboard, steps ticking, errors shown verbatim, paging.
// The server's own answers (wrong type, roles, personal entity, aliases) are tested against
// the real engine in RegistryApp.engine.test.tsx.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../../playground/ui/testing/fakeApi';
import { fakeData } from '../../playground/ui/testing/fixtures';
import dialogStyles from '../SimulatedUi/Dialog/styles.module.css';
import { cssRules, elementBackground, SURFACE } from '../SimulatedUi/testing/cssRules';
import RegistryApp from './RegistryApp';
import styles from './styles.module.css';

afterEach(cleanup);

function setup(extra = 0) {
  const fake = createFakeApi(fakeData(extra));
  const openInEditor = vi.fn(() => true);
  const user = userEvent.setup();
  render(<RegistryApp api={fake.api} subscribe={fake.subscribe} openInEditor={openInEditor} />);
  return { fake, user, openInEditor };
}

const step = (label: RegExp) => ({
  get checked() {
    return screen.getByRole('checkbox', { name: label }).getAttribute('aria-checked') === 'true';
  },
});

async function openModels(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /Models/ }));
  await screen.findByRole('list', { name: 'Collections' });
}

describe('RegistryApp', () => {
  it('lists registries, then collections with type, version count and latest', async () => {
    const { user } = setup();
    expect(await screen.findByRole('button', { name: /Datasets/ })).toBeTruthy();
    await openModels(user);
    const rows = within(screen.getByRole('list', { name: 'Collections' })).getAllByRole('listitem');
    expect(rows[0].textContent).toContain('Example ML Task');
    expect(rows[0].textContent).toContain('model · 2 versions · latest: v1');
  });

  it('renders names with markup as text, never as elements', async () => {
    const { user } = setup();
    await openModels(user);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('does the whole flow by keyboard only, ticking each step, and returns focus', async () => {
    const { user, fake } = setup();
    await screen.findByRole('button', { name: /Models/ });
    expect(step(/Open a registry/).checked).toBe(false);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Models/ }));
    await user.keyboard('{Enter}');
    await screen.findByRole('list', { name: 'Collections' });
    expect(step(/Open a registry/).checked).toBe(true);

    const meatball = screen.getByRole('button', { name: 'More actions for Example ML Task' });
    // Tab: back link, View details, then the meatball of the first row.
    await user.tab();
    await user.tab();
    expect(step(/Hover over the collection/).checked).toBe(true);
    await user.tab();
    expect(document.activeElement).toBe(meatball);
    expect(meatball.getAttribute('aria-haspopup')).toBe('menu');

    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu');
    const item = within(menu).getByRole('menuitem', { name: 'Link new version' });
    expect(document.activeElement).toBe(item);
    expect(step(/meatball menu/).checked).toBe(true);

    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', {
      name: 'Link new version to Example ML Task',
    });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(step(/Select Link new version/).checked).toBe(true);

    const team = within(dialog).getByRole('combobox', { name: 'Team' });
    await waitFor(() => expect(within(team).getAllByRole('option').length).toBe(3));
    await user.selectOptions(team, 'vision-team');
    expect(step(/pick a team/).checked).toBe(true);
    const project = within(dialog).getByRole('combobox', { name: 'Project' });
    await waitFor(() => expect(within(project).getAllByRole('option').length).toBe(2));
    await user.selectOptions(project, 'mnist');
    const artifact = within(dialog).getByRole('combobox', { name: 'Artifact' });
    await waitFor(() => expect(within(artifact).getAllByRole('option').length).toBe(3));
    await user.selectOptions(artifact, 'my-model');
    const version = within(dialog).getByRole('combobox', { name: 'Version' });
    await waitFor(() => expect(within(version).getAllByRole('option').length).toBe(3));
    await user.selectOptions(version, 'QXJ0aWZhY3Q6Mg==');
    expect(step(/Pick the version/).checked).toBe(true);
    expect(step(/then select Link/).checked).toBe(false);

    await user.click(within(dialog).getByRole('textbox', { name: /Aliases/ }));
    await user.keyboard('prod, best{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.calls).toEqual([
      {
        op: 'link',
        args: [
          {
            artifactId: 'QXJ0aWZhY3Q6Mg==',
            orgEntityName: 'acme',
            registry: 'model',
            collection: 'Example ML Task',
            aliases: ['prod', 'best'],
          },
        ],
      },
    ]);
    expect(step(/then select Link/).checked).toBe(true);
    expect(
      screen.getByText(/2 versions · latest: v1|3 versions · latest: v2/).textContent,
    ).toContain('3 versions · latest: v2');
    const status = screen.getByText(/You linked/);
    expect(status.textContent).toContain('vision-team/mnist/my-model:v1');
    expect(status.textContent).toContain('wandb-registry-model/Example ML Task:v2');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'More actions for Example ML Task' }),
      ),
    );
  });

  it('moves through the menu with arrow keys and closes it with Esc, focus back on the button', async () => {
    const { user } = setup();
    await openModels(user);
    const meatball = screen.getByRole('button', { name: 'More actions for sentiment' });
    meatball.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('role')).toBe('menuitem');
    await user.keyboard('{ArrowDown}'); // one item: wraps to itself
    expect(document.activeElement?.textContent).toBe('Link new version');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(meatball);
    expect(meatball.getAttribute('aria-expanded')).toBe('false');
  });

  it('traps focus in the sidebar, closes it on Esc and returns focus to the menu button', async () => {
    const { user } = setup();
    await openModels(user);
    const meatball = screen.getByRole('button', { name: 'More actions for sentiment' });
    await user.click(meatball);
    await user.click(screen.getByRole('menuitem', { name: 'Link new version' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.contains(document.activeElement)).toBe(true);
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(meatball));
  });

  it("shows the server's error verbatim inline, with our hint and troubleshooting link beside it", async () => {
    const { user, fake } = setup();
    await openModels(user);
    await user.click(screen.getByRole('button', { name: 'More actions for sentiment' }));
    await user.click(screen.getByRole('menuitem', { name: 'Link new version' }));
    const dialog = await screen.findByRole('dialog');
    const pick = async (name: string, value: string) => {
      const sel = within(dialog).getByRole('combobox', { name });
      await waitFor(() => expect(sel.querySelector(`option[value="${value}"]`)).toBeTruthy());
      await user.selectOptions(sel, value);
    };
    await pick('Team', 'vision-team');
    await pick('Project', 'mnist');
    await pick('Artifact', 'my-model');
    await pick('Version', 'QXJ0aWZhY3Q6MQ==');
    const message =
      "linking is only allowed within the same team or to a collection in your organization's registry";
    fake.failNextLink(message, 'personal-account');
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(`wandb.errors.CommError: ${message}`);
    expect(within(alert).getByRole('link', { name: 'Troubleshooting' }).getAttribute('href')).toBe(
      '/docs/troubleshooting#personal-account',
    );
    expect(step(/then select Link/).checked).toBe(false);
    expect(screen.getByRole('dialog')).toBeTruthy();
    // Focus stays on the Link button (never lost to <body>) and Esc still closes.
    const link = within(dialog).getByRole('button', { name: 'Link' });
    expect(document.activeElement).toBe(link);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows an empty collection with ready-made code (exact target_path), Copy and Open in editor', async () => {
    const { user, openInEditor } = setup();
    await openModels(user);
    await user.click(screen.getByRole('button', { name: 'View details of sentiment' }));
    const code = await screen.findByRole('region', { name: 'link_artifact code for sentiment' });
    expect(code.textContent).toContain('target_path="acme/wandb-registry-model/sentiment"');
    expect(code.textContent).toContain('type="model"');
    await user.click(screen.getByRole('button', { name: 'Open in editor' }));
    expect(openInEditor).toHaveBeenCalledWith(code.textContent);
    expect(screen.getByText('The code is in the snippet editor on this page.')).toBeTruthy();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(code.textContent);
  });

  it('shows each version of a collection with its source and aliases', async () => {
    const { user } = setup();
    await openModels(user);
    await user.click(screen.getByRole('button', { name: 'View details of Example ML Task' }));
    const list = await screen.findByRole('list', { name: 'Versions of Example ML Task' });
    expect(list.textContent).toContain('Source: vision-team/mnist/my-model:v3');
    const aliases = screen.getByRole('list', { name: 'Aliases of v1' });
    expect(
      within(aliases)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['latest', 'prod']);
  });

  it('pages and filters hundreds of collections instead of rendering them all', async () => {
    const { user } = setup(400);
    await openModels(user);
    const rows = () =>
      within(screen.getByRole('list', { name: 'Collections' })).getAllByRole('listitem');
    expect(rows().length).toBe(50);
    expect(screen.getByText(/Page 1 of 9/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/Page 2 of 9/)).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Filter collections' }), 'bulk-399');
    expect(rows().map((r) => r.querySelector('span')?.textContent)).toEqual(['bulk-399']);
  });

  it('offers the equivalent link_artifact call once the flow is finished', async () => {
    const { user } = setup();
    await openModels(user);
    await user.click(screen.getByRole('button', { name: 'More actions for sentiment' }));
    await user.click(screen.getByRole('menuitem', { name: 'Link new version' }));
    const dialog = await screen.findByRole('dialog');
    for (const [name, value] of [
      ['Team', 'vision-team'],
      ['Project', 'mnist'],
      ['Artifact', 'my-model'],
      ['Version', 'QXJ0aWZhY3Q6MQ=='],
    ]) {
      const sel = within(dialog).getByRole('combobox', { name });
      await waitFor(() => expect(sel.querySelector(`option[value="${value}"]`)).toBeTruthy());
      await user.selectOptions(sel, value);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));
    const run = await screen.findByRole('button', { name: 'Run this in code' });
    await user.click(run);
    const code = screen.getByRole('region', { name: 'The equivalent link_artifact call' });
    expect(code.textContent).toContain('wandb.Api().artifact("vision-team/mnist/my-model:v0")');
    expect(code.textContent).toContain('run.link_artifact(');
    expect(code.textContent).toContain('target_path="acme/wandb-registry-model/sentiment"');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(step(/then select Link/).checked).toBe(false);
  });

  // Issue 13: the sidebar was transparent in light mode and the cards' names ran words together.
  it('draws the Link new version sidebar and the meatball menu on an opaque surface', async () => {
    const { user } = setup();
    await openModels(user);
    await user.click(screen.getByRole('button', { name: 'More actions for sentiment' }));
    const menu = screen.getByRole('menu', { name: 'Actions for sentiment' });
    const appRules = cssRules(join(__dirname, 'styles.module.css'));
    expect(elementBackground(menu, styles, appRules)).toBe(SURFACE);
    await user.click(within(menu).getByRole('menuitem', { name: 'Link new version' }));
    const sidebar = await screen.findByRole('dialog', { name: 'Link new version to sentiment' });
    const dialogRules = cssRules(join(__dirname, '../SimulatedUi/Dialog/styles.module.css'));
    expect(elementBackground(sidebar, dialogStyles, dialogRules)).toBe(SURFACE);
  });

  it('names each registry card in words, with its details as the description', async () => {
    setup();
    const models = await screen.findByRole('button', {
      name: 'Models registry in acme',
      description: 'acme · Organization · accepts model',
    });
    expect(models).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: 'Datasets registry in acme',
        description: 'acme · Organization · accepts dataset',
      }),
    ).toBeTruthy();
  });
});
