// The registry search paginators (wandb/apis/public/registries/registries_search.py:
// Registries, Collections, Versions, _ChainedPaginators) over paginator.ts's RelayPaginator.
// Filters are checked and rewritten when the paginator is made (registryFilters.ts).
import { SimError } from '../errors/simError';
import type { Result } from '../protocol';
import { pyRepr } from '../text/pyRepr';
import { Artifact } from './artifact';
import { type LazyItems, RelayPaginator, SizedRelayPaginator } from './paginator';
import { ArtifactCollection } from './collections';
import { Registry } from './registry';
import {
  COLLECTION_FIELDS,
  checkFilter,
  checkOrder,
  checkPerPage,
  type Filter,
  REGISTRY_FIELDS,
  VERSION_FIELDS,
} from './registryFilters';
import type { WandbSdk } from './wandbSdk';

/** _ChainedPaginators: one child paginator per parent item, in the parents' order. */
export class ChainedPaginators<P, T> implements LazyItems<T> {
  private child: LazyItems<T> | null = null;
  private started = false;
  // Items a builtin made us fetch ahead (loadAll), served before pulling further.
  private readonly ahead: T[] = [];
  private done = false;
  constructor(
    private readonly parents: LazyItems<P>,
    private readonly childOf: (p: P) => Promise<LazyItems<T>>,
  ) {}
  /** chain.from_iterable is one pass: iterating it again goes on where it stopped. */
  rewind(): void {}
  ready(): boolean {
    return this.ahead.length > 0 || this.done;
  }
  nextLoaded(): T | undefined {
    return this.ahead.shift();
  }
  async loadAll(): Promise<void> {
    for (let x = await this.pull(); x !== undefined; x = await this.pull()) this.ahead.push(x);
  }
  async next(): Promise<T | undefined> {
    return this.ahead.length ? this.ahead.shift() : this.pull();
  }
  private async pull(): Promise<T | undefined> {
    if (this.done) return undefined;
    const x = await this.step();
    if (x === undefined) this.done = true;
    return x;
  }
  private async step(): Promise<T | undefined> {
    if (!this.started) {
      this.started = true;
      this.parents.rewind(); // `for reg in self`
    }
    for (;;) {
      const x = await this.child?.next();
      if (x !== undefined) return x;
      const p = await this.parents.next();
      if (p === undefined) return undefined;
      this.child = await this.childOf(p);
    }
  }
}

/** `organization { orgEntity }` of a search answer, or the paginators' ValueError. */
function orgEntityOf<E>(
  organization: string,
  d: { organization: { orgEntity: E | null } | null },
): E {
  const e = d.organization?.orgEntity;
  if (!e) {
    throw new SimError(
      'ValueError',
      `Organization ${pyRepr(organization)} not found. Please verify the organization name is correct.`,
      'wrong-org',
    );
  }
  return e;
}

const json = (f: Filter | null) => (f === null ? null : JSON.stringify(f));

/** registry_filter_for: a registry by its internal id when it decodes, else by name. */
export function registryFilterFor(internalId: string | null | undefined, name: string): Filter {
  try {
    const m = /^(?:ProjectInternalId|Project):(\d+)$/.exec(atob(internalId ?? ''));
    if (m) return { id: Number(m[1]) };
  } catch {
    // not base64: by name
  }
  return { name };
}

export class Registries extends RelayPaginator<Registry> {
  readonly filter: Filter | null;
  readonly order: string | null;
  constructor(
    private readonly sdk: WandbSdk,
    readonly organization: string,
    filter: unknown,
    order: unknown,
    perPage: number,
    start: string | null,
  ) {
    const model = '_RegistriesVars';
    const f = checkFilter(model, 'filters', filter, REGISTRY_FIELDS, true);
    const o = checkOrder(model, order);
    super('Registries', checkPerPage(model, perPage), start, async (cursor, first) => {
      const d: Result<'FetchRegistries'> = await sdk.request('FetchRegistries', {
        organization,
        filters: json(f),
        order: o,
        perPage: first,
        cursor,
      });
      const conn = orgEntityOf(organization, d).projects;
      return {
        ...conn,
        items: conn.edges.map(({ node }) => Registry.fromFragment(sdk, organization, node)),
      };
    });
    this.filter = f;
    this.order = o;
  }

  /** Registries.collections(filter=None, order=None, per_page=100, start=None). */
  collections(
    filter: unknown,
    order: unknown,
    perPage: number,
    start: string | null,
  ): Collections | ChainedCollections {
    if (this.order !== null && start !== null) {
      throw new SimError(
        'ValueError',
        `start=${pyRepr(start)} is not supported when querying collections from registries fetched with order=${pyRepr(this.order)}. Remove either 'order' from the registries query or 'start' from the collections query.`,
        'wrong-argument',
      );
    }
    if (this.order !== null) {
      // Checked now, as each child would check it.
      new Collections(this.sdk, this.organization, null, filter, order, perPage, null);
      return new ChainedCollections(
        this.sdk,
        this.organization,
        new ChainedPaginators(
          this,
          async (reg: Registry) =>
            new Collections(
              this.sdk,
              this.organization,
              registryFilterFor(reg.internalId, reg.fullName),
              filter,
              order,
              perPage,
              null,
            ),
        ),
      );
    }
    return new Collections(this.sdk, this.organization, this.filter, filter, order, perPage, start);
  }

  /** Registries.versions(filter=None, per_page=100, start=None). */
  async versions(
    filter: unknown,
    perPage: number,
    start: string | null,
  ): Promise<Versions | ChainedPaginators<Registry, Artifact>> {
    refuseVersionsStart('registries', start, this.order);
    if (this.order) {
      return new ChainedPaginators(this, (reg: Registry) =>
        Versions.make(this.sdk, this.organization, {
          registry: registryFilterFor(reg.internalId, reg.fullName),
          artifact: filter,
          perPage,
        }),
      );
    }
    return Versions.make(this.sdk, this.organization, {
      registry: this.filter,
      artifact: filter,
      perPage,
      start,
    });
  }
}

export class Collections extends SizedRelayPaginator<ArtifactCollection> {
  readonly registryFilter: Filter | null;
  readonly collectionFilter: Filter | null;
  readonly order: string | null;
  constructor(
    private readonly sdk: WandbSdk,
    readonly organization: string,
    registryFilter: unknown,
    collectionFilter: unknown,
    order: unknown,
    perPage: number,
    start: string | null,
  ) {
    const model = '_CollectionsVars';
    const rf = checkFilter(model, 'registryFilter', registryFilter, REGISTRY_FIELDS, true);
    const cf = checkFilter(model, 'collectionFilter', collectionFilter, COLLECTION_FIELDS);
    const o = checkOrder(model, order);
    super('Collections', checkPerPage(model, perPage), start, async (cursor, first) => {
      const d: Result<'RegistryCollections'> = await sdk.request('RegistryCollections', {
        organization,
        registryFilter: json(rf),
        collectionFilter: json(cf),
        order: o,
        perPage: first,
        cursor,
      });
      const conn = orgEntityOf(organization, d).artifactCollections;
      return {
        ...conn,
        // Collections._convert: only portfolios with a project.
        items: conn.edges
          .filter(({ node }) => node.project && node.__typename !== 'ArtifactSequence')
          .map(({ node }) => new ArtifactCollection(sdk, node)),
      };
    });
    this.registryFilter = rf;
    this.collectionFilter = cf;
    this.order = o;
  }

  /** Collections.versions(filter=None, per_page=100, start=None). */
  async versions(
    filter: unknown,
    perPage: number,
    start: string | null,
  ): Promise<Versions | ChainedPaginators<ArtifactCollection, Artifact>> {
    refuseVersionsStart('collections', start, this.order);
    if (this.order) return chainVersions(this.sdk, this.organization, this, filter, perPage);
    return Versions.make(this.sdk, this.organization, {
      registry: this.registryFilter,
      collection: this.collectionFilter,
      artifact: filter,
      perPage,
      start,
    });
  }
}

/** One Versions query per collection, by its registry and name. */
function chainVersions(
  sdk: WandbSdk,
  organization: string,
  colls: LazyItems<ArtifactCollection>,
  filter: unknown,
  perPage: number,
) {
  return new ChainedPaginators(colls, (c: ArtifactCollection) =>
    Versions.make(sdk, organization, {
      registry: registryFilterFor(c.data.project.internalId, c.project),
      collection: c.name ? { name: c.name } : {},
      artifact: filter,
      perPage,
    }),
  );
}

/** _OrderedCollections: ordered collections across registries, chainable to their versions. */
export class ChainedCollections implements LazyItems<ArtifactCollection> {
  constructor(
    private readonly sdk: WandbSdk,
    private readonly organization: string,
    private readonly chain: ChainedPaginators<Registry, ArtifactCollection>,
  ) {}
  rewind(): void {}
  next(): Promise<ArtifactCollection | undefined> {
    return this.chain.next();
  }
  ready(): boolean {
    return this.chain.ready();
  }
  nextLoaded(): ArtifactCollection | undefined {
    return this.chain.nextLoaded();
  }
  loadAll(): Promise<void> {
    return this.chain.loadAll();
  }
  async versions(filter: unknown, perPage: number, start: string | null) {
    if (start !== null) {
      throw new SimError(
        'ValueError',
        `start=${pyRepr(start)} is not supported when querying versions from registries fetched with an order. Remove either 'order' from the registries query or 'start' from the versions query.`,
        'wrong-argument',
      );
    }
    return chainVersions(this.sdk, this.organization, this, filter, perPage);
  }
}

export class Versions extends RelayPaginator<Artifact> {
  /**
   * Versions(...): basic search, since the simulated server does not report
   * ARTIFACT_COLLECTIONS_FILTERING_SORTING (advanced_search_enabled asks the features first).
   */
  static async make(
    sdk: WandbSdk,
    organization: string,
    f: {
      registry?: unknown;
      collection?: unknown;
      artifact?: unknown;
      perPage: number;
      start?: string | null;
    },
  ): Promise<Versions> {
    await sdk.serverFeatures();
    return new Versions(sdk, organization, f);
  }

  private constructor(
    sdk: WandbSdk,
    readonly organization: string,
    f: {
      registry?: unknown;
      collection?: unknown;
      artifact?: unknown;
      perPage: number;
      start?: string | null;
    },
  ) {
    const model = '_BasicVersionsVars';
    const perPage = checkPerPage(model, f.perPage);
    const rf = checkFilter(model, 'registryFilter', f.registry, REGISTRY_FIELDS, true);
    const cf = checkFilter(model, 'collectionFilter', f.collection, COLLECTION_FIELDS);
    const af = checkFilter(model, 'artifactFilter', f.artifact, VERSION_FIELDS);
    super('Versions', perPage, f.start ?? null, async (cursor, first) => {
      const d: Result<'RegistryVersions'> = await sdk.request('RegistryVersions', {
        organization,
        registryFilter: json(rf),
        collectionFilter: json(cf),
        artifactFilter: json(af),
        perPage: first,
        cursor,
      });
      const conn = orgEntityOf(organization, d).artifactMemberships;
      return {
        ...conn,
        items: conn.edges.map(({ node }) =>
          Artifact.fromMembership(
            sdk,
            node,
            `${node.artifactCollection.name}:v${node.versionIndex}`,
          ),
        ),
      };
    });
  }
}

/**
 * registries_search.py, both versions() methods (collections() tests `is not None` instead): a
 * paginator fetched with `order` chains one query per item, so `start` has nothing to point into.
 */
function refuseVersionsStart(
  parent: 'registries' | 'collections',
  start: string | null,
  order: string | null,
): void {
  if (!order || !start) return;
  throw new SimError(
    'ValueError',
    `start=${pyRepr(start)} is not supported when querying versions from ${parent} fetched with order=${pyRepr(order)}. Remove either 'order' from the ${parent} query or 'start' from the versions query.`,
    'wrong-argument',
  );
}
