// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  applyWorldEdits,
  createWorld,
  DEFAULT_SDK_VERSION,
  type WorldEdit,
} from 'playground-engine';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SetupResult } from '@site/src/playground/usePlayground';
import YourSetup from './index';

afterEach(cleanup);

const THEIR_CODE = `import wandb
with wandb.init(entity="ml-team", project="p") as run:
    art = wandb.Artifact("m", type="model")
    run.log_artifact(art)
    run.link_artifact(art, "wandb-registry-Text detect registry/c")
`;

/** The panel over a real world, as the playground wires it (live edits, revision bumps). */
function Harness({ applied }: { applied: WorldEdit[][] }) {
  const [world, setWorld] = useState(() => createWorld());
  const [revision, setRevision] = useState(0);
  const applySetup = async (edits: readonly WorldEdit[]): Promise<SetupResult> => {
    try {
      const notes = applyWorldEdits(world, edits);
      applied.push([...edits]);
      setRevision((r) => r + 1);
      return { ok: true, notes };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };
  return (
    <YourSetup
      world={world}
      revision={revision}
      code={THEIR_CODE}
      applySetup={applySetup}
      resetSetup={async () => setWorld(createWorld())}
      defaultSdkVersion={DEFAULT_SDK_VERSION}
    />
  );
}

const table = (name: string) => screen.getByRole('table', { name });

describe('YourSetup', () => {
  it('shows the world: orgs with ORG_ENTITY_NAME, teams and registries with your role, the SDK version', () => {
    render(<Harness applied={[]} />);
    const rows = (name: string) =>
      within(table(name))
        .getAllByRole('row')
        .map((r) => r.textContent);
    expect(rows('Organizations and your role')).toContain('acmeacmemember');
    expect(rows('Teams and your role')).toContain('vision-teamacmemember');
    expect(rows('Registries, what they accept and your role')).toContain(
      'complianceacmerestrictedmodelnot a member',
    );
    expect(screen.getByText(DEFAULT_SDK_VERSION, { selector: 'code' })).toBeTruthy();
  });

  it('every change is a WorldEdit applied live, from labelled fields and the keyboard', async () => {
    const applied: WorldEdit[][] = [];
    render(<Harness applied={applied} />);
    const form = screen.getByRole('group', { name: 'Add a registry' });
    await userEvent.type(within(form).getByLabelText('Registry name'), 'Text detect registry');
    await userEvent.type(within(form).getByLabelText(/Accepted types/), 'model');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(applied).toHaveLength(1));
    expect(applied[0]).toEqual([
      {
        kind: 'add-registry',
        org: 'acme',
        name: 'Text detect registry',
        visibility: 'organization',
        acceptedTypes: ['model'],
      },
    ]);
    expect(screen.getByRole('status').textContent).toContain(
      "Applied: Add registry 'Text detect registry'",
    );
    expect(
      within(table('Registries, what they accept and your role')).getByText('Text detect registry'),
    ).toBeTruthy();
  });

  it('a refused edit is announced as an alert and changes nothing', async () => {
    const applied: WorldEdit[][] = [];
    render(<Harness applied={applied} />);
    const form = screen.getByRole('group', { name: 'Add a team' });
    await userEvent.type(within(form).getByLabelText('Team name'), 'bob');
    await userEvent.click(within(form).getByRole('button', { name: 'Add team' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Invalid world edit: edits.0 (add-team): name: the name 'bob' is already taken by a user",
    );
    expect(applied).toEqual([]);
  });

  it('an org named like a team gets the suffixed ORG_ENTITY_NAME, and the panel says so', async () => {
    render(<Harness applied={[]} />);
    const form = screen.getByRole('group', { name: 'Add an organization' });
    await userEvent.type(within(form).getByLabelText('Display name'), 'reviewco');
    await userEvent.type(within(form).getByLabelText('A first team (optional)'), 'reviewco');
    await userEvent.click(within(form).getByRole('button', { name: 'Add org' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /ORG_ENTITY_NAME is 'reviewco_[0-9A-Z]{9}'/,
      ),
    );
  });

  it('Import from code lists every missing name for review; applying the selection edits the world', async () => {
    const applied: WorldEdit[][] = [];
    render(<Harness applied={applied} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import from code' }));
    const list = await screen.findByRole('group', {
      name: 'Names your code uses that the world lacks',
    });
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')?.textContent?.trim())).toEqual([
      "Add team 'ml-team' to org 'acme', with you as a member",
      "Add registry 'Text detect registry' to org 'acme', accepting model",
    ]);
    await userEvent.click(boxes[1]); // review: keep only the team
    await userEvent.click(within(list).getByRole('button', { name: 'Apply selected' }));
    await waitFor(() =>
      expect(applied).toEqual([[{ kind: 'add-team', org: 'acme', name: 'ml-team' }]]),
    );
  });
});
