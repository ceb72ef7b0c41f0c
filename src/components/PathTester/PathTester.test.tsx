// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEngine } from '@site/src/playground/engine';
import { clearPageScopesForTests } from '@site/src/playground/pageWorlds';
import PathTester from './index';

// Runs against the real engine's parser and org resolution, in the docs world.
// The engine is large: load it once up front so each test waits only for React.
beforeAll(() => loadEngine(), 60_000);
beforeEach(() => clearPageScopesForTests());
afterEach(cleanup);

async function typePath(value: string) {
  const input = screen.getByLabelText('Target path');
  await userEvent.click(input); // focusing loads the checker where IntersectionObserver is missing
  await waitFor(() => expect(summary().textContent).not.toContain('Loading'), { timeout: 10_000 });
  await userEvent.clear(input);
  if (value) await userEvent.type(input, value);
  return input;
}

const summary = () => screen.getByTestId('path-summary');

describe('PathTester', () => {
  it('has a labelled input described by the live summary', () => {
    render(<PathTester />);
    const input = screen.getByLabelText('Target path');
    expect(input.getAttribute('aria-describedby')).toBe(summary().id);
    expect(summary().getAttribute('aria-live')).toBe('polite');
    expect(screen.getByLabelText('Source artifact logged to')).toBeTruthy();
  });

  it('resolves the recommended form: org inferred from the team source', async () => {
    render(<PathTester />);
    await typePath('wandb-registry-model/my-collection');
    await waitFor(() =>
      expect(summary().textContent).toContain('acme/wandb-registry-model/my-collection'),
    );
    const table = screen.getByRole('table');
    const org = within(table).getByRole('row', { name: /Org \/ entity/ });
    expect(org.textContent).toContain('(none)');
    expect(org.textContent).toContain('ORG_ENTITY_NAME');
    expect(within(table).getByRole('row', { name: /Project/ }).textContent).toContain(
      "registry 'model'",
    );
  });

  it('shows the exact error for a team name used as the org', async () => {
    render(<PathTester />);
    const input = await typePath('vision-team/wandb-registry-model/my-collection');
    await waitFor(() =>
      expect(summary().textContent).toContain(
        "Unable to find organization for entity 'vision-team'.",
      ),
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the parser error for four parts', async () => {
    render(<PathTester />);
    await typePath('a/b/c/d');
    await waitFor(() =>
      expect(summary().textContent).toContain("Invalid artifact path: 'a/b/c/d'"),
    );
  });

  it('follows the source entity: personal entities are refused by the server rules', async () => {
    render(<PathTester />);
    await typePath('wandb-registry-model/my-collection');
    await waitFor(() => expect(summary().textContent).toContain('✓'));
    await userEvent.selectOptions(screen.getByLabelText('Source artifact logged to'), 'alice');
    await waitFor(() => expect(summary().textContent).toContain('✗'));
  });

  it('asks for input when empty', async () => {
    render(<PathTester />);
    await typePath('');
    await waitFor(() => expect(summary().textContent).toContain('Type a target path'));
  });
});
