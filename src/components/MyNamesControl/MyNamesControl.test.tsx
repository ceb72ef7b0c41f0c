// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import PageWorldBar from '@site/src/components/RunnableSnippet/PageWorldBar';
import RunnableSnippet from '@site/src/components/RunnableSnippet';
import MyName from '@site/src/components/MyName';
import { loadEngine } from '@site/src/playground/engine';
import { NAMES_KEY, resetMyNamesForTests, setMyNames } from '@site/src/playground/myNames';
import { clearPageScopesForTests } from '@site/src/playground/pageWorlds';

// "Use my names" against the real engine: the form, the rewritten block, its run and Copy.
beforeAll(() => loadEngine(), 60_000);
beforeEach(() => {
  clearPageScopesForTests();
  localStorage.clear();
  resetMyNamesForTests();
});
afterEach(() => {
  cleanup();
  setMyNames(null);
});

const staticBlock = (code: string) => <pre data-testid="static">{code}</pre>;

const quickstart = `import wandb

with wandb.init(entity="vision-team", project="link-quickstart") as run:
    artifact = wandb.Artifact(name="quickstart-model", type="model")
    logged = run.log_artifact(artifact)
    linked = run.link_artifact(logged, "acme/wandb-registry-model/Example ML Task")
    print("Linked as", linked.qualified_name)
`;

function page() {
  return render(
    <>
      <PageWorldBar />
      <p>
        Source: <MyName>vision-team/link-quickstart</MyName>
      </p>
      <RunnableSnippet code={quickstart} worldId="docs" title="Quick" renderStatic={staticBlock} />
    </>,
  );
}

async function fill(label: string, value: string) {
  const box = screen.getByLabelText(label);
  await userEvent.clear(box);
  if (value) await userEvent.type(box, value);
}

describe('Use my names', () => {
  it('rewrites the block and inline values, runs in a world with the names, copies them', async () => {
    page();
    await userEvent.click(screen.getByText('Use my names'));
    await fill('Your team', 'textco');
    await fill('Your org’s display name', 'textco');
    await userEvent.click(screen.getByLabelText('I don’t know it'));
    expect(screen.getByRole('link', { name: 'confirm the exact path' }).getAttribute('href')).toBe(
      '/docs/troubleshooting#confirm-exact-path',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Use these names' }));
    await waitFor(() =>
      expect(screen.getByTestId('static').textContent).toContain('entity="textco"'),
    );
    expect(screen.getByTestId('static').textContent).toContain(
      '"textco/wandb-registry-model/Example ML Task"',
    );
    expect(screen.getByText('textco/link-quickstart')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(NAMES_KEY) ?? '').names).toEqual({
      team: 'textco',
      org: 'textco',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    const out = await screen.findByRole('region', { name: 'Output of Quick' });
    // The team has the org's name, so the linked version's entity is the suffixed ORG_ENTITY_NAME.
    await waitFor(() =>
      expect(within(out).getByTestId('run-stdout').textContent).toMatch(
        /Linked as textco_[0-9A-Z]{9}\/wandb-registry-model\/Example ML Task:v0/,
      ),
    );

    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('entity="textco"'));

    await userEvent.click(screen.getByRole('button', { name: 'Show the original examples' }));
    await waitFor(() =>
      expect(screen.getByTestId('static').textContent).toContain('entity="vision-team"'),
    );
    expect(localStorage.getItem(NAMES_KEY)).toBeNull();
  });

  it('refuses a name with markup, naming the field, and never renders it as HTML', async () => {
    const { container } = page();
    await userEvent.click(screen.getByText('Use my names'));
    await fill('Your team', '<img src=x onerror=alert(1)>');
    await fill('Your org’s display name', 'o');
    await userEvent.click(screen.getByRole('button', { name: 'Use these names' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Team: "<img src=x onerror=alert\(1\)>" is not an entity name/,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByLabelText('Your team').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('static').textContent).toContain('entity="vision-team"');
  });

  it('refuses a name the docs world already has', async () => {
    page();
    await userEvent.click(screen.getByText('Use my names'));
    await fill('Your team', 'nlp-team');
    await fill('Your org’s display name', 'o');
    await userEvent.click(screen.getByRole('button', { name: 'Use these names' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Team: the name 'nlp-team' is already taken by a team/,
    );
  });

  it('tells the reader when saved names were refused', async () => {
    localStorage.setItem(NAMES_KEY, '{"v":1,"names":{"team":"a b","org":"o"}}');
    page();
    await userEvent.click(screen.getByText('Use my names'));
    expect(screen.getByRole('status').textContent).toMatch(/Your saved names could not be used/);
    expect(screen.getByTestId('static').textContent).toContain('entity="vision-team"');
  });
});
