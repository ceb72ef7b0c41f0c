// A fast-check generator of grammar-shaped Python programs: valid syntax, random
// semantics. Used by the fuzz test and by the differential fuzz against CPython. It avoids
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
);
export const pythonProgram = fc
  .array(statement, { minLength: 1, maxLength: 8 })
  .map(
    (lines) => `a = 1\nb = [1, 2]\nxs = [3, 1, 2]\nd = {1: "x"}\ns = "a b"\n${lines.join('\n')}\n`,
  );
