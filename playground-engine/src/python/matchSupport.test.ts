import { describe, expect, it, vi } from 'vitest';
import { runPython } from './run';

// The chunk of the match statement cannot be fetched (a reader who went offline).
vi.mock('./matchStatement', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('the match statement, loaded on demand', () => {
  it('a snippet without one runs without loading it', async () => {
    const r = await runPython('x = 1\nprint(x + 1)\n');
    expect(r).toMatchObject({ ok: true, stdout: '2\n' });
  });

  it('when its code cannot load, the run ends with an error that says so (no hang)', async () => {
    const r = await runPython('match 1:\n    case 1:\n        print("one")\n');
    expect(r.ok).toBe(false);
    expect(r.stdout).toBe('');
    expect(r.error?.type).toBe('RuntimeError');
    expect(r.error?.message).toContain('could not load the code of the match statement');
  });

  it('a syntax error is reported without loading it', async () => {
    const r = await runPython('match 1:\n    case 1 print("one")\n');
    expect(r.error?.type).toBe('SyntaxError');
  });
});
