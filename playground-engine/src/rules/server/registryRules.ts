// Server-side rules for creating, editing and deleting registries and for their members
// (the upsertModel, deleteModel, renameProject and project-member mutations). Who may do what
// is not in the SDK source: W&B's docs give registry settings and members to registry admins
// (an org admin is one everywhere), and let organization members create registries; the
// texts are the simulator's own (ASSUMPTIONS.md).
import type { ErrorCode } from '../../errors/codes';
import { SimError } from '../../errors/simError';
import { isRegistryProject, registryNameOf } from '../../paths/targetPath';
import type { ProjectRec, Role } from '../../world/types';
import type { World } from '../../world/world';
import { registryRole } from './permissions';
import { msg } from './serverMessages';

const comm = (m: string, code: ErrorCode) => new SimError('wandb.errors.CommError', m, code);

export const ROLES: readonly Role[] = ['admin', 'member', 'viewer', 'restricted_viewer'];

/** The registry project behind a node id, when the viewer can see it. */
export function registryById(world: World, id: string): ProjectRec | undefined {
  for (const org of world.orgsOfUser(world.viewer)) {
    const p = world.listProjects(org.entityName).find((x) => x.id === id);
    if (p?.registry && registryRole(world, world.viewer, p)) return p;
  }
  return undefined;
}

/** Registry settings and members: admins only. */
export function checkRegistryAdmin(world: World, viewer: string, p: ProjectRec): void {
  const role = registryRole(world, viewer, p);
  if (role !== 'admin') {
    throw comm(
      msg.adminOnly(viewer, role ?? 'none', registryNameOf(p.name)),
      'registry-admin-only',
    );
  }
}

/** upsertModel creating a registry: an organization member, a registry name, a known access. */
export function checkCreateRegistry(
  world: World,
  viewer: string,
  entityName: string,
  name: string,
  access: string,
): void {
  const org = world.getOrgByEntityName(entityName);
  if (!org || org.members[viewer] === undefined)
    throw comm(msg.notOrgMember(viewer, entityName), 'registry-admin-only');
  if (!isRegistryProject(name)) throw comm(msg.notRegistryName(name), 'registry-name');
  if (access !== 'PRIVATE' && access !== 'RESTRICTED')
    throw comm(msg.badAccess(access), 'wrong-argument');
}

/** upsertModel on an existing registry: admin, and the visibility rules of core/custom registries. */
export function checkUpdateRegistry(
  world: World,
  viewer: string,
  p: ProjectRec,
  access: string,
): void {
  checkRegistryAdmin(world, viewer, p);
  if (access !== 'PRIVATE' && access !== 'RESTRICTED')
    throw comm(msg.badAccess(access), 'wrong-argument');
  const reg = p.registry!;
  const name = registryNameOf(p.name);
  if (reg.core && access !== 'PRIVATE') throw comm(msg.coreVisibility(name), 'registry-admin-only');
  if (reg.visibility === 'restricted' && access === 'PRIVATE')
    throw comm(msg.backToOrganization(name), 'registry-admin-only');
}

export function checkDeleteRegistry(world: World, viewer: string, p: ProjectRec): void {
  checkRegistryAdmin(world, viewer, p);
  if (p.registry!.core) throw comm(msg.coreDelete(registryNameOf(p.name)), 'registry-admin-only');
}

export function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role))
    throw comm(msg.badRegistryRole(role), 'wrong-argument');
  return role as Role;
}

/**
 * Protected aliases (a registry setting): only its admins may add or remove them. Returns the
 * protected ones among `aliases` that `viewer` may not touch.
 */
export function protectedAliasesDenied(
  world: World,
  viewer: string,
  p: ProjectRec | undefined,
  aliases: readonly string[],
): string[] {
  const guarded = p?.registry?.protectedAliases ?? [];
  if (!guarded.length || registryRole(world, viewer, p!) === 'admin') return [];
  return aliases.filter((a) => guarded.includes(a));
}
