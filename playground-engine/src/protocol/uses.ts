// After a version is logged: a run uses it, the runs that used it, the versions a run used,
// editing it and deleting it (wandb/sdk/internal/internal_api.py
// `_construct_use_artifact_query`, wandb/sdk/artifacts/_generated/operations.py
// ARTIFACT_USED_BY_GQL, RUN_INPUT_ARTIFACTS_GQL, UPDATE_ARTIFACT_GQL, DELETE_ARTIFACT_GQL;
// wandb/apis/_generated/operations.py IS_PROJECT_READ_ONLY_GQL).
import { ARTIFACT_FRAGMENT, type ArtifactFragment } from './fragments';
import { operation } from './operation';
import {
  type RunArtifactsResult,
  type RunArtifactsVariables,
  runArtifactsDocument,
} from './runArtifacts';
import type { RunInfo } from './runs';

export interface UseArtifactVariables {
  entityName: string;
  projectName: string;
  runName: string;
  artifactID: string;
  /** Sent as None when `use_as` is not given (the document then does not declare it). */
  usedAs?: string | null;
  /** Where the version was fetched from (ServerFeature USE_ARTIFACT_WITH_ENTITY_AND_PROJECT_INFORMATION). */
  artifactEntityName?: string | null;
  artifactProjectName?: string | null;
}

/**
 * The document internal_api.py builds when `use_as` is None and the server takes the
 * artifact's entity and project. wandb-core sends its own form (`$input: UseArtifactInput!`)
 * for a draft used after commit; the simulator sends this one for both (SDK-AUDIT.md).
 */
export const UseArtifact = operation<
  UseArtifactVariables,
  {
    useArtifact: {
      artifact: {
        id: string;
        digest: string;
        description: string | null;
        state: string;
        createdAt: string;
        metadata: string;
      } | null;
    };
  }
>(`mutation UseArtifact($entityName: String!, $projectName: String!, $runName: String!, $artifactID: ID!, $artifactEntityName: String, $artifactProjectName: String) {
  useArtifact(input: {entityName: $entityName, projectName: $projectName, runName: $runName, artifactID: $artifactID, artifactEntityName: $artifactEntityName, artifactProjectName: $artifactProjectName}) {
    artifact { id digest description state createdAt metadata } } }`);

/** The runs that used a version (by the source's id: a link's uses are its source's). */
export const ArtifactUsedBy = operation<
  { id: string },
  { artifact: { usedBy: { edges: { node: RunInfo }[] } } | null }
>(`query ArtifactUsedBy($id: ID!) {
  artifact(id: $id) { usedBy { edges { node { __typename id name project { id internalId name entity { name } } } } } } }`);

/** The versions a run used (RUN_INPUT_ARTIFACTS_GQL): RunOutputArtifacts' shape. */
export const RunInputArtifacts = operation<RunArtifactsVariables, RunArtifactsResult>(
  runArtifactsDocument('RunInputArtifacts', 'inputArtifacts'),
);

export const DeleteArtifact = operation<
  { input: { artifactID: string; deleteAliases?: boolean } },
  { result: { artifact: { id: string } } | null }
>(
  `mutation DeleteArtifact($input: DeleteArtifactInput!) { result: deleteArtifact(input: $input) { artifact { id } } }`,
);

/** `_generated/input_types.py` UpdateArtifactInput, as `Artifact._update` fills it. */
export interface UpdateArtifactInput {
  artifactID: string;
  description?: string | null;
  /** `json_dumps_safer(self.metadata)`. */
  metadata?: string | null;
  /** None: unchanged; -1: inherit the team default; -2: no TTL; else seconds. */
  ttlDurationSeconds?: number | null;
  tagsToAdd?: { tagName: string }[] | null;
  tagsToDelete?: { tagName: string }[] | null;
}

export const UpdateArtifact = operation<
  { input: UpdateArtifactInput; includeAliases?: boolean },
  { result: { artifact: ArtifactFragment } | null }
>(`mutation UpdateArtifact($input: UpdateArtifactInput!, $includeAliases: Boolean = true) {
  result: updateArtifact(input: $input) { artifact { ...ArtifactFragment } } }
${ARTIFACT_FRAGMENT}`);

/** `_gqlutils.is_project_read_only`: a link's save() asks before editing the source. */
export const IsProjectReadOnly = operation<
  { entity: string; project: string },
  { project: { readOnly: boolean | null } | null }
>(
  `query IsProjectReadOnly($entity: String!, $project: String!) { project(entityName: $entity, name: $project) { readOnly } }`,
);
