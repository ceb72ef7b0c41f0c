// The `abc` module: ABC refuses to instantiate a class that still has abstract methods
// (CPython's TypeError text), abstractmethod marks them, and `metaclass=ABCMeta` means
// the same as subclassing ABC (ABC joins the bases; ASSUMPTIONS.md).

import { typeType } from '../builtins/types';
import { getAttr, setAttr } from '../interp/attributes';
import { truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { findInMro } from '../values/instances';
import {
  PyExc,
  PyInstance,
  PyMethodWrapper,
  PyProperty,
  type PyType,
  type PyValue,
} from '../values/objects';
import { method, nativeClass } from './classkit';
import { fn, makeModule } from './native';
import type { StdlibServices } from './services';

function isAbstract(v: PyValue | undefined): boolean {
  if (v === undefined || v === null) return false;
  if (v instanceof PyProperty) return isAbstract(v.fget) || isAbstract(v.fset);
  if (v instanceof PyMethodWrapper) return isAbstract(v.fn);
  try {
    return truthy(getAttr(v, '__isabstractmethod__'));
  } catch (e) {
    if (e instanceof PyExc) return false;
    throw e;
  }
}

/** Names still abstract in `cls`: declared abstract somewhere and not overridden. */
export function abstractMethods(cls: PyType): string[] {
  const names = new Set<string>();
  for (const t of cls.mro) for (const k of t.dict.keys()) names.add(k);
  return [...names].filter((n) => isAbstract(findInMro(cls, n))).sort();
}

export function makeAbcModule(s: StdlibServices) {
  const rt = s.runtime();
  const ABC = nativeClass(
    rt,
    'ABC',
    {
      __new__: method('__new__', (_c, cls) => {
        const c = cls as PyType;
        const left = abstractMethods(c);
        if (left.length)
          throw pyErr(
            E.TypeError,
            `Can't instantiate abstract class ${c.name} with abstract method${left.length > 1 ? 's' : ''} ${left.join(', ')}`,
          );
        return new PyInstance(c);
      }),
    },
    { module: 'abc' },
  );
  const ABCMeta = nativeClass(
    rt,
    'ABCMeta',
    { __implied_base__: ABC },
    { module: 'abc', base: typeType },
  );
  // type(ABC), and of every class under it (metaclass=ABCMeta adds ABC to the bases).
  ABC.metaclass = ABCMeta;
  const mark = (f: PyValue) => {
    setAttr(f, '__isabstractmethod__', true);
    return f;
  };
  return makeModule(
    'abc',
    {
      ABC,
      ABCMeta,
      abstractmethod: fn('abstractmethod', ['funcobj'], (a) => mark(a.get('funcobj')!)),
      abstractproperty: fn('abstractproperty', ['fget='], (a) => {
        const f = a.get('fget') ?? null;
        if (f !== null) mark(f);
        return new PyProperty(f, null, null, null);
      }),
      abstractclassmethod: fn(
        'abstractclassmethod',
        ['callable'],
        (a) => new PyMethodWrapper('classmethod', mark(a.get('callable')!)),
      ),
      abstractstaticmethod: fn(
        'abstractstaticmethod',
        ['callable'],
        (a) => new PyMethodWrapper('staticmethod', mark(a.get('callable')!)),
      ),
    },
    ['get_cache_token', 'update_abstractmethods'],
  );
}
