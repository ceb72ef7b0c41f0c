// Argument checks for native builtins and methods, with CPython-style messages.

import { E, pyErr } from '../values/exceptions';
import type { Kwargs, PyValue } from '../values/objects';
import { typeName } from '../values/typename';

export function noKwargs(name: string, kwargs: Kwargs | null): void {
  if (kwargs?.size) throw pyErr(E.TypeError, `${name}() takes no keyword arguments`);
}

export function arity(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (max === 0) throw pyErr(E.TypeError, `${name}() takes no arguments (${n} given)`);
  if (min === 1 && max === 1)
    throw pyErr(E.TypeError, `${name}() takes exactly one argument (${n} given)`);
  const short = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name;
  if (n < min)
    throw pyErr(
      E.TypeError,
      `${short} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`,
    );
  throw pyErr(
    E.TypeError,
    `${short} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`,
  );
}

/**
 * Positional-or-keyword arguments by name: `names` in order, the first `min` required.
 * Returns an array aligned with `names` (undefined where not given).
 */
export function params(
  name: string,
  args: PyValue[],
  kwargs: Kwargs | null,
  names: string[],
  min = 0,
): (PyValue | undefined)[] {
  if (args.length > names.length) {
    throw pyErr(
      E.TypeError,
      `${name}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${args.length} given)`,
    );
  }
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
      if (out[i] !== undefined) {
        throw pyErr(
          E.TypeError,
          `argument for ${name}() given by name ('${k}') and position (${i + 1})`,
        );
      }
      out[i] = v;
    }
  }
  for (let i = 0; i < min; i++) {
    if (out[i] === undefined)
      throw pyErr(E.TypeError, `${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

export function expectStr(what: string, v: PyValue): string {
  if (typeof v !== 'string') throw pyErr(E.TypeError, `${what} must be str, not ${typeName(v)}`);
  return v;
}

/** An int argument (bool allowed), as CPython's __index__ would accept. */
export function expectInt(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}

export function intToNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (v < BigInt(Number.MIN_SAFE_INTEGER)) return Number.MIN_SAFE_INTEGER;
  return Number(v);
}
