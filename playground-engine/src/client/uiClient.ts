// Typed client for the simulated Registry App and Artifact browser. It only sends
// GraphQL through the transport; every rule (visibility, roles, types) is the server's.
import { isRegistryProject, registryProject } from '../paths/targetPath';
import type {
  ArtifactCollectionAliasInput,
  CollectionRef,
  Edges,
  MembershipFragment,
  UiRegistryFragment,
  Result,
  UiCollectionOfType,
  UiCollectionSummary,
  UiProjectSummary,
  UiViewer,
} from '../protocol';
import type { Transport } from './transport';

export interface UiArtifactGroup {
  type: string;
  collections: UiCollectionOfType[];
}

export interface UiLinkInput {
  artifactId: string;
  /** The ORG entity name (ORG_ENTITY_NAME). */
  entityName: string;
  /** The registry's project, `registryProject(name)`. */
  projectName: string;
  collection: string;
  aliases?: string[];
}

/** A collection a version sits in, by path (for alias edits). */
export type UiCollectionPath = Omit<UiLinkInput, 'aliases'>;

export interface UiLinkedArtifact {
  id: string;
  versionIndex: number;
  aliases: string[];
  artifactCollection: CollectionRef;
}

export interface UiEntity {
  name: string;
  kind: 'user' | 'team';
  org: string | null;
  role?: string;
}

const nodes = <T>(e: Edges<T> | undefined | null): T[] => (e ? e.edges.map((x) => x.node) : []);
const asProject = (registryOrProject: string) =>
  isRegistryProject(registryOrProject) ? registryOrProject : registryProject(registryOrProject);

const aliasInput = (at: UiCollectionPath, aliases: string[]): ArtifactCollectionAliasInput[] =>
  aliases.map((alias) => ({
    entityName: at.entityName,
    projectName: at.projectName,
    artifactCollectionName: at.collection,
    alias,
  }));

export function createUiClient(transport: Transport) {
  const client = {
    async viewer(): Promise<UiViewer> {
      return (await transport.request('UiEntities')).viewer;
    },
    /** The viewer's personal entity and teams (where they can log and browse). */
    async viewerEntities(): Promise<UiEntity[]> {
      const v = await client.viewer();
      return [
        { name: v.personalEntity, kind: 'user' as const, org: null },
        ...v.teams.map((t) => ({ name: t.name, kind: 'team' as const, org: t.org, role: t.role })),
      ];
    },
    async listTeams(): Promise<UiViewer['teams']> {
      return (await client.viewer()).teams;
    },
    /** Registries the viewer may see, across their orgs (restricted ones only for members). */
    async listRegistries(organization?: string): Promise<UiRegistryFragment[]> {
      const d = await transport.request('UiRegistries', organization ? { organization } : {});
      return d.viewer.organizations.flatMap((o) => nodes(o.orgEntity.projects));
    },
    /** `registry` is 'model' or its project. Null when the registry is not visible. */
    async listCollections(
      orgEntity: string,
      registry: string,
    ): Promise<UiCollectionSummary[] | null> {
      const d = await transport.request('UiRegistryCollections', {
        entity: orgEntity,
        project: asProject(registry),
      });
      return d.project ? nodes(d.project.artifactCollections) : null;
    },
    /** Versions (memberships) of a collection or artifact sequence, in index order. */
    async collectionVersions(
      entity: string,
      project: string,
      collection: string,
    ): Promise<MembershipFragment[] | null> {
      const d = await transport.request('UiCollectionVersions', { entity, project, collection });
      return d.project?.artifactCollection
        ? nodes(d.project.artifactCollection.artifactMemberships)
        : null;
    },
    async listProjects(entity: string): Promise<UiProjectSummary[] | null> {
      const d = await transport.request('UiProjects', { entity });
      return d.entity ? nodes(d.entity.projects) : null;
    },
    /** A project's logged artifacts grouped by type. */
    async listArtifacts(entity: string, project: string): Promise<UiArtifactGroup[] | null> {
      const d = await transport.request('UiProjectArtifacts', { entity, project });
      return d.project
        ? nodes(d.project.artifactTypes).map((t) => ({
            type: t.name,
            collections: nodes(t.artifactCollections),
          }))
        : null;
    },
    async artifactVersions(
      entity: string,
      project: string,
      name: string,
    ): Promise<MembershipFragment[] | null> {
      return client.collectionVersions(entity, project, name);
    },
    async artifactFiles(
      artifactId: string,
    ): Promise<{ name: string; content: string; ref: string | null }[] | null> {
      const d = await transport.request('UiArtifactFiles', { artifactID: artifactId });
      return d.artifact ? nodes(d.artifact.files) : null;
    },
    /** Where a source version is linked (registries the viewer can see). */
    async linkedArtifacts(artifactId: string): Promise<UiLinkedArtifact[]> {
      const d = await transport.request('FetchLinkedArtifacts', { artifactID: artifactId });
      return nodes(d.artifact?.artifactMemberships).map((n) => ({
        ...n,
        aliases: n.aliases.map((a) => a.alias),
      }));
    },
    async orgForEntity(entity: string): Promise<Result<'FetchOrgInfoFromEntity'>> {
      return transport.request('FetchOrgInfoFromEntity', { entity });
    },
    /** The same LinkArtifact mutation the SDK sends. */
    async link(input: UiLinkInput): Promise<MembershipFragment> {
      const d = await transport.request('LinkArtifact', {
        input: {
          artifactID: input.artifactId,
          artifactPortfolioName: input.collection,
          entityName: input.entityName,
          projectName: input.projectName,
          aliases: (input.aliases ?? []).map((alias) => ({
            artifactCollectionName: input.collection,
            alias,
          })),
        },
        includeAliases: true,
      });
      const m = d.result.artifactMembership;
      if (!m) throw new Error('the server linked without returning the membership');
      return m;
    },
    async unlink(input: { artifactId: string; collectionId: string }): Promise<void> {
      await transport.request('UnlinkArtifact', {
        input: { artifactID: input.artifactId, artifactPortfolioID: input.collectionId },
      });
    },
    async addAliases(input: UiCollectionPath, aliases: string[]): Promise<void> {
      await transport.request('AddAliases', {
        input: { artifactID: input.artifactId, aliases: aliasInput(input, aliases) },
      });
    },
    async deleteAliases(input: UiCollectionPath, aliases: string[]): Promise<void> {
      await transport.request('DeleteAliases', {
        input: { artifactID: input.artifactId, aliases: aliasInput(input, aliases) },
      });
    },
  };
  return client;
}

export type UiClient = ReturnType<typeof createUiClient>;
