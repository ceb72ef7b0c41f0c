// The server side of the SDK's registry search filters: MongoDB-style documents (wandb/_filters)
// evaluated over one record's fields. The real server's evaluator is not in the SDK source, so
// its semantics are the simulator's choice (ASSUMPTIONS.md): MongoDB's, for the operators the
// SDK knows (wandb/_filters/operators.py KEY_TO_OP). A list field (aliases, tags) matches when
// any element does; `a.b` reads into an object field (metadata).

import { msg } from '../rules/server/serverMessages';

export type FilterDoc = Readonly<Record<string, unknown>>;

/** A filter the server cannot evaluate: its text becomes the GraphQL error. */
export class FilterError extends Error {}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSONString variable, parsed; absent or empty means "no filter". */
export function parseFilter(raw: unknown): FilterDoc | null {
  if (raw === undefined || raw === null || raw === '') return null;
  let v: unknown = raw;
  if (typeof raw === 'string') {
    try {
      v = JSON.parse(raw);
    } catch {
      throw new FilterError(msg.filterJson(raw));
    }
  }
  if (!isObj(v)) throw new FilterError(msg.filterNotObject);
  return v;
}

function field(doc: FilterDoc, path: string): unknown {
  let v: unknown = doc;
  for (const part of path.split('.')) {
    if (!isObj(v)) return undefined;
    v = v[part];
  }
  return v;
}

const scalarEq = (a: unknown, b: unknown) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && JSON.stringify(a) === JSON.stringify(b));

/** MongoDB equality: a list field equals a value it contains (or the same list). */
const eqAny = (fv: unknown, x: unknown) =>
  scalarEq(fv, x) || (Array.isArray(fv) && fv.some((e) => scalarEq(e, x)));

const elements = (fv: unknown): unknown[] => (Array.isArray(fv) ? fv : [fv]);

function ordered(fv: unknown, x: unknown, ok: (c: number) => boolean): boolean {
  return elements(fv).some((e) => {
    if (typeof e === 'number' && typeof x === 'number') return ok(e - x);
    if (typeof e === 'string' && typeof x === 'string') return ok(e < x ? -1 : e > x ? 1 : 0);
    return false;
  });
}

function regex(pattern: unknown): RegExp {
  if (typeof pattern !== 'string')
    throw new FilterError(msg.filterOperand('$regex', 'a string pattern'));
  try {
    return new RegExp(pattern, 'u');
  } catch {
    throw new FilterError(msg.filterRegex(pattern));
  }
}

function list(op: string, x: unknown): unknown[] {
  if (!Array.isArray(x)) throw new FilterError(msg.filterOperand(op, 'a list'));
  return x;
}

/** One operator expression (`{"$regex": "mod"}`) applied to a field's value. */
function applyOps(fv: unknown, ops: Record<string, unknown>): boolean {
  return Object.entries(ops).every(([op, x]) => {
    switch (op) {
      case '$eq':
        return eqAny(fv, x);
      case '$ne':
        return !eqAny(fv, x);
      case '$in':
        return list(op, x).some((y) => eqAny(fv, y));
      case '$nin':
        return !list(op, x).some((y) => eqAny(fv, y));
      case '$gt':
        return ordered(fv, x, (c) => c > 0);
      case '$gte':
        return ordered(fv, x, (c) => c >= 0);
      case '$lt':
        return ordered(fv, x, (c) => c < 0);
      case '$lte':
        return ordered(fv, x, (c) => c <= 0);
      case '$exists':
        return (fv !== undefined && fv !== null) === Boolean(x);
      case '$regex': {
        const re = regex(x);
        return elements(fv).some((e) => typeof e === 'string' && re.test(e));
      }
      case '$contains':
        return elements(fv).some((e) => typeof e === 'string' && e.includes(String(x)));
      case '$size':
        return Array.isArray(fv) && fv.length === x;
      case '$all':
        return list(op, x).every((y) => eqAny(fv, y));
      case '$not':
        if (!isObj(x)) throw new FilterError(msg.filterOperand('$not', 'an operator expression'));
        return !applyOps(fv, x);
      default:
        throw new FilterError(msg.filterOperator(op));
    }
  });
}

const isOpExpr = (v: unknown): v is Record<string, unknown> =>
  isObj(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'));

/** Does `doc` match `filter` (null: no filter)? Throws FilterError for what it cannot read. */
export function matches(filter: FilterDoc | null, doc: FilterDoc): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([key, v]) => {
    switch (key) {
      case '$and':
        return list(key, v).every((f) => matches(asFilter(f), doc));
      case '$or':
        return list(key, v).some((f) => matches(asFilter(f), doc));
      case '$nor':
        return !list(key, v).some((f) => matches(asFilter(f), doc));
      case '$not':
        return !matches(asFilter(v), doc);
    }
    if (key.startsWith('$')) throw new FilterError(msg.filterOperator(key));
    const fv = field(doc, key);
    return isOpExpr(v) ? applyOps(fv, v) : eqAny(fv, v);
  });
}

function asFilter(v: unknown): FilterDoc {
  if (!isObj(v)) throw new FilterError(msg.filterNotObject);
  return v;
}

/** `order` as the SDK sends it ("+name", "-created_at"): a comparator over records' fields. */
export function orderBy<T>(
  order: unknown,
  docOf: (t: T) => FilterDoc,
): ((a: T, b: T) => number) | undefined {
  if (typeof order !== 'string' || !order) return undefined;
  const desc = order.startsWith('-');
  const name = order.replace(/^[+-]/, '');
  return (a, b) => {
    const x = String(field(docOf(a), name) ?? '');
    const y = String(field(docOf(b), name) ?? '');
    const c = x < y ? -1 : x > y ? 1 : 0;
    return desc ? -c : c;
  };
}
