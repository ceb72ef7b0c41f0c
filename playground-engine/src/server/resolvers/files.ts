import type * as ops from '../../protocol/files';
import type { FileFragment, MembershipPath, PageInfo } from '../../protocol/files';
import type { ArtifactRec, CollectionRec } from '../../world/types';
import type { World } from '../../world/world';
import { required, str } from '../decode';
import { collectionTypename } from '../fragments';
import type { ResolversOf } from '../resolver';
import { type VersionEntry, versionEntries, versionEntryNames } from '../versionEntries';
import { visibleProject } from '../visibility';

/** Text only: the playground never fetches it (ASSUMPTIONS.md). */
const STORAGE = 'https://api.wandb.ai/artifactsV2/default';

/** The membership a path names, when its project is visible to the viewer. */
function membershipAt(world: World, v: { readonly [K in keyof MembershipPath]?: unknown }) {
  const entity = required(v, 'entity');
  const project = required(v, 'project');
  if (!visibleProject(world, entity, project)) return null;
  const c = world.findCollection(entity, project, required(v, 'collection'));
  if (!c) return null;
  const m = world.findMembership(c.id, required(v, 'alias'));
  const artifact = m ? world.getArtifact(m.artifactId) : undefined;
  return { collection: c, artifact: artifact ?? null };
}

/** `project { artifactCollection { artifactMembership } }` around one version's result. */
const inCollection = <M>(c: CollectionRec, artifactMembership: M) => ({
  project: { artifactCollection: { __typename: collectionTypename(c), artifactMembership } },
});

/** A page of the version's files, sorted by name, after the cursor (the name before it). */
function page(a: ArtifactRec, cursor: unknown, perPage: unknown, names?: unknown) {
  let all = versionEntryNames(a);
  if (Array.isArray(names)) all = all.filter((n) => names.includes(n));
  const after = str(cursor);
  const start = after ? all.indexOf(after) + 1 : 0;
  const n = typeof perPage === 'number' && perPage > 0 ? perPage : all.length || 1;
  const slice = all.slice(start, start + n);
  const pageInfo: PageInfo = {
    __typename: 'PageInfo',
    endCursor: slice.length ? slice[slice.length - 1] : null,
    hasNextPage: start + n < all.length,
  };
  return { total: all.length, slice, pageInfo };
}

/** A made-up storage URL: text only, the playground never fetches it. */
const directUrl = (a: ArtifactRec, name: string) =>
  `${STORAGE}/${encodeURIComponent(a.id)}/${encodeURIComponent(name)}`;

/** A reference entry's URL is its URI (nothing was uploaded; ASSUMPTIONS.md). */
const entryUrl = (a: ArtifactRec, e: VersionEntry) => e.ref ?? directUrl(a, e.name);

/** The version's entries by name, for the page's lookups. */
const entriesByName = (a: ArtifactRec) => new Map(versionEntries(a).map((e) => [e.name, e]));

/** Enough of the extension's type for the File fragment; files are text here. */
function mimetype(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const known: Record<string, string> = {
    txt: 'text/plain',
    json: 'application/json',
    yaml: 'application/x-yaml',
    yml: 'application/x-yaml',
    csv: 'text/csv',
    md: 'text/markdown',
    py: 'text/x-python',
  };
  return name.includes('.')
    ? (known[ext] ?? 'application/octet-stream')
    : 'application/octet-stream';
}

/**
 * ArtifactManifestV1 as wandb-core writes it (wandb-storage-policy-v1): files carry their
 * birth artifact; reference entries carry `ref` (and `extra`) and a size only when known.
 */
export function manifestJson(a: ArtifactRec): string {
  const contents: Record<string, Record<string, unknown>> = {};
  for (const e of versionEntries(a)) {
    contents[e.name] = e.ref
      ? {
          digest: e.digest,
          ref: e.ref,
          ...(e.size === null ? {} : { size: e.size }),
          ...(e.extra ? { extra: e.extra } : {}),
        }
      : { digest: e.digest, birthArtifactID: a.id, size: e.size };
  }
  return JSON.stringify({
    version: 1,
    storagePolicy: 'wandb-storage-policy-v1',
    storagePolicyConfig: { storageLayout: 'V2' },
    contents,
  });
}

export const fileResolvers = {
  FetchArtifactManifest: (world, v) => {
    const a = world.getArtifact(required(v, 'id'));
    if (!a) return { artifact: null };
    const seq = world.getCollection(a.sequenceId);
    if (!seq || !visibleProject(world, seq.entity, seq.project)) return { artifact: null };
    return {
      artifact: {
        currentManifest: {
          file: { directUrl: directUrl(a, 'wandb_manifest.json') },
          contents: manifestJson(a),
        },
      },
    };
  },

  GetArtifactMembershipFileUrls: (world, v) => {
    const at = membershipAt(world, v);
    if (!at) return { project: null };
    const a = at.artifact;
    if (!a) return inCollection(at.collection, null);
    const p = page(a, v.cursor, v.perPage);
    const byName = entriesByName(a);
    return inCollection(at.collection, {
      files: {
        pageInfo: p.pageInfo,
        edges: p.slice.map((name) => {
          const e = byName.get(name)!;
          return { node: { name, directUrl: entryUrl(a, e), content: e.content ?? '' } };
        }),
      },
    });
  },

  ArtifactMembershipFiles: (world, v) => {
    const at = membershipAt(world, v);
    if (!at) return { project: null };
    const a = at.artifact;
    if (!a) return inCollection(at.collection, null);
    const p = page(a, v.cursor, v.perPage ?? 50, v.fileNames);
    const byName = entriesByName(a);
    const node = (name: string): FileFragment => {
      const e = byName.get(name)!;
      return {
        __typename: 'File',
        id: btoa(`File:${a.id}:${name}`),
        name,
        url: entryUrl(a, e),
        sizeBytes: e.size ?? 0,
        storagePath: e.ref ?? `wandb_artifacts/${a.id}/${name}`,
        mimetype: mimetype(name),
        updatedAt: a.createdAt,
        digest: e.digest,
        md5: e.digest,
        directUrl: entryUrl(a, e),
        content: e.ref ? null : (e.content ?? ''),
      };
    };
    return inCollection(at.collection, {
      files: {
        totalCount: p.total,
        pageInfo: p.pageInfo,
        edges: p.slice.map((name) => ({ node: node(name) })),
      },
    });
  },
} satisfies ResolversOf<typeof ops>;
