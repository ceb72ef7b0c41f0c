// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunResult } from 'playground-engine';
import RunOutput from './index';

afterEach(cleanup);

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
    ...result,
  },
});

describe('RunOutput', () => {
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
