// run.summary (wandb/sdk/wandb_summary.py `Summary`): a view of the summary wandb-core keeps
// (sdk/runHistory.ts). Reading asks for the current summary (`_as_dict`); a finished run has
// none ("Summary data not available in finished run"). Writing sends a summary record, which
// a finished run refuses in `_summary_update_callback`. `__getattr__ = __getitem__`, so a
// missing attribute is a KeyError, as in the SDK.

import type { Run } from '../../sdk/run';
import type { HistoryValues, RunHistory } from '../../sdk/runHistory';
import { runFinished } from '../../sdk/errors';
import type { WandbSdk } from '../../sdk/wandbSdk';
import { method, nativeClass } from '../modules/classkit';
import { keyError } from '../values/exceptions';
import {
  type NativeContext,
  PyDict,
  PyInstance,
  PyList,
  type PyType,
  type PyValue,
} from '../values/objects';
import { str } from '../values/repr';
import { floatRepr, toFixedExact } from '../values/floats';
import { dictSet, hashKey } from '../values/hashing';
import { dictUpdate } from '../builtins/container-methods';
import { jsonFriendly } from './config';
import { guardSync, signedMethod } from './convert';

/**
 * The history's values as Python values: `_step` an int, `_runtime` a float; the footer
 * reads ints and floats as numbers and prints summary cells as `_footer_summary` does.
 */
export const HISTORY_VALUES: HistoryValues<PyValue> = {
  int: (n) => BigInt(n),
  float: (n) => n,
  wandb: (runtime) => {
    const d = new PyDict();
    dictSet(d, 'runtime', BigInt(runtime));
    return d;
  },
  toNumber: (v) => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : undefined),
  summaryText: (v) => {
    if (typeof v === 'string') return v.slice(0, 20) + (v.length >= 20 ? '...' : '');
    // numbers.Number: bool and int as str(), a float rounded to 5 places.
    if (typeof v === 'boolean' || typeof v === 'bigint') return str(v);
    if (typeof v === 'number') {
      return floatRepr(Number.isFinite(v) ? Number(toFixedExact(v, 5)) : v);
    }
    return undefined;
  },
};

interface SummaryState {
  run: Run;
  sdk: WandbSdk;
  history: RunHistory<PyValue>;
}

const states = new WeakMap<PyInstance, SummaryState>();

/**
 * The nodes wandb-core's summary tree made for a nested key (runsummary, pathtree.go): setting
 * `summary["a"]["b"]` replaces a dict *value* at "a" by a node holding only "b"; setting into a
 * node keeps its other keys. These dicts never reach Python: reads are copies.
 */
const subtrees = new WeakSet<PyDict>();
const isSubtree = (v: PyValue | undefined): v is PyDict => v instanceof PyDict && subtrees.has(v);
function subtree(): PyDict {
  const d = new PyDict();
  subtrees.add(d);
  return d;
}
const child = (d: PyDict, k: string) => d.map.get(hashKey(k))?.[1];

/** A value as `_as_dict()` gives it: a fresh copy (the SDK decodes wandb-core's JSON each time). */
function fresh(v: PyValue): PyValue {
  if (v instanceof PyDict) {
    const d = new PyDict();
    for (const [k, x] of v.map.values()) dictSet(d, k, fresh(x));
    return d;
  }
  return v instanceof PyList ? new PyList(v.items.map(fresh)) : v;
}

/** `_summary_get_current_summary_callback`. */
function current(self: PyValue): Map<string, PyValue> {
  const s = states.get(self as PyInstance)!;
  if (s.run.finished) {
    s.sdk.termlog('warn', 'Summary data not available in finished run');
    return new Map();
  }
  return s.history.summary;
}

/** RunSummary.Set: a nested path makes (or reuses) a node at each step. */
function setPath(h: RunHistory<PyValue>, path: string[], v: PyValue): void {
  if (path.length === 1) {
    h.setSummary(path[0], v);
    return;
  }
  const top = h.summary.get(path[0]);
  let node: PyDict = isSubtree(top) ? top : subtree();
  if (node !== top) h.setSummary(path[0], node);
  for (const k of path.slice(1, -1)) {
    const next = child(node, k);
    const made: PyDict = isSubtree(next) ? next : subtree();
    if (made !== next) dictSet(node, k, made);
    node = made;
  }
  dictSet(node, path[path.length - 1], v);
}

/** RunSummary.Remove: only inside nodes (a key of a dict value is not in the tree); empty nodes go. */
function removePath(h: RunHistory<PyValue>, path: string[]): void {
  if (path.length === 1) {
    h.deleteSummary(path[0]);
    return;
  }
  const chain: PyDict[] = [];
  let node = h.summary.get(path[0]);
  for (const k of path.slice(1, -1)) {
    if (!isSubtree(node)) return;
    chain.push(node);
    node = child(node, k);
  }
  if (!isSubtree(node)) return;
  chain.push(node);
  node.map.delete(hashKey(path[path.length - 1]));
  for (let i = chain.length - 1; i >= 0 && chain[i].map.size === 0; i--) {
    if (i === 0) h.deleteSummary(path[0]);
    else chain[i - 1].map.delete(hashKey(path[i]));
  }
}

/** `_summary_update_callback`: each key path set (value) or removed (undefined). */
function update(ctx: NativeContext, self: PyValue, changes: [string[], PyValue | undefined][]) {
  const s = states.get(self as PyInstance)!;
  guardSync(() => {
    if (s.run.finished) throw runFinished(s.run.id, '_summary_update_callback');
  });
  for (const [path, v] of changes) {
    if (v === undefined) removePath(s.history, path);
    else setPath(s.history, path, jsonFriendly(ctx, v));
  }
  return null;
}

/** A SummarySubDict: the dict read at `path` (a snapshot), writing through the root. */
interface SubState {
  root: PyInstance;
  path: string[];
  items: PyDict;
}
const subs = new WeakMap<PyInstance, SubState>();

/** SummaryDict's methods over `_as_dict()` and `_update()`, shared by Summary and SummarySubDict. */
function summaryDictMethods(
  asDict: (self: PyValue) => Map<string, PyValue>,
  updateAt: (ctx: NativeContext, self: PyValue, changes: [string[], PyValue | undefined][]) => null,
  wrap: (self: PyValue, key: string, d: PyDict) => PyValue,
): Record<string, PyValue> {
  const getItem = method('__getitem__', (_c, self, [key]) => {
    const v = asDict(self).get(str(key));
    if (v === undefined) throw keyError(key);
    // SummaryDict.__getitem__: a nested dict comes wrapped.
    return v instanceof PyDict ? wrap(self, str(key), v) : v;
  });
  const setItem = method('__setitem__', (ctx, self, [key, value]) =>
    updateAt(ctx, self, [[[str(key)], value]]),
  );
  const delItem = method('__delitem__', (ctx, self, [key]) =>
    updateAt(ctx, self, [[[str(key)], undefined]]),
  );
  return {
    keys: signedMethod(
      'SummaryDict.keys',
      (_c, self) => new PyList([...asDict(self).keys()].filter((k) => k !== '_wandb')),
    ),
    get: signedMethod(
      'SummaryDict.get',
      (_c, self, b) => asDict(self).get(str(b.get('key') ?? null)) ?? b.get('default') ?? null,
    ),
    __getitem__: getItem,
    __getattr__: getItem,
    __setitem__: setItem,
    __setattr__: setItem,
    __delitem__: delItem,
    __delattr__: delItem,
    update: signedMethod('SummaryDict.update', (ctx, self, b) => {
      // `d.items()`; any mapping or list of pairs reads as dict(d) would.
      const pairs = new PyDict();
      dictUpdate(ctx, pairs, b.get('d') ?? null, null);
      return updateAt(
        ctx,
        self,
        [...pairs.map.values()].map(([k, v]) => [[str(k)], v]),
      );
    }),
  };
}

const entries = (d: PyDict) => new Map([...d.map.values()].map(([k, v]) => [str(k), v]));

export function makeSummaryType(rt: NativeContext): PyType {
  const subType: PyType = nativeClass(
    rt,
    'SummarySubDict',
    summaryDictMethods(
      (self) => entries(subs.get(self as PyInstance)!.items),
      (ctx, self, changes) => {
        // SummarySubDict._update: the record goes to the root under this dict's path.
        const { root, path } = subs.get(self as PyInstance)!;
        return update(
          ctx,
          root,
          changes.map(([p, v]) => [[...path, ...p], v]),
        );
      },
      (self, key, d) => {
        const { root, path } = subs.get(self as PyInstance)!;
        return newSub(root, [...path, key], d);
      },
    ),
    { module: 'wandb.sdk.wandb_summary' },
  );
  const newSub = (root: PyInstance, path: string[], items: PyDict) => {
    const inst = new PyInstance(subType);
    subs.set(inst, { root, path, items });
    return inst;
  };
  // Summary: every read is a fresh copy of wandb-core's summary.
  const copy = (self: PyValue) =>
    new Map([...current(self)].map(([k, v]) => [k, fresh(v)] as [string, PyValue]));
  return nativeClass(
    rt,
    'Summary',
    summaryDictMethods(copy, update, (self, key, d) => newSub(self as PyInstance, [key], d)),
    { module: 'wandb.sdk.wandb_summary' },
  );
}

export function newSummary(cls: PyType, state: SummaryState): PyInstance {
  const inst = new PyInstance(cls);
  states.set(inst, state);
  return inst;
}
