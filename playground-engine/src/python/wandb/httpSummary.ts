// A public run's summary (wandb/apis/public/summary.py `HTTPSummary` over `Summary` and
// `SummarySubDict`): the `summaryMetrics` the run sent, read by key or attribute (keys are
// stripped), nested dicts as SummarySubDict views, repr like a dict. Setting a plain value
// changes only this object (`_write()` without commit sends nothing); `update()` and setting
// a dict commit the whole summary with UpsertBucket (`_write(commit=True)`), so the world's
// run changes and the next `api.run(path).summary` shows it. `del summary[k]` drops the key
// from this object only, until something commits.

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
import { typeName } from '../values/typename';
import { method } from './convert';

const strip = (k: PyValue) => (typeof k === 'string' ? k.trim() : k);

/** The root's `_json_dict` and `_write(commit=True)`, shared by every level. */
interface SummaryRoot {
  json: PyDict;
  commit(): Promise<void>;
}

/** `_encode`: a dict becomes a new dict tree; other values are stored as they are. */
function encode(v: PyValue): PyValue {
  if (!(v instanceof PyDict)) return v;
  const out = new PyDict();
  for (const [k, x] of v.map.values()) dictSet(out, k, encode(x));
  return out;
}

export class PySummarySubDict extends PyHost {
  /** `_dict`: the values read or set so far (a nested dict as a SummarySubDict). */
  private readonly loaded = new PyDict();
  /** `_locked_keys`: keys set explicitly (update(overwrite=False) leaves them). */
  private readonly locked = new Set<string>();
  private readonly methods: Map<string, PyBuiltin>;
  constructor(
    private readonly root: SummaryRoot,
    /** `_path`: the keys from the root to this level. */
    private readonly path: PyValue[],
    /** `_json_dict`: this level of the summary JSON. */
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
      [
        'update',
        method(
          'SummarySubDict.update',
          async (b) => {
            const overwrite = b.get('overwrite');
            await this.update(b.get('key_vals') ?? null, overwrite === undefined || !!overwrite);
            return null;
          },
          this,
        ),
      ],
    ]);
  }

  /** A nested level: `SummarySubDict(root, path)` reads `root._json_dict` along the path now. */
  private child(key: PyValue): PySummarySubDict {
    let json: PyDict | undefined = this.root.json;
    for (const k of [...this.path, key]) {
      const next: PyValue | undefined = json?.map.get(hashKey(k))?.[1];
      json = next instanceof PyDict ? next : undefined;
    }
    return new PySummarySubDict(this.root, [...this.path, key], json ?? new PyDict());
  }

  /** `_root_set(path, items)`: each value encoded into the root JSON at this level. */
  private rootSet(items: [PyValue, PyValue][]): void {
    let json = this.root.json;
    for (const k of this.path) {
      const next = json.map.get(hashKey(k))?.[1];
      if (!(next instanceof PyDict)) throw keyError(k);
      json = next;
    }
    for (const [k, v] of items) dictSet(json, k, encode(v));
  }

  /** `update(key_vals=None, overwrite=True)`: `_update`, `_root_set`, then commit. */
  async update(keyVals: PyValue, overwrite: boolean): Promise<void> {
    if (keyVals instanceof PyDict ? keyVals.map.size > 0 : keyVals !== null && keyVals !== false) {
      this.rootSet(this.localUpdate(keyVals, overwrite));
    }
    await this.root.commit();
  }

  /** `_update`: the items written (locked keys kept when not overwriting), into `_dict`. */
  private localUpdate(keyVals: PyValue, overwrite: boolean): [PyValue, PyValue][] {
    if (!(keyVals instanceof PyDict)) {
      throw pyErr(E.AttributeError, `'${typeName(keyVals)}' object has no attribute 'items'`);
    }
    const given = [...keyVals.map.values()].map(([k, v]): [PyValue, PyValue] => [strip(k), v]);
    const items = overwrite ? given : given.filter(([k]) => !this.locked.has(hashKey(k)));
    if (overwrite) for (const [k] of given) this.locked.add(hashKey(k));
    for (const [k, v] of items) {
      if (v instanceof PyDict) {
        const sub = this.child(k);
        dictSet(this.loaded, k, sub);
        sub.localUpdate(v, overwrite);
      } else dictSet(this.loaded, k, v);
    }
    return items;
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
      if (v !== undefined) dictSet(this.loaded, key, v instanceof PyDict ? this.child(key) : v);
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
  override setAttrWait(name: string, v: PyValue): Promise<void> | undefined {
    return name.trim().startsWith('_') ? undefined : this.setItemWait(name, v);
  }
  override getItem(key: PyValue): PyValue {
    return this.item(key);
  }
  /** `__setitem__` of a plain value: `_root_set` and `_write()`, which does not commit. */
  override setItem(key: PyValue, v: PyValue): void {
    const k = strip(key);
    dictSet(this.loaded, k, v);
    this.rootSet([[k, v]]);
    this.locked.add(hashKey(k));
  }
  /** `__setitem__` of a dict: an empty dict at the key, then the new level's `update(v)` commits. */
  override setItemWait(key: PyValue, v: PyValue): Promise<void> | undefined {
    if (!(v instanceof PyDict)) return undefined;
    const k = strip(key);
    const sub = this.child(k);
    dictSet(this.loaded, k, sub);
    this.rootSet([[k, new PyDict()]]);
    return sub.update(v, true).then(() => {
      this.locked.add(hashKey(k));
    });
  }
  override delItem(key: PyValue): void {
    if (this.kind === 'HTTPSummary') {
      // HTTPSummary.__delitem__: off `_json_dict` only (not stripped), nothing sent.
      if (!this.json.map.delete(hashKey(key))) throw keyError(key);
      return;
    }
    // SummarySubDict.__delitem__: a key read or set before, then `_root_del` and `_write()`.
    const k = strip(key);
    if (!this.loaded.map.delete(hashKey(k))) throw keyError(k);
    if (!this.json.map.delete(hashKey(k))) throw keyError(k);
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

/** HTTPSummary: the root, over the run's `summaryMetrics`; `commit` sends the whole JSON. */
export function httpSummary(
  json: PyDict,
  commit: (json: PyDict) => Promise<void>,
): PySummarySubDict {
  return new PySummarySubDict({ json, commit: () => commit(json) }, [], json, 'HTTPSummary');
}
