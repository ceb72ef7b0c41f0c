// Server-side rules for runs and for logging source versions.
import type { World } from '../world/world';
import type { ArtifactRec, MembershipRec, RunRec } from '../world/types';
import { SimError } from './errors';
import { canWriteEntity } from './permissions';
import { msg } from './serverMessages';
import { isRegistryProject } from './targetPath';

const comm = (m: string) => new SimError('wandb.errors.CommError', m);

/** UpsertBucket: creates (or updates) a run in entity/project. */
export function upsertRun(
  world: World,
  viewer: string,
  input: {
    id?: string;
    entity: string;
    project: string;
    name?: string;
    jobType?: string;
    config?: Record<string, unknown>;
    state?: 'running' | 'finished';
  },
): RunRec {
  if (!world.getEntity(input.entity)) throw comm(msg.entityNotFoundUpsert(input.entity));
  if (!canWriteEntity(world, viewer, input.entity) || isRegistryProject(input.project)) {
    throw comm(msg.permissionDenied);
  }
  const existing = input.id ? world.getRun(input.id) : undefined;
  if (existing) {
    if (existing.entity !== input.entity || existing.project !== input.project)
      throw comm(msg.permissionDenied);
    if (input.state === 'finished') world.finishRun(existing.id);
    return existing;
  }
  return world.createRun(input);
}

export interface CreateArtifactInput {
  entityName: string;
  projectName: string;
  artifactCollectionName: string;
  artifactTypeName: string;
  digest: string;
  files: Record<string, string>;
  description?: string | null;
  metadata?: Record<string, unknown>;
  aliases?: string[];
  runId?: string | null;
}

/** CreateArtifact with digest dedup: same content in the same sequence → the same version. */
export function createArtifact(
  world: World,
  viewer: string,
  input: CreateArtifactInput,
): { artifact: ArtifactRec; membership: MembershipRec; deduped: boolean } {
  if (!world.getEntity(input.entityName)) throw comm(msg.entityNotFoundUpsert(input.entityName));
  if (!canWriteEntity(world, viewer, input.entityName) || isRegistryProject(input.projectName)) {
    throw comm(msg.permissionDenied);
  }
  const seq = world.findCollection(
    input.entityName,
    input.projectName,
    input.artifactCollectionName,
  );
  if (seq && seq.kind !== 'sequence')
    throw comm(msg.collectionIsPortfolio(input.artifactCollectionName));
  if (seq && seq.type !== input.artifactTypeName) {
    throw comm(msg.typeClash(input.artifactCollectionName, seq.type, input.artifactTypeName));
  }
  return world.logVersion({
    entity: input.entityName,
    project: input.projectName,
    name: input.artifactCollectionName,
    type: input.artifactTypeName,
    digest: input.digest,
    files: input.files,
    description: input.description,
    metadata: input.metadata,
    aliases: input.aliases,
    runId: input.runId,
  });
}
