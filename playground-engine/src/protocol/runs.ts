// Runs (core/api/graphql/mutation_run.graphql).
import { operation } from './operation';

export interface UpsertBucketVariables {
  /** The run id (`wandb.init(id=...)`); a new run when absent. */
  name?: string;
  project?: string;
  entity?: string;
  displayName?: string;
  jobType?: string;
  /** JSON string. */
  config?: string;
  state?: 'running' | 'finished';
}

export const UpsertBucket = operation<
  UpsertBucketVariables,
  {
    upsertBucket: {
      bucket: {
        id: string;
        name: string;
        displayName: string;
        state: 'running' | 'finished';
        createdAt: string;
        project: { name: string; entity: { name: string } };
      };
      inserted: boolean;
    };
  }
>(`mutation UpsertBucket($id: String, $name: String, $project: String, $entity: String, $displayName: String, $jobType: String, $config: JSONString, $state: String) {
  upsertBucket(input: { id: $id, name: $name, modelName: $project, entityName: $entity, displayName: $displayName, jobType: $jobType, config: $config, state: $state }) {
    bucket { id name displayName state createdAt project { name entity { name } } } inserted } }`);
