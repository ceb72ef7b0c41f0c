// Typed client for the simulated Registry App and Artifact browser. It only sends
// GraphQL through the transport; every rule (visibility, roles, types) is the server's.
import type { FetchOrgInfoFromEntityData } from '../rules/orgInfo';
import { REGISTRY_PREFIX } from '../rules/targetPath';
import type { CollectionRef, MembershipFragment, RegistryFragment } from './fragments';
import { Q } from './queries';
import type { Transport } from './transport';

export interface UiViewer {
  username: string;
  /** Default entity (where runs log without entity=). */
  entity: string;
  personalEntity: string;
  teams: { name: string; org: string | null; role: string }[];
}

export interface UiCollectionSummary {
  id: string;
  name: string;
  type: string;
  versionCount: number;
  /** Index of the version holding `latest`, or null for an empty collection. */
  latestVersionIndex: number | null;
  createdAt: string;
}

export interface UiArtifactGroup {
  type: string;
  collections: { id: string; name: string; versionCount: number }[];
}

export interface UiLinkInput {
  artifactId: string;
  /** The ORG entity name (ORG_ENTITY_NAME). */
  entityName: string;
  /** 'wandb-registry-X'. */
  projectName: string;
  collection: string;
  aliases?: string[];
}

export interface UiLinkedArtifact {
  id: string;
  versionIndex: number;
  aliases: string[];
  artifactCollection: CollectionRef;
}

type Edges<T> = { edges: { node: T }[] };
const nodes = <T>(e: Edges<T> | undefined | null): T[] => (e ? e.edges.map((x) => x.node) : []);
const asProject = (registryOrProject: string) =>
  registryOrProject.startsWith(REGISTRY_PREFIX)
    ? registryOrProject
    : `${REGISTRY_PREFIX}${registryOrProject}`;

export function createUiClient(transport: Transport) {
  const rq = <T>(op: keyof typeof Q, vars: Record<string, unknown> = {}) =>
    transport.request<T>(op, Q[op], vars);
  const aliasInput = (
    input: { entityName: string; projectName: string; collection: string },
    aliases: string[],
  ) =>
    aliases.map((alias) => ({
      entityName: input.entityName,
      projectName: input.projectName,
      artifactCollectionName: input.collection,
      alias,
    }));

  const client = {
    async viewer(): Promise<UiViewer> {
      return (await rq<{ viewer: UiViewer }>('UiEntities')).viewer;
    },
    /** The viewer's personal entity and teams (where they can log and browse). */
    async viewerEntities(): Promise<
      { name: string; kind: 'user' | 'team'; org: string | null; role?: string }[]
    > {
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
    async listRegistries(organization?: string): Promise<RegistryFragment[]> {
      const d = await rq<{
        viewer: { organizations: { orgEntity: { projects: Edges<RegistryFragment> } }[] };
      }>('FetchRegistries', organization ? { organization } : {});
      return d.viewer.organizations.flatMap((o) => nodes(o.orgEntity.projects));
    },
    /** `registry` is 'model' or 'wandb-registry-model'. Null when the registry is not visible. */
    async listCollections(
      orgEntity: string,
      registry: string,
    ): Promise<UiCollectionSummary[] | null> {
      const d = await rq<{ project: { artifactCollections: Edges<UiCollectionSummary> } | null }>(
        'UiRegistryCollections',
        { entity: orgEntity, project: asProject(registry) },
      );
      return d.project ? nodes(d.project.artifactCollections) : null;
    },
    /** Versions (memberships) of a collection or artifact sequence, in index order. */
    async collectionVersions(
      entity: string,
      project: string,
      collection: string,
    ): Promise<MembershipFragment[] | null> {
      const d = await rq<{
        project: {
          artifactCollection: { artifactMemberships: Edges<MembershipFragment> } | null;
        } | null;
      }>('UiCollectionVersions', { entity, project, collection });
      return d.project?.artifactCollection
        ? nodes(d.project.artifactCollection.artifactMemberships)
        : null;
    },
    async listProjects(
      entity: string,
    ): Promise<{ id: string; name: string; createdAt: string }[] | null> {
      const d = await rq<{
        entity: { projects: Edges<{ id: string; name: string; createdAt: string }> } | null;
      }>('UiProjects', { entity });
      return d.entity ? nodes(d.entity.projects) : null;
    },
    /** A project's logged artifacts grouped by type. */
    async listArtifacts(entity: string, project: string): Promise<UiArtifactGroup[] | null> {
      const d = await rq<{
        project: {
          artifactTypes: Edges<{
            name: string;
            artifactCollections: Edges<UiArtifactGroup['collections'][number]>;
          }>;
        } | null;
      }>('UiProjectArtifacts', { entity, project });
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
    async artifactFiles(artifactId: string): Promise<{ name: string; content: string }[] | null> {
      const d = await rq<{ artifact: { files: Edges<{ name: string; content: string }> } | null }>(
        'UiArtifactFiles',
        {
          artifactID: artifactId,
        },
      );
      return d.artifact ? nodes(d.artifact.files) : null;
    },
    /** Where a source version is linked (registries the viewer can see). */
    async linkedArtifacts(artifactId: string): Promise<UiLinkedArtifact[]> {
      const d = await rq<{
        artifact: {
          artifactMemberships: Edges<{
            id: string;
            versionIndex: number;
            aliases: { alias: string }[];
            artifactCollection: CollectionRef;
          }>;
        } | null;
      }>('FetchLinkedArtifacts', { artifactID: artifactId });
      return nodes(d.artifact?.artifactMemberships).map((n) => ({
        ...n,
        aliases: n.aliases.map((a) => a.alias),
      }));
    },
    async orgForEntity(entity: string): Promise<FetchOrgInfoFromEntityData> {
      return rq<FetchOrgInfoFromEntityData>('FetchOrgInfoFromEntity', { entity });
    },
    /** The same LinkArtifact mutation the SDK sends. */
    async link(input: UiLinkInput): Promise<MembershipFragment> {
      const d = await rq<{
        result: { versionIndex: number; artifactMembership: MembershipFragment };
      }>('LinkArtifact', {
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
      return d.result.artifactMembership;
    },
    async unlink(input: { artifactId: string; collectionId: string }): Promise<void> {
      await rq('UnlinkArtifact', {
        input: { artifactID: input.artifactId, artifactPortfolioID: input.collectionId },
      });
    },
    async addAliases(
      input: { artifactId: string; entityName: string; projectName: string; collection: string },
      aliases: string[],
    ): Promise<void> {
      await rq('AddAliases', {
        input: { artifactID: input.artifactId, aliases: aliasInput(input, aliases) },
      });
    },
    async deleteAliases(
      input: { artifactId: string; entityName: string; projectName: string; collection: string },
      aliases: string[],
    ): Promise<void> {
      await rq('DeleteAliases', {
        input: { artifactID: input.artifactId, aliases: aliasInput(input, aliases) },
      });
    },
  };
  return client;
}

export type UiClient = ReturnType<typeof createUiClient>;
