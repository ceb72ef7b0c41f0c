// A fast-check generator of grammar-shaped Python programs: valid syntax, random
// semantics (classes, generators, decorators, the walrus and the standard-library modules
// scripts import included). Used by the fuzz
// test and by the differential fuzz against CPython. It avoids
// set displays (CPython orders sets by hash; the runtime keeps insertion order).

import fc from 'fast-check';

// Grammar-shaped programs: valid syntax, random semantics, to reach deep into evaluation.
const NAMES = ['a', 'b', 'xs', 'd', 's'];
const { expr } = fc.letrec<{ expr: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    fc.integer({ min: -5, max: 12 }).map(String),
    fc.constantFrom(
      '0.5',
      '-1.25',
      '1e3',
      '"ab"',
      "'x y'",
      'None',
      'True',
      'False',
      '[]',
      '{}',
      '()',
    ),
    fc.constantFrom(...NAMES),
  ),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('atom'),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom(
          '+',
          '-',
          '*',
          '/',
          '//',
          '%',
          '**',
          '==',
          '<',
          'in',
          'and',
          'or',
          '|',
          '&',
        ),
        tie('expr'),
      )
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc
      .tuple(
        fc.constantFrom(
          'len',
          'str',
          'int',
          'float',
          'list',
          'sorted',
          'repr',
          'bool',
          'abs',
          'sum',
          'max',
          'tuple',
          'dict',
        ),
        tie('expr'),
      )
      .map(([f, a]) => `${f}(${a})`),
    fc.tuple(tie('expr'), tie('expr')).map(([o, i]) => `(${o})[${i}]`),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom(
          'upper()',
          'split()',
          'append(1)',
          'get(1)',
          'items()',
          'pop()',
          'keys()',
          'strip()',
          'count(1)',
          'index(1)',
        ),
      )
      .map(([o, m]) => `(${o}).${m}`),
    fc.array(tie('expr'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
    fc.tuple(tie('expr'), tie('expr')).map(([k, v]) => `{${k}: ${v}}`),
    tie('expr').map((v) => `(lambda v: f"{v!r} {v:>4} {v=}")(${v})`),
    fc.tuple(tie('expr'), tie('expr')).map(([e, it]) => `[${e} for a in ${it} if a]`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([a, t, b]) => `(${a} if ${t} else ${b})`),
    fc
      .tuple(tie('expr'), fc.constantFrom('1:', ':2', '::-1', '-2:', '1:3:2', ':'))
      .map(([o, sl]) => `(${o})[${sl}]`),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom(
          '>6',
          '<4',
          '^7',
          '08.3f',
          ',',
          '.2e',
          'x',
          '+d',
          '.1%',
          '5',
          'g',
          '.3g',
          '#o',
        ),
      )
      .map(([v, spec]) => `format(${v}, "${spec}")`),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom(
          'replace("a", "b")',
          'find("b")',
          'startswith("a")',
          'join(["x", "y"])',
          'zfill(5)',
          'center(6, "*")',
          'title()',
          'split("a")',
          'rsplit(None, 1)',
          'partition(" ")',
          'isdigit()',
          'lower()',
          'rstrip("b")',
          'sort()',
          'insert(0, 9)',
          'remove(1)',
          'reverse()',
          'extend("ab")',
          'setdefault(2, [])',
          'update(a=1)',
          'values()',
          'copy()',
          'index(2)',
          'bit_length()',
          'is_integer()',
        ),
      )
      .map(([o, m]) => `(${o}).${m}`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([a, b, c]) => `(${a} < ${b} <= ${c})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(not ${a} and ${b} or not ${b})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `{**{1: ${a}}, ${b}: 2}`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `"{} {!r:>5}".format(${a}, ${b})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `list(zip(${a}, ${b}))`),
    fc.tuple(tie('expr')).map(([a]) => `list(enumerate(${a}, 1))`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `round(${a}, ${b})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `divmod(${a}, ${b})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `min(${a}, ${b})`),
    fc.tuple(tie('expr')).map(([a]) => `sorted(${a}, key=lambda q: -q, reverse=True)`),
    fc.tuple(tie('expr')).map(([a]) => `json.dumps(${a})`),
    fc.tuple(tie('expr')).map(([a]) => `int(str(${a}), 16)`),
  ),
}));
const statement = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), expr).map(([n, e]) => `${n} = ${e}`),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom('+=', '-=', '*='), expr)
    .map(([n, op, e]) => `${n} ${op} ${e}`),
  expr.map((e) => `print(${e})`),
  fc.tuple(expr, expr).map(([t, e]) => `if ${t}:\n    print(${e})\nelse:\n    a = ${e}`),
  fc.tuple(expr, expr).map(([it, e]) => `for b in ${it}:\n    xs = ${e}`),
  fc
    .tuple(expr, expr)
    .map(
      ([e, h]) =>
        `try:\n    d = ${e}\nexcept (TypeError, ValueError, KeyError) as err:\n    print(type(err).__name__, ${h})`,
    ),
  fc
    .tuple(expr, expr)
    .map(([body, arg]) => `def fn(a, b=2, *rest, **kw):\n    return ${body}\nprint(fn(${arg}))`),
  fc.tuple(fc.constantFrom(...NAMES), expr).map(([n, e]) => `${n}[0] = ${e}`),
  fc.constant('del a'),
  fc
    .tuple(expr, expr)
    .map(([t, e]) => `n = 0\nwhile n < 3 and ${t}:\n    n += 1\n    print(n, ${e})`),
  fc.tuple(expr, expr).map(([e, f]) => `try:\n    print(${e})\nfinally:\n    print("fin", ${f})`),
  fc.tuple(expr, expr).map(([e, f]) => `first, *rest = ${e}\nprint(first, rest, ${f})`),
  fc
    .tuple(expr)
    .map(
      ([e]) =>
        `def outer():\n    v = ${e}\n    def inner():\n        return v\n    return inner()\nprint(outer())`,
    ),
  fc.tuple(expr, expr).map(([k, v]) => `d[${k}] = ${v}\nprint(d)`),
  fc.tuple(expr, expr).map(([k, v]) => `xs[${k}:${v}] = [7]\nprint(xs)`),
  fc.tuple(expr).map(([e]) => `print(*${e}, sep="|")`),
  fc.tuple(expr).map(([e]) => `assert ${e}, "msg"`),
  // Classes: special methods, inheritance with super(), property with a setter.
  fc
    .tuple(expr, expr)
    .map(
      ([a, b]) =>
        `class K:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n        return f"K({self.v!r})"\n    def __eq__(self, o):\n        return isinstance(o, K) and self.v == o.v\n    def __lt__(self, o):\n        return self.v < o.v\nprint(K(${a}), K(${a}) == K(${b}), sorted([K(${a}), K(${b})]))`,
    ),
  fc
    .tuple(expr, expr)
    .map(
      ([e, f]) =>
        `class P:\n    def f(self):\n        return ${e}\nclass Q(P):\n    def f(self):\n        return [super().f(), ${f}]\nprint(Q().f(), isinstance(Q(), P), [c.__name__ for c in Q.__mro__])`,
    ),
  fc
    .tuple(expr, expr)
    .map(
      ([e, f]) =>
        `class R:\n    def __init__(self):\n        self._x = ${e}\n    @property\n    def x(self):\n        return self._x\n    @x.setter\n    def x(self, v):\n        self._x = v\nr = R()\nr.x = ${f}\nprint(r.x, vars(r))`,
    ),
  // Generators, generator expressions, decorators, walrus.
  fc
    .tuple(expr, expr)
    .map(
      ([e, f]) =>
        `def gen(x):\n    for q in x:\n        yield q\n    return x\nprint(list(gen(${e})), next(gen(${f}), "empty"))`,
    ),
  fc.tuple(expr).map(([e]) => `print(sum(q for q in ${e} if q), list(q for q in ${e}))`),
  fc
    .tuple(expr)
    .map(
      ([e]) =>
        `def deco(fn):\n    def w(*a, **k):\n        return ("w", fn(*a, **k))\n    return w\n@deco\ndef g2(a=${e}):\n    return a\nprint(g2(), g2.__name__)`,
    ),
  fc.tuple(expr).map(([e]) => `if (w := ${e}):\n    print("w", w)`),
  // The standard library that scripts import.
  fc
    .tuple(expr, expr)
    .map(
      ([e, f]) =>
        `c = collections.Counter(${e})\nprint(c.most_common(2), c[${f}], collections.defaultdict(list, {1: ${f}})[2], collections.deque(${e}, maxlen=2))`,
    ),
  fc
    .tuple(expr, expr)
    .map(
      ([e, f]) =>
        `print(list(itertools.islice(itertools.cycle(${e}), 5)), list(itertools.accumulate(${e})), list(itertools.zip_longest(${e}, ${f})), [(k, len(list(g))) for k, g in itertools.groupby(${f})])`,
    ),
  fc
    .tuple(expr, expr)
    .map(
      ([e, f]) =>
        `print(functools.reduce(lambda p, q: p + q, ${e}, ${f}), functools.partial(max, ${f})(${e}))`,
    ),
  fc
    .tuple(expr, expr)
    .map(
      ([e, f]) =>
        `@dataclass\nclass DC:\n    x: object = None\n    y: int = 0\nprint(DC(${e}), DC(${e}) == DC(${f}), asdict(DC(${e}, ${f})), copy.deepcopy(DC(${f})))`,
    ),
  fc
    .tuple(expr)
    .map(
      ([e]) => `class Color(Enum):\n    RED = 1\n    BLUE = "b"\nprint(list(Color), Color(${e}))`,
    ),
  fc
    .tuple(expr, expr)
    .map(
      ([e, f]) =>
        `print(datetime.date(2024, 2, 28) + datetime.timedelta(days=len(${e})), string.Template("$a-$b").safe_substitute(a=${f}), copy.copy(${e}))`,
    ),
);
export const pythonProgram = fc
  .array(statement, { minLength: 1, maxLength: 8 })
  .map(
    (lines) =>
      `import collections, copy, datetime, functools, itertools, json, string\nfrom dataclasses import asdict, dataclass\nfrom enum import Enum\na = 1\nb = [1, 2]\nxs = [3, 1, 2]\nd = {1: "x"}\ns = "a b"\n${lines.join('\n')}\n`,
  );
