// The FetchOrgInfoFromEntity answer, built from the world. The handler returns exactly
// this, and resolveLinkTarget feeds it to the same resolution function the SDK uses, so
// the path tester and the SDK can never disagree.
import type { OrgRef, Result } from '../protocol';
import type { OrgRec } from '../world/types';
import type { World } from '../world/world';

export type FetchOrgInfoFromEntityData = Result<'FetchOrgInfoFromEntity'>;

export function orgInfoFromEntity(world: World, entityName: string): FetchOrgInfoFromEntityData {
  const entity = world.getEntity(entityName);
  if (!entity) return { entity: null };
  const ref = (orgName: string): OrgRef | null => {
    const org = world.getOrg(orgName);
    return org ? { name: org.name, orgEntity: { name: org.entityName } } : null;
  };
  if (entity.kind === 'user') {
    const organizations = world.orgsOfUser(entity.name).map((o) => ({
      name: o.name,
      orgEntity: { name: o.entityName },
    }));
    return { entity: { organization: null, user: { organizations } } };
  }
  return { entity: { organization: entity.org ? ref(entity.org) : null, user: null } };
}

/**
 * `organization(name:)`: an org the viewer belongs to, by display name or org entity name
 * (ASSUMPTIONS.md: the server's lookup rules are not in the SDK source); null otherwise.
 */
export function orgByName(world: World, name: string): OrgRec | undefined {
  return world.orgsOfUser(world.viewer).find((o) => o.name === name || o.entityName === name);
}
