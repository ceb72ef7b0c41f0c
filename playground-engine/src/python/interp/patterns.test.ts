import { describe, expect, it } from 'vitest';
import { runPython } from '../run';

async function out(code: string): Promise<string> {
  const r = await runPython(code);
  if (r.error) throw new Error(`${r.error.type}: ${r.error.message}`);
  return r.stdout;
}

const classify = `def f(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1:
            return "bit"
        case -2.5:
            return "neg"
        case "ab":
            return "ab"
        case str(s) if len(s) > 3:
            return "long " + s
        case [] | ():
            return "empty"
        case [x]:
            return f"one {x}"
        case (first, *middle, last):
            return f"seq {first} {middle} {last}"
        case {"op": op, **rest}:
            return f"map {op} {rest}"
        case _:
            return "other"
`;

describe('match statement', () => {
  it.each([
    ['None', 'none'],
    ['True', 'true'],
    ['1.0', 'bit'],
    ['-2.5', 'neg'],
    ['"ab"', 'ab'],
    ['"long"', 'long long'],
    ['"abc"', 'other'],
    ['()', 'empty'],
    ['[7]', 'one 7'],
    ['range(4)', 'seq 0 [1, 2] 3'],
    ['(1, 2)', 'seq 1 [] 2'],
    ['{"op": "add", "n": 1}', "map add {'n': 1}"],
    ['{"n": 1}', 'other'],
  ])('f(%s) takes the first matching case', async (arg, want) => {
    expect(await out(`${classify}print(f(${arg}))`)).toBe(`${want}\n`);
  });

  it('compares True by identity: 1 is not True', async () => {
    expect(
      await out('match 1:\n    case True:\n        print("t")\n    case 1:\n        print("one")'),
    ).toBe('one\n');
  });

  it('does not match str as a sequence', async () => {
    expect(
      await out(
        'match "ab":\n    case [a, b]:\n        print("seq")\n    case _:\n        print("no")',
      ),
    ).toBe('no\n');
  });

  it('runs nothing when no case matches', async () => {
    expect(await out('match 5:\n    case 1:\n        print("one")\nprint("after")')).toBe(
      'after\n',
    );
  });

  it('matches class patterns through __match_args__, keywords and value patterns', async () => {
    const code = `class Color:
    RED = "red"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) as pt:
            return f"x-axis {x} {pt.y}"
        case Point(y=Color.RED):
            return "red"
        case Point(x=int(n)) if n > 10:
            return f"far {n}"
        case int(n) | float(n):
            return f"number {n}"
    return "nothing"
print(where(Point(0, 0)), where(Point(3, 0)), where(Point(1, "red")), where(Point(11, 1)))
print(where(Point(1, 1)), where(2.5), where("s"))
`;
    expect(await out(code)).toBe('origin x-axis 3 0 red far 11\nnothing number 2.5 nothing\n');
  });

  it('binds nothing from a pattern that fails', async () => {
    const r = await runPython('match [1, 2]:\n    case [a, 3]:\n        pass\nprint(a)');
    expect(r.error?.type).toBe('NameError');
  });

  it('binds captures in a function as locals', async () => {
    const code =
      'def f(v):\n    match v:\n        case [a, b]:\n            pass\n    return a + b\nprint(f([1, 2]))';
    expect(await out(code)).toBe('3\n');
  });

  it.each([
    [
      'class C:\n    pass\nmatch C():\n    case C(1):\n        pass',
      'C() accepts 0 positional sub-patterns (1 given)',
    ],
    [
      'match 1:\n    case int(1, 2):\n        pass',
      'int() accepts 1 positional sub-pattern (2 given)',
    ],
    [
      'class C:\n    __match_args__ = ["a"]\nmatch C():\n    case C(1):\n        pass',
      'C.__match_args__ must be a tuple (got list)',
    ],
    [
      'class C:\n    __match_args__ = ("a",)\n    a = 1\nmatch C():\n    case C(1, a=1):\n        pass',
      "C() got multiple sub-patterns for attribute 'a'",
    ],
    ['f = len\nmatch 1:\n    case f():\n        pass', 'called match pattern must be a type'],
  ])('raises TypeError as CPython: %s', async (code, message) => {
    const r = await runPython(code);
    expect(r.error?.type).toBe('TypeError');
    expect(r.error?.message).toBe(message);
  });

  it.each([
    [
      'match 1:\n    case x:\n        pass\n    case 1:\n        pass',
      "name capture 'x' makes remaining patterns unreachable",
    ],
    [
      'match 1:\n    case _:\n        pass\n    case 1:\n        pass',
      'wildcard makes remaining patterns unreachable',
    ],
    ['match 1:\n    case [x] | [y]:\n        pass', 'alternative patterns bind different names'],
    ['match 1:\n    case [x, x]:\n        pass', "multiple assignments to name 'x' in pattern"],
    ['match {}:\n    case {"x": 1, "x": 2}:\n        pass', 'mapping pattern checks duplicate key'],
  ])('rejects at compile time: %s', async (code, message) => {
    const r = await runPython(code);
    expect(r.error?.type).toBe('SyntaxError');
    expect(r.error?.message).toContain(message);
  });
});
