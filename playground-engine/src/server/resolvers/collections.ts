import type * as ops from '../../protocol/collections';
import type { ArtifactTypeFragment, CollectionFragment } from '../../protocol/collections';
import type { PageInfo } from '../../protocol/files';
import type { CollectionRec } from '../../world/types';
import type { World } from '../../world/world';
import { required, str } from '../decode';
import {
  aliasRefs,
  artifactFragment,
  collectionRef,
  collectionTypename,
  projectRef,
} from '../fragments';
import type { ResolversOf } from '../resolver';
import { visibleProject } from '../visibility';

/** One page of `items` after the cursor (the previous page's last key). */
export function page<T>(
  items: T[],
  key: (t: T) => string,
  cursor: unknown,
  perPage: unknown,
  dflt: number,
) {
  const after = str(cursor);
  const start = after ? items.findIndex((t) => key(t) === after) + 1 : 0;
  const n = typeof perPage === 'number' && perPage > 0 ? perPage : dflt;
  const slice = items.slice(start, start + n);
  const pageInfo: PageInfo = {
    __typename: 'PageInfo',
    endCursor: slice.length ? key(slice[slice.length - 1]) : null,
    hasNextPage: start + n < items.length,
  };
  return { slice, pageInfo };
}

export function collectionFragment(world: World, c: CollectionRec): CollectionFragment {
  const p = projectRef(world, c.entity, c.project);
  return {
    __typename: collectionTypename(c),
    id: c.id,
    name: c.name,
    description: c.description,
    createdAt: c.createdAt,
    updatedAt: null,
    project: { id: p.id, internalId: p.internalId, name: c.project, entity: { name: c.entity } },
    type: { name: c.type },
    // Collection tags are not simulated (ASSUMPTIONS.md).
    tags: { edges: [] },
  };
}

/** The project's collections of one type, oldest first, when the viewer can see the project. */
function collectionsOfType(world: World, entity: string, project: string, type: string) {
  if (!visibleProject(world, entity, project)) return undefined;
  return world.listCollections(entity, project).filter((c) => c.type === type);
}

/**
 * The types a project knows: a registry's accepted types, then every type its collections
 * hold, by first appearance (ASSUMPTIONS.md: types are not records of their own here).
 */
export function projectTypes(world: World, entity: string, project: string): string[] {
  const p = world.getProject(entity, project)!;
  const names = [...(p.registry?.acceptedTypes ?? [])];
  for (const c of world.listCollections(entity, project)) {
    if (!names.includes(c.type)) names.push(c.type);
  }
  return names;
}

/**
 * `project { artifactType(name: type) { artifactCollection(name) } }`: the collection, or the
 * response the server gives when the project (null project) or the type (null artifactType) is missing.
 */
function typedCollection(
  world: World,
  v: Record<string, unknown>,
  nameVar: 'name' | 'collection',
): { missing: { project: null } | { project: { artifactType: null } } } | { c?: CollectionRec } {
  const entity = required(v, 'entity');
  const project = required(v, 'project');
  const type = required(v, 'type');
  const of = collectionsOfType(world, entity, project, type);
  if (!of) return { missing: { project: null } };
  if (!projectTypes(world, entity, project).includes(type))
    return { missing: { project: { artifactType: null } } };
  return { c: of.find((x) => x.name === required(v, nameVar)) };
}

export const collectionResolvers = {
  ProjectArtifactCollection: (world, v) => {
    const found = typedCollection(world, v, 'name');
    if ('missing' in found) return found.missing;
    const { c } = found;
    return {
      project: { artifactType: { artifactCollection: c ? collectionFragment(world, c) : null } },
    };
  },

  ArtifactTypeArtifactCollections: (world, v) => {
    const entity = required(v, 'entity');
    const project = required(v, 'project');
    const type = required(v, 'type');
    const of = collectionsOfType(world, entity, project, type);
    if (!of) return { project: null };
    if (!projectTypes(world, entity, project).includes(type))
      return { project: { artifactType: null } };
    const p = page(of, (c) => c.id, v.cursor, v.perPage, 50);
    return {
      project: {
        artifactType: {
          artifactCollections: {
            totalCount: of.length,
            pageInfo: p.pageInfo,
            edges: p.slice.map((c) => ({ node: collectionFragment(world, c) })),
          },
        },
      },
    };
  },

  ArtifactCollectionAliases: (world, v) => {
    const c = world.getCollection(required(v, 'id'));
    if (!c || !visibleProject(world, c.entity, c.project)) return { artifactCollection: null };
    // The collection's aliases: each version's stored aliases (no implied vN), version order.
    const refs = world
      .listMemberships(c.id)
      .flatMap((m) => aliasRefs(m).filter((r) => r.alias !== `v${m.versionIndex}`));
    const p = page(refs, (r) => r.id, v.cursor, v.perPage, 1000);
    return {
      artifactCollection: {
        __typename: collectionTypename(c),
        aliases: { pageInfo: p.pageInfo, edges: p.slice.map((node) => ({ node })) },
      },
    };
  },

  ProjectArtifactTypes: (world, v) => {
    const entity = required(v, 'entity');
    const project = required(v, 'project');
    const proj = visibleProject(world, entity, project);
    if (!proj) return { project: null };
    const types: ArtifactTypeFragment[] = projectTypes(world, entity, project).map((name) => ({
      __typename: 'ArtifactType',
      id: btoa(`ArtifactType:${entity}/${project}/${name}`),
      name,
      description: null,
      createdAt: proj.createdAt,
    }));
    const p = page(types, (t) => t.id, v.cursor, v.perPage, 50);
    return {
      project: {
        artifactTypes: { edges: p.slice.map((node) => ({ node })), pageInfo: p.pageInfo },
      },
    };
  },

  ProjectArtifacts: (world, v) => {
    const found = typedCollection(world, v, 'collection');
    if ('missing' in found) return found.missing;
    const { c } = found;
    if (!c) return { project: { artifactType: { artifactCollection: null } } };
    // Ascending by version index unless the order starts with '-' (test_artifacts_order).
    const members = [...world.listMemberships(c.id)].sort(
      (a, b) => a.versionIndex - b.versionIndex,
    );
    if ((str(v.order) ?? '').startsWith('-')) members.reverse();
    const p = page(members, (m) => m.id, v.cursor, v.perPage, 50);
    const includeAliases = v.includeAliases !== false;
    return {
      project: {
        artifactType: {
          artifactCollection: {
            __typename: collectionTypename(c),
            artifacts: {
              totalCount: members.length,
              pageInfo: p.pageInfo,
              edges: p.slice.map((m) => ({
                version: `v${m.versionIndex}`,
                node: {
                  ...artifactFragment(world, m.artifactId, false),
                  // The version's aliases in this collection (a link's own, not its source's).
                  ...(includeAliases
                    ? {
                        aliases: aliasRefs(m).map((r) => ({
                          ...r,
                          artifactCollection: collectionRef(world, c),
                        })),
                      }
                    : {}),
                },
              })),
            },
          },
        },
      },
    };
  },
} satisfies ResolversOf<typeof ops>;
