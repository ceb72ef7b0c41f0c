// @vitest-environment jsdom
// "Try it" and the scenario panel against the real engine: the errors, verdicts and hints
// below come from the scenario modules and the simulated backend.
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getScenario } from 'playground-engine';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioProgress from '@site/src/components/ScenarioProgress';
import { setEngineLoaderForTests } from '@site/src/playground/engine';
import { loadSolved, SOLVED_KEY } from '@site/src/playground/scenarios/progress';
import ScenarioPicker from './ScenarioPicker';
import TryScenario from './index';

// Monaco does not run in jsdom; the editor's contract is value/onChange/onRun.
vi.mock('@site/src/components/CodeEditor', () => ({
  default: (p: { value: string; onChange(v: string): void; ariaLabel: string }) => (
    <textarea
      aria-label={p.ariaLabel}
      value={p.value}
      onChange={(e) => p.onChange(e.target.value)}
    />
  ),
}));

// Real snippet runs take a few hundred ms, more on a busy machine: wait on states, generously.
configure({ asyncUtilTimeout: 10_000 });

let loads = 0;
beforeEach(() => {
  loads = 0;
  localStorage.clear();
  setEngineLoaderForTests(async () => {
    loads++;
    return import('playground-engine');
  });
});
afterEach(() => {
  cleanup();
  setEngineLoaderForTests(null);
});

const undefinedName = getScenario('undefined-name');
const editor = () =>
  screen.getByLabelText(`Python editor: ${undefinedName.title}`) as HTMLTextAreaElement;
const verdict = () => screen.getByTestId('scenario-verdict');

async function open(user = userEvent.setup()) {
  render(<TryScenario id="undefined-name" />);
  await user.click(screen.getByRole('button', { name: `Try it: ${undefinedName.title}` }));
  await waitFor(() => expect(editor().value).toBe(undefinedName.code));
  return user;
}

/** Replaces the editor's text (userEvent.type would read braces as key names). */
async function setCode(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.clear(editor());
  await user.click(editor());
  await user.paste(text);
}

describe('TryScenario', () => {
  it('renders only a button until asked, without loading the engine', () => {
    render(<TryScenario id="undefined-name" />);
    expect(screen.getByRole('button', { name: `Try it: ${undefinedName.title}` })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(loads).toBe(0);
  });

  it('says so for an unknown scenario id', () => {
    render(<TryScenario id="no-such-thing" />);
    expect(screen.getByRole('alert').textContent).toContain("Unknown scenario 'no-such-thing'");
  });

  it('Run shows the starting error, marked as the one the scenario reproduces', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const out = await screen.findByRole('region', {
      name: `Output of the scenario ${undefinedName.title}`,
    });
    await waitFor(() =>
      expect(within(out).getByTestId('run-traceback').textContent).toContain(
        `${undefinedName.expectedError.type}: ${undefinedName.expectedError.message}`,
      ),
    );
    expect(within(out).getByText(/This is the error this example reproduces/)).toBeTruthy();
  });

  it('a failed check names what is still wrong and reveals the hints one by one', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Check my fix' }));
    await waitFor(() => expect(verdict().textContent).toContain('Not yet.'));
    expect(verdict().textContent).toContain("Nothing is linked into the 'model' registry of acme");
    expect(verdict().textContent).toContain('Hint 1 of 3:');
    expect(verdict().textContent).toContain(undefinedName.hints[0]);
    expect(verdict().textContent).not.toContain(undefinedName.hints[1]);

    await user.click(screen.getByRole('button', { name: 'Check my fix' }));
    await waitFor(() => expect(verdict().textContent).toContain('Hint 2 of 3:'));
    expect(verdict().textContent).toContain(undefinedName.hints[1]);
    expect(loadSolved()).toEqual([]);
  });

  it('a passing check celebrates, is remembered, and ticks the progress line and the button', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ScenarioProgress />
        <TryScenario id="undefined-name" />
      </>,
    );
    const progress = screen.getByTestId('scenario-progress');
    expect(progress.textContent).toContain('Scenarios solved: 0 of 14.');
    await user.click(screen.getByRole('button', { name: `Try it: ${undefinedName.title}` }));
    await waitFor(() => expect(editor().value).toBe(undefinedName.code));
    await setCode(user, undefinedName.code.replace('ORG_NAME =', 'ORG_ENTITY_NAME ='));
    await user.click(screen.getByRole('button', { name: 'Check my fix' }));
    await waitFor(() => expect(verdict().textContent).toContain('Solved!'));
    expect(JSON.parse(localStorage.getItem(SOLVED_KEY) ?? '[]')).toEqual(['undefined-name']);
    await waitFor(() => expect(progress.textContent).toContain('Scenarios solved: 1 of 14.'));
    expect(within(progress).getByText(/\(solved\)/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Close the scenario/ }));
    expect(screen.getByText('Solved')).toBeTruthy();
  });

  it('Show solution asks first, keeps the attempt, and restores it with one click', async () => {
    const user = await open();
    const attempt = `${undefinedName.code}# my attempt\n`;
    await setCode(user, attempt);

    await user.click(screen.getByRole('button', { name: 'Show solution' }));
    expect(screen.getByText(/Replace your code with the solution\?/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep trying' }));
    expect(editor().value).toBe(attempt);

    await user.click(screen.getByRole('button', { name: 'Show solution' }));
    await user.click(screen.getByRole('button', { name: 'Yes, show the solution' }));
    expect(editor().value).toBe(undefinedName.solution);
    // Focus lands on the restore control, so one keypress brings the attempt back.
    const restore = screen.getByRole('button', { name: 'Restore my attempt' });
    expect(document.activeElement).toBe(restore);

    await user.click(restore);
    expect(editor().value).toBe(attempt);
    expect(screen.queryByRole('button', { name: 'Restore my attempt' })).toBeNull();
  });

  it('the solution passes the check; Reset brings back the broken code and clears the verdict', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Show solution' }));
    await user.click(screen.getByRole('button', { name: 'Yes, show the solution' }));
    await user.click(screen.getByRole('button', { name: 'Check my fix' }));
    await waitFor(() => expect(verdict().textContent).toContain('Solved!'));

    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(editor().value).toBe(undefinedName.code);
    expect(verdict().textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Restore my attempt' })).toBeNull();
  });
});

describe('ScenarioPicker', () => {
  it('opens the chosen scenario with the same controls', async () => {
    const user = userEvent.setup();
    const s = getScenario('team-name-as-org');
    render(<ScenarioPicker />);
    expect(loads).toBe(0);
    await user.selectOptions(screen.getByLabelText('Scenario'), s.id);
    const panel = await screen.findByRole('region', { name: `Scenario: ${s.title}` });
    await waitFor(() =>
      expect(
        (within(panel).getByLabelText(`Python editor: ${s.title}`) as HTMLTextAreaElement).value,
      ).toBe(s.code),
    );
    for (const name of ['Run', 'Check my fix', 'Show solution', 'Reset']) {
      expect(within(panel).getByRole('button', { name })).toBeTruthy();
    }
    expect(
      within(panel).getByRole('link', { name: 'Read the troubleshooting section' }),
    ).toBeTruthy();
  });
});

describe('Try it in my setup', () => {
  afterEach(async () => {
    const { setMyNames } = await import('@site/src/playground/myNames');
    setMyNames(null);
  });

  it('replays the scenario in the reader names where it applies, and checks the fix there', async () => {
    const { setMyNames } = await import('@site/src/playground/myNames');
    setMyNames({ team: 'textco', org: 'textco' });
    const collision = getScenario('org-name-collision');
    render(
      <>
        <TryScenario id="org-name-collision" />
        <TryScenario id="team-name-as-org" />
      </>,
    );
    // A team named like its org: the collision is the reader's situation, a team name as org is not.
    expect(
      screen.queryByRole('button', {
        name: `Try it in my setup: ${getScenario('team-name-as-org').title}`,
      }),
    ).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: `Try it in my setup: ${collision.title}` }),
    );
    await screen.findByRole('heading', { name: /in your setup/ });
    const box = screen.getByLabelText(`Python editor: ${collision.title}`) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toContain('entity="textco"'));
    expect(box.value).not.toContain('reviewco');
    await userEvent.click(screen.getByRole('button', { name: 'Show solution' }));
    await userEvent.click(await screen.findByRole('button', { name: /Yes, show/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Check my fix' }));
    await waitFor(() => expect(verdict().textContent).toMatch(/Solved!/));
  });
});
