// Comparison operators (including `in` and `is`) and in-place operators.

import { truthy } from '../values/compare';
import {
  callSpecial,
  eqSpecial,
  type Instance,
  inplaceSpecial,
  isInstanceObj,
  special,
} from '../values/instances';
import { checkCollectionSize } from '../budgets';
import { type BinOp, binaryOp } from '../values/arith';
import { pyEq, pyOrder } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { dictSet, hashKey } from '../values/hashing';
import {
  PyDict,
  PyDictView,
  PyExc,
  PyHost,
  PyList,
  PyRange,
  PySet,
  PyTuple,
  type PyValue,
  STOP,
} from '../values/objects';
import { typeName } from '../values/typename';
import { toArray, tryIterate } from './iteration';

export function contains(container: PyValue, item: PyValue, tick: (n?: number) => void): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw pyErr(
        E.TypeError,
        `'in <string>' requires string as left operand, not ${typeName(item)}`,
      );
    }
    return container.includes(item);
  }
  if (container instanceof PyDict || container instanceof PySet)
    return container.map.has(hashKey(item));
  if (container instanceof PyList || container instanceof PyTuple) {
    tick(Math.ceil(container.items.length / 64));
    return container.items.some((x) => pyEq(x, item));
  }
  if (container instanceof PyRange) {
    const n = typeof item === 'boolean' ? (item ? 1n : 0n) : item;
    if (typeof n !== 'bigint') {
      if (typeof n === 'number' && Number.isInteger(n)) return contains(container, BigInt(n), tick);
      return false;
    }
    const { start, stop, step } = container;
    if (step > 0n ? n < start || n >= stop : n > start || n <= stop) return false;
    return (n - start) % step === 0n;
  }
  if (container instanceof PyDictView) {
    if (container.kind === 'keys') return container.dict.map.has(hashKey(item));
    if (container.kind === 'values')
      return [...container.dict.map.values()].some(([, v]) => pyEq(v, item));
    if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
    const e = container.dict.map.get(hashKey(item.items[0]));
    return !!e && pyEq(e[1], item.items[1]);
  }
  if (container instanceof PyHost && container.contains) return container.contains(item);
  const has = special(container, '__contains__');
  if (has !== undefined && has !== null)
    return truthy(callSpecial(container as Instance, has, [item]));
  const pull = tryIterate(container);
  if (!pull) throw pyErr(E.TypeError, `argument of type '${typeName(container)}' is not iterable`);
  for (let x = pull(); x !== STOP; x = pull()) {
    tick();
    if (pyEq(x, item)) return true;
  }
  return false;
}

export function compareOp(op: string, a: PyValue, b: PyValue, tick: (n?: number) => void): boolean {
  switch (op) {
    case '==':
      return sameObjectEq(a, b) ?? pyEq(a, b);
    case '!=':
      return !(sameObjectEq(a, b) ?? pyEq(a, b));
    case '<':
    case '<=':
    case '>':
    case '>=':
      return pyOrder(op, a, b);
    case 'in':
      return contains(b, a, tick);
    case 'not in':
      return !contains(b, a, tick);
    case 'is':
      return a === b;
    case 'is not':
      return a !== b;
  }
  throw pyErr(E.TypeError, `unknown comparison operator ${op}`);
}

/** `a op= b`: lists, sets and dicts change in place, everything else rebinds. */
export function inplaceOp(op: string, a: PyValue, b: PyValue, tick: (n?: number) => void): PyValue {
  const own = inplaceSpecial(op, a, b);
  if (own !== undefined) return own;
  if (a instanceof PyList && op === '+') {
    const more = toArray(b, tick);
    checkCollectionSize(a.items.length + more.length);
    a.items.push(...more);
    return a;
  }
  if (a instanceof PyList && op === '*') {
    const r = binaryOp('*', a, b) as PyList;
    a.items.splice(0, a.items.length, ...r.items);
    return a;
  }
  if (
    a instanceof PySet &&
    b instanceof PySet &&
    (op === '|' || op === '&' || op === '-' || op === '^')
  ) {
    const r = binaryOp(op, a, b) as PySet;
    a.map.clear();
    for (const [k, v] of r.map) a.map.set(k, v);
    return a;
  }
  if (a instanceof PyDict && op === '|' && b instanceof PyDict) {
    for (const [k, v] of b.map.values()) dictSet(a, k, v);
    return a;
  }
  // In place, only the left operand's own repeat counts: {} *= [1] is an unsupported *=.
  if (
    op === '*' &&
    (a instanceof PyDict || a instanceof PySet || a instanceof PyRange || a instanceof PyDictView)
  ) {
    throw pyErr(
      E.TypeError,
      `unsupported operand type(s) for *=: '${typeName(a)}' and '${typeName(b)}'`,
    );
  }
  try {
    return binaryOp(op as BinOp, a, b);
  } catch (err) {
    // CPython names the augmented operator: "unsupported operand type(s) for +=: ...".
    if (err instanceof PyExc && typeof err.args[0] === 'string') {
      const m = /^unsupported operand type\(s\) for (\S+?)( or pow\(\))?: (.*)$/.exec(err.args[0]);
      if (m) throw pyErr(E.TypeError, `unsupported operand type(s) for ${m[1]}=: ${m[3]}`);
    }
    throw err;
  }
}

/**
 * `x == x` for an object whose class defines `__eq__`: the operator calls it (only containers,
 * `in` and dict lookups take identity as equality first). Undefined: pyEq decides.
 */
function sameObjectEq(a: PyValue, b: PyValue): boolean | undefined {
  if (a !== b || !isInstanceObj(a)) return undefined;
  const r = eqSpecial(a, b);
  return r === undefined ? undefined : truthy(r);
}
