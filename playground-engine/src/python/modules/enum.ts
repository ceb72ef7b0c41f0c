// The `enum` module: Enum, IntEnum and StrEnum built with the class API. A class
// statement that subclasses one runs Enum's __init_subclass__, which turns the class
// attributes into members (aliases for repeated values, auto() numbering); a shared
// metaclass gives the class itself iteration, len(), [name], `in`, Color(value) lookup
// and CPython's reprs and errors.

import { typeType } from '../builtins/types';
import { getAttr } from '../interp/attributes';
import { binaryOp } from '../values/arith';
import { pyEq, pyOrder } from '../values/compare';
import { E, keyError, pyErr } from '../values/exceptions';
import { formatValue } from '../values/format';
import { dictSet, hashKey } from '../values/hashing';
import { findInMro } from '../values/instances';
import {
  type NativeContext,
  NotImplemented,
  PyBuiltin,
  PyDict,
  PyFunction,
  PyInstance,
  PyList,
  PyMethodWrapper,
  PyProperty,
  PyTuple,
  PyType,
  type PyValue,
} from '../values/objects';
import { repr, str } from '../values/repr';
import { getter, method, nativeClass } from './classkit';
import { type ClassLike, NativeClass, NativeObject, fn, makeModule } from './native';
import type { StdlibServices } from './services';

class Auto extends NativeObject {
  constructor(readonly klass: NativeClass<Auto>) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return 'auto(_EnumDict.auto)';
  }
}

const own = (m: PyValue, k: string): PyValue =>
  (m as PyInstance).dict.map.get(hashKey(k))?.[1] ?? null;
const nameOf = (m: PyValue) => own(m, '_name_') as string;
const memberValue = (m: PyValue) => own(m, '_value_');

/** Members in definition order (aliases excluded), kept on the class. */
const membersOf = (cls: PyType): PyInstance[] => {
  const l = findInMro(cls, '_member_list_');
  return l instanceof PyList ? (l.items as PyInstance[]) : [];
};
const memberMap = (cls: PyType): PyDict => {
  const d = findInMro(cls, '__members__');
  return d instanceof PyDict ? d : new PyDict();
};

const isDescriptor = (v: PyValue) =>
  v instanceof PyFunction ||
  v instanceof PyBuiltin ||
  v instanceof PyMethodWrapper ||
  v instanceof PyProperty ||
  v instanceof PyType;

export function makeEnumModule(s: StdlibServices) {
  const rt = s.runtime();
  const autoClass: NativeClass<Auto> = new NativeClass<Auto>('auto', 'enum', {
    spec: [],
    make: () => new Auto(autoClass),
  });
  const enumRepr = (cls: PyType) => `<enum '${cls.name}'>`;

  const meta = nativeClass(
    rt,
    'EnumType',
    {
      __iter__: method('__iter__', (_c, cls) => new PyList(membersOf(cls as PyType))),
      __reversed__: method(
        '__reversed__',
        (_c, cls) =>
          new PyList(
            membersOf(cls as PyType)
              .slice()
              .reverse(),
          ),
      ),
      __len__: method('__len__', (_c, cls) => BigInt(membersOf(cls as PyType).length)),
      __getitem__: method('__getitem__', (_c, cls, [name]) => {
        const e = memberMap(cls as PyType).map.get(hashKey(name));
        if (!e) throw keyError(name);
        return e[1];
      }),
      __contains__: method(
        '__contains__',
        (_c, cls, [m]) =>
          m instanceof PyInstance &&
          m.cls.isSubclassOf(cls as PyType) &&
          membersOf(cls as PyType).includes(m),
      ),
      __repr__: method('__repr__', (_c, cls) => enumRepr(cls as PyType)),
      __getattr__: method('__getattr__', (_c, cls, [name]) => {
        if (typeof name === 'string' && name.startsWith('__'))
          throw pyErr(
            E.AttributeError,
            `type object '${(cls as PyType).name}' has no attribute '${name}'`,
          );
        throw pyErr(E.AttributeError, name as string);
      }),
      // EnumType.__call__: Color(1) finds the member; it never makes a new one.
      __call__: method('__call__', (_c, cls, args, kwargs) => {
        const c = cls as PyType;
        if (args.length !== 1 || kwargs?.size)
          throw pyErr(
            E.NotImplementedError,
            'not supported in the playground: the Enum functional API',
          );
        const v = args[0];
        if (v instanceof PyInstance && v.cls === c) return v;
        const hit = membersOfAll(c).find((m) => pyEq(memberValue(m), v));
        if (hit) return hit;
        if (!membersOf(c).length)
          throw pyErr(
            E.NotImplementedError,
            'not supported in the playground: the Enum functional API',
          );
        throw pyErr(E.ValueError, `${repr(v)} is not a valid ${c.qualname}`);
      }),
    },
    { module: 'enum', base: typeType },
  );
  const membersOfAll = (cls: PyType): PyInstance[] =>
    [...memberMap(cls).map.values()].map(([, m]) => m as PyInstance);

  /** What Enum's __init_subclass__ does: turn the class body's values into members. */
  const defineMembers = (ctx: NativeContext, cls: PyType, kind: 'enum' | 'int' | 'str') => {
    cls.meta = meta;
    for (const base of cls.mro.slice(1)) {
      if (membersOf(base).length)
        throw pyErr(E.TypeError, `${enumRepr(cls)} cannot extend ${enumRepr(base)}`);
    }
    const list: PyInstance[] = [];
    const map = new PyDict();
    const init = findInMro(cls, '__init__', true);
    const userInit = init instanceof PyFunction ? init : undefined;
    for (const [name, raw] of [...cls.dict]) {
      if (name.startsWith('_') || isDescriptor(raw)) continue;
      let value = raw;
      if (raw instanceof Auto) {
        if (kind === 'str') value = name.toLowerCase();
        else {
          const last = [...list].reverse().find((m) => typeof memberValue(m) === 'bigint');
          value = last ? (memberValue(last) as bigint) + 1n : 1n;
        }
      }
      if (kind === 'str' && typeof value !== 'string')
        throw pyErr(E.TypeError, `${repr(value)} is not a string`);
      const alias = list.find((m) => pyEq(memberValue(m), value));
      if (alias) {
        cls.dict.set(name, alias);
        dictSet(map, name, alias);
        continue;
      }
      const m = new PyInstance(cls);
      dictSet(m.dict, '_name_', name);
      dictSet(m.dict, '_value_', value);
      if (userInit)
        ctx.callSync(userInit, [m, ...(value instanceof PyTuple ? value.items : [value])]);
      cls.dict.set(name, m);
      list.push(m);
      dictSet(map, name, m);
    }
    cls.dict.set('_member_list_', new PyList(list));
    cls.dict.set('_member_names_', new PyList(list.map(nameOf)));
    cls.dict.set('__members__', map);
  };

  const base = (
    name: string,
    kind: 'enum' | 'int' | 'str',
    extra: Record<string, PyValue>,
    bases: PyType[] = [],
  ) => {
    const cls = nativeClass(
      rt,
      name,
      {
        __init_subclass__: method('__init_subclass__', (ctx, cls) => {
          defineMembers(ctx, cls as PyType, kind);
          return null;
        }),
        __init__: method('__init__', () => null),
        __repr__: method('__repr__', (_c, self) => {
          const m = self as PyInstance;
          return `<${m.cls.name}.${nameOf(m)}: ${repr(memberValue(m))}>`;
        }),
        __str__: method(
          '__str__',
          (_c, self) => `${(self as PyInstance).cls.name}.${nameOf(self)}`,
        ),
        __format__: method('__format__', (_c, self, [spec]) =>
          formatValue(`${(self as PyInstance).cls.name}.${nameOf(self)}`, spec as string),
        ),
        __hash__: method('__hash__', (_c, self) => hashInt(hashKey(nameOf(self)))),
        __copy__: method('__copy__', (_c, self) => self),
        __deepcopy__: method('__deepcopy__', (_c, self) => self),
        __reduce_ex__: method('__reduce_ex__', () => null),
        name: getter('name', (self) => own(self, '_name_')),
        value: getter('value', (self) => own(self, '_value_')),
        ...extra,
      },
      { module: 'enum', bases },
    );
    cls.meta = meta;
    cls.dict.set('_member_list_', new PyList([]));
    cls.dict.set('__members__', new PyDict());
    return cls;
  };

  const Enum = base('Enum', 'enum', {});
  // type(Color) is enum.EnumType (EnumMeta is the same class), for Enum and every subclass.
  Enum.metaclass = meta;
  const valueOps = (kind: 'int' | 'str'): Record<string, PyValue> => {
    // The other operand's value when it is a member too.
    const v = (x: PyValue) =>
      x instanceof PyInstance && x.dict.map.has(hashKey('_value_')) ? memberValue(x) : x;
    const ops: Record<string, PyValue> = {
      __str__: method('__str__', (_c, self) => str(memberValue(self))),
      __format__: method('__format__', (_c, self, [spec]) =>
        formatValue(memberValue(self), spec as string),
      ),
      __eq__: method('__eq__', (_c, self, [o]) => pyEq(memberValue(self), v(o))),
      __hash__: method('__hash__', (_c, self) => hashInt(hashKey(memberValue(self)))),
      __lt__: method('__lt__', (_c, self, [o]) => cmp('<', memberValue(self), v(o))),
      __le__: method('__le__', (_c, self, [o]) => cmp('<=', memberValue(self), v(o))),
      __gt__: method('__gt__', (_c, self, [o]) => cmp('>', memberValue(self), v(o))),
      __ge__: method('__ge__', (_c, self, [o]) => cmp('>=', memberValue(self), v(o))),
      __add__: method('__add__', (_c, self, [o]) => binaryOp('+', memberValue(self), v(o))),
      __radd__: method('__radd__', (_c, self, [o]) => binaryOp('+', v(o), memberValue(self))),
    };
    if (kind === 'int') {
      Object.assign(ops, {
        __sub__: method('__sub__', (_c, self, [o]) => binaryOp('-', memberValue(self), v(o))),
        __mul__: method('__mul__', (_c, self, [o]) => binaryOp('*', memberValue(self), v(o))),
        __int__: method('__int__', (_c, self) => memberValue(self)),
        __index__: method('__index__', (_c, self) => memberValue(self)),
      });
    } else {
      // str methods (`.upper()`, `.startswith()`) come from the value.
      ops.__getattr__ = method('__getattr__', (_c, self, [name]) =>
        getAttr(memberValue(self), name as string),
      );
    }
    return ops;
  };
  const IntEnum = base('IntEnum', 'int', valueOps('int'), [Enum]);
  const StrEnum = base('StrEnum', 'str', valueOps('str'), [Enum]);

  return makeModule(
    'enum',
    {
      Enum,
      IntEnum,
      StrEnum,
      EnumType: meta,
      EnumMeta: meta,
      auto: autoClass.type,
      unique: fn('unique', ['enumeration'], (a) => {
        const cls = a.get('enumeration') as PyType;
        const dups: string[] = [];
        for (const [k, m] of memberMap(cls).map.values())
          if (nameOf(m) !== k) dups.push(`${k as string} -> ${nameOf(m)}`);
        if (dups.length)
          throw pyErr(
            E.ValueError,
            `duplicate values found in ${enumRepr(cls)}: ${dups.join(', ')}`,
          );
        return cls;
      }),
    },
    ['Flag', 'IntFlag', 'verify', 'member', 'nonmember', 'global_enum', 'ReprEnum'],
  );
}

function cmp(op: '<' | '<=' | '>' | '>=', a: PyValue, b: PyValue): PyValue {
  try {
    return pyOrder(op, a, b);
  } catch {
    return NotImplemented;
  }
}

function hashInt(key: string): bigint {
  let h = 0n;
  for (let i = 0; i < key.length; i++) h = (h * 31n + BigInt(key.charCodeAt(i))) & 0xfffffffffffffn;
  return h;
}
