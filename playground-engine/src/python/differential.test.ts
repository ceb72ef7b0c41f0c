// Differential test: every program in corpus/ runs in CPython (python3, spawned once
// for the whole corpus) and in runSnippet; stdout and the exception's type and
// message must be identical. SyntaxError messages are CPython's own wording, so for
// those only the type is compared (documented in the README).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { pythonProgram } from './fuzz-programs';
import { runPython } from './run';

const corpusDir = join(import.meta.dirname, 'corpus');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.py'))
  .sort();
const sources = files.map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const ENV = { CORPUS_VAR: 'corpus-value' };

const DRIVER = `
import contextlib, io, json, os, sys, tempfile
programs = json.load(sys.stdin)
results = []
base = tempfile.mkdtemp()
for i, src in enumerate(programs):
    d = os.path.join(base, str(i))
    os.mkdir(d)
    os.chdir(d)
    buf = io.StringIO()
    err = None
    try:
        code = compile(src, "<snippet>", "exec")
        with contextlib.redirect_stdout(buf):
            exec(code, {"__name__": "__main__"})
    except SystemExit as e:
        # As the interpreter's exit handling does: None or 0 is a clean exit.
        if e.code is not None and e.code != 0:
            err = {"type": "SystemExit", "message": str(e)}
    except BaseException as e:
        t = type(e)
        name = t.__qualname__ if t.__module__ in ("builtins", "__main__") else t.__module__ + "." + t.__qualname__
        err = {"type": name, "message": str(e)}
    results.append({"stdout": buf.getvalue(), "error": err})
sys.stdout.write(json.dumps(results))
`;

interface Outcome {
  stdout: string;
  error: { type: string; message: string } | null;
}

const work = mkdtempSync(join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runCPython(programs: string[] = sources): Outcome[] {
  const r = spawnSync('python3', ['-c', DRIVER], {
    input: JSON.stringify(programs),
    encoding: 'utf8',
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      ...ENV,
      PYTHONHASHSEED: '0',
      PYTHONIOENCODING: 'utf-8',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout) as Outcome[];
}

describe('differential: CPython vs runSnippet on the corpus', () => {
  const expected = runCPython();

  it('has at least 60 programs', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it.each(files.map((f, i) => [f, i] as const))('%s', async (_name, i) => {
    const want = expected[i];
    const got = await runPython(sources[i], { env: ENV });
    expect(got.stdout).toBe(want.stdout);
    if (want.error === null) {
      expect(got.error).toBeUndefined();
    } else {
      expect(got.error?.type).toBe(want.error.type);
      if (want.error.type !== 'SyntaxError') expect(got.error?.message).toBe(want.error.message);
    }
  });
});

describe('differential fuzz: generated programs in CPython and runSnippet', () => {
  // A fixed seed: the same 150 programs every run, so a failure is reproducible.
  const programs = fc.sample(pythonProgram, { numRuns: 150, seed: 20261127 });
  const expected = runCPython(programs);

  it('gives the same stdout and exception for every generated program', async () => {
    const mismatches: string[] = [];
    for (const [i, code] of programs.entries()) {
      const want = expected[i];
      const got = await runPython(code, { limits: { maxSteps: 200_000, maxMillis: 1e9 } });
      const same =
        got.stdout === want.stdout &&
        (want.error === null
          ? got.error === undefined
          : got.error?.type === want.error.type && got.error?.message === want.error.message);
      if (!same) {
        mismatches.push(
          `${code}\nCPython: ${JSON.stringify(want)}\nruntime: ${JSON.stringify({ stdout: got.stdout, error: got.error && { type: got.error.type, message: got.error.message } })}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
  });
});
