// Behaviour of the standard library that CPython cannot check for us (the differential
// corpus covers the rest): the world's deterministic sources, the working directory,
// argv, what is refused and how, and third-party imports.
import { describe, expect, it } from 'vitest';
import { runPython } from '../run';
import { fixedEntropy } from './services';

const run = (code: string, opts: Parameters<typeof runPython>[1] = {}) => runPython(code, opts);

describe('random without a seed', () => {
  const code = 'import random\nprint(random.random(), random.randint(1, 10**9))';
  it('draws its seed from the run entropy, so the same source gives the same numbers', async () => {
    const a = await run(code, { entropy: fixedEntropy(7) });
    const b = await run(code, { entropy: fixedEntropy(7) });
    const c = await run(code, { entropy: fixedEntropy(8) });
    expect(a.ok).toBe(true);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });
  it('does not touch the entropy source on a bare import', async () => {
    let calls = 0;
    const entropy = () => {
      calls++;
      return 1;
    };
    await run('import random', { entropy });
    expect(calls).toBe(0);
    await run('import random\nrandom.random()', { entropy });
    expect(calls).toBeGreaterThan(0);
  });
  it('matches CPython for a known seed (first value of random.seed(42))', async () => {
    const r = await run('import random\nrandom.seed(42)\nprint(random.random())');
    expect(r.stdout).toBe('0.6394267984578837\n');
  });
});

describe('imports the playground does not have', () => {
  it("third-party packages raise CPython's ModuleNotFoundError with a hint about the simulation", async () => {
    const r = await run('import torch');
    expect(r.error?.type).toBe('ModuleNotFoundError');
    expect(r.error?.message).toBe("No module named 'torch'");
    expect(r.error?.hint?.text).toMatch(/simulates W&B, not the training stack/);
    expect(r.error?.hint?.text).toMatch(/write_text/);
    const sub = await run('from sklearn.model_selection import train_test_split');
    expect(sub.error?.message).toBe("No module named 'sklearn'");
  });
  it('CPython modules left out say so by name', async () => {
    const r = await run('import subprocess');
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toBe('not supported in the playground: the subprocess module');
  });
  it('names a member a module leaves out when it is called', async () => {
    const r = await run('import random\nrandom.betavariate(1, 2)');
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toBe('not supported in the playground: random.betavariate');
  });
});

describe('re: patterns JS cannot express are refused clearly', () => {
  it.each([
    ['(?>ab)c', 'atomic groups'],
    ['a*+', 'possessive quantifiers'],
    ['(a)?(?(1)b|c)', 'conditional groups'],
    [String.raw`\N{DASH}`, 'named Unicode escapes'],
  ])('%s', async (pattern, what) => {
    const r = await run(`import re\nre.compile(${JSON.stringify(pattern)})`);
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toContain(what);
  });
});

describe('sys.argv', () => {
  it('defaults to ["snippet.py"] and follows the argv option', async () => {
    expect((await run('import sys\nprint(sys.argv)')).stdout).toBe("['snippet.py']\n");
    const r = await run('import sys\nprint(sys.argv[1:])', { argv: ['train.py', '--lr', '0.1'] });
    expect(r.stdout).toBe("['--lr', '0.1']\n");
  });
});

describe('pathlib and the working directory /home/user', () => {
  it('resolve, absolute, cwd and home name it; the file system sees one file either way', async () => {
    const r = await run(
      [
        'from pathlib import Path',
        'p = Path("data/../out.txt")',
        'print(p.resolve(), Path("x").absolute(), Path.cwd(), Path.home(), Path("~/a").expanduser())',
        'Path("out.txt").write_text("hi")',
        'print(Path("/home/user/out.txt").read_text(), p.resolve().exists())',
        'print(open(Path("out.txt")).read())',
      ].join('\n'),
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      '/home/user/out.txt /home/user/x /home/user /home/user /home/user/a\nhi True\nhi\n',
    );
  });
  it('bytes are refused by name', async () => {
    const r = await run('from pathlib import Path\nPath("a").write_bytes(1)');
    expect(r.error?.message).toMatch(/not supported in the playground: Path.write_bytes/);
  });
});
