import { isRegistryProject } from '../../paths/targetPath';
import { versionEntries } from '../versionEntries';
import type * as ops from '../../protocol/ui';
import { canReadEntity } from '../../rules/server/permissions';
import { sourceOf } from '../../rules/server/linkRules';
import { required, str } from '../decode';
import { collectionRef, membershipFragment, projectRef, uiRegistryFragment } from '../fragments';
import type { ResolversOf } from '../resolver';
import { visibleProject } from '../visibility';

export const uiResolvers = {
  UiEntities: (world) => {
    const u = world.getUser(world.viewer)!;
    return {
      viewer: {
        username: u.name,
        entity: u.defaultEntity,
        personalEntity: u.name,
        teams: world
          .teamsOfUser(u.name)
          .map((t) => ({ name: t.name, org: t.org ?? null, role: t.members[u.name] })),
      },
    };
  },

  UiRegistries: (world, v) => {
    const filter = str(v.organization);
    const organizations = world
      .orgsOfUser(world.viewer)
      .filter((o) => !filter || filter === o.name || filter === o.entityName)
      .map((o) => ({
        name: o.name,
        orgEntity: {
          name: o.entityName,
          projects: {
            edges: world
              .listProjects(o.entityName)
              .map((p) => uiRegistryFragment(world, p, world.viewer))
              .filter((r) => r !== null)
              .map((node) => ({ node })),
          },
        },
      }));
    return { viewer: { organizations } };
  },
  UiRegistryCollections: (world, v) => {
    const entity = required(v, 'entity');
    const project = required(v, 'project');
    const p = visibleProject(world, entity, project);
    const registry = p && uiRegistryFragment(world, p, world.viewer);
    if (!p || !registry) return { project: null };
    const edges = world.listCollections(entity, project).map((c) => ({
      node: {
        id: c.id,
        name: c.name,
        type: c.type,
        versionCount: world.membershipCount(c.id),
        latestVersionIndex: world.findMembership(c.id, 'latest')?.versionIndex ?? null,
        createdAt: c.createdAt,
      },
    }));
    return { project: { ...registry, artifactCollections: { edges } } };
  },

  UiCollectionVersions: (world, v) => {
    const entity = required(v, 'entity');
    const project = required(v, 'project');
    if (!visibleProject(world, entity, project)) return { project: null };
    const c = world.findCollection(entity, project, required(v, 'collection'));
    if (!c) return { project: { artifactCollection: null } };
    const edges = world.listMemberships(c.id).map((m) => ({ node: membershipFragment(world, m) }));
    return {
      project: {
        artifactCollection: {
          ...collectionRef(world, c),
          type: c.type,
          artifactMemberships: { edges },
        },
      },
    };
  },

  UiProjects: (world, v) => {
    const entity = required(v, 'entity');
    if (!canReadEntity(world, world.viewer, entity)) return { entity: null };
    const edges = world
      .listProjects(entity)
      .filter((p) => !isRegistryProject(p.name))
      .map((p) => ({ node: { id: p.id, name: p.name, createdAt: p.createdAt } }));
    return { entity: { name: entity, projects: { edges } } };
  },

  UiProjectArtifacts: (world, v) => {
    const entity = required(v, 'entity');
    const project = required(v, 'project');
    if (!visibleProject(world, entity, project)) return { project: null };
    const byType = new Map<string, { id: string; name: string; versionCount: number }[]>();
    for (const c of world.listCollections(entity, project)) {
      if (c.kind !== 'sequence') continue;
      const list = byType.get(c.type) ?? [];
      list.push({ id: c.id, name: c.name, versionCount: world.membershipCount(c.id) });
      byType.set(c.type, list);
    }
    const edges = [...byType].map(([name, cols]) => ({
      node: { name, artifactCollections: { edges: cols.map((node) => ({ node })) } },
    }));
    return { project: { ...projectRef(world, entity, project), artifactTypes: { edges } } };
  },

  UiArtifactFiles: (world, v) => {
    const id = required(v, 'artifactID');
    const a = world.getArtifact(id);
    if (!a) return { artifact: null };
    const src = sourceOf(world, id);
    const readable =
      canReadEntity(world, world.viewer, src.entity) ||
      world.linksOfArtifact(id).some((m) => {
        const c = world.getCollection(m.collectionId)!;
        return visibleProject(world, c.entity, c.project);
      });
    if (!readable) return { artifact: null };
    const edges = versionEntries(a).map((e) => ({
      node: { name: e.name, content: e.content ?? '', ref: e.ref ?? null },
    }));
    return { artifact: { id, files: { edges } } };
  },
} satisfies ResolversOf<typeof ops>;
