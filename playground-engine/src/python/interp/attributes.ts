// Attribute access from Python. Every lookup goes through an explicit table or
// switch; nothing reads a JS property by a name the snippet chose. That is the
// sandbox: `x.constructor`, `x.__class__`, `f.__globals__` and friends simply do
// not exist here and raise AttributeError.

import { dictMethods, listMethods, setMethods, tupleMethods } from '../builtins/container-methods';
import { strMethods } from '../builtins/str-methods';
import { typeOf } from '../builtins/types';
import { setLike } from '../values/compare';
import { E, exitCodeValue, pyErr } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import {
  type NativeMethod,
  PyBoundMethod,
  PyBuiltin,
  PyDict,
  PyDictSub,
  PyExc,
  PyFunction,
  PyGenerator,
  PyHost,
  PyInstance,
  PyList,
  PyMethodWrapper,
  PyModule,
  PyProperty,
  PyRange,
  PyDictView,
  PySet,
  PySuper,
  PyTuple,
  PyTupleSub,
  PyType,
  type PyValue,
} from '../values/objects';
import { typeName } from '../values/typename';
import { bindAttr, classAttr, findInMro, instanceAttr, superAttr } from './classes';

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
  if (v instanceof PyDictSub || v instanceof PyTupleSub) {
    const own = subclassAttr(v, name);
    if (own !== undefined) return own;
  }
  if (v instanceof PyList) return bind(listMethods, v, name);
  if (v instanceof PyDict) return bind(dictMethods, v, name);
  if (v instanceof PyTuple) return bind(tupleMethods, v, name);
  if (v instanceof PySet) return bind(setMethods, v, name);
  // A keys / items view is a Set: isdisjoint() over its elements now.
  if (v instanceof PyDictView && v.kind !== 'values' && name === 'isdisjoint')
    return bind(setMethods, setLike(v) as PySet, name);
  if (v instanceof PyModule)
    return v.attrs.has(name) || name !== '__name__' ? v.attrs.get(name) : v.name;
  if (v instanceof PyHost) return v.getAttr(name);
  if (v instanceof PyRange) {
    if (name === 'start') return v.start;
    if (name === 'stop') return v.stop;
    if (name === 'step') return v.step;
    return undefined;
  }
  if (v instanceof PyInstance) return fromInstance(v, name);
  if (v instanceof PyExc) {
    if (name === 'args') return new PyTuple(v.args);
    if (name === 'code' && v.type.isSubclassOf(E.SystemExit)) return exitCodeValue(v);
    return fromInstance(v, name);
  }
  if (v instanceof PyType) {
    if (name === '__name__' || name === '__qualname__') return v.name;
    if (name === '__class__') return typeOf(v);
    if (name === '__module__') return v.module ?? 'builtins';
    for (let t: PyType | null = v; t; t = t.base) {
      const s = t.statics?.get(name);
      if (s !== undefined) return s;
    }
    const c = classAttr(v, name);
    if (c !== undefined) return c;
    const m = typeAttrs.get(name);
    return m ? new PyBuiltin(name, (ctx, args, kwargs) => m(ctx, v, args, kwargs), v) : undefined;
  }
  if (v instanceof PyFunction) return functionAttr(v, name);
  if (v instanceof PyBoundMethod) {
    if (name === '__self__') return v.self;
    if (name === '__func__') return v.fn;
    return lookup(v.fn, name);
  }
  if (v instanceof PyBuiltin) {
    const own = v.attrs?.get(name);
    if (own !== undefined) return own;
    if (name === '__name__') return v.name;
    if (name === '__qualname__') return v.qualname ?? v.name;
    return undefined;
  }
  if (v instanceof PyProperty) return propertyAttr(v, name);
  if (v instanceof PyMethodWrapper) return name === '__func__' ? v.fn : undefined;
  if (v instanceof PySuper) {
    const cls = v.start.rt ?? (v.self instanceof PyInstance ? v.self.cls.rt : undefined);
    if (!cls) return undefined;
    return superAttr(v, name, cls);
  }
  if (v instanceof PyGenerator) return generatorAttr(v, name);
  return undefined;
}

/**
 * An attribute of a dict or tuple of a Python-level subclass (Counter, a namedtuple):
 * the class's properties, then the instance's own attributes, then the class; the
 * builtin's methods come after (the caller falls back to them).
 */
function subclassAttr(v: PyDictSub | PyTupleSub, name: string): PyValue | undefined {
  const cls = v.cls;
  if (name === '__class__') return cls;
  if (name === '__dict__' && v instanceof PyDictSub) return v.attrs;
  const attr = findInMro(cls, name, true);
  if (attr instanceof PyProperty)
    return attr.fget !== null && cls.rt ? cls.rt.callSync(attr.fget, [v]) : undefined;
  if (v instanceof PyDictSub) {
    const own = v.attrs.map.get(`s${name}`);
    if (own) return own[1];
  }
  if (attr !== undefined) return bindAttr(attr, v, cls);
  return undefined;
}

/** Instance attributes; a property getter or __getattr__ runs synchronously here. */
function fromInstance(v: PyInstance | PyExc, name: string): PyValue | undefined {
  const r = instanceAttr(v, name);
  if (r.value !== undefined) return r.value;
  const fn = r.getter ?? r.fallback;
  if (fn === undefined) return undefined;
  const cls = v instanceof PyInstance ? v.cls : v.type;
  const args: PyValue[] = r.getter !== undefined ? [v] : [v, name];
  return cls.rt ? cls.rt.callSync(fn, args) : undefined;
}

function functionAttr(f: PyFunction, name: string): PyValue | undefined {
  switch (name) {
    case '__name__':
      return f.name;
    case '__qualname__':
      return f.qualname;
    case '__doc__':
      return f.doc;
    case '__module__':
      return f.module;
    case '__dict__':
      f.dict ??= new PyDict();
      return f.dict;
    case '__annotations__':
      f.annotations ??= new PyDict();
      return f.annotations;
    case '__defaults__': {
      const ds = f.info.params
        .filter((p) => p.kind === 'pos' && p.default)
        .map((p) => f.defaults.get(p.name)!);
      return ds.length ? new PyTuple(ds) : null;
    }
  }
  return f.dict?.map.get(`s${name}`)?.[1];
}

function propertyAttr(p: PyProperty, name: string): PyValue | undefined {
  const make = (fget: PyValue, fset: PyValue, fdel: PyValue) =>
    new PyProperty(fget, fset, fdel, p.doc);
  switch (name) {
    case 'fget':
      return p.fget;
    case 'fset':
      return p.fset;
    case 'fdel':
      return p.fdel;
    case '__doc__':
      return p.doc;
    case 'setter':
      return new PyBuiltin('setter', (_c, a) => make(p.fget, a[0] ?? null, p.fdel), p);
    case 'getter':
      return new PyBuiltin('getter', (_c, a) => make(a[0] ?? null, p.fset, p.fdel), p);
    case 'deleter':
      return new PyBuiltin('deleter', (_c, a) => make(p.fget, p.fset, a[0] ?? null), p);
  }
  return undefined;
}

function generatorAttr(g: PyGenerator, name: string): PyValue | undefined {
  switch (name) {
    case '__name__':
      return g.name;
    case '__qualname__':
      return g.qualname;
    case 'send':
      return new PyBuiltin('send', (_c, a) => g.send(a[0] ?? null), g);
    case '__next__':
      return new PyBuiltin('__next__', () => g.send(null), g);
    case '__iter__':
      return new PyBuiltin('__iter__', () => g, g);
    case 'close':
      return new PyBuiltin('close', () => g.close(), g);
    case 'throw':
      return new PyBuiltin(
        'throw',
        (_c, a) => {
          let e = a[0];
          if (e instanceof PyType && e.isSubclassOf(E.BaseException))
            e = new PyExc(e, a.length > 1 ? [a[1]] : []);
          if (!(e instanceof PyExc))
            throw pyErr(
              E.TypeError,
              'exceptions must be classes or instances deriving from BaseException, not ' +
                typeName(e),
            );
          return g.throwIn(e);
        },
        g,
      );
  }
  return undefined;
}

const FUNCTION_SETTABLE = new Set([
  '__name__',
  '__qualname__',
  '__doc__',
  '__module__',
  '__annotations__',
]);

export function getAttr(v: PyValue, name: string): PyValue {
  const r = lookup(v, name);
  if (r !== undefined) return r;
  if (v instanceof PyModule)
    throw pyErr(E.AttributeError, `module '${v.name}' has no attribute '${name}'`);
  if (v instanceof PyType) {
    // A class-API metaclass's __getattr__ (EnumType answers `AttributeError: PURPLE`).
    const ga = v.meta ? findInMro(v.meta, '__getattr__', true) : undefined;
    if (ga !== undefined && v.rt) return v.rt.callSync(ga, [v, name]);
    throw pyErr(E.AttributeError, `type object '${v.name}' has no attribute '${name}'`);
  }
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
  if (v instanceof PyInstance || (v instanceof PyExc && name !== 'args')) {
    const cls = v instanceof PyInstance ? v.cls : v.type;
    const d = classAttr(cls, name);
    if (d instanceof PyProperty) {
      if (d.fset === null)
        throw pyErr(E.AttributeError, `property '${name}' of '${cls.name}' object has no setter`);
      cls.rt?.callSync(d.fset, [v, value]);
      return;
    }
    if (name === '__class__' || name === '__dict__')
      throw pyErr(E.TypeError, `not supported in the playground: assigning ${name}`);
    dictSet(v.dict, name, value);
    return;
  }
  if (v instanceof PyDictSub || v instanceof PyTupleSub) {
    const d = findInMro(v.cls, name, true);
    if (d instanceof PyProperty) {
      if (d.fset === null) throw pyErr(E.AttributeError, "can't set attribute");
      v.cls.rt?.callSync(d.fset, [v, value]);
      return;
    }
    if (v instanceof PyDictSub) {
      dictSet(v.attrs, name, value);
      return;
    }
    throw pyErr(E.AttributeError, `'${typeName(v)}' object has no attribute '${name}'`);
  }
  if (v instanceof PyExc) {
    v.args = value instanceof PyTuple || value instanceof PyList ? value.items.slice() : [value];
    return;
  }
  if (v instanceof PyType && v.user) {
    if (
      name.startsWith('__') &&
      name.endsWith('__') &&
      ['__name__', '__qualname__', '__mro__', '__bases__', '__dict__'].includes(name)
    )
      throw pyErr(E.TypeError, `not supported in the playground: assigning ${name} of a class`);
    v.dict.set(name, value);
    return;
  }
  if (v instanceof PyType)
    throw pyErr(E.TypeError, `cannot set '${name}' attribute of immutable type '${v.name}'`);
  if (v instanceof PyFunction) {
    if (FUNCTION_SETTABLE.has(name)) {
      if (name === '__annotations__') {
        if (!(value instanceof PyDict) && value !== null)
          throw pyErr(E.TypeError, '__annotations__ must be set to a dict object');
        v.annotations = value;
      } else if (name === '__doc__') v.doc = value;
      else if (typeof value !== 'string')
        throw pyErr(E.TypeError, `${name} must be set to a string object`);
      else if (name === '__name__') v.name = value;
      else if (name === '__qualname__') v.qualname = value;
      else v.module = value;
      return;
    }
    if (name === '__dict__') {
      if (!(value instanceof PyDict))
        throw pyErr(E.TypeError, "setting function's dictionary to a non-dict");
      v.dict = value;
      return;
    }
    v.dict ??= new PyDict();
    dictSet(v.dict, name, value);
    return;
  }
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

/** `del obj.name`. */
export function delAttr(v: PyValue, name: string): void {
  const d =
    v instanceof PyInstance || v instanceof PyExc
      ? v.dict
      : v instanceof PyFunction
        ? v.dict
        : null;
  if (d?.map.delete(`s${name}`)) return;
  if (v instanceof PyType && v.user && v.dict.delete(name)) return;
  if (v instanceof PyType)
    throw pyErr(E.AttributeError, `type object '${v.name}' has no attribute '${name}'`);
  throw pyErr(E.AttributeError, `'${typeName(v)}' object has no attribute '${name}'`);
}
