// Every public-API paginator as Python sees it (wandb/apis/paginator.py): the registry search,
// a project's collections, versions and types, a run's artifacts. Nothing is fetched until it
// is read: `for` loops and comprehensions wait for each page as they reach it; a builtin that
// consumes it (list, sorted, ...) has every page fetched first, since builtins cannot wait
// (README, runtime); `x[i]` fetches pages until the index exists; a sized one's len() fetches
// the first page and is the server's total count.

import { type LazyItems, RelayPaginator, SizedRelayPaginator } from '../../sdk/paginator';
import { E, pyErr } from '../values/exceptions';
import { fakeAddress } from '../values/identity';
import { type PyBuiltin, PyHost, PyList, type PyValue, STOP } from '../values/objects';
import { toPyError } from './convert';

/** Builtins that never iterate their argument: a paginator given to them fetches nothing. */
const NOT_CONSUMERS = new Set([
  'print',
  'repr',
  'str',
  'type',
  'isinstance',
  'id',
  'hasattr',
  'getattr',
  'setattr',
  'callable',
  'hash',
  'vars',
  'dir',
  'iter',
  'next',
  'format',
]);

const reject = (e: unknown) => Promise.reject(toPyError(e));

export class PyLazyList<T> extends PyHost {
  private readonly converted = new Map<T, PyValue>();
  private readonly methods: Map<string, PyBuiltin>;
  constructor(
    /** The Python class name, e.g. `Artifacts`. */
    readonly kind: string,
    /** Its module, for the default repr. */
    private readonly module: string,
    readonly items: LazyItems<T>,
    private readonly convert: (t: T) => PyValue,
    methods: [string, PyBuiltin][] = [],
  ) {
    super();
    this.methods = new Map(methods);
  }
  get typeName(): string {
    return this.kind;
  }
  /** The Python object of an item, made once (the paginator keeps its objects). */
  protected py(t: T | undefined): PyValue | typeof STOP {
    if (t === undefined) return STOP;
    let v = this.converted.get(t);
    if (v === undefined) {
      v = this.convert(t);
      this.converted.set(t, v);
    }
    return v;
  }
  override nextItem(): PyValue | typeof STOP | Promise<PyValue | typeof STOP> {
    if (this.items.ready()) return this.py(this.items.nextLoaded());
    return this.items.next().then((t) => this.py(t), reject);
  }
  override rewind(): void {
    this.items.rewind();
  }
  override prefetch(consumer: string): Promise<void> | undefined {
    if (NOT_CONSUMERS.has(consumer)) return undefined;
    const p = this.items;
    if (consumer === 'len') {
      // SizedRelayPaginator.__len__ loads the first page; the others have no len().
      return p instanceof SizedRelayPaginator && !p.last
        ? p.loadPage().then(() => {}, reject)
        : undefined;
    }
    return p.ready() && !(p instanceof RelayPaginator && p.more)
      ? undefined
      : p.loadAll().catch(reject);
  }
  /** `__getitem__`: the pages up to the index, before getItem reads it. */
  override prefetchItem(key: PyValue): Promise<void> | undefined {
    const p = this.items;
    if (!(p instanceof RelayPaginator) || typeof key !== 'bigint') return undefined;
    const i = Number(key);
    return i > p.objects.length - 1 && p.more ? p.loadTo(i).catch(reject) : undefined;
  }
  override iterate(): () => PyValue | typeof STOP {
    this.items.rewind();
    return () => {
      if (!this.items.ready()) {
        throw pyErr(
          E.NotImplementedError,
          `not supported in the playground: reading a ${this.kind} page inside a method that Python calls implicitly`,
        );
      }
      return this.py(this.items.nextLoaded());
    };
  }
  override len(): number {
    const p = this.items;
    if (p instanceof SizedRelayPaginator) return p.last?.totalCount ?? 0;
    throw pyErr(E.TypeError, `object of type '${this.kind}' has no len()`);
  }
  override getItem(key: PyValue): PyValue {
    const p = this.items;
    if (!(p instanceof RelayPaginator))
      throw pyErr(E.TypeError, `'${this.kind}' object is not subscriptable`);
    if (typeof key !== 'bigint')
      throw pyErr(E.TypeError, 'list indices must be integers or slices');
    const t = p.objects.at(Number(key));
    if (t === undefined) throw pyErr(E.IndexError, 'list index out of range');
    return this.py(t) as PyValue;
  }
  override getAttr(name: string): PyValue | undefined {
    const m = this.methods.get(name);
    if (m) return m;
    const p = this.items;
    if (!(p instanceof RelayPaginator)) return undefined;
    switch (name) {
      case 'cursor':
        return p.cursor;
      case 'more':
        return p.more;
      case 'per_page':
        return BigInt(p.perPage);
      case 'index':
        return BigInt(p.index);
      case 'objects':
        return new PyList(p.objects.map((t) => this.py(t) as PyValue));
    }
    return undefined;
  }
  repr(): string {
    return `<${this.module}.${this.kind} object at ${fakeAddress(this)}>`;
  }
}
