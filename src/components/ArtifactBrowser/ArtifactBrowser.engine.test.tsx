// @vitest-environment jsdom
// The Artifact browser against the real simulated backend: outcomes and refusals come from
// the engine's server and are shown verbatim.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  engineWorld,
  personalArtifact,
  teamArtifacts,
} from '../../playground/ui/testing/engineWorld';
import { NEW_COLLECTION } from '../../playground/ui/useArtifactBrowser';
import ArtifactBrowser from './ArtifactBrowser';

afterEach(cleanup);

type User = ReturnType<typeof userEvent.setup>;

async function choose(user: User, root: HTMLElement, name: string, label: RegExp | string) {
  const sel = within(root).getByRole('combobox', { name }) as HTMLSelectElement;
  const match = (o: HTMLOptionElement) =>
    typeof label === 'string' ? o.value === label : label.test(o.text);
  await waitFor(() => expect(Array.from(sel.options).some(match)).toBe(true));
  await user.selectOptions(sel, Array.from(sel.options).find(match)!.value);
}

async function linkFromBrowser(
  user: User,
  o: {
    entity: RegExp;
    project: RegExp;
    artifact: RegExp;
    version: RegExp;
    registry: RegExp;
    collection: string;
    aliases?: string;
  },
) {
  const app = screen.getByRole('region', { name: 'Simulated Artifact browser' });
  await choose(user, app, 'Entity', o.entity);
  await choose(user, app, 'Project', o.project);
  await user.click(screen.getByRole('button', { name: 'Artifacts' }));
  await user.click(await screen.findByRole('button', { name: o.artifact }));
  await user.click(await screen.findByRole('button', { name: o.version }));
  await user.click(screen.getByRole('button', { name: 'Link to registry' }));
  const dialog = await screen.findByRole('dialog', { name: 'Link to registry' });
  await choose(user, dialog, 'Registry', o.registry);
  await choose(user, dialog, 'Collection', NEW_COLLECTION);
  await user.type(
    within(dialog).getByRole('textbox', { name: 'New collection name' }),
    o.collection,
  );
  await user.click(within(dialog).getByRole('button', { name: 'Next step' }));
  if (o.aliases)
    await user.type(within(dialog).getByRole('textbox', { name: /Aliases/ }), o.aliases);
  await user.click(within(dialog).getByRole('button', { name: 'Link to registry' }));
  return dialog;
}

function setup(seed: string) {
  const env = engineWorld(seed, [...teamArtifacts, personalArtifact]);
  const user = userEvent.setup();
  render(<ArtifactBrowser api={env.api} subscribe={env.subscribe} />);
  return { ...env, user };
}

const team = { entity: /^vision-team$/, project: /^mnist$/ };

describe('ArtifactBrowser on the simulated backend', () => {
  it('links a dataset into a new collection and shows it under Linked to', async () => {
    const { user, entries } = setup('docs');
    await linkFromBrowser(user, {
      ...team,
      artifact: /^digits/,
      version: /^v0/,
      registry: /^Datasets/,
      collection: 'digits <b>bold',
      aliases: 'candidate',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const overview = screen.getByRole('region', { name: 'digits:v0' });
    await waitFor(() =>
      expect(overview.textContent).toContain('acme/wandb-registry-dataset/digits <b>bold:v0'),
    );
    expect(overview.querySelector('b')).toBeNull();
    expect(screen.getByText(/You linked/).textContent).toContain('with aliases');
    expect(entries.filter((e) => e.operationName === 'LinkArtifact').map((e) => e.source)).toEqual([
      'ui',
    ]);
  });

  it('shows the type refusal of a registry that does not accept the type', async () => {
    const { user } = setup('type-not-accepted');
    const dialog = await linkFromBrowser(user, {
      ...team,
      artifact: /^my-model/,
      version: /^v1/,
      registry: /^benchmarks/,
      collection: 'x',
    });
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/wandb\.errors\.CommError: .*'model'.*benchmarks/);
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows the personal-entity refusal', async () => {
    const { user } = setup('docs');
    const dialog = await linkFromBrowser(user, {
      entity: /^alice \(personal\)$/,
      project: /^scratch$/,
      artifact: /^own-model/,
      version: /^v0/,
      registry: /^Models/,
      collection: 'x',
    });
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      "linking is only allowed within the same team or to a collection in your organization's registry",
    );
  });

  it('shows the alias-characters error', async () => {
    const { user } = setup('docs');
    const dialog = await linkFromBrowser(user, {
      ...team,
      artifact: /^my-model/,
      version: /^v0/,
      registry: /^Models/,
      collection: 'x',
      aliases: 'team/prod',
    });
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      "Aliases must not contain any of the following characters: '/', ':'",
    );
  });
});
