// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunResult } from 'playground-engine';
import RunOutput from './index';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** jsdom lays nothing out: give every element these scroll and client heights. */
function heights(scroll: number, client: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(scroll);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(client);
}

const done = (result: Partial<RunResult>) => ({
  status: 'done' as const,
  replayed: 0,
  result: {
    ok: true,
    stdout: '',
    stderr: '',
    output: [],
    exitCode: 0,
    requests: [],
    files: [],
    ...result,
  },
});

const long = done({
  stdout: 'x\n',
  output: [{ stream: 'stdout', text: 'x\n' }],
});

describe('RunOutput', () => {
  it('output that scrolls is a tab stop (keyboard users can scroll it), output that fits is not', () => {
    heights(900, 384);
    const { unmount } = render(<RunOutput state={long} />);
    expect(screen.getByTestId('run-stdout').getAttribute('tabindex')).toBe('0');
    unmount();
    heights(100, 100);
    render(<RunOutput state={long} />);
    expect(screen.getByTestId('run-stdout').hasAttribute('tabindex')).toBe(false);
  });

  it('shows stdout and stderr interleaved in the order written, stderr marked apart', () => {
    render(
      <RunOutput
        state={done({
          stdout: 'a\nb\n',
          stderr: 'wandb: WARNING w\n',
          output: [
            { stream: 'stdout', text: 'a\n' },
            { stream: 'stderr', text: 'wandb: WARNING w\n' },
            { stream: 'stdout', text: 'b\n' },
          ],
        })}
      />,
    );
    const pre = screen.getByTestId('run-stdout');
    const pieces = [...pre.children].map((c) => [c.getAttribute('data-stream'), c.textContent]);
    expect(pieces).toEqual([
      ['stdout', 'a\n'],
      // The stderr piece carries a screen-reader label, so colour is not the only cue.
      ['stderr', 'stderr: wandb: WARNING w\n'],
      ['stdout', 'b\n'],
    ]);
    expect(screen.getByText('Finished without errors.')).toBeTruthy();
  });

  it('a SystemExit with a failing status says so instead of showing a traceback', () => {
    render(
      <RunOutput
        state={done({
          ok: false,
          exitCode: 2,
          error: { type: 'SystemExit', message: '2', line: 3, column: 1, traceback: '' },
        })}
      />,
    );
    expect(screen.getByText('Exited with status 2.')).toBeTruthy();
    expect(screen.queryByTestId('run-traceback')).toBeNull();
  });

  it('no output at all says so', () => {
    render(<RunOutput state={done({})} />);
    expect(screen.queryByTestId('run-stdout')).toBeNull();
    expect(screen.getByText('Finished without errors (no output).')).toBeTruthy();
  });
});
