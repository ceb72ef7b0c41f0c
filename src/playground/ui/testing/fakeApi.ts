// Test double of RegistryUiApi for UI-behaviour tests (keyboard, focus, paging, steps).
// It decides nothing: every link succeeds unless a test queues a server error. Server rules
// are tested against the real engine in *.engine.test.tsx files.
import type { ErrorCode } from 'playground-engine/paths';
import type {
  RegistryUiApi,
  UiArtifact,
  UiArtifactVersion,
  UiCollection,
  UiEntity,
  UiLinkRef,
  UiMembership,
  UiRegistry,
} from '../api';

export interface FakeData {
  registries: UiRegistry[];
  collections: Record<string, UiCollection[]>; // key `${orgEntity}/${registry}`
  memberships: Record<string, UiMembership[]>; // key `${orgEntity}/${registry}/${collection}`
  entities: UiEntity[];
  projects: Record<string, string[]>;
  artifacts: Record<string, UiArtifact[]>; // key `${entity}/${project}`
  versions: Record<string, UiArtifactVersion[]>; // key `${entity}/${project}/${name}`
}

export function createFakeApi(data: FakeData) {
  const listeners = new Set<() => void>();
  const calls: { op: string; args: unknown[] }[] = [];
  let queuedError: Error | null = null;
  const links: { artifactId: string; ref: UiLinkRef }[] = [];
  const api: RegistryUiApi = {
    viewer: async () => ({ name: 'alice' }),
    listRegistries: async () => data.registries,
    listCollections: async (o, r) => data.collections[`${o}/${r}`] ?? [],
    collectionVersions: async (o, r, c) => data.memberships[`${o}/${r}/${c}`] ?? [],
    listEntities: async () => data.entities,
    listProjects: async (e) => data.projects[e] ?? [],
    listArtifacts: async (e, p) => data.artifacts[`${e}/${p}`] ?? [],
    artifactVersions: async (e, p, a) => data.versions[`${e}/${p}/${a}`] ?? [],
    versionLinks: async (id) => links.filter((l) => l.artifactId === id).map((l) => l.ref),
    link: async (input) => {
      calls.push({ op: 'link', args: [input] });
      if (queuedError) {
        const e = queuedError;
        queuedError = null;
        throw e;
      }
      const key = `${input.orgEntityName}/${input.registry}`;
      if (!data.collections[key]) data.collections[key] = [];
      const list = data.collections[key];
      let coll = list.find((c) => c.name === input.collection);
      if (!coll) {
        coll = { name: input.collection, type: 'model', versionCount: 0, latest: null };
        list.push(coll);
      }
      const versionIndex = coll.versionCount;
      coll.versionCount += 1;
      coll.latest = `v${versionIndex}`;
      links.push({
        artifactId: input.artifactId,
        ref: {
          orgEntityName: input.orgEntityName,
          registry: input.registry,
          collection: input.collection,
          versionIndex,
        },
      });
      for (const l of listeners) l();
      return { versionIndex, aliases: [...input.aliases, 'latest'] };
    },
  };
  return {
    api,
    calls,
    subscribe: (fn: () => void) => {
      listeners.add(fn);
      return () => {
        listeners.delete(fn);
      };
    },
    /** The next link fails as the engine's refusal `code` would, with the server's `message`. */
    failNextLink(message: string, code: ErrorCode, pyType = 'wandb.errors.CommError') {
      queuedError = Object.assign(new Error(message), { pyType, code });
    },
  };
}
