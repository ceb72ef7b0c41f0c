// stdout and stderr as separate streams, in order; print(file=...); SystemExit and exit()
// with CPython's exit statuses (Python/pythonrun.c: handle_system_exit).

import { describe, expect, it } from 'vitest';
import { type ModuleFactory, runPython } from './run';
import { PyBuiltin, PyModule } from './values/objects';

/** A module whose `warn(text)` writes to stderr through the run services, as logging/sys will. */
const errModule: ModuleFactory = (name, services) =>
  name === 'errout'
    ? new PyModule(
        'errout',
        new Map([
          [
            'warn',
            new PyBuiltin('warn', (_c, a) => {
              services.write(`${String(a[0])}\n`, 'stderr');
              return null;
            }),
          ],
        ]),
      )
    : undefined;

describe('stdout and stderr', () => {
  it('keeps both streams apart and in the order written', async () => {
    const r = await runPython(
      'import errout\nprint("a")\nerrout.warn("w1")\nerrout.warn("w2")\nprint("b")\n',
      {
        modules: errModule,
      },
    );
    expect(r).toMatchObject({ ok: true, exitCode: 0, stdout: 'a\nb\n', stderr: 'w1\nw2\n' });
    expect(r.output).toEqual([
      { stream: 'stdout', text: 'a\n' },
      { stream: 'stderr', text: 'w1\nw2\n' },
      { stream: 'stdout', text: 'b\n' },
    ]);
  });

  it('stderr counts against the output budget with stdout', async () => {
    const r = await runPython('import errout\nprint("x" * 5)\nerrout.warn("y" * 10)\n', {
      modules: errModule,
      limits: { maxOutput: 8 },
    });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toMatch(/output limit reached/);
    expect(r.stdout + r.stderr).toHaveLength(8);
  });

  it('print(file=f) calls f.write once per piece, then flush when asked', async () => {
    const r = await runPython(
      'f = open("out.txt", "w")\nprint("a", 1, sep="-", end="!", file=f)\nprint(file=f)\nf.close()\nprint(repr(open("out.txt").read()))\n',
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("'a-1!\\n'\n");
  });

  it('print(file=x) without a write method is an AttributeError; file=None is stdout', async () => {
    const r = await runPython('print("ok", file=None)\nprint("x", file=5)\n');
    expect(r.stdout).toBe('ok\n');
    expect(r.error).toMatchObject({
      type: 'AttributeError',
      message: "'int' object has no attribute 'write'",
    });
  });
});

describe('SystemExit', () => {
  it('raise SystemExit(0) and exit() are successful runs that stop the script', async () => {
    for (const stop of [
      'raise SystemExit(0)',
      'raise SystemExit',
      'exit()',
      'quit(None)',
      'raise SystemExit(None)',
    ]) {
      const r = await runPython(`print("before")\n${stop}\nprint("after")\n`);
      expect(r, stop).toMatchObject({ ok: true, exitCode: 0, stdout: 'before\n', stderr: '' });
      expect(r.error, stop).toBeUndefined();
    }
  });

  it("raise SystemExit(main()) passes main's return value as the status", async () => {
    const ok = await runPython(
      'def main():\n    print("hi")\n    return 0\n\nif __name__ == "__main__":\n    raise SystemExit(main())\n',
    );
    expect(ok).toMatchObject({ ok: true, exitCode: 0, stdout: 'hi\n' });
    const bad = await runPython('def main():\n    return 3\n\nraise SystemExit(main())\n');
    expect(bad).toMatchObject({ ok: false, exitCode: 3, stdout: '', stderr: '' });
    expect(bad.error).toMatchObject({ type: 'SystemExit', message: '3', traceback: '' });
  });

  it('a string code is printed to stderr with status 1', async () => {
    const r = await runPython('print("x")\nexit("config missing")\n');
    expect(r).toMatchObject({ ok: false, exitCode: 1, stdout: 'x\n', stderr: 'config missing\n' });
    expect(r.output.map((c) => c.stream)).toEqual(['stdout', 'stderr']);
  });

  it('True is status 1, False status 0 (bool is an int)', async () => {
    expect(await runPython('raise SystemExit(True)')).toMatchObject({
      ok: false,
      exitCode: 1,
      stderr: '',
    });
    expect(await runPython('raise SystemExit(False)')).toMatchObject({ ok: true, exitCode: 0 });
  });

  it('is a BaseException: except Exception does not catch it; except SystemExit sees .code', async () => {
    const r = await runPython(
      'try:\n    exit(2)\nexcept SystemExit as e:\n    print("code", e.code, e.args)\ntry:\n    raise SystemExit(4)\nexcept Exception:\n    print("wrong")\n',
    );
    expect(r).toMatchObject({ ok: false, exitCode: 4, stdout: 'code 2 (2,)\n' });
  });

  it('uncaught exceptions give status 1; a SyntaxError too', async () => {
    expect(await runPython('1/0')).toMatchObject({ ok: false, exitCode: 1 });
    expect(await runPython('def (')).toMatchObject({ ok: false, exitCode: 1 });
  });
});
