// A public run's summary (wandb/apis/public/summary.py `HTTPSummary` over `Summary` and
// `SummarySubDict`): the `summaryMetrics` the run sent, read by key or attribute (keys are
// stripped), nested dicts as SummarySubDict views of the same JSON, repr like a dict. Setting
// a plain value changes only this object (`_write()` without commit sends nothing); `update()`
// and setting a dict commit with UpsertBucket, which the playground does not send.

import { E, keyError, pyErr } from '../values/exceptions';
import { dictSet, hashKey } from '../values/hashing';
import {
  type PyBuiltin,
  PyDict,
  PyDictView,
  PyHost,
  PyIterator,
  PyTuple,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr } from '../values/repr';
import { method } from './convert';

const strip = (k: PyValue) => (typeof k === 'string' ? k.trim() : k);

/** `_write(commit=True)`: the one mutation of the public summary, not sent here. */
function commitRefused(): never {
  throw pyErr(
    E.NotImplementedError,
    "not supported in the playground: saving a public run's summary (HTTPSummary.update sends UpsertBucket)",
  );
}

export class PySummarySubDict extends PyHost {
  /** `_dict`: the values read so far (a nested dict as a SummarySubDict). */
  private readonly loaded = new PyDict();
  private readonly methods: Map<string, PyBuiltin>;
  constructor(
    /** `_json_dict`: this level of the run's summary JSON. */
    private readonly json: PyDict,
    private readonly kind = 'SummarySubDict',
  ) {
    super();
    this.methods = new Map([
      ['keys', method('SummarySubDict.keys', () => new PyDictView('keys', this.json), this)],
      [
        'get',
        method(
          'SummarySubDict.get',
          (b) => this.get(b.get('k') ?? null, b.get('default') ?? null),
          this,
        ),
      ],
      [
        'items',
        method(
          'SummarySubDict.items',
          () => {
            const keys = [...this.json.map.values()].map(([k]) => k);
            let i = 0;
            return new PyIterator('generator', () =>
              i < keys.length ? new PyTuple([keys[i], this.item(keys[i++])]) : STOP,
            );
          },
          this,
        ),
      ],
      ['update', method('SummarySubDict.update', () => commitRefused(), this)],
    ]);
  }
  get typeName(): string {
    return this.kind;
  }
  /** `get(k, default)`: `_root_get` loads the key into `_dict` first. */
  private get(k: PyValue, dflt: PyValue): PyValue {
    const key = strip(k);
    const h = hashKey(key);
    if (!this.loaded.map.has(h)) {
      const v = this.json.map.get(h)?.[1];
      if (v !== undefined)
        dictSet(this.loaded, key, v instanceof PyDict ? new PySummarySubDict(v) : v);
    }
    return this.loaded.map.get(h)?.[1] ?? dflt;
  }
  private item(k: PyValue): PyValue {
    const key = strip(k);
    this.get(key, null);
    const e = this.loaded.map.get(hashKey(key));
    if (!e) throw keyError(key);
    return e[1];
  }
  override getAttr(name: string): PyValue | undefined {
    const m = this.methods.get(name);
    if (m) return m;
    const k = name.trim();
    if (k.startsWith('_')) return undefined;
    return this.item(k);
  }
  override setAttr(name: string, v: PyValue): boolean {
    if (name.trim().startsWith('_')) return false;
    this.setItem(name, v);
    return true;
  }
  override getItem(key: PyValue): PyValue {
    return this.item(key);
  }
  override setItem(key: PyValue, v: PyValue): void {
    // A dict value is written with update(), which commits.
    if (v instanceof PyDict) commitRefused();
    const k = strip(key);
    dictSet(this.loaded, k, v);
    dictSet(this.json, k, v);
  }
  override contains(k: PyValue): boolean {
    return this.json.map.has(hashKey(strip(k)));
  }
  override iterate(): () => PyValue | typeof STOP {
    // No __iter__: iteration goes through __getitem__(0), (1), ... until KeyError.
    throw keyError(0n);
  }
  /** `repr(dict)` of every key, each read through `self[k]` (nested ones by their own repr). */
  repr(): string {
    const parts = [...this.json.map.values()].map(([k]) => `${repr(k)}: ${repr(this.item(k))}`);
    return `{${parts.join(', ')}}`;
  }
}

/** HTTPSummary: the root, over the run's `summaryMetrics`. */
export function httpSummary(json: PyDict): PySummarySubDict {
  return new PySummarySubDict(json, 'HTTPSummary');
}
