import { REGISTRY_PREFIX } from 'playground-engine/paths';
import type { WorldEdit, WorldSnapshot } from 'playground-engine';

/** What the "Your setup" panel shows, read from a world snapshot (pure, so it is tested alone). */
export interface SetupView {
  viewer: string;
  sdkVersion: string;
  defaultEntity: string;
  users: string[];
  orgs: { name: string; entityName: string; role?: string }[];
  teams: { name: string; org: string; role?: string }[];
  registries: {
    org: string;
    name: string;
    visibility: string;
    /** 'any' when every type is accepted. */
    types: string[] | 'any';
    role?: string;
  }[];
}

export function setupView(world: WorldSnapshot, defaultSdkVersion: string): SetupView {
  // Snapshots come from the engine, but test fakes carry less: missing lists read as empty.
  const snapshot: WorldSnapshot = {
    ...world,
    users: world.users ?? [],
    orgs: world.orgs ?? [],
    entities: world.entities ?? [],
    projects: world.projects ?? [],
  };
  const viewer = snapshot.viewer;
  const orgByEntity = new Map(snapshot.orgs.map((o) => [o.entityName, o]));
  return {
    viewer,
    sdkVersion: snapshot.sdkVersion ?? defaultSdkVersion,
    defaultEntity: snapshot.users.find((u) => u.name === viewer)?.defaultEntity ?? viewer,
    users: snapshot.users.map((u) => u.name),
    orgs: snapshot.orgs.map((o) => ({
      name: o.name,
      entityName: o.entityName,
      role: o.members[viewer],
    })),
    teams: snapshot.entities
      .filter((e) => e.kind === 'team')
      .map((e) => ({ name: e.name, org: e.org ?? '', role: e.members[viewer] })),
    registries: snapshot.projects.flatMap((p) => {
      const org = orgByEntity.get(p.entity);
      if (!p.registry || !org || !p.name.startsWith(REGISTRY_PREFIX)) return [];
      const r = p.registry;
      return [
        {
          org: org.name,
          name: p.name.slice(REGISTRY_PREFIX.length),
          visibility: r.visibility,
          types: r.allowAllTypes && r.acceptedTypes.length === 0 ? 'any' : r.acceptedTypes,
          role: r.members[viewer],
        },
      ];
    }),
  };
}

/** One line per edit, for the import review list and the "applied" announcement. */
export function describeEdit(e: WorldEdit): string {
  switch (e.kind) {
    case 'add-org':
      return `Add org '${e.name}'${e.entityName ? ` (ORG_ENTITY_NAME '${e.entityName}')` : ''}${e.teams?.length ? ` with team${e.teams.length > 1 ? 's' : ''} ${e.teams.map((t) => `'${t}'`).join(', ')}` : ''}`;
    case 'add-team':
      return `Add team '${e.name}' to org '${e.org}'`;
    case 'add-user':
      return `Add user '${e.name}'`;
    case 'set-viewer':
      return `Log in as '${e.name}'`;
    case 'set-team-role':
      return `${e.user ?? 'You'}: ${e.role === 'none' ? 'leave' : `${e.role} in`} team '${e.team}'`;
    case 'set-registry-role':
      return `${e.user ?? 'You'}: ${e.role === 'none' ? 'leave' : `${e.role} in`} registry '${e.registry}' of '${e.org}'`;
    case 'set-org-role':
      return `${e.user ?? 'You'}: ${e.role === 'none' ? 'leave' : `${e.role} in`} org '${e.org}'`;
    case 'add-registry':
      return `Add registry '${e.name}' to org '${e.org}', accepting ${e.acceptedTypes?.length ? e.acceptedTypes.join(', ') : 'every type'}`;
    case 'add-project':
      return `Add project '${e.name}' to '${e.entity}'`;
    case 'set-default-entity':
      return `Default entity: '${e.entity}'`;
    case 'set-sdk-version':
      return `SDK version ${e.version}`;
  }
}
