// The simulated W&B backend: msw GraphQL handlers over one World. Rules live in rules/;
// handlers only decode variables, apply the rules as the logged-in viewer and shape
// responses. Rule refusals become GraphQL `errors` with the server text.
import { type GraphQLResponseBody, graphql, HttpResponse } from 'msw';
import { isSimError, SimError } from '../rules/errors';
import { editAliases, linkArtifact, sourceOf, unlinkArtifact } from '../rules/linkRules';
import { createArtifact, upsertRun } from '../rules/logRules';
import { orgInfoFromEntity } from '../rules/orgInfo';
import { canReadEntity, registryRole } from '../rules/permissions';
import { msg } from '../rules/serverMessages';
import { isRegistryProject, splitAlias } from '../rules/targetPath';
import type { ProjectRec } from '../world/types';
import type { World } from '../world/world';
import {
  artifactFragment,
  collectionRef,
  membershipFragment,
  projectRef,
  registryFragment,
} from './fragments';

export const GRAPHQL_URL = 'http://wandb.simulator/graphql';
const api = graphql.link(GRAPHQL_URL);

type Vars = Record<string, unknown>;
type Resolver = (world: World, vars: Vars) => unknown;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const bool = (v: unknown, dflt: boolean) => (typeof v === 'boolean' ? v : dflt);
const obj = (v: unknown): Vars =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Vars) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const parseJsonObject = (v: unknown): Record<string, unknown> => {
  if (typeof v !== 'string' || !v) return obj(v);
  try {
    return obj(JSON.parse(v));
  } catch {
    return {};
  }
};
const required = (vars: Vars, key: string): string => {
  const v = str(vars[key]);
  if (v === undefined)
    throw new Error(`Variable "$${key}" of required type "String!" was not provided.`);
  return v;
};

/** Can the viewer see this project at all (restricted registries are invisible)? */
function visibleProject(world: World, entity: string, project: string): ProjectRec | undefined {
  const p = world.getProject(entity, project);
  if (!p) return undefined;
  if (p.registry) return registryRole(world, world.viewer, p) ? p : undefined;
  return canReadEntity(world, world.viewer, entity) ? p : undefined;
}

const queries: Record<string, Resolver> = {
  ServerFeaturesQuery: () => ({
    serverInfo: {
      features: [{ name: 'ARTIFACT_MEMBERSHIP_IN_LINK_ARTIFACT_RESPONSE', isEnabled: true }],
    },
  }),

  Viewer: (world) => {
    const u = world.getUser(world.viewer)!;
    return {
      viewer: {
        id: btoa(`User:${u.name}`),
        username: u.name,
        entity: u.defaultEntity,
        teams: { edges: world.teamsOfUser(u.name).map((t) => ({ node: { name: t.name } })) },
      },
    };
  },

  ArtifactType: (world, v) => {
    const entity = required(v, 'entityName');
    const project = required(v, 'projectName');
    if (!visibleProject(world, entity, project)) return { project: null };
    const c = world.findCollection(entity, project, splitAlias(required(v, 'name')).collection);
    return {
      project: { artifact: c?.kind === 'sequence' ? { artifactType: { name: c.type } } : null },
    };
  },

  FetchOrgInfoFromEntity: (world, v) => orgInfoFromEntity(world, required(v, 'entity')),

  ArtifactMembershipByName: (world, v) => {
    const entity = required(v, 'entity');
    const project = required(v, 'project');
    if (!visibleProject(world, entity, project)) return { project: null };
    const { collection, alias } = splitAlias(required(v, 'name'));
    const c = world.findCollection(entity, project, collection);
    const m = c ? world.findMembership(c.id, alias ?? 'latest') : undefined;
    return {
      project: {
        ...projectRef(world, entity, project),
        artifactCollectionMembership: m
          ? membershipFragment(world, m, bool(v.includeAliases, true))
          : null,
      },
    };
  },

  FetchLinkedArtifacts: (world, v) => {
    const id = required(v, 'artifactID');
    if (!world.getArtifact(id)) return { artifact: null };
    const edges = world
      .linksOfArtifact(id)
      .filter((m) => {
        const c = world.getCollection(m.collectionId)!;
        return visibleProject(world, c.entity, c.project);
      })
      .slice(0, 500)
      .map((m) => ({ node: membershipFragment(world, m) }));
    return { artifact: { id, artifactMemberships: { edges } } };
  },

  FetchRegistries: (world, v) => {
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
              .map((p) => registryFragment(world, p, world.viewer))
              .filter((r) => r !== null)
              .map((node) => ({ node })),
          },
        },
      }));
    return { viewer: { organizations } };
  },

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

  UiRegistryCollections: (world, v) => {
    const entity = required(v, 'entity');
    const project = required(v, 'project');
    const p = visibleProject(world, entity, project);
    if (!p?.registry) return { project: null };
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
    return {
      project: { ...registryFragment(world, p, world.viewer), artifactCollections: { edges } },
    };
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
    const edges = Object.keys(a.files)
      .sort()
      .map((name) => ({ node: { name, content: a.files[name] } }));
    return { artifact: { id, files: { edges } } };
  },
};

const mutations: Record<string, Resolver> = {
  UpsertBucket: (world, v) => {
    const viewer = world.getUser(world.viewer)!;
    const before = str(v.name) ? world.getRun(str(v.name)!) : undefined;
    const state = str(v.state) === 'finished' ? 'finished' : 'running';
    const run = upsertRun(world, world.viewer, {
      id: str(v.name),
      entity: str(v.entity) || viewer.defaultEntity,
      project: str(v.project) || 'uncategorized',
      name: str(v.displayName),
      jobType: str(v.jobType),
      config: parseJsonObject(v.config),
      state,
    });
    return {
      upsertBucket: {
        bucket: {
          id: btoa(`Run:${run.id}`),
          name: run.id,
          displayName: run.name,
          state: run.state,
          project: { name: run.project, entity: { name: run.entity } },
        },
        inserted: !before,
      },
    };
  },

  CreateArtifact: (world, v) => {
    const input = obj(v.input);
    const files = parseJsonObject(input.files);
    const { artifact, deduped } = createArtifact(world, world.viewer, {
      entityName: required(input, 'entityName'),
      projectName: required(input, 'projectName'),
      artifactCollectionName: required(input, 'artifactCollectionName'),
      artifactTypeName: required(input, 'artifactTypeName'),
      digest: required(input, 'digest'),
      files: Object.fromEntries(Object.entries(files).map(([k, c]) => [k, String(c)])),
      description: str(input.description) ?? null,
      metadata: parseJsonObject(input.metadata),
      aliases: arr(input.aliases)
        .map((a) => str(obj(a).alias))
        .filter((a) => a !== undefined),
      runId: str(input.runName) ?? null,
    });
    // A new version starts PENDING until CommitArtifact; a dedup hit is COMMITTED at once.
    const frag = artifactFragment(world, artifact.id, bool(v.includeAliases, true));
    return { createArtifact: { artifact: { ...frag, state: deduped ? 'COMMITTED' : 'PENDING' } } };
  },

  CommitArtifact: (world, v) => {
    const id = required(obj(v.input), 'artifactID');
    const a = world.getArtifact(id);
    if (!a) throw new SimError('wandb.errors.CommError', msg.artifactNotFound(id));
    return { commitArtifact: { artifact: { id, digest: a.digest } } };
  },

  LinkArtifact: (world, v) => {
    const input = obj(v.input);
    const collectionName = required(input, 'artifactPortfolioName');
    const aliases = arr(input.aliases)
      .map((a) => str(obj(a).alias))
      .filter((a) => a !== undefined);
    const m = linkArtifact(world, world.viewer, {
      artifactId: required(input, 'artifactID'),
      entityName: required(input, 'entityName'),
      projectName: required(input, 'projectName'),
      collectionName,
      aliases,
    });
    return {
      result: {
        versionIndex: m.versionIndex,
        artifactMembership: membershipFragment(world, m, bool(v.includeAliases, true)),
      },
    };
  },

  UnlinkArtifact: (world, v) => {
    const input = obj(v.input);
    unlinkArtifact(
      world,
      world.viewer,
      required(input, 'artifactID'),
      required(input, 'artifactPortfolioID'),
    );
    return { result: { success: true } };
  },

  AddAliases: (world, v) => aliasEdit(world, v, 'add'),
  DeleteAliases: (world, v) => aliasEdit(world, v, 'delete'),
};

function aliasEdit(world: World, v: Vars, op: 'add' | 'delete') {
  const input = obj(v.input);
  const aliases = arr(input.aliases).map((a) => {
    const o = obj(a);
    return {
      entityName: required(o, 'entityName'),
      projectName: required(o, 'projectName'),
      artifactCollectionName: required(o, 'artifactCollectionName'),
      alias: required(o, 'alias'),
    };
  });
  editAliases(world, world.viewer, op, required(input, 'artifactID'), aliases);
  return { result: { success: true } };
}

/** The GraphQL field each operation's errors point at (`errors[].path`). */
const rootField = (operationName: string) =>
  operationName.charAt(0).toLowerCase() + operationName.slice(1);

type Body = GraphQLResponseBody<Record<string, unknown>>;

function respond(world: World, operationName: string, resolve: Resolver, vars: Vars) {
  try {
    return HttpResponse.json<Body>({ data: resolve(world, vars) as Record<string, unknown> });
  } catch (e) {
    const field = rootField(operationName);
    if (isSimError(e)) {
      return HttpResponse.json<Body>(
        { errors: [{ message: (e as Error).message, path: [field] }], data: { [field]: null } },
        { status: 400 },
      );
    }
    const text = e instanceof Error ? e.message : String(e);
    return HttpResponse.json<Body>(
      { errors: [{ message: text, path: [field] }], data: null },
      { status: 500 },
    );
  }
}

const cache = new WeakMap<World, ReturnType<typeof build>>();

// One catch-all handler that dispatches on the operation name. msw parses the request
// once per handler it tries, so one handler per operation cost ~25 GraphQL parses a request.
const resolvers: Record<string, Resolver> = { ...queries, ...mutations };

function build(world: World) {
  return [
    api.operation(({ operationName, variables }) => {
      const resolve = Object.hasOwn(resolvers, operationName)
        ? resolvers[operationName]
        : undefined;
      if (!resolve) {
        return HttpResponse.json<Body>(
          { errors: [{ message: `Unknown operation named "${operationName}".` }], data: null },
          { status: 400 },
        );
      }
      return respond(world, operationName, resolve, obj(variables));
    }),
  ];
}

/** The msw handlers for one world (built once per world). */
export function createHandlers(world: World) {
  let h = cache.get(world);
  if (!h) {
    h = build(world);
    cache.set(world, h);
  }
  return h;
}

export const OPERATION_NAMES = Object.keys(resolvers);
