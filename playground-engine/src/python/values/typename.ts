import { PyObject, type PyValue } from './objects';

/** The name CPython uses in messages like "'int' object is not callable". */
export function typeName(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return 'str';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'boolean':
      return 'bool';
  }
  if (v === null) return 'NoneType';
  if (v instanceof PyObject) return v.typeName;
  return 'object';
}
