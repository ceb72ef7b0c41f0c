// The limits that stop runaway snippets. They are documented in the README
// ("Budgets"); change both together.

import { E, pyErr } from './values/exceptions';
import type { PyExc } from './values/objects';

export const BUDGETS = {
  /** Statements, calls, loop and comprehension iterations, items walked by builtins. */
  maxSteps: 1_000_000,
  /** Python frames, the module included (CPython's default recursion limit). */
  maxDepth: 1000,
  /** Characters written to stdout and stderr together. */
  maxOutput: 100_000,
  /** Characters in one string. */
  maxStringLength: 1_000_000,
  /** Items in one list, tuple, dict or set built in one operation. */
  maxCollectionSize: 1_000_000,
  /** Bits in one int. */
  maxIntBits: 100_000,
  /** Wall-clock backstop in milliseconds, checked when the runtime yields. */
  maxMillis: 3_000,
  /** Steps between yields to the event loop (keeps a page responsive). */
  yieldEvery: 4096,
} as const;

/**
 * A budget stop. It is not a Python exception: `except` and `finally` never see it,
 * so `while True: try: ... except: pass` still stops.
 */
export class BudgetStop {
  constructor(readonly exc: PyExc) {}
}

export function checkStringLength(n: number | bigint): void {
  if (n > BUDGETS.maxStringLength) {
    throw pyErr(
      E.MemoryError,
      `a string of ${n} characters is over the playground limit of ${BUDGETS.maxStringLength}`,
    );
  }
}

export function checkCollectionSize(n: number | bigint): void {
  if (n > BUDGETS.maxCollectionSize) {
    throw pyErr(
      E.MemoryError,
      `a collection of ${n} items is over the playground limit of ${BUDGETS.maxCollectionSize}`,
    );
  }
}

export function intTooBig(): never {
  throw pyErr(E.MemoryError, `an int over ${BUDGETS.maxIntBits} bits is over the playground limit`);
}

// Comparing against a 100,000-bit constant is slow in V8; most ints are far smaller.
const SMALL = 1n << 64n;

export function checkInt(v: bigint): bigint {
  if (v < SMALL && v > -SMALL) return v;
  if (bitLength(v) > BUDGETS.maxIntBits) intTooBig();
  return v;
}

export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(16).length * 4;
}
