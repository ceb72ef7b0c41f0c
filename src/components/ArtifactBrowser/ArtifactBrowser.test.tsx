// @vitest-environment jsdom
// UI behaviour of the simulated Artifact browser over a test-double api (no rules in it):
// the sidebar grouped by type, Version overview, the two-step modal by keyboard, steps
// ticking, errors verbatim. Server answers are tested in ArtifactBrowser.engine.test.tsx.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../playground/ui/testing/fakeApi';
import { fakeData } from '../../playground/ui/testing/fixtures';
import { NEW_COLLECTION } from '../../playground/ui/useArtifactBrowser';
import dialogStyles from '../SimulatedUi/Dialog/styles.module.css';
import { cssRules, elementBackground, SURFACE } from '../SimulatedUi/testing/cssRules';
import ArtifactBrowser from './ArtifactBrowser';

afterEach(cleanup);

function setup(extraArtifacts = 0) {
  const data = fakeData();
  for (let i = 0; i < extraArtifacts; i++) {
    data.artifacts['vision-team/mnist'].push({
      name: `ckpt-${String(i).padStart(3, '0')}`,
      type: 'checkpoint',
      versionCount: 1,
    });
  }
  const fake = createFakeApi(data);
  const user = userEvent.setup();
  render(<ArtifactBrowser api={fake.api} subscribe={fake.subscribe} />);
  return { fake, user };
}

const step = (label: RegExp) => ({
  get checked() {
    return screen.getByRole('checkbox', { name: label }).getAttribute('aria-checked') === 'true';
  },
});

async function pick(
  user: ReturnType<typeof userEvent.setup>,
  root: HTMLElement,
  name: string,
  value: string,
) {
  const sel = within(root).getByRole('combobox', { name });
  await waitFor(() =>
    expect(Array.from((sel as HTMLSelectElement).options).some((o) => o.value === value)).toBe(
      true,
    ),
  );
  await user.selectOptions(sel, value);
}

async function openVersion(user: ReturnType<typeof userEvent.setup>) {
  const app = screen.getByRole('region', { name: 'Simulated Artifact browser' });
  await pick(user, app, 'Entity', 'vision-team');
  await pick(user, app, 'Project', 'mnist');
  await user.click(screen.getByRole('button', { name: 'Artifacts' }));
  await user.click(await screen.findByRole('button', { name: /my-model/ }));
  await user.click(await screen.findByRole('button', { name: /v1/ }));
  return app;
}

describe('ArtifactBrowser', () => {
  it('groups the artifacts sidebar by type and shows a Version overview', async () => {
    const { user } = setup();
    const app = screen.getByRole('region', { name: 'Simulated Artifact browser' });
    await pick(user, app, 'Entity', 'vision-team');
    await pick(user, app, 'Project', 'mnist');
    expect(step(/artifact browser \(pick/).checked).toBe(true);
    expect(step(/Artifacts icon/).checked).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Artifacts' }));
    expect(step(/Artifacts icon/).checked).toBe(true);
    const nav = await screen.findByRole('navigation', { name: 'Artifacts' });
    await waitFor(() => expect(nav.textContent).toContain('dataset'));
    expect(nav.textContent?.indexOf('dataset')).toBeLessThan(
      nav.textContent?.indexOf('model') ?? 0,
    );
    expect(within(nav).getByRole('button', { name: /train-data/ })).toBeTruthy();

    await user.click(within(nav).getByRole('button', { name: /my-model/ }));
    await user.click(await within(nav).findByRole('button', { name: /v0/ }));
    expect(step(/Select the artifact version/).checked).toBe(true);
    const overview = screen.getByRole('region', { name: 'my-model:v0' });
    expect(overview.textContent).toContain('vision-team/mnist/my-model:v0');
    expect(overview.textContent).toContain('no registry yet');
  });

  it('does the whole flow by keyboard, ticking each step, and returns focus on close', async () => {
    const { user, fake } = setup();
    await openVersion(user);
    const linkButton = screen.getByRole('button', { name: 'Link to registry' });
    linkButton.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Link to registry' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(step(/In Version overview/).checked).toBe(true);
    expect(within(dialog).getByText('Select a registered model')).toBeTruthy();

    await pick(user, dialog, 'Registry', 'acme/model');
    await pick(user, dialog, 'Collection', 'Example ML Task');
    expect(step(/Select a registered model/).checked).toBe(true);
    expect(step(/Select Next step/).checked).toBe(false);
    within(dialog).getByRole('button', { name: 'Next step' }).focus();
    await user.keyboard('{Enter}');
    expect(step(/Select Next step/).checked).toBe(true);

    const aliases = within(dialog).getByRole('textbox', { name: /Aliases/ });
    await user.click(aliases);
    await user.keyboard('candidate');
    expect(step(/Optionally, add aliases/).checked).toBe(true);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.calls[0].args[0]).toEqual({
      artifactId: 'QXJ0aWZhY3Q6Mg==',
      orgEntityName: 'acme',
      registry: 'model',
      collection: 'Example ML Task',
      aliases: ['candidate'],
    });
    expect(step(/Select Link to registry/).checked).toBe(true);
    expect(screen.getByText(/You linked/).textContent).toContain(
      'wandb-registry-model/Example ML Task:v2',
    );
    await waitFor(() => expect(document.activeElement).toBe(linkButton));
  });

  it('links into a new collection typed by the reader', async () => {
    const { user, fake } = setup();
    await openVersion(user);
    await user.click(screen.getByRole('button', { name: 'Link to registry' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      (within(dialog).getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await pick(user, dialog, 'Registry', 'acme/model');
    await pick(user, dialog, 'Collection', NEW_COLLECTION);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'New collection name' }),
      'fresh one',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Next step' }));
    await user.click(within(dialog).getByRole('button', { name: 'Link to registry' }));
    await waitFor(() => expect(fake.calls.length).toBe(1));
    expect((fake.calls[0].args[0] as { collection: string }).collection).toBe('fresh one');
  });

  it("shows the server's error verbatim in the modal and keeps it open", async () => {
    const { user, fake } = setup();
    await openVersion(user);
    await user.click(screen.getByRole('button', { name: 'Link to registry' }));
    const dialog = await screen.findByRole('dialog');
    await pick(user, dialog, 'Registry', 'acme/dataset');
    await pick(user, dialog, 'Collection', NEW_COLLECTION);
    await user.type(within(dialog).getByRole('textbox', { name: 'New collection name' }), 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Next step' }));
    fake.failNextLink(
      "artifact type 'model' is not accepted by registry 'dataset'",
      'type-not-accepted',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Link to registry' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(
      "wandb.errors.CommError: artifact type 'model' is not accepted by registry 'dataset'",
    );
    expect(within(alert).getByRole('link').getAttribute('href')).toBe(
      '/docs/troubleshooting#type-not-accepted',
    );
    expect(step(/Select Link to registry/).checked).toBe(false);
  });

  it('closes the modal on Esc and keeps focus inside while open', async () => {
    const { user } = setup();
    await openVersion(user);
    const linkButton = screen.getByRole('button', { name: 'Link to registry' });
    await user.click(linkButton);
    const dialog = await screen.findByRole('dialog');
    for (let i = 0; i < 6; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(linkButton));
  });

  it('pages and filters hundreds of artifacts in the sidebar', async () => {
    const { user } = setup(300);
    const app = screen.getByRole('region', { name: 'Simulated Artifact browser' });
    await pick(user, app, 'Entity', 'vision-team');
    await pick(user, app, 'Project', 'mnist');
    await user.click(screen.getByRole('button', { name: 'Artifacts' }));
    const nav = await screen.findByRole('navigation', { name: 'Artifacts' });
    await waitFor(() =>
      expect(within(nav).getAllByRole('button', { name: /ckpt-/ }).length).toBe(50),
    );
    expect(within(nav).getByText(/Page 1 of 7/)).toBeTruthy();
    await user.type(within(nav).getByRole('searchbox', { name: 'Filter artifacts' }), 'ckpt-299');
    expect(
      within(nav)
        .getAllByRole('button', { name: /ckpt-/ })
        .map((b) => b.textContent),
    ).toEqual(['ckpt-299 (1)']);
  });

  // Issue 13: the page showed through the "Link to registry" panel in light mode.
  it('draws the Link to registry panel on an opaque surface', async () => {
    const { user } = setup();
    await openVersion(user);
    await user.click(screen.getByRole('button', { name: 'Link to registry' }));
    const panel = await screen.findByRole('dialog', { name: 'Link to registry' });
    const rules = cssRules(join(__dirname, '../SimulatedUi/Dialog/styles.module.css'));
    expect(elementBackground(panel, dialogStyles, rules)).toBe(SURFACE);
  });
});
