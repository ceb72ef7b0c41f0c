import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import { applyEdits } from './analyze';
import { checkNames } from './checkNames';
import { collectScopes } from './scopes';

const undefinedNames = (code: string) =>
  checkNames(collectScopes(parser.parse(code), code)).map((d) => code.slice(d.from, d.to));

const names = (code: string) => checkNames(collectScopes(parser.parse(code), code));

describe('names that are defined (no false alarms)', () => {
  it.each([
    ['assignment and tuple unpacking', 'a, (b, [c, *d]) = 1, (2, [3, 4])\nprint(a, b, c, d)'],
    ['augmented assignment after assignment', 'n = 1\nn += 1\nprint(n)'],
    [
      'imports, dotted and aliased',
      'import os.path\nimport json as j\nfrom x import (y, z as w)\nprint(os, j, y, w)',
    ],
    [
      'functions: params, defaults, *args, **kwargs, recursion',
      'def f(a, b=1, *args, k=2, **kw):\n    return f(a, b, *args, k=k, **kw)\nf(1)',
    ],
    [
      'a function may use a module name assigned after it',
      'def f():\n    return LATER\nLATER = 1\nf()',
    ],
    ['lambda params', 'g = lambda x, y=2: x + y\ng(1)'],
    [
      'comprehension variables (element before for)',
      'print([i * j for i in range(3) for j in range(i) if j])\nprint({k: v for k, v in {}.items()})',
    ],
    [
      'with … as, except … as',
      'with open("f") as fh:\n    pass\ntry:\n    pass\nexcept ValueError as e:\n    print(e)\nprint(fh)',
    ],
    [
      'for targets and loop-carried names',
      'for i in range(3):\n    if i:\n        print(prev)\n    prev = i',
    ],
    [
      'while loops carry names too',
      'i = 0\nwhile i < 2:\n    if i:\n        print(last)\n    last = i\n    i += 1',
    ],
    ['conditional definitions count', 'import os\nif os:\n    X = 1\nelse:\n    pass\nprint(X)'],
    ['walrus', 'if (m := 3) > 1:\n    print(m)\nprint([y := 1, y])'],
    [
      'class names, bases and methods',
      'class A:\n    x = 1\n    y = x\n    def m(self):\n        return A\nclass B(A):\n    pass',
    ],
    ['global in a function', 'def f():\n    global G\n    G = 1\nf()\nprint(G)'],
    ['keyword argument names are not names', 'print("a", sep="", end="\\n")'],
    [
      'match capture patterns',
      'match 1:\n    case [a, *rest] as whole:\n        print(a, rest, whole)\n    case {"k": v, **more}:\n        print(v, more)\n    case int(real=r):\n        print(r)',
    ],
    ['builtins and dunders', 'print(len(range(3)), __name__, ValueError, True, None)'],
    ['decorators', 'import functools\n@functools.lru_cache(maxsize=None)\ndef f():\n    pass'],
    ['attributes are not names', 'import os\nprint(os.path.join, os.environ)'],
    ['f-string replacements with defined names', 'x = 1\nprint(f"{x!r:>{x}}")'],
  ])('%s', (_title, code) => {
    expect(undefinedNames(code)).toEqual([]);
  });

  it('a star import makes every name possibly defined', () => {
    expect(undefinedNames('from os.path import *\nprint(join("a", "b"))')).toEqual([]);
  });
});

describe('names that are not defined (CPython raises NameError)', () => {
  it.each([
    ['never assigned', 'print(nope)', ['nope']],
    ['used before the assignment at module level', 'print(x)\nx = 1', ['x']],
    ['its own value in an assignment', 'x = x + 1', ['x']],
    ['a function local, from the module', 'def f():\n    loc = 1\nprint(loc)', ['loc']],
    ['a comprehension variable after the comprehension', '[i for i in range(3)]\nprint(i)', ['i']],
    [
      'a class attribute from a method',
      'class A:\n    x = 1\n    def m(self):\n        return x',
      ['x'],
    ],
    ['a name in an f-string replacement', 'print(f"{ORG}/x")', ['ORG']],
    ['every use is reported', 'print(a)\nprint(a)', ['a', 'a']],
    ['a default value is evaluated at def time', 'def f(a=LATER):\n    pass\nLATER = 1', ['LATER']],
  ])('%s', (_title, code, expected) => {
    expect(undefinedNames(code)).toEqual(expected);
  });

  it('has the CPython message and range', () => {
    const code = 'x = 1\nprint(y)';
    const [d] = names(code);
    expect(d).toMatchObject({
      severity: 'error',
      code: 'undefined-name',
      message: "name 'y' is not defined",
      from: code.indexOf('y'),
      to: code.indexOf('y') + 1,
    });
  });

  it('does not report names inside a parse error (the user is still typing)', () => {
    const code = 'x = (1 +\nprint(foo bar baz)';
    const tree = parser.parse(code);
    let hasError = false;
    tree.iterate({
      enter: (n) => {
        if (n.type.isError) hasError = true;
      },
    });
    expect(hasError).toBe(true);
    expect(undefinedNames(code).filter((n) => n === 'bar' || n === 'baz')).toEqual([]);
  });
});

describe('fixes', () => {
  it('a typo of a used name: change the use (first), or rename the definition and its uses', () => {
    const code = 'ORG_NAME = "acme"\nprint(ORG_NAME)\nprint(ORG_NAEM)';
    const [d] = names(code);
    expect(d.fixes?.map((f) => f.title)).toEqual([
      "Change to 'ORG_NAME'",
      "Rename 'ORG_NAME' to 'ORG_NAEM' where it is defined and used",
    ]);
    expect(applyEdits(code, d.fixes?.[0].edits ?? [])).toBe(
      'ORG_NAME = "acme"\nprint(ORG_NAME)\nprint(ORG_NAME)',
    );
    expect(applyEdits(code, d.fixes?.[1].edits ?? [])).toBe(
      'ORG_NAEM = "acme"\nprint(ORG_NAEM)\nprint(ORG_NAEM)',
    );
  });

  it('a misspelt builtin', () => {
    const code = 'pritn("hi")';
    const [d] = names(code);
    expect(d.fixes?.[0]).toEqual({
      title: "Change to 'print'",
      edits: [{ from: 0, to: 5, insert: 'print' }],
    });
  });

  it('offers nothing for a name assigned only later (a fix would still fail)', () => {
    const code = 'print(COLLECTION)\nCOLLECTION_NAME = "x"';
    const [d] = names(code);
    expect(d.message).toBe("name 'COLLECTION' is not defined");
    expect(d.fixes).toBeUndefined();
  });

  it('does not guess from unrelated short names', () => {
    const [d] = names('print(run)');
    expect(d.fixes).toBeUndefined();
  });
});
