// Binary and unary operators with CPython's int/float rules, floor semantics for
// // and %, sequence repetition and CPython's error messages.

import { binarySpecial, isInstanceObj, trySpecial } from './instances';
import { bitLength, checkCollectionSize, checkInt, checkStringLength, intTooBig } from '../budgets';
import { E, pyErr } from './exceptions';
import { dictSet, hashKey, setAdd } from './hashing';
import { printf } from './printf';
import {
  PyDict,
  PyDictSub,
  PyDictView,
  PyHost,
  PyList,
  PySet,
  PyTuple,
  PyTupleSub,
  type PyValue,
} from './objects';
import { typeName } from './typename';

export type BinOp = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^' | '@';

type Num = bigint | number;

function asNum(v: PyValue): Num | undefined {
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return undefined;
}

export function toFloat(v: Num): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) throw pyErr(E.OverflowError, 'int too large to convert to float');
  return f;
}

function unsupported(op: string, a: PyValue, b: PyValue): never {
  const shown = op === '**' ? '** or pow()' : op;
  throw pyErr(
    E.TypeError,
    `unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`,
  );
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function modInt(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

function modFloat(a: number, b: number): number {
  const r = a % b;
  if (r !== 0 && r < 0 !== b < 0) return r + b;
  if (r === 0) return b < 0 ? -0 : 0;
  return r;
}

const isSeq = (v: PyValue): boolean =>
  typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;

/** The repeat count for `seq * n`; CPython's TypeError when `n` is not an int. */
function repeatCount(n: PyValue): number {
  if (typeof n === 'bigint' || typeof n === 'boolean') {
    const c = typeof n === 'boolean' ? (n ? 1n : 0n) : n;
    return c <= 0n ? 0 : c > 2n ** 53n ? Number.MAX_SAFE_INTEGER : Number(c);
  }
  throw pyErr(E.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
}

function repeatSeq(seq: PyValue, count: number): PyValue | undefined {
  if (typeof seq === 'string') {
    checkStringLength(seq.length * count);
    return seq.repeat(count);
  }
  if (seq instanceof PyList || seq instanceof PyTuple) {
    checkCollectionSize(seq.items.length * count);
    const out: PyValue[] = [];
    for (let i = 0; i < count; i++) out.push(...seq.items);
    return seq instanceof PyList ? new PyList(out) : new PyTuple(out);
  }
  return undefined;
}

function intPow(a: bigint, b: bigint): PyValue {
  if (b < 0n) {
    if (a === 0n) throw pyErr(E.ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return toFloat(a) ** Number(b);
  }
  const mag = a < 0n ? -a : a;
  if (mag > 1n && Number(b) * (bitLength(mag) - 1) > 100_000) intTooBig();
  return checkInt(a ** b);
}

function numeric(op: BinOp, x: Num, y: Num, left: PyValue, right: PyValue): PyValue {
  if (typeof x === 'bigint' && typeof y === 'bigint') {
    switch (op) {
      case '+':
        return checkInt(x + y);
      case '-':
        return checkInt(x - y);
      case '*':
        return checkInt(x * y);
      case '/':
        if (y === 0n) throw pyErr(E.ZeroDivisionError, 'division by zero');
        return toFloat(x) / toFloat(y);
      case '//':
        if (y === 0n) throw pyErr(E.ZeroDivisionError, 'integer division or modulo by zero');
        return floorDivInt(x, y);
      case '%':
        if (y === 0n) throw pyErr(E.ZeroDivisionError, 'integer modulo by zero');
        return modInt(x, y);
      case '**':
        return intPow(x, y);
      case '<<':
        if (y < 0n) throw pyErr(E.ValueError, 'negative shift count');
        if (x !== 0n && bitLength(x) + Number(y) > 100_000) intTooBig();
        return x << y;
      case '>>':
        if (y < 0n) throw pyErr(E.ValueError, 'negative shift count');
        return x >> y;
      case '&':
        return x & y;
      case '|':
        return x | y;
      case '^':
        return x ^ y;
      default:
        return unsupported(op, left, right);
    }
  }
  if (op === '<<' || op === '>>' || op === '&' || op === '|' || op === '^' || op === '@') {
    return unsupported(op, left, right);
  }
  const a = toFloat(x);
  const b = toFloat(y);
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw pyErr(E.ZeroDivisionError, 'float division by zero');
      return a / b;
    case '//':
      if (b === 0) throw pyErr(E.ZeroDivisionError, 'float floor division by zero');
      return Math.floor(a / b);
    case '%':
      if (b === 0) throw pyErr(E.ZeroDivisionError, 'float modulo');
      return modFloat(a, b);
    default: {
      if (a === 0 && b < 0)
        throw pyErr(E.ZeroDivisionError, '0.0 cannot be raised to a negative power');
      const r = a ** b;
      if (a < 0 && !Number.isInteger(b)) {
        throw pyErr(E.ValueError, 'complex results are not supported in the playground');
      }
      if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
        throw pyErr(E.OverflowError, "(34, 'Numerical result out of range')");
      }
      return r;
    }
  }
}

/** Stdlib host values (Path / 'x', datetime - timedelta): left operand first, then reflected. */
function hostBinop(op: BinOp, a: PyValue, b: PyValue): PyValue | undefined {
  if (a instanceof PyHost && a.binop) {
    const r = a.binop(op, b, false);
    if (r !== undefined) return r;
  }
  if (b instanceof PyHost && b.binop) return b.binop(op, a, true);
  return undefined;
}

const isSubObj = (v: PyValue) => v instanceof PyDictSub || v instanceof PyTupleSub;

export function binaryOp(op: BinOp, a: PyValue, b: PyValue): PyValue {
  const hosted = hostBinop(op, a, b);
  if (hosted !== undefined) return hosted;
  const x = asNum(a);
  const y = asNum(b);
  if (x !== undefined && y !== undefined) {
    if (
      typeof a === 'boolean' &&
      typeof b === 'boolean' &&
      (op === '&' || op === '|' || op === '^')
    ) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    return numeric(op, x, y, a, b);
  }
  if (isInstanceObj(a) || isInstanceObj(b) || isSubObj(a) || isSubObj(b)) {
    const r = binarySpecial(op, a, b);
    if (r !== undefined) return r;
  }
  switch (op) {
    case '+':
      if (typeof a === 'string') {
        if (typeof b !== 'string') {
          throw pyErr(E.TypeError, `can only concatenate str (not "${typeName(b)}") to str`);
        }
        checkStringLength(a.length + b.length);
        return a + b;
      }
      if (a instanceof PyList) {
        if (!(b instanceof PyList)) {
          throw pyErr(E.TypeError, `can only concatenate list (not "${typeName(b)}") to list`);
        }
        checkCollectionSize(a.items.length + b.items.length);
        return new PyList([...a.items, ...b.items]);
      }
      if (a instanceof PyTuple) {
        if (!(b instanceof PyTuple)) {
          throw pyErr(E.TypeError, `can only concatenate tuple (not "${typeName(b)}") to tuple`);
        }
        checkCollectionSize(a.items.length + b.items.length);
        return new PyTuple([...a.items, ...b.items]);
      }
      break;
    case '*':
      if (isSeq(a)) return repeatSeq(a, repeatCount(b))!;
      if (isSeq(b)) return repeatSeq(b, repeatCount(a))!;
      break;
    case '%':
      if (typeof a === 'string') {
        const out = printf(a, b);
        checkStringLength(out.length);
        return out;
      }
      break;
    case '|':
    case '&':
    case '-':
    case '^':
      if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b);
      // Key and item views act as sets with any iterable, on either side.
      if (isSetView(a) || isSetView(b)) {
        const sa = iterableAsSet(a);
        const sb = iterableAsSet(b);
        if (sa && sb) return setOp(op, sa, sb);
      }
      if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
        const d = new PyDict();
        for (const [k, v] of a.map.values()) dictSet(d, k, v);
        for (const [k, v] of b.map.values()) dictSet(d, k, v);
        return d;
      }
      break;
  }
  return unsupported(op, a, b);
}

const isSetView = (v: PyValue): boolean => v instanceof PyDictView && v.kind !== 'values';

/** The elements of a set, key/items view, or plain sequence as a set (undefined if none of those). */
function iterableAsSet(v: PyValue): PySet | undefined {
  if (v instanceof PySet) return v;
  let items: PyValue[] | undefined;
  if (v instanceof PyDictView) {
    items = [...v.dict.map.values()].map(([k, x]) => (v.kind === 'keys' ? k : new PyTuple([k, x])));
  } else if (v instanceof PyList || v instanceof PyTuple) items = v.items;
  else if (typeof v === 'string') items = v.split('');
  else if (v instanceof PyDict) items = [...v.map.values()].map(([k]) => k);
  if (!items) return undefined;
  const s = new PySet();
  for (const x of items) setAdd(s, x);
  return s;
}

function setOp(op: '|' | '&' | '-' | '^', a: PySet, b: PySet): PySet {
  const out = new PySet();
  if (op === '|') {
    for (const [k, v] of a.map) out.map.set(k, v);
    for (const [k, v] of b.map) if (!out.map.has(k)) out.map.set(k, v);
  } else if (op === '&') {
    for (const [k, v] of a.map) if (b.map.has(k)) out.map.set(k, v);
  } else if (op === '-') {
    for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
  } else {
    for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
    for (const [k, v] of b.map) if (!a.map.has(k)) out.map.set(k, v);
  }
  return out;
}

export type UnaryOp = '-' | '+' | '~';

export function unaryOp(op: UnaryOp, v: PyValue): PyValue {
  const x = asNum(v);
  if (x !== undefined && !(op === '~' && typeof x === 'number')) {
    if (op === '-') return typeof x === 'bigint' ? -x : -x;
    if (op === '+') return x;
    return ~(x as bigint);
  }
  const hosted = v instanceof PyHost ? v.unary?.(op) : undefined;
  if (hosted !== undefined) return hosted;
  const r = trySpecial(v, op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__', []);
  if (r !== undefined) return r;
  throw pyErr(E.TypeError, `bad operand type for unary ${op}: '${typeName(v)}'`);
}

/** `x in container` for containers that need no iteration protocol. */
export function setHas(s: PySet | PyDict, item: PyValue): boolean {
  return s.map.has(hashKey(item));
}
