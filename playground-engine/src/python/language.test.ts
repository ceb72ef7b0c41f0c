// The language beyond the corpus: what CPython cannot be asked in the differential test
// (waiting host calls inside methods and generators, budgets, the sandbox around classes,
// the __future__ flag with a stand-in module), and the class API modules build on.

import { describe, expect, it } from 'vitest';
import { makeClass } from './interp/classes';
import { type ModuleFactory, runPython } from './run';
import { PyBuiltin, PyList, PyModule, type PyValue } from './values/objects';

/** `slow.fetch(x)` answers after a real wait, like a wandb round trip. */
const slowModule: ModuleFactory = (name) => {
  if (name === '__future__') return new PyModule('__future__', new Map([['annotations', true]]));
  if (name !== 'slow') return undefined;
  return new PyModule(
    'slow',
    new Map<string, PyValue>([
      [
        'fetch',
        new PyBuiltin('fetch', async (_c, a) => {
          await new Promise((r) => setTimeout(r, 1));
          return a[0] ?? 5n;
        }),
      ],
    ]),
  );
};

const run = (code: string, limits?: NonNullable<Parameters<typeof runPython>[1]>['limits']) =>
  runPython(code, { modules: slowModule, limits });

describe('host calls that wait, inside the new constructs', () => {
  it('work in __init__, methods, property getters, decorators and for-loops over generators', async () => {
    const r = await run(`import slow
def traced(fn):
    def wrapper(*a):
        return ("traced", fn(*a), slow.fetch(1))
    return wrapper
class Client:
    def __init__(self):
        self.token = slow.fetch("tok")
    @property
    def status(self):
        return slow.fetch("ok")
    @traced
    def get(self, x):
        return slow.fetch(x)
def pages():
    for i in range(3):
        yield slow.fetch(i)
c = Client()
print(c.token, c.status, c.get(7))
for p in pages():
    print("page", p)
print([p * 2 for p in pages()], next(pages()))
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("tok ok ('traced', 7, 1)\npage 0\npage 1\npage 2\n[0, 2, 4] 0\n");
  });

  it('are refused, clearly, inside methods Python calls implicitly', async () => {
    const r = await run(`import slow
class Model:
    def __repr__(self):
        return f"Model({slow.fetch('x')})"
print(repr(Model()))
`);
    expect(r.error).toMatchObject({ type: 'NotImplementedError', line: 4 });
    expect(r.error?.message).toMatch(
      /^not supported in the playground: waiting for W&B inside a method/,
    );
  });

  it('a generator consumed by a builtin runs synchronously; a wait there is refused', async () => {
    const ok = await run(
      'def g():\n    yield 1\n    yield 2\nprint(list(g()), sum(g()), sorted(g(), reverse=True))',
    );
    expect(ok.stdout).toBe('[1, 2] 3 [2, 1]\n');
    const r = await run('import slow\ndef g():\n    yield slow.fetch(1)\nprint(list(g()))');
    expect(r.error?.type).toBe('NotImplementedError');
  });
});

describe('budgets hold for the new constructs', () => {
  it('an endless generator is stopped by the step budget, in a loop and in list()', async () => {
    for (const code of [
      'def forever():\n    while True:\n        yield 1\nfor x in forever():\n    pass',
      'def forever():\n    i = 0\n    while True:\n        yield i\n        i += 1\nlist(forever())',
      'def forever():\n    while True:\n        yield 1\nprint(sum(x for x in forever()))',
    ]) {
      const r = await run(code, { maxSteps: 20_000 });
      expect(r.error?.type, code).toBe('TimeoutError');
      expect(r.error?.message, code).toMatch(/step budget/);
    }
  });

  it('deep recursion through __repr__ and __eq__ is a RecursionError', async () => {
    const rep = await run(
      'class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())',
    );
    expect(rep.error?.type).toBe('RecursionError');
    const eq = await run(
      'class B:\n    def __eq__(self, other):\n        return self == other\nprint(B() == B())',
    );
    expect(eq.error?.type).toBe('RecursionError');
    const str = await run('class C:\n    def __str__(self):\n        return f"{self}"\nprint(C())');
    expect(str.error?.type).toBe('RecursionError');
  });
});

describe('sandbox: classes do not reach JavaScript', () => {
  it.each([
    ['A.__subclasses__()', "type object 'A' has no attribute '__subclasses__'"],
    [
      'A().__class__.__mro__[-1].__subclasses__()',
      "type object 'object' has no attribute '__subclasses__'",
    ],
    ['A.f.__globals__', "'function' object has no attribute '__globals__'"],
    ['A().f.__globals__', "'method' object has no attribute '__globals__'"],
    ['A().f.__func__.__code__', "'function' object has no attribute '__code__'"],
    ['A.__dict__["f"].__closure__', "'function' object has no attribute '__closure__'"],
    ['A().__dict__.constructor', "'dict' object has no attribute 'constructor'"],
    ['A().__class__.constructor', "type object 'A' has no attribute 'constructor'"],
    ['A().__proto__', "'A' object has no attribute '__proto__'"],
    ['super(A, A()).constructor', "'super' object has no attribute 'constructor'"],
  ])('%s is an AttributeError', async (expr, message) => {
    const r = await run(`class A:\n    def f(self):\n        return 1\nprint(${expr})`);
    expect(r.error).toMatchObject({ type: 'AttributeError', message });
  });

  it('__dict__ and __class__ are the Python objects, and writing them is refused', async () => {
    const r = await run(
      'class A:\n    x = 1\na = A()\na.y = 2\nprint(a.__dict__, a.__class__ is A, A.__dict__["x"])\na.__class__ = int\n',
    );
    expect(r.stdout).toBe("{'y': 2} True 1\n");
    expect(r.error?.type).toBe('TypeError');
  });
});

describe('from __future__ import annotations (the compile-time flag)', () => {
  it('keeps every annotation as its source text and never evaluates it', async () => {
    const r = await run(`from __future__ import annotations
class Node:
    parent: Node | None
    def link(self, other: Node, *, depth: int = 1) -> list[Node]:
        return [other]
x: Undefined = 3
print(Node.__annotations__, Node.link.__annotations__, __annotations__, x)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "{'parent': 'Node | None'} {'other': 'Node', 'depth': 'int', 'return': 'list[Node]'} {'x': 'Undefined'} 3\n",
    );
  });
});

describe('the class API (for modules building classes natively)', () => {
  it('a class with `meta` answers iteration, len, [] and repr on the class itself (Enum needs it)', async () => {
    const factory: ModuleFactory = (name) => {
      if (name !== 'colors') return undefined;
      return new PyModule(
        'colors',
        new Map<string, PyValue>([
          [
            'make',
            new PyBuiltin('make', (ctx) => {
              const names = ['RED', 'GREEN'];
              const meta = makeClass(
                ctx,
                'ColorMeta',
                'ColorMeta',
                [],
                new Map<string, PyValue>([
                  ['__iter__', new PyBuiltin('__iter__', () => new PyList(names))],
                  ['__len__', new PyBuiltin('__len__', () => BigInt(names.length))],
                  [
                    '__getitem__',
                    new PyBuiltin('__getitem__', (_c, [, k]) => `member ${String(k)}`),
                  ],
                  ['__repr__', new PyBuiltin('__repr__', () => "<enum 'Color'>")],
                ]),
                null,
                'colors',
              );
              const cls = makeClass(ctx, 'Color', 'Color', [], new Map(), null, 'colors');
              cls.meta = meta;
              return cls;
            }),
          ],
        ]),
      );
    };
    const r = await runPython(
      'import colors\nColor = colors.make()\nprint(list(Color), len(Color), Color["RED"], Color, [c for c in Color])',
      { modules: factory },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['RED', 'GREEN'] 2 member RED <enum 'Color'> ['RED', 'GREEN']\n");
  });

  it('makeClass builds a class whose native and Python methods both work', async () => {
    // A stand-in for what dataclass/namedtuple do: a module that returns a class.
    const factory: ModuleFactory = (name) => {
      if (name !== 'shapes') return undefined;
      return new PyModule(
        'shapes',
        new Map<string, PyValue>([
          [
            'make_point',
            new PyBuiltin('make_point', (ctx) => {
              const ns = new Map<string, PyValue>([
                [
                  '__init__',
                  new PyBuiltin('__init__', (c, [self, x, y]) => {
                    c.callSync(c.getAttr(self, '__setattr__'), ['x', x]);
                    c.callSync(c.getAttr(self, '__setattr__'), ['y', y]);
                    return null;
                  }),
                ],
                [
                  '__repr__',
                  new PyBuiltin(
                    '__repr__',
                    (c, [self]) =>
                      `Point(${String(c.getAttr(self, 'x'))}, ${String(c.getAttr(self, 'y'))})`,
                  ),
                ],
              ]);
              return makeClass(ctx, 'Point', 'Point', [], ns, null, 'shapes');
            }),
          ],
        ]),
      );
    };
    const r = await runPython(
      'import shapes\nPoint = shapes.make_point()\nclass P3(Point):\n    def norm1(self):\n        return self.x + self.y\np = P3(1, 2)\nprint(p, p.norm1(), isinstance(p, Point), Point.__module__, type(p).__mro__[1])',
      { modules: factory },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("Point(1, 2) 3 True shapes <class 'shapes.Point'>\n");
  });
});
