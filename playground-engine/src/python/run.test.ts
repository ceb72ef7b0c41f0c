// The runtime's own contract: results instead of throws, CPython-shaped tracebacks and
// positions, SyntaxError reporting, and the constructs outside the subset.

import { describe, expect, it } from 'vitest';
import { runPython } from './run';

describe('results and tracebacks', () => {
  it('reports nested frames like CPython, innermost last, with the source lines', async () => {
    const r = await runPython(
      'def inner(d):\n    return d["k"]\n\ndef outer():\n    return inner({})\n\nprint("start")\nouter()\n',
    );
    expect(r.ok).toBe(false);
    expect(r.stdout).toBe('start\n');
    expect(r.error).toMatchObject({ type: 'KeyError', message: "'k'", line: 2 });
    expect(r.error?.traceback).toBe(
      [
        'Traceback (most recent call last):',
        '  File "<snippet>", line 8, in <module>',
        '    outer()',
        '  File "<snippet>", line 5, in outer',
        '    return inner({})',
        '  File "<snippet>", line 2, in inner',
        '    return d["k"]',
        "KeyError: 'k'",
      ].join('\n'),
    );
  });

  it('points at the line of the failing part of a multi-line statement', async () => {
    const r = await runPython('x = dict(\n    a=1,\n    b=undefined_thing,\n)\n');
    expect(r.error).toMatchObject({ type: 'NameError', line: 3, column: 7 });
  });

  it('a bare raise keeps the original traceback line', async () => {
    const r = await runPython(
      'try:\n    1 / 0\nexcept ZeroDivisionError:\n    print("seen")\n    raise\n',
    );
    expect(r.stdout).toBe('seen\n');
    expect(r.error).toMatchObject({
      type: 'ZeroDivisionError',
      message: 'division by zero',
      line: 2,
    });
  });

  it('an exception with an empty message shows just the class', async () => {
    const r = await runPython('assert 1 == 2');
    expect(r.error?.message).toBe('');
    expect(r.error?.traceback.split('\n').pop()).toBe('AssertionError');
  });

  it('never rejects, whatever it is given', async () => {
    for (const code of [
      '',
      '\n\n',
      '   ',
      '\u0000',
      '((((((((((',
      '"""',
      'def',
      '\t\tx',
      `x = ${'['.repeat(500)}`,
    ]) {
      const r = await runPython(code);
      expect(typeof r.ok).toBe('boolean');
      expect(typeof r.stdout).toBe('string');
    }
    // @ts-expect-error: a non-string input is still a result, not a crash
    const bad = await runPython(undefined);
    expect(bad.error).toMatchObject({
      type: 'TypeError',
      message: 'the snippet must be a string of Python source, not undefined',
    });
  });
});

describe('SyntaxError', () => {
  it('is reported at the first error node, before anything runs', async () => {
    const r = await runPython('print("never")\nx = (1,\ny = 2 +\n');
    expect(r.stdout).toBe('');
    expect(r.error?.type).toBe('SyntaxError');
    expect(r.error?.line).toBeGreaterThanOrEqual(2);
    expect(r.error?.traceback).toMatch(/^ {2}File "<snippet>", line \d+\n/);
    expect(r.error?.traceback.split('\n').pop()).toMatch(/^SyntaxError: /);
  });

  it.each([
    ['print "hello"', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1],
    ['return 5', "'return' outside function", 1],
    ['for x in y:\n    pass\nbreak', "'break' outside loop", 3],
    ['1 = x', 'cannot assign to literal', 1],
    ['f() = 3', 'cannot assign to function call', 1],
    ['def f(a=1, b):\n    pass', 'non-default argument follows default argument', 1],
    ['def f(a, a):\n    pass', "duplicate argument 'a' in function definition", 1],
    ['f(a=1, 2)', 'positional argument follows keyword argument', 1],
    ['f(a=1, a=2)', 'keyword argument repeated: a', 1],
    [
      'x = 012',
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      1,
    ],
  ])('%s → %s', async (code, message, line) => {
    const r = await runPython(code);
    expect(r.error).toMatchObject({ type: 'SyntaxError', message, line });
  });

  it('shows the source line and a caret under the column', async () => {
    const r = await runPython('if True:\n    x = (1 +)\n');
    const tb = r.error?.traceback.split('\n') ?? [];
    expect(tb[1]).toBe('    x = (1 +)');
    expect(tb[2]).toMatch(/^ {4}\s*\^$/);
  });
});

describe('grammar repairs over the lezer tree', () => {
  it('gives `not` its Python precedence (lower than comparison, higher than and/or)', async () => {
    const r = await runPython(
      'a, b, c = True, False, True\nprint(not a and b, not b or c, a and not b or c, not a == b, not not a)\n',
    );
    expect(r.stdout).toBe('False True True True True\n');
  });

  it('evaluates comparison chains pairwise, each operand once', async () => {
    const r = await runPython(
      'calls = []\ndef v(x):\n    calls.append(x)\n    return x\nprint(v(1) < v(2) < v(3), v(3) < v(1) < v(9), calls)\n',
    );
    expect(r.stdout).toBe('True False [1, 2, 3, 3, 1]\n');
  });
});

describe('constructs outside the subset', () => {
  it.each([
    ['async def f():\n    pass', 'async functions', 1],
    ['x = 1j', 'complex numbers', 1],
    ['from os import *', "wildcard imports ('from x import *')", 1],
    ['print(...)', 'the Ellipsis literal (...)', 1],
  ])('%s names the construct and its line', async (code, what, line) => {
    const r = await runPython(code);
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toBe(`not supported in the playground: ${what} (line ${line})`);
    expect(r.error?.line).toBe(line);
    expect(r.error?.hint?.docs).toBe('/docs/playground-runtime#supported-python');
    expect(r.error?.hint?.text).toMatch(/subset of Python/);
  });

  it('runs the code before an unsupported construct', async () => {
    const r = await runPython('print("before")\ntype T = int\n');
    expect(r.stdout).toBe('before\n');
    expect(r.error?.line).toBe(2);
  });
});

describe('pieces the corpus does not pin', () => {
  it('accepts the positional-only marker', async () => {
    const r = await runPython('def f(a, /, b):\n    return a + b\nprint(f(1, b=2))');
    expect(r.stdout).toBe('3\n');
  });

  it('with-statement on a non-context-manager', async () => {
    const r = await runPython('with 5 as x:\n    pass');
    expect(r.error).toMatchObject({
      type: 'TypeError',
      message: "'int' object does not support the context manager protocol",
    });
  });

  it('files passed in up front are readable', async () => {
    const r = await runPython('print(open("./data/a.txt").read())', {
      files: { 'data/a.txt': 'hello' },
    });
    expect(r.stdout).toBe('hello\n');
  });

  it('host properties that need a round trip are awaited transparently', async () => {
    const r = await runPython(
      'n = 0\nfor i in range(3):\n    n += i\nprint(n, f"{n:03d}", [n] * 2)',
    );
    expect(r.stdout).toBe('3 003 [3, 3]\n');
  });
});
