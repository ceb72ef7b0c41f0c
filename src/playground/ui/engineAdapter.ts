// Maps the engine's typed UI client (playground-engine/src/server/uiClient.ts) onto
// RegistryUiApi. The only file that knows the engine's UI-client shapes; every call is a
// GraphQL request through the transport, so it lands in the page's network log.
import type { EngineWorld, NetworkEntry } from '../engineTypes';
import type { RegistryUiApi, UiArtifactVersion, UiMembership } from './api';

// Structural slices of the engine's response shapes (the engine itself loads lazily).
interface ProjectRef {
  name: string;
  entity: { name: string };
}
interface CollectionRef {
  name: string;
  project: ProjectRef;
}
interface MembershipFragment {
  versionIndex: number;
  aliases: { alias: string }[];
  createdAt: string;
  artifact: {
    id: string;
    versionIndex: number;
    digest: string;
    createdAt: string;
    artifactType: { name: string };
    artifactSequence: CollectionRef;
  };
}
interface RegistryFragment {
  name: string;
  projectName: string;
  organization: { name: string; entityName: string };
  visibility: 'PRIVATE' | 'RESTRICTED';
  acceptedTypes: string[];
  allowAllArtifactTypesInRegistry: boolean;
}
interface CollectionSummary {
  name: string;
  type: string;
  versionCount: number;
  /** Not in every engine version: the index of the membership carrying `latest`. */
  latestVersionIndex?: number | null;
}

/** The engine's UI client, as far as this adapter uses it. */
export interface EngineUiClient {
  viewerEntities(): Promise<{ name: string; kind: 'user' | 'team' }[]>;
  listRegistries(): Promise<RegistryFragment[]>;
  listCollections(orgEntity: string, registry: string): Promise<CollectionSummary[] | null>;
  collectionVersions(
    entity: string,
    project: string,
    collection: string,
  ): Promise<MembershipFragment[] | null>;
  listProjects(entity: string): Promise<{ name: string }[] | null>;
  listArtifacts(
    entity: string,
    project: string,
  ): Promise<{ type: string; collections: { name: string; versionCount: number }[] }[] | null>;
  artifactVersions(
    entity: string,
    project: string,
    name: string,
  ): Promise<MembershipFragment[] | null>;
  linkedArtifacts(
    artifactId: string,
  ): Promise<{ versionIndex: number; artifactCollection: CollectionRef }[]>;
  link(input: {
    artifactId: string;
    entityName: string;
    projectName: string;
    collection: string;
    aliases?: string[];
  }): Promise<MembershipFragment>;
}

/** The slice of the engine this adapter needs. */
export interface UiEngine {
  createTransport(
    world: EngineWorld,
    opts: { source: 'ui'; onEntry?: (e: NetworkEntry) => void },
  ): unknown;
  createUiClient(transport: unknown): EngineUiClient;
  /** The SDK's own client-side alias check (rules/validators), reused, not rewritten. */
  validateAliases(aliases: readonly string[]): string[];
}

const REGISTRY_PREFIX = 'wandb-registry-';

/** Membership aliases without the implied `vN` of the membership itself (facts §3). */
const aliasesOf = (m: MembershipFragment): string[] =>
  m.aliases.map((a) => a.alias).filter((a) => a !== `v${m.versionIndex}`);

function toMembership(m: MembershipFragment): UiMembership {
  const seq = m.artifact.artifactSequence;
  return {
    versionIndex: m.versionIndex,
    aliases: aliasesOf(m),
    source: {
      entity: seq.project.entity.name,
      project: seq.project.name,
      name: seq.name,
      versionIndex: m.artifact.versionIndex,
    },
  };
}

function toVersion(m: MembershipFragment): UiArtifactVersion {
  return {
    id: m.artifact.id,
    versionIndex: m.artifact.versionIndex,
    aliases: aliasesOf(m),
    type: m.artifact.artifactType.name,
    digest: m.artifact.digest,
    createdAt: m.artifact.createdAt,
  };
}

export function createUiApiFromClient(
  client: EngineUiClient,
  validateAliases?: (aliases: readonly string[]) => unknown,
): RegistryUiApi {
  return {
    async viewer() {
      const entities = await client.viewerEntities();
      return { name: entities.find((e) => e.kind === 'user')?.name ?? '' };
    },
    async listRegistries() {
      return (await client.listRegistries()).map((r) => ({
        orgName: r.organization.name,
        orgEntityName: r.organization.entityName,
        name: r.name,
        projectName: r.projectName,
        visibility: r.visibility === 'RESTRICTED' ? 'restricted' : 'organization',
        acceptedTypes: r.acceptedTypes,
        allowAllTypes: r.allowAllArtifactTypesInRegistry,
      }));
    },
    async listCollections(orgEntityName, registry) {
      const list = (await client.listCollections(orgEntityName, registry)) ?? [];
      return list.map((c) => ({
        name: c.name,
        type: c.type,
        versionCount: c.versionCount,
        latest:
          c.latestVersionIndex === undefined || c.latestVersionIndex === null
            ? null
            : `v${c.latestVersionIndex}`,
      }));
    },
    async collectionVersions(orgEntityName, registry, collection) {
      const list = await client.collectionVersions(
        orgEntityName,
        `${REGISTRY_PREFIX}${registry}`,
        collection,
      );
      return (list ?? []).map(toMembership);
    },
    async listEntities() {
      const entities = await client.viewerEntities();
      // Teams first: they are where registry links come from.
      return [
        ...entities.filter((e) => e.kind === 'team'),
        ...entities.filter((e) => e.kind === 'user'),
      ].map((e) => ({ name: e.name, kind: e.kind }));
    },
    async listProjects(entity) {
      return ((await client.listProjects(entity)) ?? []).map((p) => p.name);
    },
    async listArtifacts(entity, project) {
      const groups = (await client.listArtifacts(entity, project)) ?? [];
      return groups.flatMap((g) =>
        g.collections.map((c) => ({ name: c.name, type: g.type, versionCount: c.versionCount })),
      );
    },
    async artifactVersions(entity, project, artifact) {
      return ((await client.artifactVersions(entity, project, artifact)) ?? []).map(toVersion);
    },
    async versionLinks(artifactId) {
      return (await client.linkedArtifacts(artifactId))
        .filter((l) => l.artifactCollection.project.name.startsWith(REGISTRY_PREFIX))
        .map((l) => ({
          orgEntityName: l.artifactCollection.project.entity.name,
          registry: l.artifactCollection.project.name.slice(REGISTRY_PREFIX.length),
          collection: l.artifactCollection.name,
          versionIndex: l.versionIndex,
        }));
    },
    async link(input) {
      // The SDK checks aliases on the client before LinkArtifact (facts §2); the UIs do the
      // same with the engine's own validator, so the reader gets the SDK's exact message.
      validateAliases?.(input.aliases);
      const m = await client.link({
        artifactId: input.artifactId,
        entityName: input.orgEntityName,
        projectName: `${REGISTRY_PREFIX}${input.registry}`,
        collection: input.collection,
        aliases: input.aliases,
      });
      return { versionIndex: m.versionIndex, aliases: aliasesOf(m) };
    },
  };
}

export function createUiApi(
  engine: UiEngine,
  world: EngineWorld,
  onEntry?: (e: NetworkEntry) => void,
): RegistryUiApi {
  const client = engine.createUiClient(engine.createTransport(world, { source: 'ui', onEntry }));
  return createUiApiFromClient(client, engine.validateAliases);
}
