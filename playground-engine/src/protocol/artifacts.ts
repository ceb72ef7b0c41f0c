// Logging and reading source versions (tools/graphql_codegen/artifacts/artifacts.graphql,
// core/api/graphql/mutation_create_artifact.graphql, mutation_commit_artifact.graphql).
import {
  ARTIFACT_FRAGMENT,
  type ArtifactFragment,
  type CollectionRef,
  MEMBERSHIP_FRAGMENT,
  type MembershipFragment,
  type ProjectRef,
} from './fragments';
import { type Edges, operation } from './operation';

/** An alias as CreateArtifact and LinkArtifact take it. */
export interface ArtifactAliasInput {
  artifactCollectionName: string;
  alias: string;
}

export const ArtifactType = operation<
  { entityName: string; projectName: string; name: string },
  { project: { artifact: { artifactType: { name: string } } | null } | null }
>(`query ArtifactType($entityName: String!, $projectName: String!, $name: String!) {
  project(name: $projectName, entityName: $entityName) { artifact(name: $name) { artifactType { name } } } }`);

export interface CreateArtifactInput {
  entityName: string;
  projectName: string;
  artifactTypeName: string;
  artifactCollectionName: string;
  digest: string;
  digestAlgorithm?: 'MANIFEST_MD5';
  description?: string | null;
  /** JSON string. */
  metadata?: string;
  aliases?: ArtifactAliasInput[];
  runName?: string;
  enableDigestDeduplication?: boolean;
  /** `_ttl_duration_seconds_to_gql()`: null unchanged, -1 inherit, -2 none, else seconds. */
  ttlDurationSeconds?: number | null;
  /** The run's step when it logged the artifact (null for 0). */
  historyStep?: number | null;
  distributedID?: string | null;
  /** saver.go: `log_artifact(tags=…)`; none is omitted. */
  tags?: { tagName: string }[];
  /** Simulator extension, JSON `{name: content}`: the real SDK uploads files separately. */
  files?: string;
  /**
   * Simulator extension, JSON `[{path, ref, digest, size, extra?}]`: the reference entries
   * of the manifest the real SDK uploads (add_reference).
   */
  references?: string;
}

/**
 * The answer's sequence also names its latest committed version (CreatedArtifact in
 * core/api/graphql/mutation_create_artifact.graphql): wandb-core's base for the manifest.
 */
export const CreateArtifact = operation<
  { input: CreateArtifactInput; includeAliases?: boolean },
  {
    createArtifact: {
      artifact: ArtifactFragment & {
        artifactSequence: CollectionRef & { latestArtifact: { id: string } | null };
      };
    };
  }
>(`mutation CreateArtifact($input: CreateArtifactInput!, $includeAliases: Boolean = true) {
  createArtifact(input: $input) { artifact { ...ArtifactFragment artifactSequence { latestArtifact { id } } } } }
${ARTIFACT_FRAGMENT}`);

/**
 * core/api/graphql/mutation_create_artifact_manifest.graphql: saver.go `createManifest`, sent
 * for each new version. `INCREMENTAL` (Artifact(incremental=True)) asks the server to merge
 * the uploaded entries into the base version's (ASSUMPTIONS.md).
 */
export const CreateArtifactManifest = operation<
  {
    artifactID: string;
    baseArtifactID: string | null;
    name: string;
    digest: string;
    entityName: string;
    projectName: string;
    runName: string;
    manifestType: 'FULL' | 'INCREMENTAL' | 'PATCH';
    includeUpload: boolean;
  },
  {
    createArtifactManifest: {
      artifactManifest: {
        id: string;
        file: { id: string; uploadUrl?: string | null; uploadHeaders?: string[] };
      };
    } | null;
  }
>(`mutation CreateArtifactManifest($artifactID: ID!, $baseArtifactID: ID, $name: String!, $digest: String!, $entityName: String!, $projectName: String!, $runName: String!, $manifestType: ArtifactManifestType!, $includeUpload: Boolean!) {
  createArtifactManifest(input: {artifactID: $artifactID, baseArtifactID: $baseArtifactID, name: $name, digest: $digest, entityName: $entityName, projectName: $projectName, runName: $runName, type: $manifestType}) {
    artifactManifest { id file { id uploadUrl @include(if: $includeUpload) uploadHeaders @include(if: $includeUpload) } } } }`);

export const CommitArtifact = operation<
  { input: { artifactID: string } },
  { commitArtifact: { artifact: { id: string; digest: string } } }
>(
  `mutation CommitArtifact($input: CommitArtifactInput!) { commitArtifact(input: $input) { artifact { id digest } } }`,
);

/** What `wait()` reads once the version is saved (artifact.py `_populate_after_save`). */
export const ArtifactByID = operation<
  { id: string; includeAliases?: boolean },
  { artifact: ArtifactFragment | null }
>(`query ArtifactByID($id: ID!, $includeAliases: Boolean = true) {
  artifact(id: $id) { ...ArtifactFragment } }
${ARTIFACT_FRAGMENT}`);

export const ArtifactMembershipByName = operation<
  { entity: string; project: string; name: string; includeAliases?: boolean },
  {
    project: (ProjectRef & { artifactCollectionMembership: MembershipFragment | null }) | null;
  }
>(`query ArtifactMembershipByName($entity: String!, $project: String!, $name: String!, $includeAliases: Boolean = true) {
  project(name: $project, entityName: $entity) { artifactCollectionMembership(name: $name) { ...ArtifactMembershipFragment } } }
${MEMBERSHIP_FRAGMENT}`);

export const FetchLinkedArtifacts = operation<
  { artifactID: string; includeAliases?: boolean },
  { artifact: { id: string; artifactMemberships: Edges<MembershipFragment> } | null }
>(`query FetchLinkedArtifacts($artifactID: ID!, $includeAliases: Boolean = true) {
  artifact(id: $artifactID) { artifactMemberships { edges { node { ...ArtifactMembershipFragment } } } } }
${MEMBERSHIP_FRAGMENT}`);
