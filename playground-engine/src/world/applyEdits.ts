// applyWorldEdits: a reader's setup changes on a LIVE world. Everything already logged
// stays; each edit emits events so the inspector, UIs and network log follow. The list is
// checked on a copy first, so a bad edit is refused whole and the world is left unchanged.
import { registryProject } from '../paths/targetPath';
import { coreRegistries } from './createWorld';
import { editError, parseWorldEdits, type WorldEdit } from './edits';
import type { OrgRec, Role } from './types';
import { World } from './world';

/** Something an edit decided that its author did not spell out (today: a suffixed org). */
export interface WorldEditNote {
  index: number;
  kind: 'org-entity-suffixed';
  org: string;
  entityName: string;
  message: string;
}

const SUFFIX_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The ORG_ENTITY_NAME W&B gives an org whose name an entity already has: `name_` plus 9
 * characters (the docs' example: `reviewco_XYZ123456`), drawn from the world's deterministic
 * source so a replay gives the same name.
 */
function suffixedEntityName(world: World, name: string): string {
  let s = '';
  for (let i = 0; i < 9; i++)
    s += SUFFIX_CHARS[Math.floor(world.source.next() * SUFFIX_CHARS.length)];
  return `${name}_${s}`;
}

/**
 * Applies `edits` in order. Throws a ValueError naming the edit and field, before changing
 * anything, when any edit is malformed or refers to something that does not exist.
 */
export function applyWorldEdits(world: World, edits: readonly WorldEdit[]): WorldEditNote[] {
  const parsed = parseWorldEdits(edits);
  // Dry run on a copy (same deterministic state, so the same names come out).
  applyAll(World.restore(world.snapshot()), parsed);
  return applyAll(world, parsed);
}

function applyAll(world: World, edits: readonly WorldEdit[]): WorldEditNote[] {
  const notes: WorldEditNote[] = [];
  edits.forEach((edit, index) => {
    const note = applyOne(world, edit, index);
    if (note) notes.push(note);
    world.setupChanged(edit.kind);
  });
  return notes;
}

function applyOne(world: World, edit: WorldEdit, index: number): WorldEditNote | undefined {
  const fail = (what: string): never => {
    throw editError(index, edit, what);
  };
  const user = (name: string | undefined, field = 'user') => {
    const n = name ?? world.viewer;
    if (!world.getUser(n))
      fail(
        `${field}: unknown user '${n}' (users: ${world
          .listUsers()
          .map((u) => u.name)
          .join(', ')})`,
      );
    return n;
  };
  const org = (name: string): OrgRec =>
    world.getOrg(name) ??
    world.getOrgByEntityName(name) ??
    fail(
      `org: unknown org '${name}' (orgs: ${
        world
          .listOrgs()
          .map((o) => o.name)
          .join(', ') || 'none'
      })`,
    );
  const freeEntity = (name: string, field: string) => {
    const taken = world.getEntity(name);
    if (taken) fail(`${field}: the name '${name}' is already taken by a ${taken.kind}`);
  };
  const setRole = <R extends string>(members: Record<string, R>, u: string, role: R | 'none') => {
    if (role === 'none') delete members[u];
    else members[u] = role;
  };

  switch (edit.kind) {
    case 'add-org': {
      if (world.getOrg(edit.name)) fail(`name: org '${edit.name}' already exists`);
      const teams = edit.teams ?? [];
      if (new Set(teams).size !== teams.length) fail('teams: a team is listed twice');
      for (const [i, t] of teams.entries()) freeEntity(t, `teams.${i}`);
      let entityName = edit.entityName ?? edit.name;
      let note: WorldEditNote | undefined;
      if (edit.entityName !== undefined) {
        freeEntity(edit.entityName, 'entityName');
        if (teams.includes(edit.entityName))
          fail(`entityName: '${edit.entityName}' is also one of its teams`);
      } else {
        const holder = teams.includes(edit.name) ? 'team' : world.getEntity(edit.name)?.kind;
        if (holder) {
          entityName = suffixedEntityName(world, edit.name);
          note = {
            index,
            kind: 'org-entity-suffixed',
            org: edit.name,
            entityName,
            message: `A ${holder} is already named '${edit.name}', so the org's ORG_ENTITY_NAME is '${entityName}' (use it, or the display name '${edit.name}', as the first part of a registry path).`,
          };
        }
      }
      const role = edit.viewerRole ?? 'member';
      world.addOrg({
        name: edit.name,
        entityName,
        members: role === 'none' ? {} : { [world.viewer]: role },
      });
      world.addEntity({ name: entityName, kind: 'org', org: edit.name, members: {} });
      for (const t of teams) {
        const members: Record<string, Role> = role === 'none' ? {} : { [world.viewer]: 'member' };
        world.addEntity({ name: t, kind: 'team', org: edit.name, members });
      }
      for (const [name, reg] of coreRegistries())
        world.createRegistry(entityName, registryProject(name), reg);
      return note;
    }
    case 'add-team': {
      const o = org(edit.org);
      freeEntity(edit.name, 'name');
      const role = edit.viewerRole ?? 'member';
      const members: Record<string, Role> = role === 'none' ? {} : { [world.viewer]: role };
      world.addEntity({ name: edit.name, kind: 'team', org: o.name, members });
      return;
    }
    case 'add-user': {
      if (world.getUser(edit.name)) fail(`name: user '${edit.name}' already exists`);
      freeEntity(edit.name, 'name');
      if (
        edit.defaultEntity !== undefined &&
        edit.defaultEntity !== edit.name &&
        !world.getEntity(edit.defaultEntity)
      )
        fail(`defaultEntity: unknown entity '${edit.defaultEntity}'`);
      world.addUser({ name: edit.name, defaultEntity: edit.defaultEntity ?? edit.name });
      world.addEntity({ name: edit.name, kind: 'user', members: {} });
      return;
    }
    case 'set-viewer':
      world.viewer = user(edit.name, 'name');
      return;
    case 'set-team-role': {
      const u = user(edit.user);
      const team = world.getEntity(edit.team);
      if (team?.kind !== 'team') fail(`team: '${edit.team}' is not a team`);
      setRole(team!.members, u, edit.role);
      return;
    }
    case 'set-registry-role': {
      const u = user(edit.user);
      const o = org(edit.org);
      const project = world.getProject(o.entityName, registryProject(edit.registry));
      if (!project?.registry) fail(`registry: org '${o.name}' has no registry '${edit.registry}'`);
      const members = { ...project!.registry!.members };
      setRole(members, u, edit.role);
      world.updateRegistry(o.entityName, project!.name, { members });
      return;
    }
    case 'set-org-role': {
      const u = user(edit.user);
      setRole(org(edit.org).members, u, edit.role);
      return;
    }
    case 'add-registry': {
      const o = org(edit.org);
      const projectName = registryProject(edit.name);
      if (world.getProject(o.entityName, projectName))
        fail(`name: org '${o.name}' already has a registry '${edit.name}'`);
      const types = [...new Set(edit.acceptedTypes ?? [])];
      world.createRegistry(o.entityName, projectName, {
        visibility: edit.visibility ?? 'organization',
        acceptedTypes: types,
        allowAllTypes: types.length === 0,
        members: edit.viewerRole ? { [world.viewer]: edit.viewerRole } : {},
        core: false,
      });
      return;
    }
    case 'add-project': {
      if (!world.getEntity(edit.entity)) fail(`entity: unknown entity '${edit.entity}'`);
      if (world.getProject(edit.entity, edit.name))
        fail(`name: project '${edit.entity}/${edit.name}' already exists`);
      world.ensureProject(edit.entity, edit.name);
      return;
    }
    case 'set-default-entity': {
      if (!world.getEntity(edit.entity)) fail(`entity: unknown entity '${edit.entity}'`);
      world.getUser(world.viewer)!.defaultEntity = edit.entity;
      return;
    }
    case 'set-sdk-version':
      world.sdkVersion = edit.version;
      return;
  }
}
