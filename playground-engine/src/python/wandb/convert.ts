// Crossing the boundary between Python values and the TypeScript SDK: plain data both
// ways, SimError → Python exception, and native methods declared with their real
// Python signatures.

import { isSimError } from '../../errors/simError';
import './exceptions';
import { tagCode } from '../hints';
import { bindArguments, type SigParam, sig } from '../interp/signature';
import { E, pyErr, typeForName } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import {
  type Kwargs,
  type NativeContext,
  PyBuiltin,
  PyDict,
  PyList,
  PyTuple,
  type PyValue,
} from '../values/objects';
import { typeName } from '../values/typename';
import { type Qualname, SIGNATURES } from './signatures';

/** A SimError from the engine becomes the Python exception the real SDK raises. */
export function toPyError(e: unknown): unknown {
  if (!isSimError(e)) return e;
  const type = typeForName(e.pyType);
  // A wandb.errors.Error is built as `CommError(message)` is, so it has `.message` (and `.exc`).
  const exc =
    e.message === '' && !type.isSubclassOf(typeForName('wandb.errors.Error'))
      ? pyErr(type)
      : pyErr(type, e.message);
  if (e.wrapped) dictSet(exc.dict, 'exc', toPyError(e.wrapped) as PyValue);
  if (e.hint) exc.hint = e.hint;
  tagCode(exc, e.code);
  return exc;
}

/** Run `f`, translating engine errors (sync throws and rejections). */
export async function guard<T>(f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw toPyError(e);
  }
}

export function guardSync<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw toPyError(e);
  }
}

/** Python data → JSON-like JS (config, metadata). */
export function toJs(v: PyValue): unknown {
  if (v === null || typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number')
    return v;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toJs);
  if (v instanceof PyDict) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v.map.values()) o[typeof k === 'string' ? k : String(toJs(k))] = toJs(x);
    return o;
  }
  throw pyErr(E.TypeError, `Object of type ${typeName(v)} is not JSON serializable`);
}

/** JSON-like JS → Python data. Whole numbers become int. */
export function fromJs(v: unknown): PyValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return new PyList(v.map(fromJs));
  if (typeof v === 'object') {
    const d = new PyDict();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) dictSet(d, k, fromJs(x));
    return d;
  }
  return String(v);
}

/** None → undefined, str → str, list/tuple of str → string[] (aliases, tags). */
export function stringsArg(v: PyValue | undefined): string[] | string | null | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (v instanceof PyList || v instanceof PyTuple) {
    return v.items.map((x) => {
      if (typeof x !== 'string') throw pyErr(E.TypeError, `expected str, got ${typeName(x)}`);
      return x;
    });
  }
  throw pyErr(E.TypeError, `expected a str or a list of str, not ${typeName(v)}`);
}

export function optStr(name: string, v: PyValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw pyErr(E.TypeError, `${name} must be a str, not ${typeName(v)}`);
  return v;
}

type Bound = Map<string, PyValue>;

/** Each qualname's parsed signature, parsed once: a run makes its methods anew. */
const parsedSignatures = new Map<Qualname, SigParam[]>();

function paramsOf(qualname: Qualname): SigParam[] {
  let params = parsedSignatures.get(qualname);
  if (!params) {
    params = sig([...SIGNATURES[qualname]]);
    // A method's `self` is a parameter to CPython: it counts in "takes N positional arguments".
    if (qualname.includes('.'))
      params = [{ name: 'self', kind: 'pos', hasDefault: false }, ...params];
    parsedSignatures.set(qualname, params);
  }
  return params;
}

/** Binds a call by the table; a method's instance (a constructor's: none yet) goes first. */
function bindCall(
  qualname: Qualname,
  self: PyValue | undefined,
  args: PyValue[],
  kwargs: Kwargs | null,
): Bound {
  const method = qualname.includes('.');
  const bound = bindArguments(
    qualname,
    paramsOf(qualname),
    method ? [self ?? null, ...args] : args,
    kwargs,
  );
  bound.delete('self');
  return bound;
}

/**
 * A native method with its real Python signature (signatures.ts, shared with the editor's
 * analysis); errors are named after `qualname` (e.g. `Run.link_artifact`) as CPython does.
 */
export function method(
  qualname: Qualname,
  impl: (a: Bound, ctx: NativeContext) => PyValue | Promise<PyValue>,
  self?: PyValue,
  /** A decorator's check that runs before the arguments are bound (CHECKED_BEFORE_BINDING). */
  before?: () => void,
): PyBuiltin {
  const short = qualname.slice(qualname.lastIndexOf('.') + 1);
  const fn = new PyBuiltin(
    short,
    (ctx, args: PyValue[], kwargs: Kwargs | null) =>
      guard(() => {
        before?.();
        return impl(bindCall(qualname, self, args, kwargs), ctx);
      }),
    self,
  );
  // The SDK is Python: `print(artifact.download)` shows a bound method, as a reader sees it.
  fn.qualname = qualname;
  return fn;
}

/**
 * The same for a method of a class namespace (modules/classkit): Python passes the instance
 * first, and the rest binds by the table. Synchronous, so implicit calls can use it.
 */
export function signedMethod(
  qualname: Qualname,
  impl: (ctx: NativeContext, self: PyValue, a: Bound) => PyValue,
): PyBuiltin {
  return new PyBuiltin(qualname.slice(qualname.lastIndexOf('.') + 1), (ctx, args, kwargs) =>
    impl(ctx, args[0] ?? null, bindCall(qualname, args[0], args.slice(1), kwargs)),
  );
}
