// Server-side rules for runs and for logging source versions. Pure: the server's mutations
// (server/mutations.ts) apply what they allow.
import type { ErrorCode } from '../../errors/codes';
import { SimError } from '../../errors/simError';
import { isRegistryProject } from '../../paths/targetPath';
import type { ReferenceRec, RunRec } from '../../world/types';
import type { World } from '../../world/world';
import { canWriteEntity } from './permissions';
import { msg } from './serverMessages';

const comm = (m: string, code: ErrorCode) => new SimError('wandb.errors.CommError', m, code);

export interface UpsertRunInput {
  id?: string;
  entity: string;
  project: string;
  name?: string;
  jobType?: string;
  group?: string;
  notes?: string;
  tags?: string[];
  config?: Record<string, unknown>;
  /** summaryMetrics: replaces the stored summary. */
  summary?: Record<string, unknown>;
  /** The run completed with this exit code (undefined: it goes on running). */
  exitCode?: number;
}

/** UpsertBucket's checks: the run it updates, or undefined when it creates one. */
export function checkUpsertRun(
  world: World,
  viewer: string,
  input: UpsertRunInput,
): RunRec | undefined {
  if (!world.getEntity(input.entity))
    throw comm(msg.entityNotFoundUpsert(input.entity), 'cannot-log-here');
  if (!canWriteEntity(world, viewer, input.entity) || isRegistryProject(input.project)) {
    throw comm(msg.permissionDenied, 'cannot-log-here');
  }
  const existing = input.id ? world.getRun(input.id) : undefined;
  if (existing && (existing.entity !== input.entity || existing.project !== input.project))
    throw comm(msg.permissionDenied, 'cannot-log-here');
  return existing;
}

export interface CreateArtifactRequest {
  entityName: string;
  projectName: string;
  artifactCollectionName: string;
  artifactTypeName: string;
  digest: string;
  files: Record<string, string>;
  references?: ReferenceRec[];
  description?: string | null;
  metadata?: Record<string, unknown>;
  aliases?: string[];
  runId?: string | null;
  /** Seconds, null for none; absent: the version inherits. */
  ttlSeconds?: number | null;
  historyStep?: number;
  tags?: string[];
}

/** CreateArtifact's checks: who may log where, and the sequence's kind and type. */
export function checkCreateArtifact(
  world: World,
  viewer: string,
  input: CreateArtifactRequest,
): void {
  if (!world.getEntity(input.entityName))
    throw comm(msg.entityNotFoundUpsert(input.entityName), 'cannot-log-here');
  if (!canWriteEntity(world, viewer, input.entityName) || isRegistryProject(input.projectName)) {
    throw comm(msg.permissionDenied, 'cannot-log-here');
  }
  const seq = world.findCollection(
    input.entityName,
    input.projectName,
    input.artifactCollectionName,
  );
  if (seq && seq.kind !== 'sequence')
    throw comm(msg.collectionIsPortfolio(input.artifactCollectionName), 'cannot-log-here');
  if (seq && seq.type !== input.artifactTypeName) {
    throw comm(
      msg.typeClash(input.artifactCollectionName, seq.type, input.artifactTypeName),
      'type-clash',
    );
  }
}
