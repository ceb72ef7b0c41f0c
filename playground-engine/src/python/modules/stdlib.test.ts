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
  it('a submodule left out of a module the playground has is named whole', async () => {
    const r = await run('from collections.abc import Mapping');
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toBe('not supported in the playground: the collections.abc module');
    const ok = await run('from json import nothing_here');
    expect(ok.error?.type).toBe('ImportError');
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
  it('bytes that are not UTF-8 text are refused by name (files hold text)', async () => {
    const ok = await run(
      'from pathlib import Path\nPath("a").write_bytes(b"hi")\nprint(open("a").read())',
    );
    expect(ok.stdout).toBe('hi\n');
    const r = await run('from pathlib import Path\nPath("a").write_bytes(b"\\xff")');
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toBe(
      'not supported in the playground: binary file contents that are not UTF-8 text',
    );
  });
});

describe('argparse reads sys.argv and exits as CPython does', () => {
  const cli = [
    'import argparse',
    'p = argparse.ArgumentParser(description="Promote a model.")',
    'p.add_argument("artifact")',
    'p.add_argument("--alias", default="staging")',
    'args = p.parse_args()',
    'print(args.artifact, args.alias)',
  ].join('\n');
  it('parses the run argv; prog is its basename', async () => {
    const r = await run(cli, { argv: ['tools/promote.py', 'model:v1', '--alias', 'prod'] });
    expect(r.stdout).toBe('model:v1 prod\n');
    const u = await run(`${cli}\nprint(p.prog)`, { argv: ['tools/promote.py', 'm'] });
    expect(u.stdout).toBe('m staging\npromote.py\n');
  });
  it('-h prints the help and exits with status 0', async () => {
    const r = await run(cli, { argv: ['snippet.py', '-h'] });
    expect(r.stdout).toBe(
      'usage: snippet.py [-h] [--alias ALIAS] artifact\n\nPromote a model.\n\npositional arguments:\n  artifact\n\noptions:\n  -h, --help     show this help message and exit\n  --alias ALIAS\n',
    );
    expect(r.error === undefined || r.error.type === 'SystemExit').toBe(true);
    if (r.error) expect(r.error.message).toBe('0');
  });
  it('a missing argument prints usage and the error, and exits with status 2', async () => {
    const r = await run(cli);
    const text = ((r as { stderr?: string }).stderr ?? '') + r.stdout;
    expect(text).toContain('usage: snippet.py [-h] [--alias ALIAS] artifact\n');
    expect(text).toContain('snippet.py: error: the following arguments are required: artifact\n');
    expect(r.error?.type).toBe('SystemExit');
    expect(r.error?.message).toBe('2');
  });
});

describe('logging goes to stderr by default and takes its times from the world clock', () => {
  it('formats asctime from the clock option', async () => {
    const r = await run(
      'import logging, sys\nlogging.basicConfig(stream=sys.stdout, format="%(asctime)s %(levelname)s %(message)s", level="INFO")\nlogging.info("hi")',
      { clock: () => Date.UTC(2025, 0, 15, 12, 0, 1, 250) },
    );
    expect(r.stdout).toBe('2025-01-15 12:00:01,250 INFO hi\n');
  });
  it('a logger without handlers prints bare WARNING+ messages (the last resort handler)', async () => {
    const r = await run(
      'import logging\nlogging.getLogger("x").warning("careful %d", 3)\nlogging.getLogger("x").info("quiet")',
    );
    const text = ((r as { stderr?: string }).stderr ?? '') + r.stdout;
    expect(text).toBe('careful 3\n');
  });
});

describe('modules that load on demand', () => {
  it('importing one twice in a run gives the same module, built once', async () => {
    const r = await run(
      'import re\nimport re as again\nfrom re import compile\nprint(re is again, compile is re.compile)',
    );
    expect(r.stdout).toBe('True True\n');
  });
  it('an unknown name still raises ModuleNotFoundError in order', async () => {
    const r = await run('print("before")\nimport re, nope\nprint("after")');
    expect(r.stdout).toBe('before\n');
    expect(r.error?.type).toBe('ModuleNotFoundError');
    expect(r.error?.message).toBe("No module named 'nope'");
    expect(r.error?.line).toBe(2);
  });
  it('each lazily loaded name resolves to a module of that name', async () => {
    const { STDLIB } = await import('./registry');
    for (const name of Object.keys(STDLIB)) {
      const r = await run(`import ${name}`);
      expect(r.error, name).toBeUndefined();
    }
  });
});

describe("datetime and time read the world's clock", () => {
  const clock = () => Date.UTC(2024, 4, 17, 8, 9, 10, 123);
  it('now(), today(), utcnow() and time.time() give the clock, local time being UTC', async () => {
    const r = await run(
      'import time\nfrom datetime import date, datetime, timezone\nprint(datetime.now(), datetime.now(timezone.utc), datetime.utcnow(), date.today(), time.time(), time.time_ns(), time.strftime("%H:%M"))',
      { clock },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      '2024-05-17 08:09:10.123000 2024-05-17 08:09:10.123000+00:00 2024-05-17 08:09:10.123000 2024-05-17 1715933350.123 1715933350123000000 08:09\n',
    );
  });
  it('time.sleep() moves the run clock forward without waiting', async () => {
    const r = await run(
      'import time\nfrom datetime import datetime\nt = time.monotonic()\nd = datetime.now()\ntime.sleep(90)\ntime.sleep(0.5)\nprint(time.monotonic() - t, datetime.now() - d)',
      { clock },
    );
    expect(r.stdout).toBe('90.5 0:01:30.500000\n');
  });
  it('time.sleep() refuses a negative length as CPython does', async () => {
    const r = await run('import time\ntime.sleep(-1)');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe('sleep length must be non-negative');
  });
});

describe('abc: metaclass=ABCMeta', () => {
  it('means the same as subclassing ABC, so abstract methods still block instantiation', async () => {
    const r = await run(
      'from abc import ABCMeta, ABC, abstractmethod\nclass Base(metaclass=ABCMeta):\n    @abstractmethod\n    def run(self): ...\nprint(issubclass(Base, ABC))\nBase()',
    );
    expect(r.stdout).toBe('True\n');
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe("Can't instantiate abstract class Base with abstract method run");
  });
});

describe("uuid, getpass and warnings use the run's sources", () => {
  it('uuid4 comes from the run entropy: reproducible, and version 4', async () => {
    const code = 'import uuid\nu = uuid.uuid4()\nprint(u, u.version)';
    const a = await run(code, { entropy: fixedEntropy(3) });
    const b = await run(code, { entropy: fixedEntropy(3) });
    const c = await run(code, { entropy: fixedEntropy(4) });
    expect(a.stdout).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} 4\n$/,
    );
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });
  it("getpass.getuser() is the world's viewer", async () => {
    const r = await run('import getpass\nprint(getpass.getuser())', { user: 'ada' });
    expect(r.stdout).toBe('ada\n');
  });
  it('warnings.warn writes the location, category, message and source line to stderr, once per place', async () => {
    const r = await run(
      'import warnings\nfor i in range(2):\n    warnings.warn("old API", DeprecationWarning)\nprint("done")',
    );
    expect(r.stderr).toBe(
      '<snippet>:3: DeprecationWarning: old API\n  warnings.warn("old API", DeprecationWarning)\n',
    );
    expect(r.stdout).toBe('done\n');
  });
});
