import { SimError } from '../../errors/simError';
import { splitAlias } from '../../paths/targetPath';
import type * as ops from '../../protocol/artifacts';
import { msg } from '../../rules/server/serverMessages';
import {
  aliasNames,
  bool,
  obj,
  parseJsonObject,
  referenceEntries,
  required,
  str,
  tagNames,
  ttlEdit,
} from '../decode';
import { artifactFragment, membershipFragment, projectRef } from '../fragments';
import { createArtifact, mergeIncremental } from '../mutations';
import type { ResolversOf } from '../resolver';
import { visibleProject } from '../visibility';

export const artifactResolvers = {
  ArtifactType: (world, v) => {
    const entity = required(v, 'entityName');
    const project = required(v, 'projectName');
    if (!visibleProject(world, entity, project)) return { project: null };
    const c = world.findCollection(entity, project, splitAlias(required(v, 'name')).collection);
    return {
      project: { artifact: c?.kind === 'sequence' ? { artifactType: { name: c.type } } : null },
    };
  },

  CreateArtifact: (world, v) => {
    const input = obj(v.input);
    const files = parseJsonObject(input.files);
    // The sequence's latest committed version before this one (CreatedArtifact's
    // `latestArtifact`): the base wandb-core names in CreateArtifactManifest.
    const seq = world.findCollection(
      str(input.entityName) ?? '',
      str(input.projectName) ?? '',
      str(input.artifactCollectionName) ?? '',
    );
    const latest =
      seq?.kind === 'sequence'
        ? (world.findMembership(seq.id, 'latest')?.artifactId ?? null)
        : null;
    const { artifact, deduped } = createArtifact(world, world.viewer, {
      entityName: required(input, 'entityName'),
      projectName: required(input, 'projectName'),
      artifactCollectionName: required(input, 'artifactCollectionName'),
      artifactTypeName: required(input, 'artifactTypeName'),
      digest: required(input, 'digest'),
      files: Object.fromEntries(Object.entries(files).map(([k, c]) => [k, String(c)])),
      references: referenceEntries(input.references),
      description: str(input.description) ?? null,
      metadata: parseJsonObject(input.metadata),
      aliases: aliasNames(input.aliases),
      runId: str(input.runName) ?? null,
      tags: tagNames(input.tags),
      ...createTtl(input.ttlDurationSeconds),
      ...(typeof input.historyStep === 'number' && input.historyStep > 0
        ? { historyStep: Math.floor(input.historyStep) }
        : {}),
    });
    // A new version starts PENDING until CommitArtifact; a dedup hit is COMMITTED at once.
    const frag = artifactFragment(world, artifact.id, bool(v.includeAliases, true));
    return {
      createArtifact: {
        artifact: {
          ...frag,
          artifactSequence: {
            ...frag.artifactSequence,
            latestArtifact: latest && latest !== artifact.id ? { id: latest } : null,
          },
          state: deduped ? 'COMMITTED' : 'PENDING',
        },
      },
    };
  },

  CreateArtifactManifest: (world, v) => {
    const id = required(v, 'artifactID');
    if (!world.getArtifact(id))
      throw new SimError('wandb.errors.CommError', msg.artifactNotFound(id), 'version-not-found');
    const base = str(v.baseArtifactID);
    if (str(v.manifestType) === 'INCREMENTAL' && base) mergeIncremental(world, id, base);
    // One manifest per version here: its id follows the version's number.
    const n = atob(id).split(':')[1] ?? '0';
    const file = { id: btoa(`File:manifest-${n}`) };
    return {
      createArtifactManifest: {
        artifactManifest: {
          id: btoa(`ArtifactManifest:${n}`),
          file: bool(v.includeUpload, false)
            ? {
                ...file,
                uploadUrl: `https://api.wandb.ai/artifactsV2/manifests/${n}`,
                uploadHeaders: [],
              }
            : file,
        },
      },
    };
  },

  CommitArtifact: (world, v) => {
    const id = required(obj(v.input), 'artifactID');
    const a = world.getArtifact(id);
    if (!a)
      throw new SimError('wandb.errors.CommError', msg.artifactNotFound(id), 'version-not-found');
    return { commitArtifact: { artifact: { id, digest: a.digest } } };
  },

  ArtifactByID: (world, v) => {
    const id = required(v, 'id');
    const a = world.getArtifact(id);
    const seq = a ? world.getCollection(a.sequenceId) : undefined;
    if (!seq || !visibleProject(world, seq.entity, seq.project)) return { artifact: null };
    return { artifact: artifactFragment(world, id, bool(v.includeAliases, true)) };
  },

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
} satisfies ResolversOf<typeof ops>;

/** CreateArtifact's `ttlDurationSeconds`, read as UpdateArtifact reads it (ttlEdit). */
function createTtl(v: unknown): { ttlSeconds?: number | null } {
  const ttl = ttlEdit(v).ttl;
  return ttl === undefined || ttl === 'inherit' ? {} : { ttlSeconds: ttl };
}
