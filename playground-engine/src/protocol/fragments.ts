// The response fragments several operations share, as documents and as types. The shapes
// follow the real W&B GraphQL fragments (facts §4; wandb/sdk/artifacts/_generated/
// fragments.py); the simulator's own additions are marked.

export interface ProjectRef {
  __typename: 'Project';
  id: string;
  internalId: string;
  name: string;
  entity: { __typename: 'Entity'; name: string };
}

export interface AliasRef {
  __typename: 'ArtifactAlias';
  id: string;
  alias: string;
}

export interface CollectionRef {
  __typename: 'ArtifactSequence' | 'ArtifactPortfolio';
  id: string;
  name: string;
  project: ProjectRef;
}

export interface ArtifactFragment {
  __typename: 'Artifact';
  id: string;
  artifactSequence: CollectionRef;
  versionIndex: number;
  artifactType: { name: string };
  description: string | null;
  /** JSON string, as the real API sends it. */
  metadata: string;
  ttlDurationSeconds: number;
  ttlIsInherited: boolean;
  tags: { id: string; name: string }[];
  historyStep: number | null;
  /** PENDING only in CreateArtifact's answer, until CommitArtifact. */
  state: 'PENDING' | 'COMMITTED';
  size: number;
  digest: string;
  commitHash: string;
  fileCount: number;
  createdAt: string;
  updatedAt: string;
  aliases?: (AliasRef & { artifactCollection: CollectionRef })[];
  /** Simulator extension: who logged it (run id) and the file names. */
  createdBy: { __typename: 'Run'; name: string } | null;
  fileNames: string[];
}

export interface MembershipFragment {
  __typename: 'ArtifactCollectionMembership';
  id: string;
  versionIndex: number;
  aliases: AliasRef[];
  artifactCollection: CollectionRef;
  artifact: ArtifactFragment;
  createdAt: string;
}

/** The simulated Registry App's view of a registry (UiRegistries; not an SDK fragment). */
export interface UiRegistryFragment {
  __typename: 'Project';
  id: string;
  /** Registry name without the prefix, e.g. 'model'. */
  name: string;
  projectName: string;
  organization: { name: string; entityName: string };
  visibility: 'PRIVATE' | 'RESTRICTED';
  acceptedTypes: string[];
  allowAllArtifactTypesInRegistry: boolean;
  core: boolean;
  viewerRole: string;
  collectionCount: number;
  createdAt: string;
}

const PROJECT = 'project { id internalId name entity { name } }';
const COLLECTION = `artifactCollection { __typename id name ${PROJECT} }`;

export const ARTIFACT_FRAGMENT = `fragment ArtifactFragment on Artifact {
  id artifactSequence { __typename id name ${PROJECT} } versionIndex artifactType { name }
  description metadata ttlDurationSeconds ttlIsInherited tags { id name } historyStep state
  size digest commitHash fileCount createdAt updatedAt
  aliases @include(if: $includeAliases) { __typename id alias ${COLLECTION} }
}`;

/** Includes ArtifactFragment, which it spreads. */
export const MEMBERSHIP_FRAGMENT = `fragment ArtifactMembershipFragment on ArtifactCollectionMembership {
  __typename id versionIndex aliases { __typename id alias } ${COLLECTION} artifact { ...ArtifactFragment }
}
${ARTIFACT_FRAGMENT}`;
