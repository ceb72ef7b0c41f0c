// Server-side rules for runs and for logging source versions. Pure: the server's mutations
// (server/mutations.ts) apply what they allow.
import { SimError } from '../../errors/simError';
import { isRegistryProject } from '../../paths/targetPath';
import type { RunRec } from '../../world/types';
import type { World } from '../../world/world';
import { canWriteEntity } from './permissions';
import { msg } from './serverMessages';

const comm = (m: string) => new SimError('wandb.errors.CommError', m);

export interface UpsertRunInput {
  id?: string;
  entity: string;
  project: string;
  name?: string;
  jobType?: string;
  config?: Record<string, unknown>;
  state?: 'running' | 'finished';
}

/** UpsertBucket's checks: the run it updates, or undefined when it creates one. */
export function checkUpsertRun(
  world: World,
  viewer: string,
  input: UpsertRunInput,
): RunRec | undefined {
  if (!world.getEntity(input.entity)) throw comm(msg.entityNotFoundUpsert(input.entity));
  if (!canWriteEntity(world, viewer, input.entity) || isRegistryProject(input.project)) {
    throw comm(msg.permissionDenied);
  }
  const existing = input.id ? world.getRun(input.id) : undefined;
  if (existing && (existing.entity !== input.entity || existing.project !== input.project))
    throw comm(msg.permissionDenied);
  return existing;
}

export interface CreateArtifactRequest {
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

/** CreateArtifact's checks: who may log where, and the sequence's kind and type. */
export function checkCreateArtifact(
  world: World,
  viewer: string,
  input: CreateArtifactRequest,
): void {
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
}
