// Maps the engine's UI client (playground-engine's createUiClient) onto RegistryUiApi, the
// shape the two simulated UIs render from. Every type below is the engine's own, so a change
// of a response shape is a compile error here. Every call is a GraphQL request through the
// transport, so it lands in the page's network log.
import type { MembershipFragment, NetworkEntry, World } from 'playground-engine';
import { registryProject } from 'playground-engine/paths';
import type { Engine, Widgets } from '../engine';
import type { RegistryUiApi, UiArtifactVersion, UiMembership } from './api';

/** The parts of the engine the adapter calls. */
export type UiEngine = Pick<
  Engine & Widgets,
  'createTransport' | 'createUiClient' | 'validateAliases' | 'isRegistryProject' | 'registryNameOf'
>;

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

export function createUiApi(
  engine: UiEngine,
  world: World,
  onEntry?: (e: NetworkEntry) => void,
): RegistryUiApi {
  const client = engine.createUiClient(engine.createTransport(world, { source: 'ui', onEntry }));
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
        latest: c.latestVersionIndex === null ? null : `v${c.latestVersionIndex}`,
      }));
    },
    async collectionVersions(orgEntityName, registry, collection) {
      const list = await client.collectionVersions(
        orgEntityName,
        registryProject(registry),
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
        .filter((l) => engine.isRegistryProject(l.artifactCollection.project.name))
        .map((l) => ({
          orgEntityName: l.artifactCollection.project.entity.name,
          registry: engine.registryNameOf(l.artifactCollection.project.name),
          collection: l.artifactCollection.name,
          versionIndex: l.versionIndex,
        }));
    },
    async link(input) {
      // The SDK checks aliases on the client before LinkArtifact (facts §2); the UIs do the
      // same with the engine's own validator, so the reader gets the SDK's exact message.
      engine.validateAliases(input.aliases);
      const m = await client.link({
        artifactId: input.artifactId,
        entityName: input.orgEntityName,
        projectName: registryProject(input.registry),
        collection: input.collection,
        aliases: input.aliases,
      });
      return { versionIndex: m.versionIndex, aliases: aliasesOf(m) };
    },
  };
}
