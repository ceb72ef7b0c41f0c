// Collections and projects as the public API reads them (wandb/apis/public/api.py:
// artifact_collection, artifact_collections, artifacts, artifact_versions, project;
// wandb/apis/public/artifacts.py: ArtifactCollection, Artifacts, ArtifactTypes).
import { SimError } from '../errors/simError';
import type { CollectionFragment, MembershipFragment, Result } from '../protocol';
import { pyRepr } from '../text/pyRepr';
import { Artifact } from './artifact';
import { RelayPaginator, SizedRelayPaginator } from './paginator';
import { checkOrder, checkPerPage } from './registryFilters';
import type { WandbSdk } from './wandbSdk';

export class ArtifactCollection {
  constructor(
    private readonly sdk: WandbSdk,
    readonly data: CollectionFragment,
  ) {}
  get id(): string {
    return this.data.id;
  }
  get name(): string {
    return this.data.name;
  }
  get type(): string {
    return this.data.type.name;
  }
  get description(): string | null {
    return this.data.description;
  }
  get tags(): string[] {
    return this.data.tags.edges.map((e) => e.node.name);
  }
  get entity(): string {
    return this.data.project.entity.name;
  }
  get project(): string {
    return this.data.project.name;
  }
  get createdAt(): string {
    return this.data.createdAt;
  }
  get updatedAt(): string | null {
    return this.data.updatedAt;
  }
  isSequence(): boolean {
    return this.data.__typename === 'ArtifactSequence';
  }

  /** `aliases`: every page of ArtifactCollectionAliases, fetched once. */
  private aliasList?: Promise<string[]>;
  aliases(): Promise<string[]> {
    this.aliasList ??= (async () => {
      const out: string[] = [];
      let cursor: string | null = null;
      for (;;) {
        const d: Result<'ArtifactCollectionAliases'> = await this.sdk.request(
          'ArtifactCollectionAliases',
          { id: this.id, cursor, perPage: 1000 },
        );
        const conn = d.artifactCollection?.aliases;
        if (!conn) return out;
        for (const { node } of conn.edges) out.push(node.alias);
        if (!conn.pageInfo.hasNextPage) return out;
        cursor = conn.pageInfo.endCursor;
      }
    })();
    return this.aliasList;
  }

  /** artifacts(per_page=50): the collection's versions (Artifacts over ProjectArtifacts). */
  artifacts(perPage = 50, start: string | null = null): SizedRelayPaginator<Artifact> {
    return projectArtifacts(
      this.sdk,
      this.entity,
      this.project,
      this.type,
      this.name,
      perPage,
      null,
      null,
      start,
    );
  }

  toString(): string {
    return `<ArtifactCollection ${this.name} (${this.type})>`;
  }
}

/**
 * Artifacts (ProjectArtifacts), lazy: each version named `collection:vN` (Artifacts._convert);
 * a page without the collection is `Unable to parse 'Artifacts' response data` when reached.
 */
export function projectArtifacts(
  sdk: WandbSdk,
  entity: string,
  project: string,
  type: string,
  collection: string,
  perPage = 50,
  order: string | null = null,
  tags: string[] | null = null,
  start: string | null = null,
): SizedRelayPaginator<Artifact> {
  // Artifacts.convert_objects: only versions holding every tag asked for (len() stays the total).
  const wanted = tags ?? [];
  const sorted = checkOrder('_ArtifactsVars', order, null);
  return new SizedRelayPaginator(
    'Artifacts',
    checkPerPage('_ArtifactsVars', perPage),
    start,
    async (cursor, first) => {
      const d: Result<'ProjectArtifacts'> = await sdk.request('ProjectArtifacts', {
        entity,
        project,
        type,
        collection,
        cursor,
        perPage: first,
        order: sorted,
      });
      const coll = d.project?.artifactType?.artifactCollection;
      if (!coll) throw unparsable('Artifacts');
      const conn = coll.artifacts;
      const items = conn.edges.map(({ version, node }) => {
        const m: MembershipFragment = {
          __typename: 'ArtifactCollectionMembership',
          id: '',
          versionIndex: Number(version.slice(1)),
          aliases: (node.aliases ?? []).map(({ __typename, id, alias }) => ({
            __typename,
            id,
            alias,
          })),
          artifactCollection: {
            __typename: coll.__typename,
            id: '',
            name: collection,
            project: {
              __typename: 'Project',
              id: '',
              internalId: '',
              name: project,
              entity: { __typename: 'Entity', name: entity },
            },
          },
          artifact: node,
          createdAt: node.createdAt,
        };
        return Artifact.fromMembership(sdk, m);
      });
      return {
        ...conn,
        items: wanted.length ? items.filter((a) => wanted.every((t) => a.tags.includes(t))) : items,
      };
    },
  );
}

/** `_update_response`'s ValueError when the connection is missing from the answer. */
function unparsable(kind: string): SimError {
  return new SimError(
    'ValueError',
    `Unable to parse ${pyRepr(kind)} response data`,
    'version-not-found',
  );
}

/** ArtifactCollection.load: a missing collection (or type) is this ValueError. */
export async function loadCollection(
  sdk: WandbSdk,
  entity: string,
  project: string,
  type: string,
  name: string,
): Promise<ArtifactCollection> {
  const d = await sdk.request('ProjectArtifactCollection', { entity, project, type, name });
  const c = d.project?.artifactType?.artifactCollection;
  if (!c)
    throw new SimError(
      'ValueError',
      `Could not find artifact type ${pyRepr(type)}`,
      'version-not-found',
    );
  return new ArtifactCollection(sdk, c);
}

/** ArtifactCollections (ArtifactTypeArtifactCollections), lazy; nodes without a project dropped. */
export function typeCollections(
  sdk: WandbSdk,
  entity: string,
  project: string,
  type: string,
  perPage = 50,
  start: string | null = null,
): SizedRelayPaginator<ArtifactCollection> {
  return new SizedRelayPaginator(
    'ArtifactCollections',
    checkPerPage('_ArtifactCollectionsVars', perPage),
    start,
    async (cursor, first) => {
      const d: Result<'ArtifactTypeArtifactCollections'> = await sdk.request(
        'ArtifactTypeArtifactCollections',
        { entity, project, type, cursor, perPage: first },
      );
      const conn = d.project?.artifactType?.artifactCollections;
      if (!conn) throw unparsable('ArtifactCollections');
      return {
        ...conn,
        items: conn.edges
          .filter(({ node }) => node.project)
          .map(({ node }) => new ArtifactCollection(sdk, node)),
      };
    },
  );
}

/** ArtifactTypes (ProjectArtifactTypes), lazy and unsized: the type names. */
export function projectArtifactTypes(
  sdk: WandbSdk,
  entity: string,
  project: string,
  perPage = 50,
  start: string | null = null,
): RelayPaginator<string> {
  return new RelayPaginator(
    'ArtifactTypes',
    checkPerPage('_ArtifactTypesVars', perPage),
    start,
    async (cursor, first) => {
      const d: Result<'ProjectArtifactTypes'> = await sdk.request('ProjectArtifactTypes', {
        entity,
        project,
        cursor,
        perPage: first,
      });
      const conn = d.project?.artifactTypes;
      if (!conn) throw unparsable('ArtifactTypes');
      return { ...conn, items: conn.edges.map(({ node }) => node.name) };
    },
  );
}
