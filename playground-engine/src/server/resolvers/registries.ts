// Registries: the search queries (FetchRegistries, RegistryCollections, RegistryVersions), the
// single lookup, and the edits of Registry.create/save/delete and of its members.
import { SimError } from '../../errors/simError';
import { isRegistryProject, registryNameOf } from '../../paths/targetPath';
import type { RegistryFragment } from '../../protocol';
import type * as ops from '../../protocol/registries';
import { registryRole } from '../../rules/server/permissions';
import {
  checkCreateRegistry,
  checkDeleteRegistry,
  checkRegistryAdmin,
  checkRole,
  checkUpdateRegistry,
  registryById,
} from '../../rules/server/registryRules';
import { msg } from '../../rules/server/serverMessages';
import type { CollectionRec, MembershipRec, ProjectRec, Role } from '../../world/types';
import type { World } from '../../world/world';
import { arr, bool, obj, required, str } from '../decode';
import { membershipFragment } from '../fragments';
import { FilterError, type FilterDoc, matches, orderBy, parseFilter } from '../mongoFilter';
import { orgByName } from '../orgInfo';
import type { ResolversOf } from '../resolver';
import { collectionFragment, page, projectTypes } from './collections';

/** The number inside a node id (`UHJvamVjdDoz` = `Project:3` → 3). */
const indexOf = (id: string) => Number(atob(id).split(':')[1]);

function registryNode(world: World, p: ProjectRec): RegistryFragment {
  const reg = p.registry!;
  const org = world.getOrgByEntityName(p.entity);
  return {
    __typename: 'Project',
    id: p.id,
    internalId: btoa(`ProjectInternalId:${indexOf(p.id)}`),
    name: p.name,
    entity: { name: p.entity, organization: org ? { name: org.name } : null },
    description: reg.description ?? null,
    createdAt: p.createdAt,
    updatedAt: reg.updatedAt ?? null,
    access: reg.visibility === 'organization' ? 'PRIVATE' : 'RESTRICTED',
    allowAllArtifactTypes: reg.allowAllTypes,
    artifactTypes: {
      edges: projectTypes(world, p.entity, p.name).map((name) => ({ node: { name } })),
    },
  };
}

// The fields each search filters on (registries/_utils.py BASIC_*_FILTER_FIELDS, canonical names).
const registryDoc = (p: ProjectRec): FilterDoc => ({
  id: indexOf(p.id),
  name: p.name,
  description: p.registry?.description ?? null,
  created_at: p.createdAt,
  updated_at: p.registry?.updatedAt ?? p.createdAt,
});
const collectionDoc = (c: CollectionRec): FilterDoc => ({
  artifact_collection_id: indexOf(c.id),
  name: c.name,
  tag: [],
  description: c.description,
  created_at: c.createdAt,
  updated_at: c.createdAt,
});
function versionDoc(world: World, m: MembershipRec): FilterDoc {
  const a = world.getArtifact(m.artifactId)!;
  return {
    id: indexOf(a.id),
    version: `v${m.versionIndex}`,
    tag: [],
    alias: m.aliases,
    metadata: a.metadata,
    created_at: m.createdAt,
    updated_at: m.createdAt,
  };
}

/** A filter the server cannot read is a GraphQL error (the SDK raises it as a CommError). */
function filtered<T>(items: T[], raw: unknown, docOf: (t: T) => FilterDoc): T[] {
  try {
    const f = parseFilter(raw);
    return f ? items.filter((t) => matches(f, docOf(t))) : items;
  } catch (e) {
    if (e instanceof FilterError)
      throw new SimError('wandb.errors.CommError', e.message, 'registry-filter');
    throw e;
  }
}

function sorted<T>(items: T[], order: unknown, docOf: (t: T) => FilterDoc): T[] {
  const cmp = orderBy(order, docOf);
  return cmp ? [...items].sort(cmp) : items;
}

/** The org's registries the viewer can see, matching the registry filter. */
function searchRegistries(world: World, orgEntity: string, filter: unknown): ProjectRec[] {
  const visible = world
    .listProjects(orgEntity)
    .filter((p) => p.registry && isRegistryProject(p.name) && registryRole(world, world.viewer, p));
  return filtered(visible, filter, registryDoc);
}

function searchCollections(world: World, orgEntity: string, v: Record<string, unknown>) {
  const colls = searchRegistries(world, orgEntity, v.registryFilter).flatMap((p) =>
    world.listCollections(p.entity, p.name).filter((c) => c.kind === 'portfolio'),
  );
  return filtered(colls, v.collectionFilter, collectionDoc);
}

/** `organization(name:) { orgEntity { ... } }`, or null for an org the viewer is not in. */
function inOrg<T>(world: World, v: Record<string, unknown>, body: (entity: string) => T) {
  const org = orgByName(world, required(v, 'organization'));
  return {
    organization: org ? { orgEntity: { name: org.entityName, ...body(org.entityName) } } : null,
  };
}

// Registry members are addressed by the ids registry.user_members()/team_members() hand out:
// base64 `User:N` / `Entity:N` (registries/_members.py MemberId), N the record's position.
export const userId = (world: World, name: string) =>
  btoa(`User:${world.listUsers().findIndex((u) => u.name === name) + 1}`);
export const teamId = (world: World, name: string) =>
  btoa(`Entity:${world.listEntities().findIndex((e) => e.name === name) + 1}`);

function decodeMember(world: World, id: string, kind: 'User' | 'Entity'): string {
  let parts: string[] = [];
  try {
    parts = atob(id).split(':');
  } catch {
    // not base64: unknown below
  }
  const i = Number(parts[1]) - 1;
  const name =
    parts[0] !== kind
      ? undefined
      : kind === 'User'
        ? world.listUsers()[i]?.name
        : world.listEntities()[i]?.name;
  if (!name) throw new SimError('wandb.errors.CommError', msg.unknownMember(id), 'wrong-argument');
  return name;
}

/** The registry a member mutation names, checked for its admin. */
function adminRegistry(world: World, projectId: string): ProjectRec {
  const p = registryById(world, projectId);
  if (!p)
    throw new SimError(
      'wandb.errors.CommError',
      msg.registryIdNotFound(projectId),
      'registry-not-found',
    );
  checkRegistryAdmin(world, world.viewer, p);
  return p;
}

function memberNames(world: World, p: ProjectRec, input: Record<string, unknown>) {
  const org = world.getOrgByEntityName(p.entity)!;
  const users = arr(input.userIds).map((id) => decodeMember(world, String(id), 'User'));
  const teams = arr(input.teamIds).map((id) => decodeMember(world, String(id), 'Entity'));
  for (const u of users)
    if (org.members[u] === undefined)
      throw new SimError(
        'wandb.errors.CommError',
        msg.unknownMember(userId(world, u)),
        'wrong-argument',
      );
  for (const t of teams)
    if (world.getEntity(t)?.kind !== 'team' || world.getEntity(t)?.org !== org.name)
      throw new SimError(
        'wandb.errors.CommError',
        msg.unknownMember(teamId(world, t)),
        'wrong-argument',
      );
  return { users, teams };
}

/** The member mutations: `change` applied to each user's and each team's entry, as the admin. */
function editMembers(
  world: World,
  input: Record<string, unknown>,
  change: (roles: Record<string, Role>, name: string) => void,
) {
  const p = adminRegistry(world, required(input, 'projectId'));
  const { users, teams } = memberNames(world, p, input);
  const members = { ...p.registry!.members };
  for (const u of users) change(members, u);
  const teamRoles = { ...(p.registry!.teams ?? {}) };
  for (const t of teams) change(teamRoles, t);
  world.updateRegistry(p.entity, p.name, { members, teams: teamRoles });
  return { result: { success: true } };
}

export const registryResolvers = {
  FetchRegistries: (world, v) =>
    inOrg(world, v, (entity) => {
      const regs = sorted(searchRegistries(world, entity, v.filters), v.order, registryDoc);
      const p = page(regs, (r) => r.id, v.cursor, v.perPage, 100);
      return {
        projects: {
          pageInfo: p.pageInfo,
          edges: p.slice.map((r) => ({ node: registryNode(world, r) })),
        },
      };
    }),

  FetchRegistry: (world, v) => {
    const entity = str(v.entity);
    if (!entity || !world.getEntity(entity)) return { entity: null };
    const p = world.getProject(entity, str(v.name) ?? '');
    const seen = p?.registry && registryRole(world, world.viewer, p);
    return { entity: { project: seen ? registryNode(world, p) : null } };
  },

  RegistryCollections: (world, v) =>
    inOrg(world, v, (entity) => {
      const colls = sorted(searchCollections(world, entity, v), v.order, collectionDoc);
      const p = page(colls, (c) => c.id, v.cursor, v.perPage, 100);
      return {
        artifactCollections: {
          totalCount: colls.length,
          pageInfo: p.pageInfo,
          edges: p.slice.map((c) => ({ node: collectionFragment(world, c) })),
        },
      };
    }),

  RegistryVersions: (world, v) =>
    inOrg(world, v, (entity) => {
      const ms = filtered(
        searchCollections(world, entity, v).flatMap((c) => world.listMemberships(c.id)),
        v.artifactFilter,
        (m) => versionDoc(world, m),
      );
      const p = page(ms, (m) => m.id, v.cursor, v.perPage, 100);
      const includeAliases = bool(v.includeAliases, false);
      return {
        artifactMemberships: {
          pageInfo: p.pageInfo,
          edges: p.slice.map((m) => ({ node: membershipFragment(world, m, includeAliases) })),
        },
      };
    }),

  UpsertRegistry: (world, v) => {
    const input = obj(v.input);
    const entityName = required(input, 'entityName');
    const name = required(input, 'name');
    const access = str(input.access) ?? 'PRIVATE';
    const types = arr(input.artifactTypes)
      .map((t) => str(obj(t).name))
      .filter((t) => t !== undefined);
    const allowAll = bool(input.allowAllArtifactTypesInRegistry, true);
    const description = str(input.description) ?? null;
    const existing = world.getProject(entityName, name);
    if (existing?.registry) {
      checkUpdateRegistry(world, world.viewer, existing, access);
      const reg = existing.registry;
      world.updateRegistry(entityName, name, {
        description,
        visibility: access === 'RESTRICTED' ? 'restricted' : 'organization',
        allowAllTypes: allowAll,
        acceptedTypes: [
          ...reg.acceptedTypes,
          ...types.filter((t) => !reg.acceptedTypes.includes(t)),
        ],
        updatedAt: world.source.now(),
      });
      return { upsertModel: { inserted: false, project: registryNode(world, existing) } };
    }
    checkCreateRegistry(world, world.viewer, entityName, name, access);
    const p = world.createRegistry(entityName, name, {
      visibility: access === 'RESTRICTED' ? 'restricted' : 'organization',
      acceptedTypes: [...new Set(types)],
      allowAllTypes: allowAll,
      // The creator administers the registry (DOCS create_registry.mdx).
      members: { [world.viewer]: 'admin' },
      core: false,
      description,
    });
    return { upsertModel: { inserted: true, project: registryNode(world, p) } };
  },

  RenameRegistry: (world, v) => {
    const input = obj(v.input);
    const entityName = required(input, 'entityName');
    const from = required(input, 'oldProjectName');
    const to = required(input, 'newProjectName');
    const p = world.getProject(entityName, from);
    if (!p?.registry || !registryRole(world, world.viewer, p))
      throw new SimError(
        'wandb.errors.CommError',
        msg.registryIdNotFound(from),
        'registry-not-found',
      );
    checkRegistryAdmin(world, world.viewer, p);
    if (!isRegistryProject(to))
      throw new SimError('wandb.errors.CommError', msg.notRegistryName(to), 'registry-name');
    const renamed = world.renameProject(entityName, from, to);
    if (!renamed)
      throw new SimError(
        'wandb.errors.CommError',
        msg.registryExists(registryNameOf(to)),
        'registry-exists',
      );
    return { renameProject: { inserted: false, project: registryNode(world, renamed) } };
  },

  DeleteRegistry: (world, v) => {
    const p = registryById(world, required(v, 'id'));
    if (!p) return { deleteModel: { success: false } };
    checkDeleteRegistry(world, world.viewer, p);
    world.deleteProject(p.entity, p.name);
    return { deleteModel: { success: true } };
  },

  RegistryUserMembers: (world, v) => {
    const p = world.getProject(required(v, 'entity'), required(v, 'project'));
    if (!p?.registry || !registryRole(world, world.viewer, p)) return { project: null };
    return {
      project: {
        members: Object.entries(p.registry.members).map(([name, role]) => ({
          id: userId(world, name),
          name,
          username: name,
          email: null,
          role: { name: role },
        })),
      },
    };
  },

  RegistryTeamMembers: (world, v) => {
    const p = world.getProject(required(v, 'entity'), required(v, 'project'));
    if (!p?.registry || !registryRole(world, world.viewer, p)) return { project: null };
    return {
      project: {
        teamMembers: Object.entries(p.registry.teams ?? {}).map(([name, role]) => ({
          team: { __typename: 'Entity' as const, id: teamId(world, name), name, isTeam: true },
          role: { name: role },
        })),
      },
    };
  },

  CreateRegistryMembers: (world, v) =>
    // A new member gets Restricted Viewer (facts §2: multi-tenant, server 0.75+); a member
    // already listed keeps their role.
    editMembers(world, obj(v.input), (roles, name) => {
      roles[name] ??= 'restricted_viewer';
    }),

  DeleteRegistryMembers: (world, v) =>
    editMembers(world, obj(v.input), (roles, name) => {
      delete roles[name];
    }),

  UpdateUserRegistryRole: (world, v) => {
    const input = obj(v.input);
    const role = checkRole(required(input, 'userProjectRole'));
    return editMembers(
      world,
      { projectId: input.projectId, userIds: [required(input, 'userId')] },
      (roles, name) => {
        roles[name] = role;
      },
    );
  },

  UpdateTeamRegistryRole: (world, v) => {
    const input = obj(v.input);
    const role = checkRole(required(input, 'teamProjectRole'));
    return editMembers(
      world,
      { projectId: input.projectId, teamIds: [required(input, 'teamId')] },
      (roles, name) => {
        roles[name] = role;
      },
    );
  },
} satisfies ResolversOf<typeof ops>;
