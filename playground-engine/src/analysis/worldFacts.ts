// What the analyser needs to know about the world, seen from the viewer: their orgs,
// every team, and the registries they can see. Visibility comes from rules (a restricted
// registry the viewer is not in looks as if it did not exist).
import { isSimError } from '../errors/simError';
import { resolveOrgInfo } from '../rules/client/orgResolution';
import { canSeeRegistry } from '../rules/server/permissions';
import { isRegistryProject, registryNameOf } from '../paths/targetPath';
import { fixForEntity, fixForOrg, fixForRegistry, type WorldFix } from '../world/setupFixes';
import type { World } from '../world/world';

export interface OrgFact {
  /** Display name. */
  name: string;
  /** ORG_ENTITY_NAME. */
  entityName: string;
  /** Registry names (without `wandb-registry-`) the viewer can see. */
  registries: string[];
}

export interface WorldFacts {
  viewer: string;
  /** Orgs the viewer belongs to. */
  orgs: OrgFact[];
  /** Every team entity, with the display name of its org and whether the viewer is in it. */
  teams: { name: string; org?: string; member: boolean }[];
  /** WANDB_ORGANIZATION from the world's env: the org of a path without a prefix. */
  envOrg?: string;
  /**
   * The viewer's org an org prefix names (display or entity name), by rules' org
   * resolution over the viewer's own FetchOrgInfoFromEntity data; undefined if none.
   */
  orgNamed(prefix: string): OrgFact | undefined;
  /** Every entity name (users, teams, org entities): what an entity= may name. */
  entities: ReadonlySet<string>;
  /** Entities the viewer can write to: their own and their teams (near-miss candidates). */
  ownEntities: string[];
  /** World fixes for names the world lacks (null when the world has the name). */
  fix: {
    entity(name: string): WorldFix | null;
    org(name: string): WorldFix | null;
    registry(org: string | undefined, registry: string, type?: string): WorldFix | null;
  };
}

export function worldFacts(world: World): WorldFacts {
  const viewer = world.viewer;
  const orgs = world.orgsOfUser(viewer).map((o) => ({
    name: o.name,
    entityName: o.entityName,
    registries: world
      .listProjects(o.entityName)
      .filter((p) => isRegistryProject(p.name) && p.registry && canSeeRegistry(world, viewer, p))
      .map((p) => registryNameOf(p.name)),
  }));
  const teams = world
    .listEntities()
    .filter((e) => e.kind === 'team')
    .map((e) => ({ name: e.name, org: e.org, member: e.members[viewer] !== undefined }));
  // The viewer's own FetchOrgInfoFromEntity answer: a user entity lists the user's orgs.
  const info = {
    entity: {
      organization: null,
      user: {
        organizations: orgs.map((o) => ({ name: o.name, orgEntity: { name: o.entityName } })),
      },
    },
  };
  const orgNamed = (prefix: string): OrgFact | undefined => {
    try {
      const { entityName } = resolveOrgInfo(info, viewer, prefix).info;
      return orgs.find((o) => o.entityName === entityName);
    } catch (e) {
      if (isSimError(e)) return undefined;
      throw e;
    }
  };
  return {
    viewer,
    orgs,
    teams,
    envOrg: world.env.WANDB_ORGANIZATION || undefined,
    orgNamed,
    entities: new Set(world.listEntities().map((e) => e.name)),
    ownEntities: [viewer, ...teams.filter((t) => t.member).map((t) => t.name)],
    fix: {
      entity: (name) => fixForEntity(world, name),
      org: (name) => fixForOrg(world, name),
      registry: (org, registry, type) => fixForRegistry(world, org, registry, type),
    },
  };
}
