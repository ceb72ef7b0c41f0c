// GraphQL documents the SDK and the simulated UIs send. Operation names and input fields
// follow the real SDK (facts §4); the handlers answer with the full fragments regardless
// of the selection set, as a mock API does.

const PROJECT = 'project { id internalId name entity { name } }';
const COLLECTION = `artifactCollection { __typename id name ${PROJECT} }`;
const ARTIFACT = `fragment ArtifactFragment on Artifact {
  id artifactSequence { __typename id name ${PROJECT} } versionIndex artifactType { name }
  description metadata ttlDurationSeconds ttlIsInherited tags { id name } historyStep state
  size digest commitHash fileCount createdAt updatedAt
  aliases @include(if: $includeAliases) { __typename id alias ${COLLECTION} }
}`;
const MEMBERSHIP = `fragment ArtifactMembershipFragment on ArtifactCollectionMembership {
  __typename id versionIndex aliases { __typename id alias } ${COLLECTION} artifact { ...ArtifactFragment }
}`;

export const Q = {
  ServerFeaturesQuery: `query ServerFeaturesQuery { serverInfo { features { name isEnabled } } }`,
  Viewer: `query Viewer { viewer { id username entity teams { edges { node { name } } } } }`,
  UpsertBucket: `mutation UpsertBucket($id: String, $name: String, $project: String, $entity: String, $displayName: String, $jobType: String, $config: JSONString, $state: String) {
  upsertBucket(input: { id: $id, name: $name, modelName: $project, entityName: $entity, displayName: $displayName, jobType: $jobType, config: $config, state: $state }) {
    bucket { id name displayName state project { name entity { name } } } inserted } }`,
  ArtifactType: `query ArtifactType($entityName: String!, $projectName: String!, $name: String!) {
  project(name: $projectName, entityName: $entityName) { artifact(name: $name) { artifactType { name } } } }`,
  CreateArtifact: `mutation CreateArtifact($input: CreateArtifactInput!, $includeAliases: Boolean = true) {
  createArtifact(input: $input) { artifact { ...ArtifactFragment } } }
${ARTIFACT}`,
  CommitArtifact: `mutation CommitArtifact($input: CommitArtifactInput!) { commitArtifact(input: $input) { artifact { id digest } } }`,
  FetchOrgInfoFromEntity: `query FetchOrgInfoFromEntity($entity: String!) {
  entity(name: $entity) { organization { name orgEntity { name } } user { organizations { name orgEntity { name } } } } }`,
  LinkArtifact: `mutation LinkArtifact($input: LinkArtifactInput!, $includeAliases: Boolean = true) {
  result: linkArtifact(input: $input) { versionIndex artifactMembership { ...ArtifactMembershipFragment } } }
${MEMBERSHIP}
${ARTIFACT}`,
  UnlinkArtifact: `mutation UnlinkArtifact($input: UnlinkArtifactInput!) { result: unlinkArtifact(input: $input) { success } }`,
  AddAliases: `mutation AddAliases($input: AddAliasesInput!) { result: addAliases(input: $input) { success } }`,
  DeleteAliases: `mutation DeleteAliases($input: DeleteAliasesInput!) { result: deleteAliases(input: $input) { success } }`,
  ArtifactMembershipByName: `query ArtifactMembershipByName($entity: String!, $project: String!, $name: String!, $includeAliases: Boolean = true) {
  project(name: $project, entityName: $entity) { artifactCollectionMembership(name: $name) { ...ArtifactMembershipFragment } } }
${MEMBERSHIP}
${ARTIFACT}`,
  FetchLinkedArtifacts: `query FetchLinkedArtifacts($artifactID: ID!, $includeAliases: Boolean = true) {
  artifact(id: $artifactID) { artifactMemberships { edges { node { ...ArtifactMembershipFragment } } } } }
${MEMBERSHIP}
${ARTIFACT}`,
  FetchRegistries: `query FetchRegistries($organization: String) {
  viewer { organizations(name: $organization) { name orgEntity { name projects { edges { node { id name } } } } } } }`,

  // ---- queries of the simulated UIs (Registry App, Artifact browser) ----
  UiEntities: `query UiEntities { viewer { username entity personalEntity teams { name org role } } }`,
  UiRegistryCollections: `query UiRegistryCollections($entity: String!, $project: String!) {
  project(name: $project, entityName: $entity) { artifactCollections { edges { node { id name type versionCount latestVersionIndex } } } } }`,
  UiCollectionVersions: `query UiCollectionVersions($entity: String!, $project: String!, $collection: String!, $includeAliases: Boolean = true) {
  project(name: $project, entityName: $entity) { artifactCollection(name: $collection) { id name type
    artifactMemberships { edges { node { ...ArtifactMembershipFragment } } } } } }
${MEMBERSHIP}
${ARTIFACT}`,
  UiProjects: `query UiProjects($entity: String!) { entity(name: $entity) { projects { edges { node { id name } } } } }`,
  UiProjectArtifacts: `query UiProjectArtifacts($entity: String!, $project: String!) {
  project(name: $project, entityName: $entity) { artifactTypes { edges { node { name artifactCollections { edges { node { id name versionCount } } } } } } } }`,
  UiArtifactFiles: `query UiArtifactFiles($artifactID: ID!) { artifact(id: $artifactID) { id files { edges { node { name content } } } } }`,
} as const;

export type OperationName = keyof typeof Q;
