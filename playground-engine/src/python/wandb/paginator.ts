// A list the SDK fetched whole (wandb/apis/paginator.py's Paginator once every page is in, and
// artifact.files()): iterable, len() is the server's total count, indexable like a list.
import { E, pyErr } from '../values/exceptions';
import { PyHost, type PyValue, STOP } from '../values/objects';

/** A paginator whose pages were all fetched: iterable, len(), indexable. */
export class PyPaginator extends PyHost {
  constructor(
    private readonly kind: string,
    private readonly label: string,
    private readonly items: readonly PyValue[],
    protected readonly total: number = items.length,
  ) {
    super();
  }
  get typeName(): string {
    return this.kind;
  }
  override getAttr(): PyValue | undefined {
    return undefined;
  }
  override iterate(): () => PyValue | typeof STOP {
    let i = 0;
    return () => (i < this.items.length ? this.items[i++] : STOP);
  }
  override len(): number {
    return this.total;
  }
  override getItem(key: PyValue): PyValue {
    if (typeof key !== 'bigint')
      throw pyErr(E.TypeError, 'list indices must be integers or slices');
    const i = Number(key < 0n ? key + BigInt(this.items.length) : key);
    if (i < 0 || i >= this.items.length) throw pyErr(E.IndexError, 'list index out of range');
    return this.items[i];
  }
  repr(): string {
    return this.label ? `<${this.kind} ${this.label}>` : `<${this.kind}>`;
  }
}
