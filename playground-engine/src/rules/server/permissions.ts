// Who may do what. Effective registry role: org admins are admins everywhere; an explicit
// registry role wins next; an organization-visible registry gives other org members the
// default role 'member' (the docs world needs alice to link without being listed).
import type { World } from '../../world/world';
import type { ProjectRec, Role } from '../../world/types';

export const WRITE_ROLES: ReadonlySet<Role> = new Set<Role>(['admin', 'member']);

export function registryRole(world: World, user: string, project: ProjectRec): Role | undefined {
  const reg = project.registry;
  if (!reg) return undefined;
  const orgEntity = world.getEntity(project.entity);
  const org = orgEntity?.org ? world.getOrg(orgEntity.org) : undefined;
  if (!org || org.members[user] === undefined) return undefined;
  if (org.members[user] === 'admin') return 'admin';
  if (reg.members[user]) return reg.members[user];
  const viaTeam = teamRole(world, user, reg.teams);
  if (viaTeam) return viaTeam;
  return reg.visibility === 'organization' ? 'member' : undefined;
}

const RANK: readonly Role[] = ['restricted_viewer', 'viewer', 'member', 'admin'];

/** The highest role a registry gives `user` through the teams it lists (ASSUMPTIONS.md). */
function teamRole(
  world: World,
  user: string,
  teams: Record<string, Role> | undefined,
): Role | undefined {
  let best: Role | undefined;
  for (const [team, role] of Object.entries(teams ?? {})) {
    if (world.getEntity(team)?.members[user] === undefined) continue;
    if (!best || RANK.indexOf(role) > RANK.indexOf(best)) best = role;
  }
  return best;
}

/** Restricted registries are invisible to non-members (they look like they do not exist). */
export function canSeeRegistry(world: World, user: string, project: ProjectRec): boolean {
  return registryRole(world, user, project) !== undefined;
}

/** May `user` create runs/artifacts in (or link within) `entityName`'s projects? */
export function canWriteEntity(world: World, user: string, entityName: string): boolean {
  const e = world.getEntity(entityName);
  if (!e) return false;
  if (e.kind === 'user') return e.name === user;
  if (e.kind === 'team') return WRITE_ROLES.has(e.members[user]);
  return false;
}

/** May `user` read `entityName`'s projects? */
export function canReadEntity(world: World, user: string, entityName: string): boolean {
  const e = world.getEntity(entityName);
  if (!e) return false;
  if (e.kind === 'user') return e.name === user;
  if (e.kind === 'team') return e.members[user] !== undefined;
  const org = e.org ? world.getOrg(e.org) : undefined;
  return !!org && org.members[user] !== undefined;
}
