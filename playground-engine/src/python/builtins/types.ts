// The builtin classes (int, str, list, ...) as Python-visible type objects.

import { checkCollectionSize } from '../budgets';
import { toArray } from '../interp/iteration';
import { truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { setAdd } from '../values/hashing';
import { makeSuper } from '../interp/classes';
import {
  OBJECT_TYPE,
  PyBoundMethod,
  PyBuiltin,
  PyInstance,
  PyMethodWrapper,
  PyProperty,
  PyDict,
  PyDictSub,
  PyDictView,
  PyExc,
  PyFunction,
  PyHost,
  PyList,
  PyModule,
  PyRange,
  PySet,
  PyTuple,
  PyTupleSub,
  PyType,
  type NativeFn,
  type PyValue,
} from '../values/objects';
import { str } from '../values/repr';
import { arity, expectInt, noKwargs, params } from './args';
import { toFloatValue, toInt } from './conversions';
import { dictUpdate } from './container-methods';

const object = OBJECT_TYPE;

function t(name: string, construct?: NativeFn, base: PyType = object): PyType {
  return new PyType(name, base, construct);
}

export const intType = t('int', (_c, a, k) => {
  const [x, base] = params('int', a, k, ['x', 'base']);
  return x === undefined ? 0n : toInt(x, base);
});
export const boolType = t(
  'bool',
  (_c, a, k) => {
    noKwargs('bool', k);
    arity('bool', a, 0, 1);
    return a.length ? truthy(a[0]) : false;
  },
  intType,
);
export const floatType = t('float', (_c, a, k) => {
  noKwargs('float', k);
  arity('float', a, 0, 1);
  return a.length ? toFloatValue(a[0]) : 0;
});
export const strType = t('str', (_c, a, k) => {
  const [x, encoding] = params('str', a, k, ['object', 'encoding', 'errors']);
  if (encoding !== undefined) throw pyErr(E.TypeError, 'decoding str is not supported');
  return x === undefined ? '' : str(x);
});
export const listType = t('list', (c, a, k) => {
  noKwargs('list', k);
  arity('list', a, 0, 1);
  if (a.length === 0) return new PyList([]);
  if (a[0] instanceof PyRange) checkCollectionSize(a[0].length);
  const items = toArray(a[0], (n) => c.tick(n));
  checkCollectionSize(items.length);
  return new PyList(items);
});
export const tupleType = t('tuple', (c, a, k) => {
  noKwargs('tuple', k);
  arity('tuple', a, 0, 1);
  if (a.length === 0) return new PyTuple([]);
  if (a[0] instanceof PyTuple) return a[0];
  if (a[0] instanceof PyRange) checkCollectionSize(a[0].length);
  return new PyTuple(toArray(a[0], (n) => c.tick(n)));
});
export const setType = t('set', (c, a, k) => {
  noKwargs('set', k);
  arity('set', a, 0, 1);
  const s = new PySet();
  if (a.length) {
    if (a[0] instanceof PyRange) checkCollectionSize(a[0].length);
    for (const x of toArray(a[0], (n) => c.tick(n))) setAdd(s, x);
  }
  return s;
});
export const dictType = t('dict', (c, a, k) => {
  arity('dict', a, 0, 1);
  const d = new PyDict();
  dictUpdate(c, d, a[0], k);
  return d;
});
export const rangeType = t('range', (_c, a, k) => {
  noKwargs('range', k);
  arity('range', a, 1, 3);
  const [x, y, z] = a.map(expectInt);
  if (a.length === 1) return new PyRange(0n, x, 1n);
  const step = z ?? 1n;
  if (step === 0n) throw pyErr(E.ValueError, 'range() arg 3 must not be zero');
  return new PyRange(x, y, step);
});
export const noneType = t('NoneType');
export const typeType = t('type', (_c, a) => {
  if (a.length !== 1)
    throw pyErr(E.TypeError, 'type() with 3 arguments is not supported in the playground');
  return typeOf(a[0]);
});
export const propertyType = t('property', (_c, a, k) => {
  const [fget, fset, fdel, doc] = params('property', a, k, ['fget', 'fset', 'fdel', 'doc']);
  const getter = fget ?? null;
  const d = doc !== undefined ? doc : getter instanceof PyFunction ? getter.doc : null;
  return new PyProperty(getter, fset ?? null, fdel ?? null, d);
});
export const staticmethodType = t('staticmethod', (_c, a, k) => {
  noKwargs('staticmethod', k);
  arity('staticmethod', a, 1, 1);
  return new PyMethodWrapper('staticmethod', a[0]);
});
export const classmethodType = t('classmethod', (_c, a, k) => {
  noKwargs('classmethod', k);
  arity('classmethod', a, 1, 1);
  return new PyMethodWrapper('classmethod', a[0]);
});
/** super(cls, obj); the zero-argument form is resolved by the interpreter from the method. */
export const superType = t('super', (_c, a, k) => {
  noKwargs('super', k);
  if (a.length !== 2) throw pyErr(E.RuntimeError, 'super(): __class__ cell not found');
  return makeSuper(a[0], a[1]);
});
const functionType = t('function');
const methodType = t('method');
const builtinFunctionType = t('builtin_function_or_method');
const moduleType = t('module');
const otherTypes = new Map<string, PyType>();

export const builtinTypes: PyType[] = [
  object,
  intType,
  boolType,
  floatType,
  strType,
  listType,
  tupleType,
  setType,
  dictType,
  rangeType,
  typeType,
  propertyType,
  staticmethodType,
  classmethodType,
  superType,
];

/** type(v): the class object of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'string':
      return strType;
    case 'bigint':
      return intType;
    case 'number':
      return floatType;
    case 'boolean':
      return boolType;
  }
  if (v === null) return noneType;
  if (v instanceof PyDictSub || v instanceof PyTupleSub) return v.cls;
  if (v instanceof PyList) return listType;
  if (v instanceof PyTuple) return tupleType;
  if (v instanceof PyDict) return dictType;
  if (v instanceof PySet) return setType;
  if (v instanceof PyRange) return rangeType;
  if (v instanceof PyExc) return v.type;
  if (v instanceof PyInstance) return v.cls;
  if (v instanceof PyBoundMethod) return methodType;
  if (v instanceof PyProperty) return propertyType;
  if (v instanceof PyMethodWrapper)
    return v.kind === 'staticmethod' ? staticmethodType : classmethodType;
  if (v instanceof PyType) return v.metaclassInMro ?? typeType;
  if (v instanceof PyFunction) return functionType;
  if (v instanceof PyBuiltin && v.qualname !== undefined)
    return v.self === undefined ? functionType : methodType;
  if (v instanceof PyBuiltin) return builtinFunctionType;
  if (v instanceof PyModule) return moduleType;
  if (v instanceof PyHost && v.pyType) return v.pyType;
  const name = v.typeName;
  let other = otherTypes.get(name);
  if (!other) {
    other =
      v instanceof PyDictView && v.mapping !== undefined
        ? new PyType(name, object, undefined, 'collections.abc')
        : t(name);
    otherTypes.set(name, other);
  }
  return other;
}

export function isInstance(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstance(v, c));
  if (!(cls instanceof PyType)) {
    throw pyErr(E.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  }
  return typeOf(v).isSubclassOf(cls);
}
