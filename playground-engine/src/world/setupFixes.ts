// World fixes for names the world lacks (issue 12): one builder per kind of name, shared by
// the analyser (a diagnostic's fix) and the runtime (an error's hint), so both offer the
// same edits with the same title.
import { REGISTRY_PREFIX, registryProject } from '../paths/targetPath';
import type { WorldEdit } from './edits';
import type { OrgRec } from './types';
import type { World } from './world';

export interface WorldFix {
  title: string;
  world: WorldEdit[];
}

const q = (s: string) => `'${s}'`;

/** Where a new team or registry goes when the code does not say: the viewer's first org. */
const homeOrg = (world: World): OrgRec | undefined => world.orgsOfUser(world.viewer)[0];

const orgNamed = (world: World, name: string): OrgRec | undefined =>
  world.getOrg(name) ?? world.getOrgByEntityName(name);

/** A missing entity (wandb.init(entity=...), WANDB_ENTITY, an artifact path, Api overrides). */
export function fixForEntity(world: World, name: string): WorldFix | null {
  if (world.getEntity(name)) return null;
  const org = homeOrg(world);
  if (!org) return null;
  return {
    title: `Add team ${q(name)} to org ${q(org.name)}, with you as a member`,
    world: [{ kind: 'add-team', org: org.name, name }],
  };
}

/** A missing project in an entity (the entity is added first when it is missing too). */
export function fixForProject(world: World, entity: string, project: string): WorldFix | null {
  if (world.getProject(entity, project)) return null;
  const team = fixForEntity(world, entity);
  if (!team && !world.getEntity(entity)) return null;
  const add: WorldEdit = { kind: 'add-project', entity, name: project };
  return team
    ? { title: `${team.title}, and project ${q(project)} in it`, world: [...team.world, add] }
    : { title: `Add project ${q(project)} to ${q(entity)}`, world: [add] };
}

/**
 * A registry the viewer cannot find. In `org` (display or entity name; the viewer's first
 * org when undefined). One the viewer cannot see (restricted) gets a membership instead.
 */
export function fixForRegistry(
  world: World,
  org: string | undefined,
  registry: string,
  type?: string,
): WorldFix | null {
  const o = org === undefined ? homeOrg(world) : orgNamed(world, org);
  if (!o || !registry) return null;
  const existing = world.getProject(o.entityName, registryProject(registry))?.registry;
  if (existing) {
    if (existing.members[world.viewer]) return null;
    return {
      title: `Make you a member of registry ${q(registry)} in org ${q(o.name)}`,
      world: [{ kind: 'set-registry-role', org: o.name, registry, role: 'member' }],
    };
  }
  return {
    title: `Add registry ${q(registry)} to org ${q(o.name)}, ${type ? `accepting ${type}` : 'accepting every type'}`,
    world: [
      {
        kind: 'add-registry',
        org: o.name,
        name: registry,
        ...(type ? { acceptedTypes: [type] } : {}),
      },
    ],
  };
}

/** An org prefix that names no org. */
export function fixForOrg(world: World, name: string): WorldFix | null {
  if (orgNamed(world, name)) return null;
  return {
    title: `Add org ${q(name)}, with you as a member`,
    world: [{ kind: 'add-org', name }],
  };
}

/** The world fix for a runtime error caused by a missing name, if it is one. */
export function fixForError(world: World, message: string): WorldFix | null {
  const upsert = /^entity (.+) not found during upsertBucket$/.exec(message);
  if (upsert) return fixForEntity(world, upsert[1]);
  const project = /^project '(.+)' not found under entity '(.+)'$/.exec(message);
  if (project) {
    const [, name, entity] = project;
    if (name.startsWith(REGISTRY_PREFIX)) {
      return fixForRegistry(world, entity, name.slice(REGISTRY_PREFIX.length));
    }
    // A missing project alone is no fix: the artifact the code wants would still be absent.
    return fixForEntity(world, entity);
  }
  return null;
}
