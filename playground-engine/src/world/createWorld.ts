// Builds a World from a WorldSeed. Seeds are data written by people, so every reference
// (users, orgs, registries) is checked and a bad one is named in the error.
import { SimError } from '../errors/simError';
import { registryProject } from '../paths/targetPath';
import { docsSeed } from './docsSeed';
import { manifestDigest, orgEntitySuffix } from './deterministic';
import type { RegistryRec, Role, WorldSeed } from './types';
import { DEFAULT_SDK_VERSION, isSdkVersion } from './sdkVersion';
import { World } from './world';

const CORE_REGISTRIES: Record<string, string> = { model: 'model', dataset: 'dataset' };

/** The registries every org starts with (Models, Datasets), each preconfigured with its type. */
export function coreRegistries(): [string, RegistryRec][] {
  return Object.entries(CORE_REGISTRIES).map(([name, type]) => [
    name,
    {
      visibility: 'organization',
      acceptedTypes: [type],
      allowAllTypes: false,
      members: {},
      core: true,
    },
  ]);
}

function bad(what: string): never {
  throw new SimError('ValueError', `Invalid world seed: ${what}`, 'wrong-argument');
}

export function createWorld(seed: WorldSeed = docsSeed): World {
  if (!seed || typeof seed !== 'object') bad(`expected an object, got ${JSON.stringify(seed)}`);
  const world = new World(seed.viewer, seed.env ?? {}, seed.randomSeed ?? 1);
  if (seed.sdkVersion !== undefined) {
    if (!isSdkVersion(seed.sdkVersion))
      bad(
        `sdkVersion: ${JSON.stringify(seed.sdkVersion)} is not a version like '${DEFAULT_SDK_VERSION}'`,
      );
    world.sdkVersion = seed.sdkVersion;
  }
  const users = new Set<string>();
  for (const u of seed.users ?? []) {
    if (!u?.name) bad(`users: every user needs a name, got ${JSON.stringify(u)}`);
    if (users.has(u.name)) bad(`users: duplicate user '${u.name}'`);
    users.add(u.name);
  }
  if (!users.has(seed.viewer)) bad(`viewer '${seed.viewer}' is not one of the users`);
  const needUser = (name: string, where: string) => {
    if (!users.has(name)) bad(`${where}: unknown user '${name}' (users: ${[...users].join(', ')})`);
  };
  const teamNames = new Set((seed.orgs ?? []).flatMap((o) => (o.teams ?? []).map((t) => t.name)));

  for (const u of seed.users) {
    world.addUser({ name: u.name, defaultEntity: u.defaultEntity ?? u.name });
    world.addEntity({ name: u.name, kind: 'user', members: {} });
  }

  for (const org of seed.orgs ?? []) {
    if (!org?.name) bad(`orgs: every org needs a name, got ${JSON.stringify(org)}`);
    if (world.getOrg(org.name)) bad(`orgs: duplicate org '${org.name}'`);
    const entityName =
      org.entityName ??
      (teamNames.has(org.name) ? `${org.name}_${orgEntitySuffix(org.name)}` : org.name);
    const members: Record<string, 'admin' | 'member'> = {};
    for (const m of org.members ?? []) {
      needUser(m.user, `orgs['${org.name}'].members`);
      members[m.user] = m.role ?? 'member';
    }
    world.addOrg({ name: org.name, entityName, members });
    if (world.getEntity(entityName))
      bad(`orgs['${org.name}']: entity name '${entityName}' is already taken`);
    world.addEntity({ name: entityName, kind: 'org', org: org.name, members: {} });

    for (const team of org.teams ?? []) {
      if (world.getEntity(team.name))
        bad(`orgs['${org.name}'].teams: entity name '${team.name}' is already taken`);
      const tm: Record<string, Role> = {};
      for (const m of team.members ?? []) {
        needUser(m.user, `teams['${team.name}'].members`);
        tm[m.user] = m.role ?? 'member';
      }
      world.addEntity({ name: team.name, kind: 'team', org: org.name, members: tm });
    }

    const regs = new Map<string, RegistryRec & { collections: { name: string; type: string }[] }>();
    for (const [name, reg] of coreRegistries()) regs.set(name, { ...reg, collections: [] });
    for (const r of org.registries ?? []) {
      if (!r?.name) bad(`orgs['${org.name}'].registries: every registry needs a name`);
      const members: Record<string, Role> = {};
      for (const m of r.members ?? []) {
        needUser(m.user, `registries['${r.name}'].members`);
        members[m.user] = m.role;
      }
      const core = regs.get(r.name);
      if (core?.core) {
        // Core registries: admins may add types and members; preconfigured types stay.
        for (const t of r.acceptedTypes ?? [])
          if (!core.acceptedTypes.includes(t)) core.acceptedTypes.push(t);
        Object.assign(core.members, members);
        core.collections.push(...(r.collections ?? []));
        if (r.protectedAliases) core.protectedAliases = [...r.protectedAliases];
        continue;
      }
      if (core) bad(`orgs['${org.name}'].registries: duplicate registry '${r.name}'`);
      regs.set(r.name, {
        visibility: r.visibility ?? 'organization',
        acceptedTypes: [...(r.acceptedTypes ?? [])],
        allowAllTypes: !r.acceptedTypes || r.acceptedTypes.length === 0,
        members,
        core: false,
        collections: [...(r.collections ?? [])],
        ...(r.protectedAliases ? { protectedAliases: [...r.protectedAliases] } : {}),
        ...(r.description !== undefined ? { description: r.description } : {}),
      });
    }
    for (const [name, { collections, ...reg }] of regs) {
      const project = registryProject(name);
      world.createRegistry(entityName, project, reg);
      for (const c of collections) world.createPortfolio(entityName, project, c.name, c.type);
    }
  }

  for (const [i, p] of (seed.projects ?? []).entries()) {
    if (!world.getEntity(p.entity)) bad(`projects[${i}]: unknown entity '${p.entity}'`);
    world.ensureProject(p.entity, p.name);
  }
  seedArtifacts(world, seed);
  return world;
}

function seedArtifacts(world: World, seed: WorldSeed): void {
  for (const [i, a] of (seed.artifacts ?? []).entries()) {
    const where = `artifacts[${i}]`;
    if (!world.getEntity(a.entity)) bad(`${where}: unknown entity '${a.entity}'`);
    const run = world.createRun({ entity: a.entity, project: a.project, jobType: 'seed' });
    const files = a.files ?? { [`${a.name}.txt`]: `${a.name}` };
    const { artifact } = world.logVersion({
      entity: a.entity,
      project: a.project,
      name: a.name,
      type: a.type,
      digest: manifestDigest(files),
      files,
      metadata: a.metadata,
      aliases: a.aliases,
      runId: run.id,
    });
    world.finishRun(run.id);
    for (const link of a.links ?? []) {
      const entity = world.getEntity(a.entity)!;
      const org = link.org
        ? (world.getOrg(link.org) ?? world.getOrgByEntityName(link.org))
        : entity.org
          ? world.getOrg(entity.org)
          : undefined;
      if (!org)
        bad(`${where}.links: cannot tell which org '${link.registry}' belongs to (set org)`);
      const project = registryProject(link.registry);
      if (!world.getProject(org.entityName, project)?.registry) {
        bad(`${where}.links: org '${org.name}' has no registry '${link.registry}'`);
      }
      world.link({
        artifactId: artifact.id,
        entity: org.entityName,
        project,
        collection: link.collection,
        type: a.type,
        aliases: link.aliases ?? [],
      });
    }
  }
}
