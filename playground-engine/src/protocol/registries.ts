// Registries as the SDK reads and edits them (tools/graphql_codegen/artifacts/
// registries.graphql, registry_members.graphql; wandb/sdk/artifacts/_generated/operations.py).
// The filters are JSON strings of MongoDB-style filters (wandb/_filters), already checked and
// rewritten by the SDK (registries/_utils.py); the server evaluates them.
import type { CollectionFragment } from './collections';
import type { PageInfo } from './files';
import { MEMBERSHIP_FRAGMENT, type MembershipFragment } from './fragments';
import { operation } from './operation';

/** RegistryFragment on Project. */
export interface RegistryFragment {
  __typename: 'Project';
  id: string;
  internalId: string;
  /** The project name, with the `wandb-registry-` prefix. */
  name: string;
  entity: { name: string; organization: { name: string } | null };
  description: string | null;
  createdAt: string;
  updatedAt: string | null;
  /** PRIVATE (organization) or RESTRICTED (registries/_utils.py Visibility). */
  access: string;
  allowAllArtifactTypes: boolean;
  artifactTypes: { edges: { node: { name: string } }[] };
}

const PAGE = 'pageInfo { __typename endCursor hasNextPage }';
const REGISTRY_FRAGMENT = `fragment RegistryFragment on Project {
  __typename id internalId name entity { name organization { name } } description createdAt updatedAt
  access allowAllArtifactTypes: allowAllArtifactTypesInRegistry artifactTypes(includeAll: true) { edges { node { name } } } }`;

type OrgEntity<T> = { organization: { orgEntity: ({ name: string } & T) | null } | null };

export const FetchRegistries = operation<
  {
    organization: string;
    filters?: string | null;
    cursor?: string | null;
    perPage?: number;
    order?: string | null;
  },
  OrgEntity<{
    projects: { pageInfo: PageInfo; edges: { node: RegistryFragment }[] };
  }>
>(`query FetchRegistries($organization: String!, $filters: JSONString, $cursor: String, $perPage: Int, $order: String) {
  organization(name: $organization) { orgEntity { name projects(filters: $filters, after: $cursor, first: $perPage, order: $order) {
    ${PAGE} edges { node { ...RegistryFragment } } } } } }
${REGISTRY_FRAGMENT}`);

export const FetchRegistry = operation<
  { name: string; entity: string },
  { entity: { project: RegistryFragment | null } | null }
>(`query FetchRegistry($name: String, $entity: String) {
  entity(name: $entity) { project(name: $name) { ...RegistryFragment } } }
${REGISTRY_FRAGMENT}`);

export const RegistryCollections = operation<
  {
    organization: string;
    registryFilter?: string | null;
    collectionFilter?: string | null;
    cursor?: string | null;
    perPage?: number;
    order?: string | null;
  },
  OrgEntity<{
    artifactCollections: {
      totalCount: number;
      pageInfo: PageInfo;
      edges: { node: CollectionFragment }[];
    };
  }>
>(`query RegistryCollections($organization: String!, $registryFilter: JSONString, $collectionFilter: JSONString, $collectionTypes: [ArtifactCollectionType!] = [PORTFOLIO], $cursor: String, $perPage: Int, $order: String) {
  organization(name: $organization) { orgEntity { name artifactCollections(projectFilters: $registryFilter, filters: $collectionFilter, collectionTypes: $collectionTypes, after: $cursor, first: $perPage, order: $order) {
    totalCount ${PAGE} edges { node { __typename id name description createdAt updatedAt
      project { id internalId name entity { name } } type: defaultArtifactType { name } tags { edges { node { __typename id name } } } } } } } } }`);

export const RegistryVersions = operation<
  {
    organization: string;
    registryFilter?: string | null;
    collectionFilter?: string | null;
    artifactFilter?: string | null;
    cursor?: string | null;
    perPage?: number;
    order?: string | null;
    includeAliases?: boolean;
  },
  OrgEntity<{
    artifactMemberships: { pageInfo: PageInfo; edges: { node: MembershipFragment }[] };
  }>
>(`query RegistryVersions($organization: String!, $registryFilter: JSONString, $collectionFilter: JSONString, $artifactFilter: JSONString, $cursor: String, $perPage: Int, $order: String, $includeAliases: Boolean = false) {
  organization(name: $organization) { orgEntity { name artifactMemberships(projectFilters: $registryFilter, collectionFilters: $collectionFilter, filters: $artifactFilter, after: $cursor, first: $perPage, order: $order) {
    ${PAGE} edges { node { ...ArtifactMembershipFragment } } } } } }
${MEMBERSHIP_FRAGMENT}`);

/** UpsertModelInput as Registry.create and Registry.save send it. */
export interface UpsertModelInput {
  description?: string | null;
  entityName: string;
  name: string;
  access: string;
  allowAllArtifactTypesInRegistry: boolean;
  artifactTypes?: { name: string }[] | null;
}

export const UpsertRegistry = operation<
  { input: UpsertModelInput },
  { upsertModel: { inserted: boolean; project: RegistryFragment | null } | null }
>(`mutation UpsertRegistry($input: UpsertModelInput!) {
  upsertModel(input: $input) { inserted project { ...RegistryFragment } } }
${REGISTRY_FRAGMENT}`);

export const RenameRegistry = operation<
  { input: { entityName: string; oldProjectName: string; newProjectName: string } },
  { renameProject: { inserted: boolean; project: RegistryFragment | null } | null }
>(`mutation RenameRegistry($input: RenameProjectInput!) {
  renameProject(input: $input) { inserted project { ...RegistryFragment } } }
${REGISTRY_FRAGMENT}`);

export const DeleteRegistry = operation<
  { id: string },
  { deleteModel: { success: boolean } | null }
>(`mutation DeleteRegistry($id: String!) { deleteModel(input: { id: $id }) { success } }`);

/** UserRegistryMemberFragment. */
export interface UserRegistryMember {
  id: string;
  name: string;
  username: string;
  email: string | null;
  role: { name: string };
}

/** TeamRegistryMemberFragment (the team's selection reduced to what the simulator has). */
export interface TeamRegistryMember {
  team: { __typename: 'Entity'; id: string; name: string; isTeam: boolean };
  role: { name: string };
}

export const RegistryUserMembers = operation<
  { project: string; entity: string },
  { project: { members: UserRegistryMember[] } | null }
>(`query RegistryUserMembers($project: String!, $entity: String!) {
  project(name: $project, entityName: $entity) { members { id name username email role { name } } } }`);

export const RegistryTeamMembers = operation<
  { project: string; entity: string },
  { project: { teamMembers: TeamRegistryMember[] } | null }
>(`query RegistryTeamMembers($project: String!, $entity: String!) {
  project(name: $project, entityName: $entity) { teamMembers { team { __typename id name isTeam } role { name } } } }`);

type MembersInput = { input: { userIds: string[]; teamIds: string[]; projectId: string } };
type Success = { result: { success: boolean } | null };

export const CreateRegistryMembers = operation<MembersInput, Success>(
  `mutation CreateRegistryMembers($input: CreateProjectMembersInput!) { result: createProjectMembers(input: $input) { success } }`,
);

export const DeleteRegistryMembers = operation<MembersInput, Success>(
  `mutation DeleteRegistryMembers($input: DeleteProjectMembersInput!) { result: deleteProjectMembers(input: $input) { success } }`,
);

export const UpdateUserRegistryRole = operation<
  { input: { userId: string; projectId: string; userProjectRole: string } },
  Success
>(
  `mutation UpdateUserRegistryRole($input: UpdateProjectMemberInput!) { result: updateProjectMember(input: $input) { success } }`,
);

export const UpdateTeamRegistryRole = operation<
  { input: { teamId: string; projectId: string; teamProjectRole: string } },
  Success
>(
  `mutation UpdateTeamRegistryRole($input: UpdateProjectTeamMemberInput!) { result: updateProjectTeamMember(input: $input) { success } }`,
);
