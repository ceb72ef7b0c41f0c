// Matching a subject against a `case` pattern (PEP 634, CPython 3.11's checks and messages).

import { isInstance } from '../builtins/types';
import type { Expr, Pattern, Pos } from '../syntax/ast';
import { E, pyErr } from '../values/exceptions';
import { hashKey } from '../values/hashing';
import { PyDict, PyList, PyRange, PyTuple, PyType, type PyValue } from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';
import { toArray } from './iteration';
import { compareOp } from './operators';

/** What matching needs from the evaluator, bound to the scope of the `match` statement. */
export interface PatternRuntime {
  value(e: Expr): Generator<unknown, PyValue, unknown>;
  /** The attribute, or undefined when looking it up raises AttributeError. */
  attr(obj: PyValue, name: string): Generator<unknown, PyValue | undefined, unknown>;
  at(p: Pos): void;
  tick(n?: number): void;
}

type G = Generator<unknown, boolean, unknown>;

/**
 * True when `subject` matches; captures go into `binds` (the caller binds them only on
 * success, which PEP 634 allows: names of a failed pattern are left unspecified).
 */
export function* matchPattern(
  rt: PatternRuntime,
  p: Pattern,
  subject: PyValue,
  binds: Map<string, PyValue>,
): G {
  rt.tick();
  switch (p.k) {
    case 'Capture':
    case 'Star':
      if (p.name !== null) binds.set(p.name, subject);
      return true;
    case 'Singleton':
      return subject === p.value;
    case 'Value': {
      const v = yield* rt.value(p.value);
      rt.at(p);
      return compareOp('==', subject, v, rt.tick);
    }
    case 'As':
      if (!(yield* matchPattern(rt, p.pattern, subject, binds))) return false;
      binds.set(p.name, subject);
      return true;
    case 'Or':
      for (const alt of p.alts) {
        const trial = new Map(binds);
        if (yield* matchPattern(rt, alt, subject, trial)) {
          for (const [k, v] of trial) binds.set(k, v);
          return true;
        }
      }
      return false;
    case 'Sequence':
      return yield* matchSequence(rt, p.items, subject, binds);
    case 'Mapping':
      return yield* matchMapping(rt, p, subject, binds);
    case 'Class':
      return yield* matchClass(rt, p, subject, binds);
  }
}

/** str, bytes and bytearray are sequences but never match a sequence pattern. */
function sequenceItems(v: PyValue, tick: (n?: number) => void): PyValue[] | undefined {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  if (v instanceof PyRange) return toArray(v, tick);
  return undefined;
}

function* matchSequence(
  rt: PatternRuntime,
  items: Pattern[],
  subject: PyValue,
  binds: Map<string, PyValue>,
): G {
  const xs = sequenceItems(subject, rt.tick);
  if (!xs) return false;
  const star = items.findIndex((x) => x.k === 'Star');
  if (star < 0 ? xs.length !== items.length : xs.length < items.length - 1) return false;
  const after = items.length - star - 1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    let v: PyValue;
    if (star < 0 || i < star) v = xs[i];
    else if (i === star) v = new PyList(xs.slice(star, xs.length - after));
    else v = xs[xs.length - (items.length - i)];
    if (!(yield* matchPattern(rt, it, v, binds))) return false;
  }
  return true;
}

function* matchMapping(
  rt: PatternRuntime,
  p: Extract<Pattern, { k: 'Mapping' }>,
  subject: PyValue,
  binds: Map<string, PyValue>,
): G {
  if (!(subject instanceof PyDict)) return false;
  if (subject.map.size < p.keys.length) return false;
  const seen = new Set<string>();
  const values: PyValue[] = [];
  let missing = false;
  for (const ke of p.keys) {
    const k = yield* rt.value(ke);
    rt.at(p);
    const h = hashKey(k);
    if (seen.has(h)) throw pyErr(E.ValueError, `mapping pattern checks duplicate key (${repr(k)})`);
    seen.add(h);
    const e = subject.map.get(h);
    if (e) values.push(e[1]);
    else missing = true;
  }
  if (missing) return false;
  for (let i = 0; i < values.length; i++)
    if (!(yield* matchPattern(rt, p.values[i], values[i], binds))) return false;
  if (p.rest !== undefined) {
    const rest = new PyDict();
    for (const [h, e] of subject.map) if (!seen.has(h)) rest.map.set(h, [e[0], e[1]]);
    binds.set(p.rest, rest);
  }
  return true;
}

/** Builtins whose single positional sub-pattern matches the subject itself (subclasses too). */
const MATCH_SELF = new Set([
  'bool',
  'bytearray',
  'bytes',
  'dict',
  'float',
  'frozenset',
  'int',
  'list',
  'set',
  'str',
  'tuple',
]);

const subPatterns = (n: number) => `${n} positional sub-pattern${n === 1 ? '' : 's'}`;

function* matchClass(
  rt: PatternRuntime,
  p: Extract<Pattern, { k: 'Class' }>,
  subject: PyValue,
  binds: Map<string, PyValue>,
): G {
  const cls = yield* rt.value(p.cls);
  rt.at(p);
  if (!(cls instanceof PyType)) throw pyErr(E.TypeError, 'called match pattern must be a type');
  if (!isInstance(subject, cls)) return false;
  const names: string[] = [];
  let self = false;
  if (p.args.length) {
    const matchArgs = yield* rt.attr(cls, '__match_args__');
    rt.at(p);
    if (matchArgs === undefined) {
      if (cls.mro.some((t) => !t.user && MATCH_SELF.has(t.name))) {
        if (p.args.length > 1)
          throw pyErr(
            E.TypeError,
            `${cls.name}() accepts ${subPatterns(1)} (${p.args.length} given)`,
          );
        self = true;
      }
    } else {
      if (!(matchArgs instanceof PyTuple))
        throw pyErr(
          E.TypeError,
          `${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`,
        );
      if (p.args.length > matchArgs.items.length)
        throw pyErr(
          E.TypeError,
          `${cls.name}() accepts ${subPatterns(matchArgs.items.length)} (${p.args.length} given)`,
        );
      for (const n of matchArgs.items.slice(0, p.args.length)) {
        if (typeof n !== 'string')
          throw pyErr(E.TypeError, `__match_args__ elements must be strings (got ${typeName(n)})`);
        names.push(n);
      }
    }
    if (!self && matchArgs === undefined)
      throw pyErr(E.TypeError, `${cls.name}() accepts ${subPatterns(0)} (${p.args.length} given)`);
  }
  // As CPython: every attribute is looked up before any sub-pattern is matched.
  const seen = new Set<string>();
  const values: PyValue[] = [];
  for (const n of [...names, ...p.kwNames]) {
    if (seen.has(n))
      throw pyErr(E.TypeError, `${cls.name}() got multiple sub-patterns for attribute '${n}'`);
    seen.add(n);
    const v = yield* rt.attr(subject, n);
    rt.at(p);
    if (v === undefined) return false;
    values.push(v);
  }
  const pats = self ? p.kwPats : [...p.args, ...p.kwPats];
  if (self && !(yield* matchPattern(rt, p.args[0], subject, binds))) return false;
  for (let i = 0; i < pats.length; i++)
    if (!(yield* matchPattern(rt, pats[i], values[i], binds))) return false;
  return true;
}
