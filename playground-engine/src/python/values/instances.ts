// Instances of user classes in the value layer: the special methods that repr, str,
// ==, <, hash, len, bool, iteration, subscripts, `in`, arithmetic and format() call.
// Only methods a Python (or class-API) class defines count; object's defaults are
// applied here. The methods run through the class's runtime, synchronously.

import { E, pyErr } from './exceptions';
import {
  NotImplemented,
  PyBoundMethod,
  PyBuiltin,
  PyDictSub,
  PyExc,
  PyFunction,
  PyInstance,
  PyTupleSub,
  PyType,
  type PyValue,
} from './objects';
import { typeName } from './typename';

/** The first class in the MRO whose namespace has `name`; `userOnly` skips builtin classes. */
export function findInMro(cls: PyType, name: string, userOnly = false): PyValue | undefined {
  for (const t of cls.mro) {
    if (userOnly && !t.user) continue;
    const v = t.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A value whose special methods come from a user class (or, for a class, its `meta`). */
export type Instance = PyInstance | PyExc | PyType | PyDictSub | PyTupleSub;

export const isInstanceObj = (v: PyValue): v is Instance =>
  v instanceof PyInstance ||
  (v instanceof PyExc && v.type.user) ||
  (v instanceof PyType && v.meta !== undefined);

const classOf = (v: Instance): PyType =>
  v instanceof PyInstance || v instanceof PyDictSub || v instanceof PyTupleSub
    ? v.cls
    : v instanceof PyExc
      ? v.type
      : (v.meta ?? v);

/** The special method `name` a user class defines for `v`, or undefined. */
/** Python's callable(v): functions, builtins, classes, bound methods and objects with __call__. */
export function isCallable(v: PyValue): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyType ||
    v instanceof PyBoundMethod ||
    special(v, '__call__') !== undefined
  );
}

export function special(v: PyValue, name: string): PyValue | undefined {
  if (v instanceof PyInstance) return findInMro(v.cls, name, true);
  if (v instanceof PyExc && v.type.user) return findInMro(v.type, name, true);
  if (v instanceof PyType && v.meta) return findInMro(v.meta, name, true);
  if (v instanceof PyDictSub || v instanceof PyTupleSub) return findInMro(v.cls, name, true);
  return undefined;
}

/** Call a special method found by `special` with `v` as self. */
export function callSpecial(v: Instance, fn: PyValue, args: PyValue[]): PyValue {
  const rt = classOf(v).rt;
  if (!rt) throw pyErr(E.RuntimeError, `class ${classOf(v).name} has no runtime`);
  return rt.callSync(fn, [v, ...args]);
}

/** `v.name(*args)` if the class defines it; `undefined` when it does not. */
export function trySpecial(v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const fn = special(v, name);
  if (fn === undefined) return undefined;
  if (fn === null) return undefined;
  return callSpecial(v as Instance, fn, args);
}

/** Binary operators: a.__op__(b), then b.__rop__(a); undefined when neither handles it. */
export function binarySpecial(op: string, a: PyValue, b: PyValue): PyValue | undefined {
  const name = BINARY_NAMES[op];
  if (!name) return undefined;
  const r = trySpecial(a, `__${name}__`, [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  const rr = trySpecial(b, `__r${name}__`, [a]);
  if (rr !== undefined && rr !== NotImplemented) return rr;
  return undefined;
}

/** `a op= b` on an object whose class defines `__iop__` (`os.environ |= {...}`); else undefined. */
export function inplaceSpecial(op: string, a: PyValue, b: PyValue): PyValue | undefined {
  const name = BINARY_NAMES[op];
  if (!name) return undefined;
  const r = trySpecial(a, `__i${name}__`, [b]);
  return r === NotImplemented ? undefined : r;
}

const BINARY_NAMES: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'truediv',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '@': 'matmul',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
  '<<': 'lshift',
  '>>': 'rshift',
};

const REFLECTED: Record<string, [string, string]> = {
  '<': ['__lt__', '__gt__'],
  '<=': ['__le__', '__ge__'],
  '>': ['__gt__', '__lt__'],
  '>=': ['__ge__', '__le__'],
};

/** Rich comparison with reflection; undefined when neither side implements it. */
export function orderSpecial(op: string, a: PyValue, b: PyValue): PyValue | undefined {
  const [mine, theirs] = REFLECTED[op];
  const r = trySpecial(a, mine, [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  const rr = trySpecial(b, theirs, [a]);
  if (rr !== undefined && rr !== NotImplemented) return rr;
  return undefined;
}

/** a == b through __eq__ (either side); undefined to fall back to identity. */
export function eqSpecial(a: PyValue, b: PyValue): PyValue | undefined {
  const r = trySpecial(a, '__eq__', [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  const rr = trySpecial(b, '__eq__', [a]);
  if (rr !== undefined && rr !== NotImplemented) return rr;
  return undefined;
}

/** len(v) through __len__, with CPython's checks. */
export function lenSpecial(v: PyValue): bigint | undefined {
  const r = trySpecial(v, '__len__', []);
  if (r === undefined) return undefined;
  if (typeof r === 'boolean') return r ? 1n : 0n;
  if (typeof r !== 'bigint')
    throw pyErr(E.TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
  if (r < 0n) throw pyErr(E.ValueError, '__len__() should return >= 0');
  return r;
}

/** bool(v): __bool__, else __len__, else True. */
export function boolSpecial(v: PyValue): boolean {
  const fn = special(v, '__bool__');
  if (fn !== undefined && fn !== null) {
    const r = callSpecial(v as Instance, fn, []);
    if (typeof r !== 'boolean')
      throw pyErr(E.TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const n = lenSpecial(v);
  return n === undefined ? true : n > 0n;
}

/** The dict/set key of an instance: its __hash__, or its identity; None means unhashable. */
export function hashSpecial(v: PyValue): string | undefined {
  const fn = special(v, '__hash__');
  if (fn === undefined) return undefined;
  if (fn === null) throw pyErr(E.TypeError, `unhashable type: '${typeName(v)}'`);
  const h = callSpecial(v as Instance, fn, []);
  if (typeof h !== 'bigint' && typeof h !== 'boolean')
    throw pyErr(E.TypeError, '__hash__ method should return an integer');
  return `u${typeof h === 'boolean' ? (h ? 1 : 0) : h}`;
}

/** repr/str through __repr__/__str__; undefined when the class defines neither. */
export function textSpecial(v: PyValue, name: '__repr__' | '__str__'): string | undefined {
  const r = trySpecial(v, name, []);
  if (r === undefined) return undefined;
  if (typeof r !== 'string')
    throw pyErr(E.TypeError, `${name} returned non-string (type ${typeName(r)})`);
  return r;
}
