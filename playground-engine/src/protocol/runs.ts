// Runs (core/api/graphql/mutation_run.graphql).
import { operation } from './operation';
import {
  type RunArtifactsResult,
  type RunArtifactsVariables,
  runArtifactsDocument,
} from './runArtifacts';

export interface UpsertBucketVariables {
  /**
   * The run's storage id (the `id` of RunFragment): the public API updates a run by it
   * (apis/public/summary.py `HTTPSummary._write` sends only `id` and `summaryMetrics`).
   */
  id?: string;
  /** The run id (`wandb.init(id=...)`); a new run when absent. */
  name?: string;
  project?: string;
  entity?: string;
  displayName?: string;
  /** `run_group` (core's upserter sends its params, each only when set). */
  groupName?: string;
  notes?: string;
  jobType?: string;
  tags?: string[];
  /** JSON string. */
  config?: string;
  /** JSON string: the run's summary (the real SDK streams it through file_stream). */
  summaryMetrics?: string;
  state?: 'running' | 'finished';
  /**
   * Simulator extension: the run is complete with this exit code. wandb-core sends it as
   * file_stream's `{"complete": true, "exitcode": N}` (filestreamrequest.go), a REST stream
   * the simulated backend does not have; the server reads it as the real one does (0
   * finished, 254 crashed, else failed).
   */
  exitCode?: number;
}

/** The states the server reports for a run (apis/public/runs.py `Run.state`). */
export type RunState = 'running' | 'finished' | 'failed' | 'crashed';

export const UpsertBucket = operation<
  UpsertBucketVariables,
  {
    upsertBucket: {
      bucket: {
        id: string;
        name: string;
        displayName: string;
        state: RunState;
        createdAt: string;
        project: { name: string; entity: { name: string } };
      };
      inserted: boolean;
    };
  }
>(`mutation UpsertBucket($id: String, $name: String, $project: String, $entity: String, $groupName: String, $displayName: String, $notes: String, $jobType: String, $tags: [String!], $config: JSONString, $state: String, $summaryMetrics: JSONString, $exitCode: Int) {
  upsertBucket(input: { id: $id, name: $name, groupName: $groupName, modelName: $project, entityName: $entity, displayName: $displayName, notes: $notes, jobType: $jobType, tags: $tags, config: $config, state: $state, summaryMetrics: $summaryMetrics, exitCode: $exitCode }) {
    bucket { id name displayName state createdAt project { name entity { name } } } inserted } }`);

/** RunInfoFragment: a run and its project. */
export interface RunInfo {
  __typename: 'Run';
  id: string;
  name: string;
  project: { id: string; internalId: string; name: string; entity: { name: string } } | null;
}

/** Who logged a version (ARTIFACT_CREATED_BY_GQL). */
export const ArtifactCreatedBy = operation<
  { id: string },
  { artifact: { createdBy: RunInfo | null } | null }
>(`query ArtifactCreatedBy($id: ID!) {
  artifact(id: $id) { createdBy { __typename ... on Run { __typename id name project { id internalId name entity { name } } } } } }`);

/** A run as the public API loads it (wandb/apis/public/runs.py `Run`, part of RunFragment). */
export interface RunFragment {
  id: string;
  name: string;
  displayName: string;
  state: string;
  /** JSON string: `{key: {"value": v}}` as the server stores a run's config. */
  config: string;
  /** JSON string. */
  summaryMetrics: string;
  jobType: string | null;
  group: string | null;
  notes: string | null;
  tags: string[];
  createdAt: string;
}

export const Run = operation<
  { project: string; entity: string; name: string },
  { project: { run: RunFragment | null } | null }
>(`query Run($project: String!, $entity: String!, $name: String!) {
  project(name: $project, entityName: $entity) { run(name: $name) { id tags name displayName state config group jobType createdAt notes summaryMetrics } } }`);

/** The versions a run logged (RUN_OUTPUT_ARTIFACTS_GQL). */
export const RunOutputArtifacts = operation<RunArtifactsVariables, RunArtifactsResult>(
  runArtifactsDocument('RunOutputArtifacts', 'outputArtifacts'),
);
