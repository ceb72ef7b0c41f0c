// The builtin functions a snippet sees (print, len, sorted, ...). `open` is added
// per run by the interpreter because it needs that run's file system.

import { checkCollectionSize } from '../budgets';
import { iterate, toArray } from '../interp/iteration';
import { delAttr, getAttr, hasAttr, setAttr } from '../interp/attributes';
import {
  callSpecial,
  type Instance,
  isCallable,
  lenSpecial,
  special,
  trySpecial,
} from '../values/instances';
import { binaryOp } from '../values/arith';
import { bytesType } from '../values/bytes';
import { pyOrder, truthy } from '../values/compare';
import { builtinExceptionNames, E, exceptionType, pyErr } from '../values/exceptions';
import { toFixedExact } from '../values/floats';
import { formatValue } from '../values/format';
import { identityOf } from '../values/identity';
import { hashKey } from '../values/hashing';
import {
  type NativeContext,
  type NativeFn,
  NotImplemented,
  PyGenerator,
  PyInstance,
  PyModule,
  PyBuiltin,
  PyDict,
  PyDictView,
  PyExc,
  PyFunction,
  PyHost,
  PyIterator,
  PyList,
  PyRange,
  PySet,
  PyTuple,
  PyType,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr, str } from '../values/repr';
import { typeName } from '../values/typename';
import { arity, expectInt, expectStr, noKwargs, params } from './args';
import { mapCalls, pySort } from './sorting';
import { builtinTypes, isInstance } from './types';

function lenOf(v: PyValue): bigint {
  if (typeof v === 'string') return BigInt(v.length);
  const own = lenSpecial(v);
  if (own !== undefined) return own;
  if (v instanceof PyList || v instanceof PyTuple) return BigInt(v.items.length);
  if (v instanceof PyDict || v instanceof PySet) return BigInt(v.map.size);
  if (v instanceof PyDictView) return BigInt(v.dict.map.size);
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyHost && v.len) return BigInt(v.len());
  throw pyErr(E.TypeError, `object of type '${typeName(v)}' has no len()`);
}

function minMax(
  name: 'min' | 'max',
  ctx: Parameters<NativeFn>[0],
  args: PyValue[],
  kwargs: Map<string, PyValue> | null,
): PyValue | Promise<PyValue> {
  const [, key, dflt] = params(name, [], kwargs, ['_', 'key', 'default']);
  if (args.length === 0) throw pyErr(E.TypeError, `${name} expected at least 1 argument, got 0`);
  const items = args.length === 1 ? toArray(args[0], (n) => ctx.tick(n)) : args;
  if (args.length > 1 && dflt !== undefined) {
    throw pyErr(
      E.TypeError,
      `Cannot specify a default for ${name}() with multiple positional arguments`,
    );
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw pyErr(E.ValueError, `${name}() arg is an empty sequence`);
  }
  const pick = (keys: PyValue[]): PyValue => {
    let best = 0;
    for (let i = 1; i < items.length; i++) {
      if (name === 'max' ? pyOrder('>', keys[i], keys[best]) : pyOrder('<', keys[i], keys[best]))
        best = i;
    }
    return items[best];
  };
  if (key === undefined || key === null) return pick(items);
  const keys = mapCalls(
    ctx,
    key,
    items.map((x) => [x]),
  );
  return keys instanceof Promise ? keys.then(pick) : pick(keys);
}

function roundFloat(x: number, nd: bigint | undefined): PyValue {
  if (nd === undefined) {
    if (!Number.isFinite(x))
      throw pyErr(
        E.ValueError,
        `cannot convert float ${Number.isNaN(x) ? 'NaN' : 'infinity'} to integer`,
      );
    const f = Math.floor(x);
    const diff = x - f;
    const r = diff > 0.5 || (diff === 0.5 && f % 2 !== 0) ? f + 1 : f;
    return BigInt(r);
  }
  if (!Number.isFinite(x)) return x;
  const n = Number(nd);
  if (n >= 0) return n > 300 ? x : Number(toFixedExact(x, n));
  const p = 10 ** -n;
  if (!Number.isFinite(p)) return 0 * x;
  return Number(toFixedExact(x / p, 0)) * p;
}

function roundInt(x: bigint, nd: bigint | undefined): bigint {
  if (nd === undefined || nd >= 0n) return x;
  const p = 10n ** -nd;
  const q = x / p;
  let r = x % p;
  let fl = q;
  if (r < 0n) {
    fl -= 1n;
    r += p;
  }
  const twice = r * 2n;
  if (twice > p || (twice === p && fl % 2n !== 0n)) fl += 1n;
  return fl * p;
}

const unsupportedBuiltin = (name: string): PyBuiltin =>
  new PyBuiltin(name, () => {
    throw pyErr(E.NotImplementedError, `not supported in the playground: the builtin ${name}()`);
  });

/**
 * `print(..., file=f)`: as CPython's print, one `f.write()` per piece (each argument,
 * each separator, the end), then `f.flush()` when flush is true. sys.stdout/sys.stderr
 * are objects whose `write` calls `ctx.write(text, stream)`.
 */
async function printTo(
  ctx: NativeContext,
  file: PyValue,
  args: PyValue[],
  sep: PyValue | undefined,
  end: PyValue | undefined,
  flush: PyValue | undefined,
): Promise<null> {
  const write = ctx.getAttr(file, 'write');
  for (let i = 0; i < args.length; i++) {
    if (i > 0) await ctx.call(write, [(sep as string | null) ?? ' ']);
    await ctx.call(write, [str(args[i])]);
  }
  await ctx.call(write, [(end as string | null) ?? '\n']);
  if (flush !== undefined && truthy(flush)) await ctx.call(ctx.getAttr(file, 'flush'), []);
  return null;
}

function fn(name: string, f: NativeFn): [string, PyValue] {
  return [name, new PyBuiltin(name, f)];
}

export function makeBuiltins(): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  for (const t of builtinTypes) if (t.name !== 'object') b.set(t.name, t);
  b.set('object', builtinTypes[0]);
  for (const name of builtinExceptionNames) b.set(name, exceptionType(name)!);
  b.set('bytes', bytesType);
  const entries: [string, PyValue][] = [
    fn('print', (ctx, args, kwargs) => {
      const [sep, end, file, flush] = params('print', [], kwargs, ['sep', 'end', 'file', 'flush']);
      if (sep !== undefined && sep !== null && typeof sep !== 'string') {
        throw pyErr(E.TypeError, `sep must be None or a string, not ${typeName(sep)}`);
      }
      if (end !== undefined && end !== null && typeof end !== 'string') {
        throw pyErr(E.TypeError, `end must be None or a string, not ${typeName(end)}`);
      }
      if (file !== undefined && file !== null) return printTo(ctx, file, args, sep, end, flush);
      ctx.write(args.map(str).join(sep ?? ' ') + (end ?? '\n'));
      return null;
    }),
    fn('len', (_c, a, k) => {
      noKwargs('len', k);
      arity('len', a, 1, 1);
      return lenOf(a[0]);
    }),
    fn('repr', (_c, a) => {
      arity('repr', a, 1, 1);
      return repr(a[0]);
    }),
    fn('ascii', (_c, a) => {
      arity('ascii', a, 1, 1);
      return repr(a[0]).replace(
        /[^ -~\t\n\r]/g,
        (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
    }),
    fn('format', (_c, a) => {
      arity('format', a, 1, 2);
      return formatValue(a[0], a[1] === undefined ? '' : expectStr('format() argument 2', a[1]));
    }),
    fn('isinstance', (_c, a) => {
      if (a.length !== 2)
        throw pyErr(E.TypeError, `isinstance expected 2 arguments, got ${a.length}`);
      return isInstance(a[0], a[1]);
    }),
    fn('issubclass', (_c, a) => {
      if (a.length !== 2)
        throw pyErr(E.TypeError, `issubclass expected 2 arguments, got ${a.length}`);
      const [c, t] = a;
      if (!(c instanceof PyType)) throw pyErr(E.TypeError, 'issubclass() arg 1 must be a class');
      const ts = t instanceof PyTuple ? t.items : [t];
      return ts.some((x) => x instanceof PyType && c.isSubclassOf(x));
    }),
    fn('callable', (_c, a) => {
      arity('callable', a, 1, 1);
      return isCallable(a[0]);
    }),
    fn('id', (_c, a) => {
      arity('id', a, 1, 1);
      const v = a[0];
      return BigInt(
        typeof v === 'object' && v !== null
          ? 140000000000000 + identityOf(v) * 16
          : 9000000 + hashKey(v).length,
      );
    }),
    fn('hash', (_c, a) => {
      arity('hash', a, 1, 1);
      const v = a[0];
      if (typeof v === 'bigint') return v;
      if (typeof v === 'boolean') return v ? 1n : 0n;
      const h = hashKey(v);
      let x = 0;
      for (let i = 0; i < h.length; i++) x = (x * 31 + h.charCodeAt(i)) | 0;
      return BigInt(x);
    }),
    fn('hasattr', (_c, a) => {
      arity('hasattr', a, 2, 2);
      return hasAttr(a[0], expectStr('attribute name', a[1]));
    }),
    fn('getattr', (_c, a) => {
      arity('getattr', a, 2, 3);
      const name = expectStr('attribute name', a[1]);
      if (a.length === 3 && !hasAttr(a[0], name)) return a[2];
      return getAttr(a[0], name);
    }),
    fn('setattr', (c, a) => {
      arity('setattr', a, 3, 3);
      const name = expectStr('attribute name', a[1]);
      // A class's own __setattr__ (a frozen dataclass) runs, as for `obj.name = value`.
      const own = a[0] instanceof PyInstance ? special(a[0], '__setattr__') : undefined;
      if (own !== undefined && own !== null) return c.call(own, [a[0], name, a[2]]);
      setAttr(a[0], name, a[2]);
      return null;
    }),
    fn('delattr', (_c, a) => {
      arity('delattr', a, 2, 2);
      delAttr(a[0], expectStr('attribute name', a[1]));
      return null;
    }),
    fn('vars', (_c, a) => {
      if (a.length === 0)
        throw pyErr(E.NotImplementedError, 'not supported in the playground: the builtin vars()');
      arity('vars', a, 1, 1);
      const v = a[0];
      if (v instanceof PyInstance || v instanceof PyExc) return v.dict;
      if (v instanceof PyType || v instanceof PyFunction) return getAttr(v, '__dict__');
      if (v instanceof PyModule) {
        const d = new PyDict();
        for (const [k, x] of v.attrs) d.map.set(`s${k}`, [k, x]);
        return d;
      }
      throw pyErr(E.TypeError, 'vars() argument must have __dict__ attribute');
    }),
    fn('abs', (_c, a) => {
      arity('abs', a, 1, 1);
      const v = a[0];
      if (typeof v === 'bigint') return v < 0n ? -v : v;
      if (typeof v === 'boolean') return v ? 1n : 0n;
      if (typeof v === 'number') return Math.abs(v);
      const hosted = v instanceof PyHost ? v.unary?.('abs') : undefined;
      if (hosted !== undefined) return hosted;
      const own = trySpecial(v, '__abs__', []);
      if (own !== undefined) return own;
      throw pyErr(E.TypeError, `bad operand type for abs(): '${typeName(v)}'`);
    }),
    fn('round', (_c, a, k) => {
      const [x, nd] = params('round', a, k, ['number', 'ndigits'], 1);
      if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean') {
        throw pyErr(E.TypeError, `type ${typeName(x as PyValue)} doesn't define __round__ method`);
      }
      const n = nd === undefined || nd === null ? undefined : expectInt(nd);
      if (typeof x === 'number') return roundFloat(x, n);
      if (typeof x === 'bigint' || typeof x === 'boolean')
        return roundInt(typeof x === 'boolean' ? BigInt(x) : x, n);
      throw pyErr(E.TypeError, `type ${typeName(x as PyValue)} doesn't define __round__ method`);
    }),
    fn('divmod', (_c, a) => {
      arity('divmod', a, 2, 2);
      const [x, y] = a;
      const numeric = (v: PyValue) =>
        typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
      // CPython names the operation when a float is involved.
      const floatCase =
        numeric(x) && numeric(y) && (typeof x === 'number' || typeof y === 'number');
      if (floatCase && (y === 0 || y === 0n || y === false))
        throw pyErr(E.ZeroDivisionError, 'float divmod()');
      try {
        return new PyTuple([binaryOp('//', x, y), binaryOp('%', x, y)]);
      } catch (err) {
        if (
          err instanceof PyExc &&
          typeof err.args[0] === 'string' &&
          err.args[0].startsWith('unsupported operand type(s) for //:')
        ) {
          throw pyErr(E.TypeError, err.args[0].replace('for //:', 'for divmod():'));
        }
        throw err;
      }
    }),
    fn('pow', (_c, a) => {
      arity('pow', a, 2, 3);
      if (a.length === 3 && a[2] !== null) {
        const [x, y, m] = a.map(expectInt);
        if (m === 0n) throw pyErr(E.ValueError, 'pow() 3rd argument cannot be 0');
        let result = 1n;
        let base = ((x % m) + m) % m;
        let e = y;
        if (e < 0n)
          throw pyErr(
            E.ValueError,
            'pow() negative exponent with modulus is not supported in the playground',
          );
        while (e > 0n) {
          if (e & 1n) result = (result * base) % m;
          base = (base * base) % m;
          e >>= 1n;
        }
        return result;
      }
      return binaryOp('**', a[0], a[1]);
    }),
    fn('sum', (ctx, a, k) => {
      const [iterable, start] = params('sum', a, k, ['iterable', 'start'], 1);
      if (typeof start === 'string')
        throw pyErr(E.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
      let acc: PyValue = start ?? 0n;
      const pull = iterate(iterable as PyValue);
      for (let x = pull(); x !== STOP; x = pull()) {
        ctx.tick();
        acc = binaryOp('+', acc, x);
      }
      return acc;
    }),
    fn('min', (ctx, a, k) => minMax('min', ctx, a, k)),
    fn('max', (ctx, a, k) => minMax('max', ctx, a, k)),
    fn('any', (ctx, a) => {
      arity('any', a, 1, 1);
      const pull = iterate(a[0]);
      for (let x = pull(); x !== STOP; x = pull()) {
        ctx.tick();
        if (truthy(x)) return true;
      }
      return false;
    }),
    fn('all', (ctx, a) => {
      arity('all', a, 1, 1);
      const pull = iterate(a[0]);
      for (let x = pull(); x !== STOP; x = pull()) {
        ctx.tick();
        if (!truthy(x)) return false;
      }
      return true;
    }),
    fn('sorted', (ctx, a, k) => {
      if (a.length !== 1) throw pyErr(E.TypeError, `sorted expected 1 argument, got ${a.length}`);
      const [key, reverse] = params('sort', [], k, ['key', 'reverse']);
      if (a[0] instanceof PyRange) checkCollectionSize(a[0].length);
      const items = toArray(a[0], (n) => ctx.tick(n));
      const sorted = pySort(ctx, items, key, reverse !== undefined && truthy(reverse));
      return sorted instanceof Promise ? sorted.then((s) => new PyList(s)) : new PyList(sorted);
    }),
    fn('reversed', (ctx, a) => {
      arity('reversed', a, 1, 1);
      const v = a[0];
      let items: PyValue[];
      if (v instanceof PyList || v instanceof PyTuple) items = v.items.slice().reverse();
      else if (typeof v === 'string') items = v.split('').reverse();
      else if (
        v instanceof PyRange ||
        v instanceof PyDict ||
        (v instanceof PyDictView && v.mapping === undefined)
      ) {
        if (v instanceof PyRange) checkCollectionSize(v.length);
        items = toArray(v, (n) => ctx.tick(n)).reverse();
      } else throw pyErr(E.TypeError, `'${typeName(v)}' object is not reversible`);
      let i = 0;
      return new PyIterator(reversedName(v), () => (i < items.length ? items[i++] : STOP));
    }),
    fn('enumerate', (_c, a, k) => {
      const [iterable, start] = params('enumerate', a, k, ['iterable', 'start']);
      if (iterable === undefined)
        throw pyErr(E.TypeError, "enumerate() missing required argument 'iterable'");
      const pull = iterate(iterable);
      let n = start === undefined ? 0n : expectInt(start);
      return new PyIterator('enumerate', () => {
        const x = pull();
        if (x === STOP) return STOP;
        return new PyTuple([n++, x]);
      });
    }),
    fn('zip', (_c, a, k) => {
      const [strict] = params('zip', [], k, ['strict']);
      const pulls = a.map((x) => iterate(x));
      const isStrict = strict !== undefined && truthy(strict);
      return new PyIterator('zip', () => {
        if (pulls.length === 0) return STOP;
        const row: PyValue[] = [];
        for (let i = 0; i < pulls.length; i++) {
          const x = pulls[i]();
          if (x === STOP) {
            if (isStrict && (i > 0 || pulls.slice(1).some((p) => p() !== STOP))) {
              throw pyErr(
                E.ValueError,
                `zip() argument ${i > 0 ? i + 1 : 2} is ${i > 0 ? 'shorter' : 'longer'} than argument${i > 1 ? `s 1-${i}` : ' 1'}`,
              );
            }
            return STOP;
          }
          row.push(x);
        }
        return new PyTuple(row);
      });
    }),
    // map/filter run their function eagerly (the pull protocol is synchronous); only the
    // moment side effects happen can differ from CPython.
    fn('map', (ctx, a) => {
      if (a.length < 2) throw pyErr(E.TypeError, 'map() must have at least two arguments.');
      const pulls = a.slice(1).map((x) => iterate(x));
      const rows: PyValue[][] = [];
      for (;;) {
        const row: PyValue[] = [];
        for (const p of pulls) {
          const x = p();
          if (x === STOP) {
            const done = (out: PyValue[]) => {
              let i = 0;
              return new PyIterator('map', () => (i < out.length ? out[i++] : STOP));
            };
            const out = mapCalls(ctx, a[0], rows);
            return out instanceof Promise ? out.then(done) : done(out);
          }
          row.push(x);
        }
        ctx.tick();
        rows.push(row);
        checkCollectionSize(rows.length);
      }
    }),
    fn('filter', (ctx, a) => {
      arity('filter', a, 2, 2);
      const items = toArray(a[1], (n) => ctx.tick(n));
      const done = (keep: PyValue[]) => {
        const out = items.filter((_, j) => truthy(keep[j]));
        let i = 0;
        return new PyIterator('filter', () => (i < out.length ? out[i++] : STOP));
      };
      if (a[0] === null) return done(items);
      const keep = mapCalls(
        ctx,
        a[0],
        items.map((x) => [x]),
      );
      return keep instanceof Promise ? keep.then(done) : done(keep);
    }),
    fn('iter', (_c, a) => {
      arity('iter', a, 1, 1);
      const v = a[0];
      if (v instanceof PyIterator || v instanceof PyGenerator) return v;
      const own = trySpecial(v, '__iter__', []);
      if (own !== undefined) return own;
      return new PyIterator(iteratorName(v), iterate(v));
    }),
    fn('next', (_c, a) => {
      arity('next', a, 1, 2);
      const it = a[0];
      const dflt = (err: unknown): PyValue => {
        if (a.length > 1 && err instanceof PyExc && err.type.isSubclassOf(E.StopIteration))
          return a[1];
        throw err;
      };
      if (it instanceof PyGenerator) {
        // Through send(): a W&B call inside the generator may wait here.
        try {
          const r = it.send(null);
          return r instanceof Promise ? r.catch(dflt) : r;
        } catch (err) {
          return dflt(err);
        }
      }
      if (it instanceof PyHost && it.nextItem) {
        const end = (x: PyValue | typeof STOP) =>
          x === STOP ? dflt(new PyExc(E.StopIteration, [])) : x;
        try {
          const r = it.nextItem();
          return r instanceof Promise ? r.then(end, dflt) : end(r);
        } catch (err) {
          return dflt(err);
        }
      }
      const nextFn = special(it, '__next__');
      if (nextFn !== undefined && nextFn !== null) {
        try {
          return callSpecial(it as Instance, nextFn, []);
        } catch (err) {
          return dflt(err);
        }
      }
      if (!(it instanceof PyIterator))
        throw pyErr(E.TypeError, `'${typeName(it)}' object is not an iterator`);
      const x = it.next();
      if (x !== STOP) return x;
      if (a.length > 1) return a[1];
      throw pyErr(E.StopIteration);
    }),
    fn('chr', (_c, a) => {
      arity('chr', a, 1, 1);
      const i = expectInt(a[0]);
      if (i < 0n || i > 0x10ffffn) throw pyErr(E.ValueError, 'chr() arg not in range(0x110000)');
      return String.fromCodePoint(Number(i));
    }),
    fn('ord', (_c, a) => {
      arity('ord', a, 1, 1);
      const s = a[0];
      if (typeof s !== 'string')
        throw pyErr(E.TypeError, `ord() expected string of length 1, but ${typeName(s)} found`);
      const chars = [...s];
      if (chars.length !== 1)
        throw pyErr(
          E.TypeError,
          `ord() expected a character, but string of length ${s.length} found`,
        );
      return BigInt(chars[0].codePointAt(0)!);
    }),
    fn('hex', (_c, a) => {
      arity('hex', a, 1, 1);
      return formatValue(expectInt(a[0]), '#x');
    }),
    fn('oct', (_c, a) => {
      arity('oct', a, 1, 1);
      return formatValue(expectInt(a[0]), '#o');
    }),
    fn('bin', (_c, a) => {
      arity('bin', a, 1, 1);
      return formatValue(expectInt(a[0]), '#b');
    }),
    fn('input', () => {
      throw pyErr(
        E.NotImplementedError,
        'not supported in the playground: input() (snippets cannot read from the keyboard)',
      );
    }),
  ];
  for (const [k, v] of entries) b.set(k, v);
  b.set('NotImplemented', NotImplemented);
  // site.py's exit()/quit(): `raise SystemExit(code)`.
  for (const name of ['exit', 'quit']) {
    b.set(
      name,
      new PyBuiltin(name, (_c, a, k) => {
        noKwargs(name, k);
        arity(name, a, 0, 1);
        throw new PyExc(E.SystemExit, a.length ? [a[0]] : []);
      }),
    );
  }
  for (const name of [
    'eval',
    'exec',
    'compile',
    '__import__',
    'globals',
    'locals',
    'dir',
    'breakpoint',
    'help',
    'memoryview',
    'bytearray',
    'frozenset',
    'complex',
    'slice',
    'aiter',
    'anext',
  ]) {
    b.set(name, unsupportedBuiltin(name));
  }
  return b;
}

/** The class of `iter(v)` as CPython names it (`dict_keyiterator`, `str_ascii_iterator`...). */
function iteratorName(v: PyValue): string {
  if (v instanceof PyDict) return 'dict_keyiterator';
  if (v instanceof PyDictView) {
    // A Mapping view's __iter__ is a generator (`yield from self._mapping`).
    return v.mapping === undefined ? `dict_${v.kind.slice(0, -1)}iterator` : 'generator';
  }
  if (v instanceof PySet) return 'set_iterator';
  if (typeof v === 'string') return /^\p{ASCII}*$/u.test(v) ? 'str_ascii_iterator' : 'str_iterator';
  return `${typeName(v)}_iterator`;
}

/** The class of `reversed(v)` as CPython names it (`list_reverseiterator`, `reversed`...). */
function reversedName(v: PyValue): string {
  if (v instanceof PyList) return 'list_reverseiterator';
  if (v instanceof PyRange) return 'range_iterator';
  if (v instanceof PyDict) return 'dict_reversekeyiterator';
  if (v instanceof PyDictView) return `dict_reverse${v.kind.slice(0, -1)}iterator`;
  return 'reversed';
}
