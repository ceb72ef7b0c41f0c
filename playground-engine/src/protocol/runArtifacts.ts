// What RunOutputArtifacts (runs.ts) and RunInputArtifacts (uses.ts) share: not an area file,
// so its exports are not operations.
import type { PageInfo } from './files';
import { ARTIFACT_FRAGMENT, type ArtifactFragment } from './fragments';

/** The variables of RunOutputArtifacts and RunInputArtifacts (public.RunArtifacts). */
export interface RunArtifactsVariables {
  entity: string;
  project: string;
  run: string;
  cursor?: string | null;
  perPage?: number;
  includeAliases?: boolean;
}

/** One page of the versions a run logged or used. */
export interface RunArtifactsResult {
  project: {
    run: {
      artifacts: {
        totalCount: number;
        pageInfo: PageInfo;
        edges: { node: ArtifactFragment }[];
      };
    } | null;
  } | null;
}

/** RUN_OUTPUT_ARTIFACTS_GQL and RUN_INPUT_ARTIFACTS_GQL differ only in name and field. */
export const runArtifactsDocument = (
  name: 'RunOutputArtifacts' | 'RunInputArtifacts',
  field: 'outputArtifacts' | 'inputArtifacts',
) => `query ${name}($entity: String!, $project: String!, $run: String!, $cursor: String, $perPage: Int, $includeAliases: Boolean = true) {
  project(entityName: $entity, name: $project) { run(name: $run) {
    artifacts: ${field}(after: $cursor, first: $perPage) { totalCount
      pageInfo { __typename endCursor hasNextPage } edges { node { ...ArtifactFragment } } } } } }
${ARTIFACT_FRAGMENT}`;
