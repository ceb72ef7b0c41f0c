// The server's writes: each mutation runs its rule (rules/server/), which reads the world
// and refuses or allows, and only then changes the world.
const COMM = 'wandb.errors.CommError';
import {
  type AliasInput,
  checkAliasEdit,
  checkLink,
  checkUnlink,
  type LinkRequest,
} from '../rules/server/linkRules';
import {
  type CreateArtifactRequest,
  checkCreateArtifact,
  checkUpsertRun,
  type UpsertRunInput,
} from '../rules/server/logRules';
import { checkDelete, checkUpdate, checkUse, type UseRequest } from '../rules/server/versionRules';
import { SimError } from '../errors/simError';
import { msg } from '../rules/server/serverMessages';
import { manifestDigest } from '../text/digest';
import type {
  ArtifactEdit,
  ArtifactRec,
  MembershipRec,
  ReferenceRec,
  RunRec,
} from '../world/types';
import type { World } from '../world/world';

/** UpsertBucket: creates (or updates) a run in entity/project. */
export function upsertRun(world: World, viewer: string, input: UpsertRunInput): RunRec {
  const existing = checkUpsertRun(world, viewer, input);
  if (!existing) {
    const run = world.createRun(input);
    if (input.exitCode !== undefined) world.finishRun(run.id, input.exitCode);
    return run;
  }
  const { id: _id, entity: _e, project: _p, exitCode, ...update } = input;
  world.updateRun(existing.id, update);
  if (exitCode !== undefined) world.finishRun(existing.id, exitCode);
  return existing;
}

/** CreateArtifact with digest dedup: same content in the same sequence → the same version. */
export function createArtifact(
  world: World,
  viewer: string,
  input: CreateArtifactRequest,
): { artifact: ArtifactRec; membership: MembershipRec; deduped: boolean } {
  checkCreateArtifact(world, viewer, input);
  return world.logVersion({
    entity: input.entityName,
    project: input.projectName,
    name: input.artifactCollectionName,
    type: input.artifactTypeName,
    digest: input.digest,
    files: input.files,
    references: input.references,
    description: input.description,
    metadata: input.metadata,
    aliases: input.aliases,
    runId: input.runId,
    ttlSeconds: input.ttlSeconds,
    historyStep: input.historyStep,
    tags: input.tags,
  });
}

/**
 * CreateArtifactManifest of type INCREMENTAL (ASSUMPTIONS.md): the version becomes the base
 * version's entries with its own laid over them (its own file or reference wins at a path;
 * nothing is removed), and its digest the merged manifest's. The base must be a version of the
 * same sequence.
 */
export function mergeIncremental(world: World, artifactId: string, baseId: string): void {
  const a = world.getArtifact(artifactId);
  const base = world.getArtifact(baseId);
  if (!a) throw new SimError(COMM, msg.artifactNotFound(artifactId), 'version-not-found');
  if (!base || base.sequenceId !== a.sequenceId)
    throw new SimError(COMM, msg.artifactNotFound(baseId), 'version-not-found');
  if (base.id === a.id) return;
  const files: Record<string, string> = {};
  const refs = new Map<string, ReferenceRec>();
  for (const [path, text] of Object.entries(base.files)) files[path] = text;
  for (const r of base.references ?? []) refs.set(r.path, r);
  for (const [path, text] of Object.entries(a.files)) {
    files[path] = text;
    refs.delete(path);
  }
  for (const r of a.references ?? []) {
    refs.set(r.path, r);
    delete files[r.path];
  }
  const references = [...refs.values()];
  world.replaceVersionContents(a.id, files, references, manifestDigest(files, references));
}

/** The LinkArtifact mutation. Re-linking the same source is idempotent (see ASSUMPTIONS.md). */
export function linkArtifact(world: World, viewer: string, req: LinkRequest): MembershipRec {
  const src = checkLink(world, viewer, req);
  return world.link({
    artifactId: req.artifactId,
    entity: req.entityName,
    project: req.projectName,
    collection: req.collectionName,
    type: src.type,
    aliases: req.aliases,
  }).membership;
}

/** The UnlinkArtifact mutation: removes only the membership; the source survives. */
export function unlinkArtifact(
  world: World,
  viewer: string,
  artifactId: string,
  portfolioId: string,
): void {
  world.unlink(checkUnlink(world, viewer, artifactId, portfolioId).id);
}

/** AddAliases / DeleteAliases: aliases on the artifact's membership in each named collection. */
export function editAliases(
  world: World,
  viewer: string,
  op: 'add' | 'delete',
  artifactId: string,
  aliases: AliasInput[],
): void {
  for (const [m, list] of checkAliasEdit(world, viewer, op, artifactId, aliases)) {
    if (op === 'add') world.addAliases(m.id, list);
    else world.deleteAliases(m.id, list);
  }
}

/** UseArtifact: records that the run used the version (once per run and version). */
export function useArtifact(world: World, viewer: string, req: UseRequest): ArtifactRec {
  const { run, artifact } = checkUse(world, viewer, req);
  world.recordUse(run.id, artifact.id);
  return artifact;
}

/** DeleteArtifact: the source version, its links, aliases and uses (see ASSUMPTIONS.md). */
export function deleteArtifact(
  world: World,
  viewer: string,
  artifactId: string,
  deleteAliases: boolean,
): void {
  world.deleteVersion(checkDelete(world, viewer, artifactId, deleteAliases).id);
}

/** UpdateArtifact: the source version's description, metadata, tags and TTL. */
export function updateArtifact(
  world: World,
  viewer: string,
  artifactId: string,
  edit: ArtifactEdit,
): ArtifactRec {
  const a = checkUpdate(world, viewer, artifactId);
  world.updateArtifact(a.id, edit);
  return a;
}
