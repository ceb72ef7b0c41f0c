// str() and repr() with CPython's spelling: quotes, True/None, float digits,
// container brackets, and '[...]' for containers that contain themselves.

import { E, pyErr } from './exceptions';
import { floatRepr } from './floats';
import { fakeAddress } from './identity';
import { textSpecial } from './instances';
import {
  PyBoundMethod,
  PyBuiltin,
  PyDict,
  PyDictSub,
  PyDictView,
  PyExc,
  PyFunction,
  PyGenerator,
  PyHost,
  PyInstance,
  PyIterator,
  PyList,
  PyMethodWrapper,
  PyModule,
  PyNotImplemented,
  PyProperty,
  PyRange,
  PySet,
  PySuper,
  PyTuple,
  PyTupleSub,
  PyType,
  type PyValue,
} from './objects';

/** CPython 3.11's default limit on int → str conversion (sys.get_int_max_str_digits). */
export const INT_MAX_STR_DIGITS = 4300;

export function intToStr(v: bigint): string {
  const s = v.toString();
  if (s.length > INT_MAX_STR_DIGITS + (v < 0n ? 1 : 0)) {
    throw pyErr(
      E.ValueError,
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c >= 0x80 && c < 0xa0) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if ((c >= 0xd800 && c < 0xe000) || c === 0xad) {
      out += c > 0xff ? `\\u${c.toString(16).padStart(4, '0')}` : `\\x${c.toString(16)}`;
    } else out += ch;
  }
  return out + quote;
}

export function repr(v: PyValue, seen: Set<object> = new Set()): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'bigint':
      return intToStr(v);
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyDictSub || v instanceof PyTupleSub) {
    if (seen.has(v)) return '...';
    seen.add(v);
    try {
      const own = textSpecial(v, '__repr__');
      if (own !== undefined) return own;
    } finally {
      seen.delete(v);
    }
  }
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PySet || v instanceof PyDict) {
    if (seen.has(v)) return v instanceof PyDict ? '{...}' : v instanceof PyList ? '[...]' : '(...)';
    seen.add(v);
    try {
      if (v instanceof PyList) return `[${v.items.map((x) => repr(x, seen)).join(', ')}]`;
      if (v instanceof PyTuple) {
        const inner = v.items.map((x) => repr(x, seen));
        return inner.length === 1 ? `(${inner[0]},)` : `(${inner.join(', ')})`;
      }
      if (v instanceof PySet) {
        return v.map.size === 0
          ? 'set()'
          : `{${[...v.map.values()].map((x) => repr(x, seen)).join(', ')}}`;
      }
      return `{${[...v.map.values()].map(([k, x]) => `${repr(k, seen)}: ${repr(x, seen)}`).join(', ')}}`;
    } finally {
      seen.delete(v);
    }
  }
  if (v instanceof PyRange) {
    return v.step === 1n
      ? `range(${v.start}, ${v.stop})`
      : `range(${v.start}, ${v.stop}, ${v.step})`;
  }
  if (v instanceof PyDictView) {
    // MappingView.__repr__: `f'{self.__class__.__name__}({self._mapping!r})'`.
    if (v.mapping !== undefined) return `${v.typeName}(${repr(v.mapping, seen)})`;
    const d = v.dict;
    const items =
      v.kind === 'keys'
        ? [...d.map.values()].map(([k]) => repr(k, seen))
        : v.kind === 'values'
          ? [...d.map.values()].map(([, x]) => repr(x, seen))
          : [...d.map.values()].map(([k, x]) => `(${repr(k, seen)}, ${repr(x, seen)})`);
    return `${v.typeName}([${items.join(', ')}])`;
  }
  if (v instanceof PyInstance || v instanceof PyExc) {
    // A class's own __repr__ can recurse through containers; the depth budget stops it.
    return textSpecial(v, '__repr__') ?? defaultRepr(v);
  }
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${fakeAddress(v)}>`;
  if (v instanceof PyBoundMethod) {
    const fn = v.fn;
    const name = fn instanceof PyFunction ? fn.qualname : fn instanceof PyBuiltin ? fn.name : '?';
    return `<bound method ${name} of ${repr(v.self, seen)}>`;
  }
  if (v instanceof PyGenerator) return `<generator object ${v.qualname} at ${fakeAddress(v)}>`;
  if (v instanceof PyProperty || v instanceof PyMethodWrapper)
    return `<${v.typeName} object at ${fakeAddress(v)}>`;
  if (v instanceof PySuper)
    return `<super: <class '${v.start.name}'>, <${typeNameOf(v.self)} object>>`;
  if (v instanceof PyNotImplemented) return 'NotImplemented';
  if (v instanceof PyBuiltin && v.qualname !== undefined) {
    return v.self === undefined
      ? `<function ${v.qualname} at ${fakeAddress(v)}>`
      : `<bound method ${v.qualname} of ${repr(v.self, seen)}>`;
  }
  if (v instanceof PyBuiltin) {
    if (v.self !== undefined && v.self !== null && typeof v.self === 'object') {
      return `<built-in method ${v.name} of ${v.self.typeName} object at ${fakeAddress(v.self)}>`;
    }
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyType && v.meta) {
    const own = textSpecial(v, '__repr__');
    if (own !== undefined) return own;
  }
  if (v instanceof PyType)
    return `<class '${v.module ? `${v.module}.${v.qualname}` : v.qualname}'>`;
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyIterator) return `<${v.typeName} object at ${fakeAddress(v)}>`;
  if (v instanceof PyHost) return v.repr();
  return `<${(v as { typeName?: string }).typeName ?? 'object'} object>`;
}

export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyHost && v.toStr) return v.toStr();
  if (v instanceof PyExc) return textSpecial(v, '__str__') ?? excStr(v);
  if (v instanceof PyInstance || v instanceof PyDictSub || v instanceof PyTupleSub)
    return textSpecial(v, '__str__') ?? repr(v);
  return repr(v);
}

/** BaseException.__str__: the single argument, or the tuple of them. */
export function excStr(v: PyExc): string {
  if (v.args.length === 0) return '';
  if (v.args.length === 1)
    return v.type.isSubclassOf(E.KeyError) ? repr(v.args[0]) : str(v.args[0]);
  return repr(new PyTuple(v.args));
}

/** object.__repr__ and BaseException.__repr__, without the class's own __repr__. */
export function defaultRepr(v: PyValue): string {
  if (v instanceof PyExc) return `${v.type.name}(${v.args.map((a) => repr(a)).join(', ')})`;
  if (v instanceof PyInstance) {
    const c = v.cls;
    const name = c.module && c.module !== 'builtins' ? `${c.module}.${c.qualname}` : c.qualname;
    return `<${name} object at ${fakeAddress(v)}>`;
  }
  return repr(v);
}

const typeNameOf = (v: PyValue): string =>
  v instanceof PyInstance ? v.cls.name : v instanceof PyType ? v.name : typeof v;
