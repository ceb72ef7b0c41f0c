// Attribute access from Python. Every lookup goes through an explicit table or
// switch; nothing reads a JS property by a name the snippet chose. That is the
// sandbox: `x.constructor`, `x.__class__`, `f.__globals__` and friends simply do
// not exist here and raise AttributeError.

import { dictMethods, listMethods, setMethods, tupleMethods } from '../builtins/container-methods';
import { strMethods } from '../builtins/str-methods';
import { E, exitCodeValue, pyErr } from '../values/exceptions';
import {
  type NativeMethod,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFunction,
  PyHost,
  PyList,
  PyModule,
  PyRange,
  PySet,
  PyTuple,
  PyType,
  type PyValue,
} from '../values/objects';
import { typeName } from '../values/typename';

function bind<T extends PyValue>(
  table: Map<string, NativeMethod<T>>,
  self: T,
  name: string,
): PyBuiltin | undefined {
  const m = table.get(name);
  return m
    ? new PyBuiltin(name, (ctx, args, kwargs) => m(ctx, self, args, kwargs), self)
    : undefined;
}

const typeAttrs = new Map<string, NativeMethod<PyType>>();

function lookup(v: PyValue, name: string): PyValue | undefined {
  switch (typeof v) {
    case 'string':
      return bind(strMethods, v, name);
    case 'bigint':
    case 'boolean':
      if (name === 'bit_length') {
        return new PyBuiltin(
          name,
          () => {
            const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
            return BigInt((n < 0n ? -n : n).toString(2).replace(/^0$/, '').length);
          },
          v,
        );
      }
      if (name === 'real' || name === 'numerator')
        return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
      if (name === 'imag') return 0n;
      return undefined;
    case 'number':
      if (name === 'is_integer') return new PyBuiltin(name, () => Number.isInteger(v), v);
      if (name === 'real') return v;
      if (name === 'imag') return 0;
      return undefined;
  }
  if (v === null) return undefined;
  if (v instanceof PyList) return bind(listMethods, v, name);
  if (v instanceof PyDict) return bind(dictMethods, v, name);
  if (v instanceof PyTuple) return bind(tupleMethods, v, name);
  if (v instanceof PySet) return bind(setMethods, v, name);
  if (v instanceof PyModule) return v.attrs.get(name);
  if (v instanceof PyHost) return v.getAttr(name);
  if (v instanceof PyRange) {
    if (name === 'start') return v.start;
    if (name === 'stop') return v.stop;
    if (name === 'step') return v.step;
    return undefined;
  }
  if (v instanceof PyExc) {
    if (name === 'args') return new PyTuple(v.args);
    if (name === 'code' && v.type.isSubclassOf(E.SystemExit)) return exitCodeValue(v);
    // wandb.errors.Error keeps its text in `.message` as well.
    if (name === 'message' && v.type.module?.startsWith('wandb')) return v.args[0] ?? '';
    return undefined;
  }
  if (v instanceof PyType) {
    if (name === '__name__' || name === '__qualname__') return v.name;
    if (name === '__module__') return v.module ?? 'builtins';
    for (let t: PyType | null = v; t; t = t.base) {
      const s = t.statics?.get(name);
      if (s !== undefined) return s;
    }
    const m = typeAttrs.get(name);
    return m ? new PyBuiltin(name, (ctx, args, kwargs) => m(ctx, v, args, kwargs), v) : undefined;
  }
  if (v instanceof PyFunction) {
    if (name === '__name__') return v.info.name;
    if (name === '__qualname__') return v.info.qualname;
    return undefined;
  }
  if (v instanceof PyBuiltin) {
    if (name === '__name__' || name === '__qualname__') return v.name;
    return undefined;
  }
  return undefined;
}

export function getAttr(v: PyValue, name: string): PyValue {
  const r = lookup(v, name);
  if (r !== undefined) return r;
  if (v instanceof PyModule)
    throw pyErr(E.AttributeError, `module '${v.name}' has no attribute '${name}'`);
  if (v instanceof PyType)
    throw pyErr(E.AttributeError, `type object '${v.name}' has no attribute '${name}'`);
  throw pyErr(E.AttributeError, `'${typeName(v)}' object has no attribute '${name}'`);
}

/** hasattr(): False when the lookup raises AttributeError or a subclass (as CPython). */
export function hasAttr(v: PyValue, name: string): boolean {
  try {
    return lookup(v, name) !== undefined;
  } catch (e) {
    if (e instanceof PyExc && e.type.isSubclassOf(E.AttributeError)) return false;
    throw e;
  }
}

export function setAttr(v: PyValue, name: string, value: PyValue): void {
  if (v instanceof PyHost && v.setAttr(name, value)) return;
  if (v instanceof PyModule && !name.startsWith('__')) {
    v.attrs.set(name, value);
    return;
  }
  if (v instanceof PyHost || v instanceof PyModule) {
    throw pyErr(E.AttributeError, `'${typeName(v)}' object attribute '${name}' is read-only`);
  }
  if (lookup(v, name) !== undefined) {
    throw pyErr(E.AttributeError, `'${typeName(v)}' object attribute '${name}' is read-only`);
  }
  throw pyErr(E.AttributeError, `'${typeName(v)}' object has no attribute '${name}'`);
}
