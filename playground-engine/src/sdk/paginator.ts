// wandb/apis/paginator.py's RelayPaginator and SizedRelayPaginator: nothing is fetched when one
// is made; `__next__` fetches the next page when iteration reaches it, `__getitem__` fetches
// pages until the index exists, and a sized one's `len()` is the server's total count (after
// the first page). Every public-API list is one of these: the registry search (registrySearch.ts),
// a project's collections, versions and types (collections.ts), a run's artifacts (publicRun.ts).
import type { PageInfo } from '../protocol';

export interface Page<T> {
  pageInfo: PageInfo;
  /** The connection's edges as sent (registries' `length` counts them). */
  edges?: unknown[];
  totalCount?: number;
  /** The converted objects of the page (`convert_objects`: falsy conversions dropped). */
  items: T[];
}

/** Something iterable page by page: a RelayPaginator, or the chain of an ordered query. */
export interface LazyItems<T> {
  /** `__iter__`: back to the first item (fetched pages are kept). */
  rewind(): void;
  /** `__next__`: the next item, fetching pages as needed; undefined at the end. */
  next(): Promise<T | undefined>;
  /** Whether `next()` needs no request (the item is loaded, or the end is known). */
  ready(): boolean;
  /** `next()` when ready(). */
  nextLoaded(): T | undefined;
  /** Every item still to come. */
  loadAll(): Promise<void>;
}

export type FetchPage<T> = (cursor: string | null, perPage: number) => Promise<Page<T>>;

/** paginator.py RelayPaginator (`more`, `cursor`, `objects`, `__next__`, `__getitem__`). */
export class RelayPaginator<T> implements LazyItems<T> {
  readonly objects: T[] = [];
  index = -1;
  last: Page<T> | null = null;
  constructor(
    /** The Python class name (Registries, Artifacts, RunArtifacts, ...). */
    readonly kind: string,
    readonly perPage: number,
    private readonly start: string | null,
    private readonly fetchPage: FetchPage<T>,
  ) {}

  get more(): boolean {
    return this.last === null || this.last.pageInfo.hasNextPage;
  }
  get cursor(): string | null {
    return this.last ? this.last.pageInfo.endCursor : this.start;
  }
  /** Registries' `length`: the size of the last page fetched, or None before the first. */
  get length(): number | null {
    return this.last ? (this.last.edges ?? this.last.items).length : null;
  }

  async loadPage(): Promise<boolean> {
    if (!this.more) return false;
    const page = await this.fetchPage(this.cursor, this.perPage);
    this.last = page;
    this.objects.push(...page.items);
    return true;
  }

  /** Every page still to come (what a builtin such as list() needs before it runs). */
  async loadAll(): Promise<void> {
    while (await this.loadPage());
  }

  rewind(): void {
    this.index = -1;
  }

  ready(): boolean {
    return this.index + 1 < this.objects.length || !this.more;
  }

  nextLoaded(): T | undefined {
    this.index += 1;
    return this.objects[this.index];
  }

  async next(): Promise<T | undefined> {
    this.index += 1;
    while (this.objects.length <= this.index) {
      if (!(await this.loadPage())) return undefined;
    }
    return this.objects[this.index];
  }

  /** `__getitem__`'s loading: pages until index `i` exists (a negative index loads none). */
  async loadTo(i: number): Promise<void> {
    while (i > this.objects.length - 1 && (await this.loadPage()));
  }
}

/** SizedRelayPaginator: `len()` loads the first page when none is, then is `totalCount`. */
export class SizedRelayPaginator<T> extends RelayPaginator<T> {
  async size(): Promise<number> {
    if (this.last === null) await this.loadPage();
    return this.last?.totalCount ?? 0;
  }
}
