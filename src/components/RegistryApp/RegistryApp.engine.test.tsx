// @vitest-environment jsdom
// The Registry App against the real simulated backend: every answer below (new vN, latest,
// each refusal and its text) comes from the engine's server, shown verbatim by the UI.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  engineWorld,
  personalArtifact,
  teamArtifacts,
} from '../../playground/ui/testing/engineWorld';
import RegistryApp from './RegistryApp';

afterEach(cleanup);

type User = ReturnType<typeof userEvent.setup>;

function setup(seed: string, registry = 'model', collection = 'Example ML Task') {
  const env = engineWorld(
    seed,
    [...teamArtifacts, personalArtifact],
    [{ registry, name: collection, type: 'model' }],
  );
  const user = userEvent.setup();
  render(<RegistryApp api={env.api} subscribe={env.subscribe} />);
  return { ...env, user };
}

async function choose(user: User, dialog: HTMLElement, name: string, label: RegExp) {
  const sel = within(dialog).getByRole('combobox', { name }) as HTMLSelectElement;
  await waitFor(() => expect(Array.from(sel.options).some((o) => label.test(o.text))).toBe(true));
  const option = Array.from(sel.options).find((o) => label.test(o.text))!;
  await user.selectOptions(sel, option.value);
}

async function linkVia(
  user: User,
  opts: {
    registry?: RegExp;
    collection?: string;
    team: RegExp;
    project: RegExp;
    artifact: RegExp;
    version: RegExp;
    aliases?: string;
  },
) {
  await user.click(await screen.findByRole('button', { name: opts.registry ?? /Models/ }));
  const name = opts.collection ?? 'Example ML Task';
  await user.click(await screen.findByRole('button', { name: `More actions for ${name}` }));
  await user.click(screen.getByRole('menuitem', { name: 'Link new version' }));
  const dialog = await screen.findByRole('dialog');
  await choose(user, dialog, 'Team', opts.team);
  await choose(user, dialog, 'Project', opts.project);
  await choose(user, dialog, 'Artifact', opts.artifact);
  await choose(user, dialog, 'Version', opts.version);
  if (opts.aliases)
    await user.type(within(dialog).getByRole('textbox', { name: /Aliases/ }), opts.aliases);
  await user.click(within(dialog).getByRole('button', { name: 'Link' }));
  return dialog;
}

const source = { team: /^vision-team$/, project: /^mnist$/, artifact: /^my-model/, version: /^v1/ };

describe('RegistryApp on the simulated backend', () => {
  it('links a version: the collection gets v0 with latest, and the world holds the link', async () => {
    const { user, entries, world } = setup('docs');
    await linkVia(user, { ...source, aliases: 'prod' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByText(/model · 1 version/)).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'View details of Example ML Task' }));
    const versions = await screen.findByRole('list', { name: 'Versions of Example ML Task' });
    await waitFor(() =>
      expect(versions.textContent).toContain('Source: vision-team/mnist/my-model:v1'),
    );
    const aliases = within(screen.getByRole('list', { name: 'Aliases of v0' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(aliases.sort()).toEqual(['latest', 'prod']);
    // Every request went through the transport as a UI entry, the link as LinkArtifact.
    expect(entries.every((e) => e.source === 'ui')).toBe(true);
    const link = entries.find((e) => e.operationName === 'LinkArtifact');
    expect(link?.status).toBe(200);
    expect(JSON.stringify(world.snapshot())).toContain('Example ML Task');
  });

  it('moves latest to the newest link', async () => {
    const { user } = setup('docs');
    await linkVia(user, source);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'More actions for Example ML Task' }));
    await user.click(screen.getByRole('menuitem', { name: 'Link new version' }));
    const dialog = await screen.findByRole('dialog');
    await choose(user, dialog, 'Team', source.team);
    await choose(user, dialog, 'Project', source.project);
    await choose(user, dialog, 'Artifact', source.artifact);
    await choose(user, dialog, 'Version', /^v0/);
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'View details of Example ML Task' }));
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Aliases of v1' }).textContent).toBe('latest'),
    );
    expect(screen.getByRole('list', { name: 'Aliases of v0' }).textContent).toBe('');
  });

  it('shows the wrong-type refusal verbatim', async () => {
    const { user } = setup('docs');
    const dialog = await linkVia(user, { ...source, artifact: /^digits/, version: /^v0/ });
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/wandb\.errors\.CommError: .*'dataset'/);
    expect(alert.textContent).toContain('type');
    expect(within(alert).getByRole('link').getAttribute('href')).toBe(
      '/docs/troubleshooting#type-not-accepted',
    );
  });

  it('shows the no-permission refusal verbatim for a registry viewer', async () => {
    const { user } = setup('viewer-role');
    const dialog = await linkVia(user, source);
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('wandb.errors.CommError:');
    expect(alert.textContent).toMatch(/permission|role/);
    expect(within(alert).getByRole('link').getAttribute('href')).toBe(
      '/docs/troubleshooting#no-permission',
    );
  });

  it('shows the personal-entity refusal with the exact server text', async () => {
    const { user } = setup('docs');
    const dialog = await linkVia(user, {
      team: /^alice \(personal\)$/,
      project: /^scratch$/,
      artifact: /^own-model/,
      version: /^v0/,
    });
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(
      "linking is only allowed within the same team or to a collection in your organization's registry",
    );
    expect(within(alert).getByRole('link').getAttribute('href')).toBe(
      '/docs/troubleshooting#personal-account',
    );
  });

  it('shows the alias-characters error with the exact SDK text', async () => {
    const { user, world } = setup('docs');
    const before = JSON.stringify(world.snapshot());
    const dialog = await linkVia(user, { ...source, aliases: 'prod:1' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(
      "Aliases must not contain any of the following characters: '/', ':'",
    );
    expect(JSON.stringify(world.snapshot())).toBe(before);
  });

  it('hides restricted registries from non-members and shows an empty collection with its exact path', async () => {
    const { user } = setup('confirm-exact-path', 'model', 'Example ML Task');
    await screen.findByRole('button', { name: /Models/ });
    expect(screen.queryByRole('button', { name: /compliance/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Models/ }));
    await user.click(
      await screen.findByRole('button', { name: 'View details of sentiment-classifier' }),
    );
    const code = await screen.findByRole('region', {
      name: 'link_artifact code for sentiment-classifier',
    });
    expect(code.textContent).toContain(
      'target_path="acme/wandb-registry-model/sentiment-classifier"',
    );
  });

  it('sees links made outside the UI (world events) without a reload', async () => {
    const { user, world } = setup('docs');
    await user.click(await screen.findByRole('button', { name: /Models/ }));
    await screen.findByText(/model · 0 versions/);
    const fresh = engineWorldLink(world);
    await fresh;
    await waitFor(() => expect(screen.getByText(/model · 1 version/)).toBeTruthy());
  });

  it('explains an empty project list: versions come from code first', async () => {
    const env = engineWorld('confirm-exact-path');
    const user = userEvent.setup();
    cleanup();
    render(<RegistryApp api={env.api} subscribe={env.subscribe} />);
    await user.click(await screen.findByRole('button', { name: /Models/ }));
    await user.click(
      await screen.findByRole('button', { name: 'More actions for sentiment-classifier' }),
    );
    await user.click(screen.getByRole('menuitem', { name: 'Link new version' }));
    const dialog = await screen.findByRole('dialog');
    await choose(user, dialog, 'Team', /^vision-team$/);
    const project = within(dialog).getByRole('combobox', { name: 'Project' });
    await waitFor(() => expect(project.getAttribute('aria-describedby')).toBeTruthy());
    const help = document.getElementById(project.getAttribute('aria-describedby')!);
    expect(help?.textContent).toMatch(/Log an artifact from code first/);
    expect(
      (within(dialog).getByRole('button', { name: 'Link' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

/** A link made by "code": a second transport on the same world (source sdk). */
async function engineWorldLink(world: unknown) {
  const engine = await import('playground-engine');
  const w = world as Parameters<typeof engine.createTransport>[0];
  const client = engine.createUiClient(engine.createTransport(w, { source: 'sdk' }));
  const versions = await client.artifactVersions('vision-team', 'mnist', 'my-model');
  await client.link({
    artifactId: versions![0].artifact.id,
    entityName: 'acme',
    projectName: 'wandb-registry-model',
    collection: 'Example ML Task',
  });
}
