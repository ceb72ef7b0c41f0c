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
import { dictSet } from '../values/hashing';
import { dictUpdate } from '../builtins/container-methods';
import { jsonFriendly } from './config';
import { guardSync } from './convert';

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

/** `_summary_get_current_summary_callback`. */
function current(self: PyValue): Map<string, PyValue> {
  const s = states.get(self as PyInstance)!;
  if (s.run.finished) {
    s.sdk.termlog('warn', 'Summary data not available in finished run');
    return new Map();
  }
  return s.history.summary;
}

/** `_summary_update_callback`: each key set (value) or removed (undefined). */
function update(ctx: NativeContext, self: PyValue, changes: [PyValue, PyValue | undefined][]) {
  const s = states.get(self as PyInstance)!;
  guardSync(() => {
    if (s.run.finished) throw runFinished(s.run.id, '_summary_update_callback');
  });
  for (const [k, v] of changes) {
    const key = str(k);
    if (v === undefined) s.history.deleteSummary(key);
    else s.history.setSummary(key, jsonFriendly(ctx, v));
  }
  return null;
}

export function makeSummaryType(rt: NativeContext): PyType {
  const getItem = method('__getitem__', (_c, self, [key]) => {
    const v = current(self).get(str(key));
    if (v === undefined) throw keyError(key);
    return v;
  });
  const setItem = method('__setitem__', (ctx, self, [key, value]) =>
    update(ctx, self, [[key, value]]),
  );
  const delItem = method('__delitem__', (ctx, self, [key]) =>
    update(ctx, self, [[key, undefined]]),
  );
  return nativeClass(
    rt,
    'Summary',
    {
      keys: method(
        'keys',
        (_c, self) => new PyList([...current(self).keys()].filter((k) => k !== '_wandb')),
      ),
      get: method('get', (_c, self, args) => current(self).get(str(args[0])) ?? args[1] ?? null),
      __getitem__: getItem,
      __getattr__: getItem,
      __setitem__: setItem,
      __setattr__: setItem,
      __delitem__: delItem,
      __delattr__: delItem,
      update: method('update', (ctx, self, [d]) => {
        // `d.items()`; any mapping or list of pairs reads as dict(d) would.
        const pairs = new PyDict();
        dictUpdate(ctx, pairs, d, null);
        return update(ctx, self, [...pairs.map.values()]);
      }),
    },
    { module: 'wandb.sdk.wandb_summary' },
  );
}

export function newSummary(cls: PyType, state: SummaryState): PyInstance {
  const inst = new PyInstance(cls);
  states.set(inst, state);
  return inst;
}
