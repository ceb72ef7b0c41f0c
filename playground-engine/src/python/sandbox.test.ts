// The sandbox and the budgets: snippets reach nothing of JavaScript, and runaway code
// stops with a clear Python-style error instead of hanging.

import { describe, expect, it } from 'vitest';
import { createWorld } from '../world';
import { BUDGETS } from './budgets';
import { runPython } from './run';
import { runSnippet } from '../host/runSnippet';

const run = (code: string) => runSnippet(code, { world: createWorld() });

describe('sandbox: no way out to JavaScript', () => {
  const attributeWalks: [string, string][] = [
    ['().__class__.__bases__[0].__subclasses__()', "'tuple' object has no attribute '__class__'"],
    ['"".constructor', "'str' object has no attribute 'constructor'"],
    [
      '[].constructor.constructor("return process")()',
      "'list' object has no attribute 'constructor'",
    ],
    ['{}.__proto__', "'dict' object has no attribute '__proto__'"],
    ['(lambda: 0).__globals__', "'function' object has no attribute '__globals__'"],
    ['(lambda: 0).__code__', "'function' object has no attribute '__code__'"],
    ['print.__self__', "'builtin_function_or_method' object has no attribute '__self__'"],
    ['object.__subclasses__()', "type object 'object' has no attribute '__subclasses__'"],
    ['int.prototype', "type object 'int' has no attribute 'prototype'"],
    ['(1).__class__', "'int' object has no attribute '__class__'"],
    ['getattr(1, "constructor")', "'int' object has no attribute 'constructor'"],
    ['ValueError("x").__traceback__', "'ValueError' object has no attribute '__traceback__'"],
    ['"{0.__class__}".format(1)', "'int' object has no attribute '__class__'"],
    ['f"{"".constructor}"', "'str' object has no attribute 'constructor'"],
  ];
  it.each(attributeWalks)('%s → AttributeError', async (code, message) => {
    const r = await run(code);
    expect(r.error?.type).toBe('AttributeError');
    expect(r.error?.message).toBe(message);
  });

  it.each([
    'globalThis',
    'window',
    'document',
    'process',
    'require',
    'fetch',
    'self',
    'Function',
    'XMLHttpRequest',
  ])('the JS global %s is not a name', async (name) => {
    const r = await run(`${name}`);
    expect(r.error?.type).toBe('NameError');
    expect(r.error?.message).toBe(`name '${name}' is not defined`);
  });

  it.each([
    'eval("1")',
    'exec("x = 1")',
    '__import__("os")',
    'compile("1", "f", "eval")',
    'globals()',
    'vars()',
  ])('%s is refused as unsupported', async (code) => {
    const r = await run(code);
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toMatch(/^not supported in the playground: the builtin \w+\(\)$/);
    expect(r.error?.hint?.docs).toBe('/docs/playground-runtime#supported-python');
  });

  it.each(['js', 'pyodide'])('import %s fails (no such module)', async (m) => {
    const r = await run(`import ${m}`);
    expect(r.error?.type).toBe('ModuleNotFoundError');
    expect(r.error?.message).toBe(`No module named '${m}'`);
  });

  // CPython has these, so the playground names them as unsupported rather than missing.
  it.each(['subprocess', 'importlib', 'builtins', 'socket', 'ctypes'])(
    'import %s fails (not supported)',
    async (m) => {
      const r = await run(`import ${m}`);
      expect(r.error?.type).toBe('NotImplementedError');
      expect(r.error?.message).toBe(
        `not supported in the playground: the ${m.split('.')[0]} module`,
      );
    },
  );

  it('sys imports but opens nothing: no modules table, frames or hooks', async () => {
    for (const attr of ['modules', '_getframe', 'settrace', 'stdin']) {
      const r = await run(`import sys\nsys.${attr}()`);
      expect(r.error?.type).toBe('NotImplementedError');
      expect(r.error?.message).toBe(`not supported in the playground: sys.${attr}`);
    }
  });

  it('open() only sees the in-memory files of this run', async () => {
    const r = await run('open("/etc/passwd")');
    expect(r.error?.type).toBe('FileNotFoundError');
    expect(r.error?.message).toBe("[Errno 2] No such file or directory: '/etc/passwd'");
    await run('with open("leak.txt", "w") as f:\n    f.write("x")');
    const second = await run('import os\nprint(os.path.exists("leak.txt"))');
    expect(second.stdout).toBe('False\n');
  });

  it('os.environ holds only the env given to the run, and os has no process access', async () => {
    const r = await runSnippet(
      'import os\nprint(os.environ.get("PATH"), os.environ.get("HOME"), os.environ.get("X"))\nos.system("ls")',
      {
        world: createWorld(),
        env: { X: 'given' },
      },
    );
    expect(r.stdout).toBe('None None given\n');
    expect(r.error?.type).toBe('AttributeError');
    expect(r.error?.message).toBe("module 'os' has no attribute 'system'");
  });

  it('wandb objects expose only their Python surface', async () => {
    const r = await run(`import wandb
run = wandb.init(project="p")
art = wandb.Artifact("clf", "model")
for obj, name in [(run, "run"), (run, "_sdk"), (run, "sdk"), (art, "artifact"), (art, "_sdk"), (art, "constructor"), (wandb, "__dict__"), (wandb.init, "__globals__"), (wandb.Artifact, "__init__")]:
    try:
        getattr(obj, name)
        print("LEAK", name)
    except AttributeError as e:
        print("blocked", name)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).not.toContain('LEAK');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('blocked'))).toHaveLength(9);
  });

  it('keys like __proto__ are plain dict keys and pollute nothing', async () => {
    const r = await run(`import json
d = json.loads('{"__proto__": {"polluted": 1}, "constructor": 2}')
print(d["__proto__"], d["constructor"], len(d))
e = {"__proto__": 5}
e["toString"] = 1
print(e, "hasOwnProperty" in e)
`);
    expect(r.stdout).toBe("{'polluted': 1} 2 2\n{'__proto__': 5, 'toString': 1} False\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the runtime makes no request of its own: without wandb, requests stay empty', async () => {
    const r = await run('import os, json\nprint(json.dumps({"a": os.getcwd()}))');
    expect(r.requests).toEqual([]);
  });
});

describe('sandbox: classes and standard-library objects lead nowhere', () => {
  const PRE = `import collections, dataclasses, datetime, enum, functools
class A:
    def f(self):
        return 1
@dataclasses.dataclass
class D:
    x: int = 0
class E(enum.Enum):
    X = 1
`;
  it.each([
    ['A().__class__.__subclasses__()', "type object 'A' has no attribute '__subclasses__'"],
    // A class's __class__ is its metaclass (`type` here), the builtin everyone has anyway.
    [
      'A().__class__.__class__.__subclasses__()',
      "type object 'type' has no attribute '__subclasses__'",
    ],
    ['A().f.__globals__', "'method' object has no attribute '__globals__'"],
    ['A().f.__func__.__globals__', "'function' object has no attribute '__globals__'"],
    ["A.__dict__['f'].__code__", "'function' object has no attribute '__code__'"],
    [
      'A.__init__.__globals__',
      "'builtin_function_or_method' object has no attribute '__globals__'",
    ],
    ['A().__dict__.__class__', "'dict' object has no attribute '__class__'"],
    ['D().__init__.__globals__', "'method' object has no attribute '__globals__'"],
    [
      'type(E.X).__mro__[-1].__subclasses__()',
      "type object 'object' has no attribute '__subclasses__'",
    ],
    [
      'collections.Counter().__class__.__subclasses__()',
      "type object 'Counter' has no attribute '__subclasses__'",
    ],
    [
      'functools.partial(print).func.__self__',
      "'builtin_function_or_method' object has no attribute '__self__'",
    ],
    [
      'datetime.datetime.now.__self__',
      "'builtin_function_or_method' object has no attribute '__self__'",
    ],
    [
      'datetime.date(2024, 1, 1).constructor',
      "'datetime.date' object has no attribute 'constructor'",
    ],
  ])('%s → AttributeError', async (code, message) => {
    const r = await run(`${PRE}${code}`);
    expect(r.error?.type).toBe('AttributeError');
    expect(r.error?.message).toBe(message);
  });

  it('endless stdlib iterators stop on the step budget', async () => {
    const r = await runPython('import itertools\nfor i in itertools.count():\n    pass', {
      limits: { maxSteps: 5000 },
    });
    expect(r.error?.type).toBe('TimeoutError');
    const cyc = await runPython('import itertools\nlist(itertools.cycle([1]))', {
      limits: { maxSteps: 5000 },
    });
    expect(cyc.error?.type).toBe('TimeoutError');
  });
});

describe('budgets', () => {
  it('an endless loop stops on the step budget, uncatchable by except', async () => {
    const r = await runPython(
      'while True:\n    try:\n        pass\n    except BaseException:\n        pass\n',
      {
        limits: { maxSteps: 20_000, maxMillis: 1e9 },
      },
    );
    expect(r.error?.type).toBe('TimeoutError');
    expect(r.error?.message).toBe('the snippet ran more than 20000 steps (playground step budget)');
    expect(r.error?.hint?.docs).toBe('/docs/playground-runtime#budgets');
    expect(r.error?.line).toBeGreaterThan(0);
  });

  it('the default step budget also stops `while True: pass`', async () => {
    const r = await runPython('while True: pass', { limits: { maxMillis: 1e9 } });
    expect(r.error?.type).toBe('TimeoutError');
    expect(r.error?.message).toBe(
      `the snippet ran more than ${BUDGETS.maxSteps} steps (playground step budget)`,
    );
  });

  it('a wall-clock backstop stops long runs too', async () => {
    const r = await runPython('while True: pass', { limits: { maxSteps: 1e12, maxMillis: 0 } });
    expect(r.error?.type).toBe('TimeoutError');
    expect(r.error?.message).toMatch(/playground time budget/);
  });

  it('native loops over huge ranges are charged per item', async () => {
    const r = await runPython('print(sum(range(10**12)))', {
      limits: { maxSteps: 10_000, maxMillis: 1e9 },
    });
    expect(r.error?.type).toBe('TimeoutError');
  });

  it("recursion stops with CPython's RecursionError, catchable like in CPython", async () => {
    const r = await runPython(
      'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\nf(0)\n',
    );
    expect(r.stdout).toBe('caught maximum recursion depth exceeded\n');
    expect(r.error?.type).toBe('RecursionError');
    expect(r.error?.message).toBe('maximum recursion depth exceeded');
    // The traceback shows the recursing frames, like CPython's.
    expect(r.error?.traceback).toContain('  File "<snippet>", line 2, in f\n    return f(n + 1)');
  });

  it.each([
    ['"a" * 10**10', 'a string of 10000000000 characters is over the playground limit of 1000000'],
    ['[0] * 10**9', 'a collection of 1000000000 items is over the playground limit of 1000000'],
    [
      'list(range(10**9))',
      'a collection of 1000000000 items is over the playground limit of 1000000',
    ],
    ['10 ** 10 ** 10', 'an int over 100000 bits is over the playground limit'],
    [
      's = "ab"\nwhile True:\n    s += s',
      'a string of 1048576 characters is over the playground limit of 1000000',
    ],
    [
      'f"{1:>{10**9}}"',
      'a string of 1000000000 characters is over the playground limit of 1000000',
    ],
    [
      '"x".ljust(10**9)',
      'a string of 1000000000 characters is over the playground limit of 1000000',
    ],
  ])('%s → MemoryError', async (code, message) => {
    const r = await runPython(code);
    expect(r.error?.type).toBe('MemoryError');
    expect(r.error?.message).toBe(message);
    expect(r.error?.hint?.docs).toBe('/docs/playground-runtime#budgets');
  });

  it('output is capped and the run stops', async () => {
    const r = await runPython('while True:\n    print("spam")', {
      limits: { maxOutput: 1000, maxMillis: 1e9 },
    });
    expect(r.stdout.length).toBe(1000);
    expect(r.error?.type).toBe('RuntimeError');
    expect(r.error?.message).toBe(
      'output limit reached: the snippet printed more than 1000 characters (playground output budget)',
    );
  });

  it('yields to the event loop during long runs (a timer fires mid-run)', async () => {
    let fired = false;
    const timer = setTimeout(() => {
      fired = true;
    }, 0);
    const r = await runPython('n = 0\nwhile n < 50000:\n    n += 1\nprint(n)', {
      limits: { maxMillis: 1e9 },
    });
    clearTimeout(timer);
    expect(r.stdout).toBe('50000\n');
    expect(fired).toBe(true);
  });
});
