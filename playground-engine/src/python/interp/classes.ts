// Classes: creating them (C3 MRO, CPython's checks), attribute lookup on instances and
// classes with descriptors (methods bind, property, staticmethod, classmethod), super().
// The class API for natively built classes (dataclass, Enum, namedtuple...) is here too;
// see README "Class API for modules".

import { E, pyErr } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import { identityOf } from '../values/identity';
import { findInMro } from '../values/instances';
import {
  type ClassRuntime,
  type Kwargs,
  PyBoundMethod,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFunction,
  PyInstance,
  PyMethodWrapper,
  PyProperty,
  PySuper,
  NotImplemented,
  OBJECT_TYPE,
  PyTuple,
  PyType,
  type PyValue,
} from '../values/objects';
import { defaultRepr, excStr, repr } from '../values/repr';
import { typeName } from '../values/typename';

export { findInMro } from '../values/instances';

/** C3 linearization, as CPython's type.mro(). */
function c3(cls: PyType, bases: PyType[]): PyType[] {
  const seqs = [...bases.map((b) => [...b.mro]), [...bases]];
  const out = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let head: PyType | undefined;
    for (const s of live) {
      const h = s[0];
      if (!live.some((t) => t.indexOf(h) > 0)) {
        head = h;
        break;
      }
    }
    if (!head) {
      throw pyErr(
        E.TypeError,
        `Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(', ')}`,
      );
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

function subclassable(b: PyType): boolean {
  return b.user || b === OBJECT_TYPE || b.isSubclassOf(E.BaseException);
}

/**
 * Make a class: what a `class` statement does after running its body, and what modules
 * use to build classes natively (`ns` may hold PyBuiltin methods: they get `self` first).
 */
export function makeClass(
  rt: ClassRuntime,
  name: string,
  qualname: string,
  bases: PyValue[],
  ns: Map<string, PyValue>,
  kwargs: Kwargs | null = null,
  module = '__main__',
): PyType {
  // metaclass=ABCMeta and friends: accepted, no metaclass behaviour (ASSUMPTIONS.md).
  const classKw: Kwargs = new Map([...(kwargs ?? [])].filter(([k]) => k !== 'metaclass'));
  const bs: PyType[] = [];
  // A class-API metaclass may stand for a base class (abc.ABCMeta means abc.ABC).
  const meta = kwargs?.get('metaclass');
  const implied = meta instanceof PyType ? meta.dict.get('__implied_base__') : undefined;
  const withImplied =
    implied instanceof PyType && !bases.some((b) => b instanceof PyType && b.isSubclassOf(implied))
      ? [...bases, implied]
      : bases;
  for (const b of withImplied) {
    if (!(b instanceof PyType)) throw pyErr(E.TypeError, 'bases must be types');
    if (bs.includes(b)) throw pyErr(E.TypeError, `duplicate base class ${b.name}`);
    if (!subclassable(b)) {
      throw pyErr(
        E.NotImplementedError,
        `not supported in the playground: subclassing the built-in type '${b.name}'`,
      );
    }
    bs.push(b);
  }
  if (bs.length === 0) bs.push(OBJECT_TYPE);
  const cls = new PyType(name, bs[0], undefined, module);
  cls.bases = bs;
  cls.mro = c3(cls, bs);
  cls.user = true;
  cls.qualname = qualname;
  cls.rt = rt;
  for (const [k, v] of ns) cls.dict.set(k, v);
  // type.__new__ makes __init_subclass__ an implicit classmethod.
  const own = ns.get('__init_subclass__');
  if (own instanceof PyFunction)
    cls.dict.set('__init_subclass__', new PyMethodWrapper('classmethod', own));
  // A class that defines __eq__ but not __hash__ is unhashable (CPython sets __hash__ = None).
  if (ns.has('__eq__') && !ns.has('__hash__')) cls.dict.set('__hash__', null);
  // type.__new__ calls the nearest base's __init__subclass__ (an implicit classmethod) with
  // the class keywords; Enum and your own registries use it.
  let hook: PyValue | undefined;
  for (const t of cls.mro.slice(1)) {
    hook = t.user ? t.dict.get('__init_subclass__') : undefined;
    if (hook !== undefined) break;
  }
  if (hook !== undefined) {
    const f = hook instanceof PyMethodWrapper ? hook.fn : hook;
    rt.callSync(f, [cls], classKw.size ? classKw : null);
  } else if (classKw.size)
    throw pyErr(E.TypeError, `${name}.__init_subclass__() takes no keyword arguments`);
  return cls;
}

/** A class attribute as `obj.name` sees it: functions bind, staticmethod unwraps. */
export function bindAttr(attr: PyValue, obj: PyValue, cls: PyType): PyValue {
  if (attr instanceof PyFunction || attr instanceof PyBuiltin) return new PyBoundMethod(attr, obj);
  if (attr instanceof PyMethodWrapper)
    return attr.kind === 'staticmethod' ? attr.fn : new PyBoundMethod(attr.fn, cls);
  return attr;
}

export interface InstanceLookup {
  value?: PyValue;
  /** A property getter to call with the instance. */
  getter?: PyValue;
  /** `__getattr__` to call with (instance, name) when nothing else matched. */
  fallback?: PyValue;
}

const NOTHING: InstanceLookup = {};

/** object.__getattribute__: data descriptors, then the instance dict, then the class. */
export function instanceAttr(obj: PyInstance | PyExc, name: string): InstanceLookup {
  const cls = obj instanceof PyInstance ? obj.cls : obj.type;
  if (name === '__class__') return { value: cls };
  if (name === '__dict__') return { value: obj.dict };
  const attr = findInMro(cls, name);
  if (attr instanceof PyProperty) {
    if (attr.fget === null)
      throw pyErr(E.AttributeError, `property '${name}' of '${cls.name}' object has no getter`);
    return { getter: attr.fget };
  }
  const own = obj.dict.map.get(`s${name}`);
  if (own) return { value: own[1] };
  if (attr !== undefined) return { value: bindAttr(attr, obj, cls) };
  const ga = findInMro(cls, '__getattr__', true);
  return ga !== undefined ? { fallback: ga } : NOTHING;
}

/** `cls.name` on a class: classmethods bind to the class, functions stay plain. */
export function classAttr(cls: PyType, name: string): PyValue | undefined {
  switch (name) {
    case '__name__':
      return cls.name;
    case '__qualname__':
      return cls.qualname;
    case '__module__':
      return cls.module ?? 'builtins';
    case '__mro__':
      return new PyTuple(cls.mro);
    case '__bases__':
      return new PyTuple(cls.bases);
    case '__base__':
      return cls.bases[0] ?? null;
    case '__dict__': {
      // A copy: CPython's mappingproxy is read-only too.
      const d = new PyDict();
      for (const [k, v] of cls.dict) d.map.set(`s${k}`, [k, v]);
      return d;
    }
    case '__doc__':
      return cls.dict.get('__doc__') ?? null;
  }
  const attr = findInMro(cls, name);
  if (attr === undefined) return undefined;
  if (attr instanceof PyMethodWrapper)
    return attr.kind === 'staticmethod' ? attr.fn : new PyBoundMethod(attr.fn, cls);
  return attr;
}

/** `super().name`: the MRO of the receiver's class, after the class the method is in. */
export function superAttr(sup: PySuper, name: string, rt: ClassRuntime): PyValue {
  const self = sup.self;
  const type =
    self instanceof PyType
      ? self
      : self instanceof PyInstance
        ? self.cls
        : self instanceof PyExc
          ? self.type
          : null;
  if (!type)
    throw pyErr(E.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  const mro = type.mro;
  for (let i = mro.indexOf(sup.start) + 1; i > 0 && i < mro.length; i++) {
    const attr = mro[i].dict.get(name);
    if (attr === undefined) continue;
    if (attr instanceof PyProperty && !(self instanceof PyType)) {
      if (attr.fget === null) break;
      return rt.callSync(attr.fget, [self]);
    }
    if (self instanceof PyType) {
      if (attr instanceof PyMethodWrapper)
        return attr.kind === 'staticmethod' ? attr.fn : new PyBoundMethod(attr.fn, self);
      return attr;
    }
    return bindAttr(attr, self, type);
  }
  throw pyErr(E.AttributeError, `'super' object has no attribute '${name}'`);
}

/** super(cls, obj) with CPython's checks. */
export function makeSuper(cls: PyValue, obj: PyValue): PySuper {
  if (!(cls instanceof PyType))
    throw pyErr(E.TypeError, `super() argument 1 must be a type, not ${typeName(cls)}`);
  const t =
    obj instanceof PyType
      ? obj
      : obj instanceof PyInstance
        ? obj.cls
        : obj instanceof PyExc
          ? obj.type
          : null;
  if (!t?.isSubclassOf(cls))
    throw pyErr(E.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls, obj);
}

/** Attributes stored on the instance, for `vars()` and natives. */
export function instanceDict(obj: PyValue): PyDict | undefined {
  if (obj instanceof PyInstance || obj instanceof PyExc) return obj.dict;
  return undefined;
}

// ---- object's and BaseException's own methods (what super() and obj.__init__ reach) ----

function native(
  name: string,
  f: (self: PyValue, args: PyValue[], kwargs: Kwargs | null) => PyValue,
) {
  return new PyBuiltin(name, (_ctx, args, kwargs) => {
    if (args.length === 0)
      throw pyErr(E.TypeError, `descriptor '${name}' of 'object' object needs an argument`);
    return f(args[0], args.slice(1), kwargs);
  });
}

/** object.__init__: a class without its own __init__ takes no arguments. */
export const OBJECT_INIT = native('__init__', (_self, args) => {
  if (args.length > 0)
    throw pyErr(
      E.TypeError,
      'object.__init__() takes exactly one argument (the instance to initialize)',
    );
  return null;
});

OBJECT_TYPE.dict.set('__init__', OBJECT_INIT);
OBJECT_TYPE.dict.set(
  '__repr__',
  native('__repr__', (self) => defaultRepr(self)),
);
OBJECT_TYPE.dict.set(
  '__str__',
  native('__str__', (self) => repr(self)),
);
OBJECT_TYPE.dict.set(
  '__eq__',
  native('__eq__', (self, [other]) => (self === other ? true : NotImplemented)),
);
OBJECT_TYPE.dict.set(
  '__hash__',
  native('__hash__', (self) => BigInt(identityOf(self as object))),
);
OBJECT_TYPE.dict.set(
  '__setattr__',
  native('__setattr__', (self, [name, value]) => {
    const d = instanceDict(self);
    if (!d || typeof name !== 'string')
      throw pyErr(E.TypeError, "can't apply this __setattr__ to this object");
    dictSet(d, name, value);
    return null;
  }),
);
/** object.__init_subclass__: what `super().__init_subclass__(**kwargs)` ends at. */
OBJECT_TYPE.dict.set(
  '__init_subclass__',
  new PyBuiltin('__init_subclass__', (_ctx, _args, kwargs) => {
    if (kwargs?.size) throw pyErr(E.TypeError, '__init_subclass__() takes no keyword arguments');
    return null;
  }),
);
E.BaseException.dict.set(
  '__init__',
  native('__init__', (self, args, kwargs) => {
    if (kwargs?.size) throw pyErr(E.TypeError, `${typeName(self)}() takes no keyword arguments`);
    if (self instanceof PyExc) self.args = args;
    return null;
  }),
);
E.BaseException.dict.set(
  '__str__',
  native('__str__', (self) => (self instanceof PyExc ? excStr(self) : repr(self))),
);
E.BaseException.dict.set(
  '__repr__',
  native('__repr__', (self) => defaultRepr(self)),
);
