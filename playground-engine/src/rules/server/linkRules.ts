// Server-side rules for linking, unlinking and alias edits. Pure: they read the world and
// return a decision or throw the refusal; the server's mutations (server/mutations.ts)
// apply it. Errors carry the server text as CommError, because that is how wandb-core
// hands GraphQL errors to the user.
import type { ErrorCode } from '../../errors/codes';
import { SimError } from '../../errors/simError';
import { isRegistryProject, registryNameOf } from '../../paths/targetPath';
import type { CollectionRec, MembershipRec, ProjectRec } from '../../world/types';
import type { World } from '../../world/world';
import { canWriteEntity, registryRole, WRITE_ROLES } from './permissions';
import { protectedAliasesDenied } from './registryRules';
import { msg } from './serverMessages';

const comm = (m: string, code: ErrorCode) => new SimError('wandb.errors.CommError', m, code);

export interface LinkTargetCheck {
  sourceEntity: string;
  entityName: string;
  projectName: string;
  collectionName: string;
  /** When known, the accepted-type and collection-type rules are checked too. */
  artifactType?: string;
}

/** Every server-side refusal for a link, in the order the server applies them; undefined = allowed. */
export function checkLinkTarget(
  world: World,
  viewer: string,
  c: LinkTargetCheck,
): SimError | undefined {
  const { entityName, projectName, collectionName, artifactType } = c;
  if (!collectionName || collectionName.includes(':') || collectionName.includes('/')) {
    return comm(msg.invalidCollectionName(collectionName), 'alias-in-path');
  }
  if (isRegistryProject(projectName)) {
    const source = world.getEntity(c.sourceEntity);
    const targetOrg = world.getOrgByEntityName(entityName);
    // Only a team of the registry's own org may link into it (S1: personal entities are refused).
    if (source?.kind !== 'team' || !targetOrg || source.org !== targetOrg.name) {
      return comm(msg.personalEntityLink, 'personal-account');
    }
    const project = world.getProject(entityName, projectName);
    const role = project?.registry ? registryRole(world, viewer, project) : undefined;
    if (!project?.registry || role === undefined)
      return comm(msg.projectNotFound(projectName, entityName), 'registry-not-found');
    if (!WRITE_ROLES.has(role))
      return comm(msg.insufficientRole(viewer, role, registryNameOf(projectName)), 'no-permission');
    if (artifactType !== undefined) {
      const reg = project.registry;
      if (!reg.allowAllTypes && !reg.acceptedTypes.includes(artifactType)) {
        return comm(
          msg.typeNotAccepted(artifactType, registryNameOf(projectName), reg.acceptedTypes),
          'type-not-accepted',
        );
      }
    }
  } else {
    if (entityName !== c.sourceEntity) return comm(msg.personalEntityLink, 'personal-account');
    if (!canWriteEntity(world, viewer, entityName))
      return comm(msg.permissionDenied, 'no-permission');
  }
  const existing = world.findCollection(entityName, projectName, collectionName);
  if (existing) {
    if (existing.kind === 'sequence')
      return comm(msg.collectionIsSequence(collectionName), 'collection-type');
    if (artifactType !== undefined && existing.type !== artifactType) {
      return comm(
        msg.collectionTypeMismatch(collectionName, existing.type, artifactType),
        'collection-type',
      );
    }
  }
  return undefined;
}

export interface SourceInfo {
  artifactId: string;
  entity: string;
  project: string;
  sequence: CollectionRec;
  type: string;
}

export function sourceOf(world: World, artifactId: string): SourceInfo {
  const a = world.getArtifact(artifactId);
  const seq = a && world.getCollection(a.sequenceId);
  if (!a || !seq) throw comm(msg.artifactNotFound(artifactId), 'version-not-found');
  return { artifactId, entity: seq.entity, project: seq.project, sequence: seq, type: a.type };
}

export interface LinkRequest {
  artifactId: string;
  entityName: string;
  projectName: string;
  collectionName: string;
  aliases: string[];
}

/** LinkArtifact's checks: the source version, then every refusal of checkLinkTarget. */
export function checkLink(world: World, viewer: string, req: LinkRequest): SourceInfo {
  const src = sourceOf(world, req.artifactId);
  const refusal = checkLinkTarget(world, viewer, {
    sourceEntity: src.entity,
    entityName: req.entityName,
    projectName: req.projectName,
    collectionName: req.collectionName,
    artifactType: src.type,
  });
  if (refusal) throw refusal;
  refuseProtected(world, viewer, req.entityName, req.projectName, req.aliases);
  return src;
}

/** A registry's protected aliases: only its admins may add or remove them. */
function refuseProtected(
  world: World,
  viewer: string,
  entity: string,
  project: string,
  aliases: readonly string[],
): void {
  const denied = protectedAliasesDenied(world, viewer, world.getProject(entity, project), aliases);
  if (denied.length)
    throw comm(msg.protectedAlias(denied, registryNameOf(project)), 'protected-alias');
}

/** May `viewer` change memberships of this collection (unlink, alias edits)? */
export function canEditCollection(world: World, viewer: string, coll: CollectionRec): boolean {
  const project = world.getProject(coll.entity, coll.project) as ProjectRec | undefined;
  if (project?.registry) {
    const role = registryRole(world, viewer, project);
    return role !== undefined && WRITE_ROLES.has(role);
  }
  return canWriteEntity(world, viewer, coll.entity);
}

export function qualifiedNameOf(world: World, m: MembershipRec): string {
  const c = world.getCollection(m.collectionId)!;
  return `${c.entity}/${c.project}/${c.name}:v${m.versionIndex}`;
}

/** UnlinkArtifact's checks: the membership to remove (only a link's; the source survives). */
export function checkUnlink(
  world: World,
  viewer: string,
  artifactId: string,
  portfolioId: string,
): MembershipRec {
  const coll = world.getCollection(portfolioId);
  const m = coll ? world.membershipOfArtifactIn(coll.id, artifactId) : undefined;
  if (coll?.kind !== 'portfolio' || !m)
    throw comm(msg.artifactNotFound(artifactId), 'version-not-found');
  if (!canEditCollection(world, viewer, coll))
    throw comm(msg.unlinkDenied(qualifiedNameOf(world, m)), 'edit-denied');
  // Members cannot unlink a version that holds a protected alias (facts §2).
  const project = world.getProject(coll.entity, coll.project);
  if (protectedAliasesDenied(world, viewer, project, m.aliases).length)
    throw comm(msg.unlinkDenied(qualifiedNameOf(world, m)), 'protected-alias');
  return m;
}

export interface AliasInput {
  entityName: string;
  projectName: string;
  artifactCollectionName: string;
  alias: string;
}

/** AddAliases / DeleteAliases checks: the aliases to edit on each membership named. */
export function checkAliasEdit(
  world: World,
  viewer: string,
  op: 'add' | 'delete',
  artifactId: string,
  aliases: AliasInput[],
): Map<MembershipRec, string[]> {
  const byMembership = new Map<MembershipRec, string[]>();
  for (const a of aliases) {
    const coll = world.findCollection(a.entityName, a.projectName, a.artifactCollectionName);
    const m = coll ? world.membershipOfArtifactIn(coll.id, artifactId) : undefined;
    if (!coll || !m) {
      throw comm(
        msg.membershipNotFound(a.artifactCollectionName, a.entityName, a.projectName),
        'version-not-found',
      );
    }
    if (!canEditCollection(world, viewer, coll)) {
      throw comm(
        msg.aliasEditDenied(
          op,
          aliases.map((x) => x.alias),
        ),
        'edit-denied',
      );
    }
    refuseProtected(world, viewer, coll.entity, coll.project, [a.alias]);
    byMembership.set(m, [...(byMembership.get(m) ?? []), a.alias]);
  }
  return byMembership;
}
