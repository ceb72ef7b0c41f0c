// The protocol's fragments (protocol/fragments.ts), built from the world.
import { versionEntryNames, versionSize } from './versionEntries';
import type {
  AliasRef,
  ArtifactFragment,
  CollectionRef,
  MembershipFragment,
  ProjectRef,
  UiRegistryFragment,
} from '../protocol';
import { registryRole } from '../rules/server/permissions';
import { isRegistryProject, registryNameOf } from '../paths/targetPath';
import type { CollectionRec, MembershipRec, ProjectRec } from '../world/types';
import type { World } from '../world/world';

export function projectRef(world: World, entity: string, project: string): ProjectRef {
  const p = world.getProject(entity, project);
  const id = p?.id ?? '';
  return {
    __typename: 'Project',
    id,
    internalId: id ? (atob(id).split(':')[1] ?? id) : '',
    name: project,
    entity: { __typename: 'Entity', name: entity },
  };
}

/** The GraphQL type of a collection: a sequence (where versions are logged) or a portfolio (links). */
export const collectionTypename = (c: CollectionRec) =>
  c.kind === 'sequence' ? ('ArtifactSequence' as const) : ('ArtifactPortfolio' as const);

export function collectionRef(world: World, c: CollectionRec): CollectionRef {
  return {
    __typename: collectionTypename(c),
    id: c.id,
    name: c.name,
    project: projectRef(world, c.entity, c.project),
  };
}

/** Membership aliases as the server lists them: the stored ones plus the implied `vN`. */
export function aliasRefs(m: MembershipRec): AliasRef[] {
  return [`v${m.versionIndex}`, ...m.aliases].map((alias) => ({
    __typename: 'ArtifactAlias',
    id: btoa(`ArtifactAlias:${m.id}:${alias}`),
    alias,
  }));
}

export function artifactFragment(
  world: World,
  artifactId: string,
  includeAliases = true,
): ArtifactFragment {
  const a = world.getArtifact(artifactId)!;
  const seq = world.getCollection(a.sequenceId)!;
  const seqRef = collectionRef(world, seq);
  const size = versionSize(a);
  const frag: ArtifactFragment = {
    __typename: 'Artifact',
    id: a.id,
    artifactSequence: seqRef,
    versionIndex: a.versionIndex,
    artifactType: { name: a.type },
    description: a.description,
    metadata: JSON.stringify(a.metadata),
    // No team default TTL is simulated: an inherited TTL is none (-2, validate_ttl_duration_seconds).
    ttlDurationSeconds: a.ttlSeconds ?? -2,
    ttlIsInherited: a.ttlSeconds === undefined,
    tags: (a.tags ?? []).map((name) => ({ id: btoa(`Tag:${name}`), name })),
    historyStep: a.historyStep ?? null,
    state: a.state,
    size,
    digest: a.digest,
    commitHash: a.digest.slice(0, 20),
    fileCount: versionEntryNames(a).length,
    createdAt: a.createdAt,
    updatedAt: a.createdAt,
    createdBy: a.runId ? { __typename: 'Run', name: a.runId } : null,
    fileNames: versionEntryNames(a),
  };
  if (includeAliases) {
    const m = world.sourceMembership(a.id);
    frag.aliases = m ? aliasRefs(m).map((r) => ({ ...r, artifactCollection: seqRef })) : [];
  }
  return frag;
}

export function membershipFragment(
  world: World,
  m: MembershipRec,
  includeAliases = true,
): MembershipFragment {
  const c = world.getCollection(m.collectionId)!;
  return {
    __typename: 'ArtifactCollectionMembership',
    id: m.id,
    versionIndex: m.versionIndex,
    aliases: aliasRefs(m),
    artifactCollection: collectionRef(world, c),
    artifact: artifactFragment(world, m.artifactId, includeAliases),
    createdAt: m.createdAt,
  };
}

export function uiRegistryFragment(
  world: World,
  p: ProjectRec,
  viewer: string,
): UiRegistryFragment | null {
  if (!p.registry || !isRegistryProject(p.name)) return null;
  const role = registryRole(world, viewer, p);
  if (!role) return null;
  const org = world.getOrgByEntityName(p.entity)!;
  return {
    __typename: 'Project',
    id: p.id,
    name: registryNameOf(p.name),
    projectName: p.name,
    organization: { name: org.name, entityName: org.entityName },
    // GraphQL values (registries/_utils.py Visibility): organization = PRIVATE, restricted = RESTRICTED.
    visibility: p.registry.visibility === 'organization' ? 'PRIVATE' : 'RESTRICTED',
    acceptedTypes: [...p.registry.acceptedTypes],
    allowAllArtifactTypesInRegistry: p.registry.allowAllTypes,
    core: p.registry.core,
    viewerRole: role,
    collectionCount: world.listCollections(p.entity, p.name).length,
    createdAt: p.createdAt,
  };
}
