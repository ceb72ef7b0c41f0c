// Collections and projects as the public API reads them (wandb/apis/public/api.py:
// artifact_collection, artifact_collections, artifacts, artifact_versions, project;
// wandb/apis/public/artifacts.py: ArtifactCollection, Artifacts, ArtifactTypes).
import { SimError } from '../errors/simError';
import type { CollectionFragment, MembershipFragment, Result } from '../protocol';
import { pyRepr } from '../text/pyRepr';
import { Artifact } from './artifact';
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

  /** artifacts(per_page=50): the collection's versions (ProjectArtifacts). */
  artifacts(perPage = 50): Promise<{ total: number; items: Artifact[] }> {
    return projectArtifacts(this.sdk, this.entity, this.project, this.type, this.name, perPage);
  }

  toString(): string {
    return `<ArtifactCollection ${this.name} (${this.type})>`;
  }
}

/** Every page of ProjectArtifacts, each version named `collection:vN` (Artifacts._convert). */
export async function projectArtifacts(
  sdk: WandbSdk,
  entity: string,
  project: string,
  type: string,
  collection: string,
  perPage = 50,
  order: string | null = null,
  tags: string[] | null = null,
): Promise<{ total: number; items: Artifact[] }> {
  const items: Artifact[] = [];
  let cursor: string | null = null;
  let total = 0;
  for (;;) {
    const d: Result<'ProjectArtifacts'> = await sdk.request('ProjectArtifacts', {
      entity,
      project,
      type,
      collection,
      cursor,
      perPage,
      order,
    });
    const coll = d.project?.artifactType?.artifactCollection;
    if (!coll)
      throw new SimError(
        'ValueError',
        "Unable to parse 'Artifacts' response data",
        'version-not-found',
      );
    const conn = coll.artifacts;
    total = conn.totalCount;
    for (const { version, node } of conn.edges) {
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
      items.push(Artifact.fromMembership(sdk, m));
    }
    if (!conn.pageInfo.hasNextPage) break;
    cursor = conn.pageInfo.endCursor;
  }
  // Artifacts.convert_objects: only versions holding every tag asked for.
  const wanted = tags ?? [];
  const kept = wanted.length ? items.filter((a) => wanted.every((t) => a.tags.includes(t))) : items;
  return { total, items: kept };
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

/** ArtifactCollections: every page of ArtifactTypeArtifactCollections. */
export async function typeCollections(
  sdk: WandbSdk,
  entity: string,
  project: string,
  type: string,
  perPage = 50,
): Promise<{ total: number; items: ArtifactCollection[] }> {
  const items: ArtifactCollection[] = [];
  let cursor: string | null = null;
  let total = 0;
  for (;;) {
    const d: Result<'ArtifactTypeArtifactCollections'> = await sdk.request(
      'ArtifactTypeArtifactCollections',
      { entity, project, type, cursor, perPage },
    );
    const conn = d.project?.artifactType?.artifactCollections;
    if (!conn) {
      throw new SimError(
        'ValueError',
        "Unable to parse 'ArtifactCollections' response data",
        'version-not-found',
      );
    }
    total = conn.totalCount;
    for (const { node } of conn.edges) items.push(new ArtifactCollection(sdk, node));
    if (!conn.pageInfo.hasNextPage) return { total, items };
    cursor = conn.pageInfo.endCursor;
  }
}

/** Project.artifact_types(): every page of ProjectArtifactTypes (names). */
export async function projectArtifactTypes(
  sdk: WandbSdk,
  entity: string,
  project: string,
  perPage = 50,
): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const d: Result<'ProjectArtifactTypes'> = await sdk.request('ProjectArtifactTypes', {
      entity,
      project,
      cursor,
      perPage,
    });
    const conn = d.project?.artifactTypes;
    if (!conn) {
      throw new SimError(
        'ValueError',
        "Unable to parse 'ArtifactTypes' response data",
        'registry-not-found',
      );
    }
    for (const { node } of conn.edges) out.push(node.name);
    if (!conn.pageInfo.hasNextPage) return out;
    cursor = conn.pageInfo.endCursor;
  }
}
