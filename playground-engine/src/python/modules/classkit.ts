// Classes that modules build with the class API: Python classes whose methods are
// TypeScript natives (Counter, Enum, partial...). Users can subclass them, and their
// special methods run as a class statement's would.

import { makeClass } from '../interp/classes';
import {
  type Kwargs,
  type NativeContext,
  OBJECT_TYPE,
  PyBuiltin,
  PyMethodWrapper,
  PyProperty,
  type PyType,
  type PyValue,
} from '../values/objects';

export type Method = (
  ctx: NativeContext,
  self: PyValue,
  args: PyValue[],
  kwargs: Kwargs | null,
) => PyValue | Promise<PyValue>;

/** A method for a class namespace: Python passes the instance first. */
export function method(name: string, f: Method): PyBuiltin {
  return new PyBuiltin(name, (ctx, args, kwargs) => f(ctx, args[0], args.slice(1), kwargs));
}

/** A classmethod for a class namespace: `f` gets the class first. */
export function classMethod(name: string, f: Method): PyMethodWrapper {
  return new PyMethodWrapper('classmethod', method(name, f));
}

/** A read-only property computed natively. */
export function getter(
  name: string,
  f: (self: PyValue, ctx: NativeContext) => PyValue,
): PyProperty {
  return new PyProperty(new PyBuiltin(name, (ctx, args) => f(args[0], ctx)), null, null, null);
}

/**
 * A class built natively. `base` may be a builtin type (dict, tuple): instances are then
 * PyDictSub/PyTupleSub values made by the class's own `__new__`.
 */
export function nativeClass(
  rt: NativeContext,
  name: string,
  ns: Record<string, PyValue>,
  opts: { module?: string; base?: PyType; bases?: PyType[] } = {},
): PyType {
  const bases = opts.bases ?? [];
  const cls = makeClass(
    rt,
    name,
    name,
    bases,
    new Map(Object.entries(ns)),
    null,
    opts.module ?? '__main__',
  );
  if (opts.base) {
    cls.bases = [opts.base];
    cls.mro = [cls, opts.base, OBJECT_TYPE];
  }
  return cls;
}
