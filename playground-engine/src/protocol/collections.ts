// Collections, their versions and a project's artifact types, as the public API reads them
// (wandb/sdk/artifacts/_generated/operations.py: PROJECT_ARTIFACT_COLLECTION_GQL,
// ARTIFACT_TYPE_ARTIFACT_COLLECTIONS_GQL, ARTIFACT_COLLECTION_ALIASES_GQL,
// PROJECT_ARTIFACT_TYPES_GQL, PROJECT_ARTIFACTS_GQL).
import { ARTIFACT_FRAGMENT, type AliasRef, type ArtifactFragment } from './fragments';
import type { PageInfo } from './files';
import { operation } from './operation';

/** ArtifactCollectionFragment (`type` is the collection's defaultArtifactType). */
export interface CollectionFragment {
  __typename: 'ArtifactSequence' | 'ArtifactPortfolio';
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
  updatedAt: string | null;
  project: { id: string; internalId: string; name: string; entity: { name: string } };
  type: { name: string };
  tags: { edges: { node: { __typename: 'Tag'; id: string; name: string } }[] };
}

export interface ArtifactTypeFragment {
  __typename: 'ArtifactType';
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
}

const PAGE = 'pageInfo { __typename endCursor hasNextPage }';
const COLLECTION_FRAGMENT = `fragment ArtifactCollectionFragment on ArtifactCollection {
  __typename id name description createdAt updatedAt project { id internalId name entity { name } }
  type: defaultArtifactType { name } tags { edges { node { __typename id name } } } }`;

export const ProjectArtifactCollection = operation<
  { entity: string; project: string; type: string; name: string },
  { project: { artifactType: { artifactCollection: CollectionFragment | null } | null } | null }
>(`query ProjectArtifactCollection($entity: String!, $project: String!, $type: String!, $name: String!) {
  project(entityName: $entity, name: $project) { artifactType(name: $type) {
    artifactCollection(name: $name) { __typename ...ArtifactCollectionFragment } } } }
${COLLECTION_FRAGMENT}`);

export const ArtifactTypeArtifactCollections = operation<
  { entity: string; project: string; type: string; cursor?: string | null; perPage?: number },
  {
    project: {
      artifactType: {
        artifactCollections: {
          totalCount: number;
          pageInfo: PageInfo;
          edges: { node: CollectionFragment }[];
        };
      } | null;
    } | null;
  }
>(`query ArtifactTypeArtifactCollections($entity: String!, $project: String!, $type: String!, $cursor: String, $perPage: Int) {
  project(entityName: $entity, name: $project) { artifactType(name: $type) {
    artifactCollections(after: $cursor, first: $perPage) { totalCount ${PAGE}
      edges { node { __typename ...ArtifactCollectionFragment } } } } } }
${COLLECTION_FRAGMENT}`);

export const ArtifactCollectionAliases = operation<
  { id: string; cursor?: string | null; perPage?: number },
  {
    artifactCollection: {
      __typename: 'ArtifactSequence' | 'ArtifactPortfolio';
      aliases: { pageInfo: PageInfo; edges: { node: AliasRef }[] };
    } | null;
  }
>(`query ArtifactCollectionAliases($id: ID!, $cursor: String, $perPage: Int = 1000) {
  artifactCollection(id: $id) { __typename aliases(after: $cursor, first: $perPage) { ${PAGE}
    edges { node { __typename id alias } } } } }`);

export const ProjectArtifactTypes = operation<
  { entity: string; project: string; cursor?: string | null; perPage?: number },
  {
    project: {
      artifactTypes: { edges: { node: ArtifactTypeFragment }[]; pageInfo: PageInfo };
    } | null;
  }
>(`query ProjectArtifactTypes($entity: String!, $project: String!, $cursor: String, $perPage: Int) {
  project(name: $project, entityName: $entity) { artifactTypes(after: $cursor, first: $perPage) {
    edges { node { __typename id name description createdAt } } ${PAGE} } } }`);

export const ProjectArtifacts = operation<
  {
    entity: string;
    project: string;
    type: string;
    collection: string;
    cursor?: string | null;
    perPage?: number;
    order?: string | null;
    includeAliases?: boolean;
  },
  {
    project: {
      artifactType: {
        artifactCollection: {
          __typename: 'ArtifactSequence' | 'ArtifactPortfolio';
          artifacts: {
            totalCount: number;
            pageInfo: PageInfo;
            edges: { version: string; node: ArtifactFragment }[];
          };
        } | null;
      } | null;
    } | null;
  }
>(`query ProjectArtifacts($entity: String!, $project: String!, $type: String!, $collection: String!, $cursor: String, $perPage: Int = 50, $order: String, $includeAliases: Boolean = true) {
  project(entityName: $entity, name: $project) { artifactType(name: $type) {
    artifactCollection(name: $collection) { __typename
      artifacts(after: $cursor, first: $perPage, order: $order) { totalCount ${PAGE}
        edges { version node { ...ArtifactFragment } } } } } } }
${ARTIFACT_FRAGMENT}`);
