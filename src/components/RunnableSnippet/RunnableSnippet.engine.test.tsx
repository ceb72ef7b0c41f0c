// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEngine } from '@site/src/playground/engine';
import { clearPageScopesForTests } from '@site/src/playground/pageWorlds';
import RunnableSnippet from './index';

// The same component against the real engine and Python runtime (no fakes).
beforeAll(() => loadEngine(), 60_000);
beforeEach(() => clearPageScopesForTests());
afterEach(cleanup);

const staticBlock = (code: string, line?: number) => (
  <pre data-testid="static" data-highlight={line ?? ''}>
    {code}
  </pre>
);

const quickstart = `import wandb

with wandb.init(entity="vision-team", project="link-quickstart") as run:
    with open("my_model.txt", "w") as f:
        f.write("weights")
    artifact = wandb.Artifact(name="quickstart-model", type="model")
    artifact.add_file("my_model.txt")
    logged = run.log_artifact(artifact)
    linked = run.link_artifact(artifact=logged, target_path="acme/wandb-registry-model/Example ML Task")
    print("Linked as", linked.qualified_name)
`;

const personal = `import wandb

with wandb.init(project="scratch") as run:
    with open("m.txt", "w") as f:
        f.write("weights")
    artifact = wandb.Artifact(name="m", type="model")
    artifact.add_file("m.txt")
    run.link_artifact(run.log_artifact(artifact), "wandb-registry-model/c")
`;

describe('RunnableSnippet with the real engine', () => {
  it('runs the quickstart and shows the linked name; a second snippet sees the link', async () => {
    render(
      <>
        <RunnableSnippet
          code={quickstart}
          worldId="docs"
          title="Quick"
          renderStatic={staticBlock}
        />
        <RunnableSnippet
          code={
            'import wandb\nprint(wandb.Api().artifact("acme/wandb-registry-model/Example ML Task:v0").is_link)'
          }
          worldId="docs"
          title="Read back"
          renderStatic={staticBlock}
        />
      </>,
    );
    const quick = screen.getByRole('group', { name: 'Controls for Quick' });
    await userEvent.click(within(quick).getByRole('button', { name: 'Run' }));
    const out = await screen.findByRole('region', { name: 'Output of Quick' });
    await within(out).findByText(
      /Linked as acme\/wandb-registry-model\/Example ML Task:v0/,
      {},
      { timeout: 10_000 },
    );

    const readBack = screen.getByRole('group', { name: 'Controls for Read back' });
    await userEvent.click(within(readBack).getByRole('button', { name: 'Run' }));
    const out2 = await screen.findByRole('region', { name: 'Output of Read back' });
    await within(out2).findByText('True', {}, { timeout: 10_000 });
  });

  it('shows the CommError of a personal-entity source with the failing line and a docs link', async () => {
    render(
      <RunnableSnippet
        code={personal}
        worldId="personal-entity"
        expect="CommError"
        renderStatic={staticBlock}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    const tb = await screen.findByTestId('run-traceback', {}, { timeout: 10_000 });
    expect(tb.textContent).toContain('wandb.errors.errors.CommError');
    expect(tb.textContent).toContain('linking is only allowed within the same team');
    expect(screen.getByTestId('static').dataset.highlight).toBe('8');
    const hint = screen.getByRole('complementary', { name: 'Hint' });
    expect(within(hint).getByRole('link').getAttribute('href')).toBe(
      '/docs/troubleshooting#personal-account',
    );
  });
});
