// The `operator` module: itemgetter, attrgetter and methodcaller (what sort keys use),
// and the operators as functions, with CPython's reprs and argument errors.

import { getAttr } from '../interp/attributes';
import { compareOp } from '../interp/operators';
import { getItem } from '../interp/subscript';
import { binaryOp, unaryOp } from '../values/arith';
import { truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { hashKey } from '../values/hashing';
import { type PyInstance, PyBuiltin, PyTuple, type PyValue } from '../values/objects';
import { repr } from '../values/repr';
import { method, nativeClass } from './classkit';
import { makeModule } from './native';
import type { StdlibServices } from './services';

const field = (self: PyValue, k: string) =>
  (self as PyInstance).dict.map.get(hashKey(k))?.[1] ?? null;
const setField = (self: PyValue, k: string, v: PyValue) =>
  (self as PyInstance).dict.map.set(hashKey(k), [k, v]);

export function makeOperatorModule(s: StdlibServices) {
  const rt = s.runtime();
  const itemgetter = nativeClass(
    rt,
    'itemgetter',
    {
      __init__: method('__init__', (_c, self, args) => {
        if (!args.length) throw pyErr(E.TypeError, 'itemgetter expected 1 argument, got 0');
        setField(self, 'items', new PyTuple(args));
        return null;
      }),
      __call__: method('__call__', (_c, self, [obj]) => {
        const items = (field(self, 'items') as PyTuple).items;
        if (items.length === 1) return getItem(obj, items[0]);
        return new PyTuple(items.map((k) => getItem(obj, k)));
      }),
      __repr__: method(
        '__repr__',
        (_c, self) =>
          `operator.itemgetter(${(field(self, 'items') as PyTuple).items.map((x) => repr(x)).join(', ')})`,
      ),
    },
    { module: 'operator' },
  );
  const attrgetter = nativeClass(
    rt,
    'attrgetter',
    {
      __init__: method('__init__', (_c, self, args) => {
        if (!args.length) throw pyErr(E.TypeError, 'attrgetter expected 1 argument, got 0');
        for (const a of args)
          if (typeof a !== 'string') throw pyErr(E.TypeError, 'attribute name must be a string');
        setField(self, 'names', new PyTuple(args));
        return null;
      }),
      __call__: method('__call__', (_c, self, [obj]) => {
        const names = (field(self, 'names') as PyTuple).items as string[];
        const one = (n: string) => n.split('.').reduce<PyValue>((o, part) => getAttr(o, part), obj);
        return names.length === 1 ? one(names[0]) : new PyTuple(names.map(one));
      }),
      __repr__: method(
        '__repr__',
        (_c, self) =>
          `operator.attrgetter(${(field(self, 'names') as PyTuple).items.map((x) => repr(x)).join(', ')})`,
      ),
    },
    { module: 'operator' },
  );
  const methodcaller = nativeClass(
    rt,
    'methodcaller',
    {
      __init__: method('__init__', (_c, self, args, kwargs) => {
        if (!args.length)
          throw pyErr(E.TypeError, 'methodcaller needs at least one argument, the method name');
        if (typeof args[0] !== 'string') throw pyErr(E.TypeError, 'method name must be a string');
        setField(self, 'name', args[0]);
        setField(self, 'args', new PyTuple(args.slice(1)));
        const kw = new Map(kwargs ?? []);
        (self as PyInstance).dict.map.set(hashKey('kwargs'), [
          'kwargs',
          new PyTuple([...kw].map(([k, v]) => new PyTuple([k, v]))),
        ]);
        return null;
      }),
      __call__: method('__call__', (ctx, self, [obj]) => {
        const kw = new Map(
          ((field(self, 'kwargs') as PyTuple).items as PyTuple[]).map((t) => [
            t.items[0] as string,
            t.items[1],
          ]),
        );
        return ctx.call(
          getAttr(obj, field(self, 'name') as string),
          (field(self, 'args') as PyTuple).items,
          kw,
        );
      }),
      __repr__: method('__repr__', (_c, self) => {
        const parts = [repr(field(self, 'name'))];
        for (const a of (field(self, 'args') as PyTuple).items) parts.push(repr(a));
        for (const t of (field(self, 'kwargs') as PyTuple).items as PyTuple[])
          parts.push(`${t.items[0] as string}=${repr(t.items[1])}`);
        return `operator.methodcaller(${parts.join(', ')})`;
      }),
    },
    { module: 'operator' },
  );
  const bin = (name: string, op: Parameters<typeof binaryOp>[0]) =>
    new PyBuiltin(name, (_c, args) => {
      if (args.length !== 2)
        throw pyErr(E.TypeError, `${name} expected 2 arguments, got ${args.length}`);
      return binaryOp(op, args[0], args[1]);
    });
  const cmp = (name: string, op: string) =>
    new PyBuiltin(name, (ctx, args) => {
      if (args.length !== 2)
        throw pyErr(E.TypeError, `${name} expected 2 arguments, got ${args.length}`);
      return compareOp(op, args[0], args[1], (n) => ctx.tick(n));
    });
  const one = (name: string, f: (v: PyValue) => PyValue) =>
    new PyBuiltin(name, (_c, args) => {
      if (args.length !== 1)
        throw pyErr(E.TypeError, `${name}() takes exactly one argument (${args.length} given)`);
      return f(args[0]);
    });
  return makeModule(
    'operator',
    {
      itemgetter,
      attrgetter,
      methodcaller,
      add: bin('add', '+'),
      sub: bin('sub', '-'),
      mul: bin('mul', '*'),
      truediv: bin('truediv', '/'),
      floordiv: bin('floordiv', '//'),
      mod: bin('mod', '%'),
      pow: bin('pow', '**'),
      and_: bin('and_', '&'),
      or_: bin('or_', '|'),
      xor: bin('xor', '^'),
      concat: bin('concat', '+'),
      lshift: bin('lshift', '<<'),
      rshift: bin('rshift', '>>'),
      eq: cmp('eq', '=='),
      ne: cmp('ne', '!='),
      lt: cmp('lt', '<'),
      le: cmp('le', '<='),
      gt: cmp('gt', '>'),
      ge: cmp('ge', '>='),
      is_: cmp('is_', 'is'),
      is_not: cmp('is_not', 'is not'),
      contains: new PyBuiltin('contains', (ctx, [a, b]) =>
        compareOp('in', b, a, (n) => ctx.tick(n)),
      ),
      getitem: new PyBuiltin('getitem', (_c, [a, b]) => getItem(a, b)),
      neg: one('neg', (v) => unaryOp('-', v)),
      pos: one('pos', (v) => unaryOp('+', v)),
      invert: one('invert', (v) => unaryOp('~', v)),
      not_: one('not_', (v) => !truthy(v)),
      truth: one('truth', (v) => truthy(v)),
      index: one('index', (v) => {
        if (typeof v === 'bigint') return v;
        if (typeof v === 'boolean') return v ? 1n : 0n;
        throw pyErr(
          E.TypeError,
          `'${(v as { typeName?: string })?.typeName ?? typeof v}' object cannot be interpreted as an integer`,
        );
      }),
    },
    ['setitem', 'delitem', 'length_hint', 'iadd', 'matmul'],
  );
}
