// Reading a logged version's files: its manifest, the files' URLs (what download() fetches)
// and the paginated file list of artifact.files() (wandb/sdk/artifacts/_generated/
// operations.py: FETCH_ARTIFACT_MANIFEST_GQL, GET_ARTIFACT_MEMBERSHIP_FILE_URLS_GQL,
// ARTIFACT_MEMBERSHIP_FILES_GQL). The playground has no object storage: the fields marked
// "simulator extension" carry inline what the real client fetches from a directUrl.
import { operation } from './operation';

export interface PageInfo {
  __typename: 'PageInfo';
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The File fragment (FileFragment), `name` being the file's displayName. */
export interface FileFragment {
  __typename: 'File';
  id: string;
  name: string;
  url: string;
  sizeBytes: number;
  storagePath: string;
  mimetype: string;
  updatedAt: string;
  /** The base64 MD5 of the content, as in the manifest. */
  digest: string;
  md5: string;
  directUrl: string;
  /** Simulator extension: what `url` serves (File.download); null for a reference. */
  content: string | null;
}

/** Where a membership is looked up: `project.artifactCollection(name).artifactMembership(aliasName)`. */
export interface MembershipPath {
  entity: string;
  project: string;
  collection: string;
  alias: string;
}

export const FetchArtifactManifest = operation<
  { id: string },
  {
    artifact: {
      currentManifest: {
        file: { directUrl: string };
        /** Simulator extension: the manifest JSON the directUrl serves (ArtifactManifestV1). */
        contents: string;
      } | null;
    } | null;
  }
>(`query FetchArtifactManifest($id: ID!) {
  artifact(id: $id) { currentManifest { file { directUrl } contents } } }`);

export const GetArtifactMembershipFileUrls = operation<
  MembershipPath & { cursor?: string | null; perPage?: number },
  {
    project: {
      artifactCollection: {
        __typename: 'ArtifactSequence' | 'ArtifactPortfolio';
        artifactMembership: {
          files: {
            pageInfo: PageInfo;
            edges: {
              node: {
                name: string;
                directUrl: string;
                /** Simulator extension: what the directUrl serves. */
                content: string;
              };
            }[];
          } | null;
        } | null;
      } | null;
    } | null;
  }
>(`query GetArtifactMembershipFileUrls($entity: String!, $project: String!, $collection: String!, $alias: String!, $cursor: String, $perPage: Int) {
  project(name: $project, entityName: $entity) { artifactCollection(name: $collection) { __typename
    artifactMembership(aliasName: $alias) { files(after: $cursor, first: $perPage) {
      pageInfo { __typename endCursor hasNextPage } edges { node { name: displayName directUrl content } } } } } } }`);

export const ArtifactMembershipFiles = operation<
  MembershipPath & { fileNames?: string[] | null; cursor?: string | null; perPage?: number },
  {
    project: {
      artifactCollection: {
        __typename: 'ArtifactSequence' | 'ArtifactPortfolio';
        artifactMembership: {
          files: {
            totalCount: number;
            pageInfo: PageInfo;
            edges: { node: FileFragment }[];
          } | null;
        } | null;
      } | null;
    } | null;
  }
>(`query ArtifactMembershipFiles($entity: String!, $project: String!, $collection: String!, $alias: String!, $fileNames: [String!], $cursor: String, $perPage: Int = 50) {
  project(name: $project, entityName: $entity) { artifactCollection(name: $collection) { __typename
    artifactMembership(aliasName: $alias) { files(names: $fileNames, after: $cursor, first: $perPage) {
      totalCount pageInfo { __typename endCursor hasNextPage }
      edges { node { __typename id name: displayName url sizeBytes storagePath mimetype updatedAt digest md5 directUrl content } } } } } } }`);
