// The simulator's own queries for its simulated UIs (Registry App, Artifact browser). The
// real web app uses other operations; these are named Ui* so they cannot pass for the SDK's.
import {
  type CollectionRef,
  MEMBERSHIP_FRAGMENT,
  type MembershipFragment,
  type ProjectRef,
  type UiRegistryFragment,
} from './fragments';
import { type Edges, type NoVariables, operation } from './operation';

export interface UiViewer {
  username: string;
  /** Default entity (where runs log without entity=). */
  entity: string;
  personalEntity: string;
  teams: { name: string; org: string | null; role: string }[];
}

export interface UiCollectionSummary {
  id: string;
  name: string;
  type: string;
  versionCount: number;
  /** Index of the version holding `latest`, or null for an empty collection. */
  latestVersionIndex: number | null;
  createdAt: string;
}

export interface UiProjectSummary {
  id: string;
  name: string;
  createdAt: string;
}

export interface UiCollectionOfType {
  id: string;
  name: string;
  versionCount: number;
}

export const UiEntities = operation<NoVariables, { viewer: UiViewer }>(
  `query UiEntities { viewer { username entity personalEntity teams { name org role } } }`,
);

export const UiRegistries = operation<
  { organization?: string },
  {
    viewer: {
      organizations: {
        name: string;
        orgEntity: { name: string; projects: Edges<UiRegistryFragment> };
      }[];
    };
  }
>(`query UiRegistries($organization: String) {
  viewer { organizations(name: $organization) { name orgEntity { name projects { edges { node { id name } } } } } } }`);

export const UiRegistryCollections = operation<
  { entity: string; project: string },
  { project: (UiRegistryFragment & { artifactCollections: Edges<UiCollectionSummary> }) | null }
>(`query UiRegistryCollections($entity: String!, $project: String!) {
  project(name: $project, entityName: $entity) { artifactCollections { edges { node { id name type versionCount latestVersionIndex } } } } }`);

export const UiCollectionVersions = operation<
  { entity: string; project: string; collection: string; includeAliases?: boolean },
  {
    project: {
      artifactCollection:
        | (CollectionRef & { type: string; artifactMemberships: Edges<MembershipFragment> })
        | null;
    } | null;
  }
>(`query UiCollectionVersions($entity: String!, $project: String!, $collection: String!, $includeAliases: Boolean = true) {
  project(name: $project, entityName: $entity) { artifactCollection(name: $collection) { id name type
    artifactMemberships { edges { node { ...ArtifactMembershipFragment } } } } } }
${MEMBERSHIP_FRAGMENT}`);

export const UiProjects = operation<
  { entity: string },
  { entity: { name: string; projects: Edges<UiProjectSummary> } | null }
>(
  `query UiProjects($entity: String!) { entity(name: $entity) { projects { edges { node { id name } } } } }`,
);

export const UiProjectArtifacts = operation<
  { entity: string; project: string },
  {
    project:
      | (ProjectRef & {
          artifactTypes: Edges<{ name: string; artifactCollections: Edges<UiCollectionOfType> }>;
        })
      | null;
  }
>(`query UiProjectArtifacts($entity: String!, $project: String!) {
  project(name: $project, entityName: $entity) { artifactTypes { edges { node { name artifactCollections { edges { node { id name versionCount } } } } } } } }`);

export const UiArtifactFiles = operation<
  { artifactID: string },
  {
    artifact: {
      id: string;
      /** A reference entry has `ref` (its URI) and no content. */
      files: Edges<{ name: string; content: string; ref: string | null }>;
    } | null;
  }
>(
  `query UiArtifactFiles($artifactID: ID!) { artifact(id: $artifactID) { id files { edges { node { name content ref } } } } }`,
);
