// fast-check: mutated docs snippets and random token streams. Whatever the input,
// the runtime resolves (within its budgets) to a well-formed result and never throws.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../world';
import { type PyRunResult, runPython } from './run';
import { runSnippet } from '../host/runSnippet';
import { pythonProgram as program } from './fuzz-programs';

const QUICKSTART = `import wandb

ORG_ENTITY_NAME = "acme"
REGISTRY_NAME = "model"
COLLECTION_TYPE = "model"

with wandb.init(project="link-quickstart") as run:
  with open("my_model.txt", "w") as f:
    f.write("simulated model file")

  logged_artifact = run.log_artifact("./my_model.txt", "artifact-name", type=COLLECTION_TYPE)
  linked = run.link_artifact(
    artifact=logged_artifact,
    target_path=f"{ORG_ENTITY_NAME}/wandb-registry-{REGISTRY_NAME}/Example ML Task",
    aliases=["prod"],
  )
  print(linked.name, linked.qualified_name)
`;

const PLAIN = `def score(items, key=None):
    total = 0
    for i, x in enumerate(items):
        if key and x in key:
            total += key[x] * i
        elif not x:
            continue
        else:
            total -= len(str(x))
    return total

data = {"a": 1, "b": [1, 2, 3], "c": {"d": None}}
try:
    print(score(list(data), data), sorted(data), [k for k in data if k != "b"])
except (KeyError, TypeError) as e:
    print("error", e)
print(f"{3.14159:.2f} {len(data):>4} {data!r}")
`;

const TOKENS = [
  'x',
  'y',
  'print',
  'len',
  'range',
  'wandb',
  'run',
  'def',
  'return',
  'if',
  'else',
  'elif',
  'for',
  'in',
  'while',
  'True',
  'False',
  'None',
  'and',
  'or',
  'not',
  'is',
  'lambda',
  'try',
  'except',
  'finally',
  'raise',
  'with',
  'as',
  'import',
  'from',
  'class',
  'yield',
  'del',
  'pass',
  'break',
  'continue',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  '.',
  '=',
  '==',
  '+',
  '-',
  '*',
  '**',
  '/',
  '//',
  '%',
  '<',
  '>',
  '0',
  '1',
  '10**9',
  '2.5',
  '"s"',
  "'t'",
  'f"{x}"',
  '"""doc"""',
  '\n',
  '\n    ',
  '\n        ',
  '#c',
  '\\',
  '@',
  ';',
];

function wellFormed(r: PyRunResult): void {
  expect(typeof r.ok).toBe('boolean');
  expect(typeof r.stdout).toBe('string');
  if (r.ok) {
    expect(r.error).toBeUndefined();
    return;
  }
  const e = r.error!;
  // A bug in the runtime would surface as this; every failure must be a Python error.
  expect(e.message).not.toMatch(/internal error in the playground runtime/);
  expect(e.type).toMatch(/^[A-Za-z_][\w.]*$/);
  expect(typeof e.message).toBe('string');
  expect(e.line).toBeGreaterThanOrEqual(1);
  expect(e.column).toBeGreaterThanOrEqual(0);
  expect(e.traceback.length).toBeGreaterThan(0);
  expect(e.traceback.split('\n').pop()?.startsWith(e.type)).toBe(true);
}

/** A random edit of the source: delete, insert, duplicate or swap. */
const mutation = (src: string) =>
  fc.oneof(
    fc.tuple(fc.nat(src.length), fc.nat(12)).map(([at, n]) => src.slice(0, at) + src.slice(at + n)),
    fc
      .tuple(fc.nat(src.length), fc.constantFrom(...TOKENS))
      .map(([at, t]) => src.slice(0, at) + t + src.slice(at)),
    fc
      .tuple(fc.nat(src.split('\n').length - 1), fc.nat(src.split('\n').length - 1))
      .map(([a, b]) => {
        const lines = src.split('\n');
        [lines[a], lines[b]] = [lines[b], lines[a]];
        return lines.join('\n');
      }),
    fc.nat(src.split('\n').length - 1).map((a) => {
      const lines = src.split('\n');
      lines.splice(a, 0, lines[a]);
      return lines.join('\n');
    }),
  );

const LIMITS = { maxSteps: 20_000, maxMillis: 1e9 };

describe('fuzz', () => {
  it('mutated plain snippets always resolve to a well-formed result', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutation(PLAIN).chain((s) => mutation(s)),
        async (code) => {
          wellFormed(await runPython(code, { limits: LIMITS }));
        },
      ),
      { numRuns: 150, seed: 20261127 },
    );
  });

  it('grammar-shaped random programs resolve without internal errors', async () => {
    const seen = { runs: 0, syntax: 0, ok: 0 };
    await fc.assert(
      fc.asyncProperty(program, async (code) => {
        const r = await runPython(code, { limits: LIMITS });
        wellFormed(r);
        seen.runs++;
        if (r.ok) seen.ok++;
        if (r.error?.type === 'SyntaxError') seen.syntax++;
      }),
      { numRuns: 300, seed: 5 },
    );
    // The generator must produce real programs, not parse errors.
    expect(seen.syntax).toBe(0);
    expect(seen.ok).toBeGreaterThan(0);
  });

  it('random token streams always resolve to a well-formed result', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), async (toks) => {
        wellFormed(await runPython(toks.join(' '), { limits: LIMITS }));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('arbitrary unicode text always resolves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), async (code) => {
        wellFormed(await runPython(code, { limits: LIMITS }));
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('mutated docs snippets with wandb always resolve, requests included', async () => {
    await fc.assert(
      fc.asyncProperty(mutation(QUICKSTART), async (code) => {
        const r = await runSnippet(code, { world: createWorld() });
        wellFormed(r);
        expect(Array.isArray(r.requests)).toBe(true);
      }),
      { numRuns: 40, seed: 99 },
    );
  });
});
