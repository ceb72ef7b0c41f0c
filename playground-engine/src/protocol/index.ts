// The GraphQL contract between the simulated clients (SDK, UIs) and the simulated server:
// every operation, by name. A leaf: it imports nothing else of the engine. To add an
// operation, define it in the file of its area and list it here; the server's resolver
// table then fails to type-check until it answers it.
import * as artifacts from './artifacts';
import * as collections from './collections';
import * as files from './files';
import * as links from './links';
import type { ResultOf, VariablesOf } from './operation';
import * as orgs from './orgs';
import * as registries from './registries';
import * as runs from './runs';
import * as server from './server';
import * as ui from './ui';
import * as uses from './uses';

// Each area file exports only operations (types aside), so its namespace is its operations.
export const operations = {
  ...server,
  ...runs,
  ...artifacts,
  ...files,
  ...collections,
  ...links,
  ...orgs,
  ...registries,
  ...ui,
  ...uses,
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type Variables<N extends OperationName> = VariablesOf<Operations[N]>;
export type Result<N extends OperationName> = ResultOf<Operations[N]>;

export type { ArtifactAliasInput, CreateArtifactInput } from './artifacts';
export type { ArtifactTypeFragment, CollectionFragment } from './collections';
export type { FileFragment, MembershipPath, PageInfo } from './files';
export { GRAPHQL_URL, type GraphQLBody, OPERATION_PARAMS, operationUrl } from './endpoint';
export type {
  AliasRef,
  ArtifactFragment,
  CollectionRef,
  MembershipFragment,
  ProjectRef,
  UiRegistryFragment,
} from './fragments';
export type { ArtifactCollectionAliasInput, LinkArtifactInput } from './links';
export type { Edges, Operation, ResultOf, VariablesOf } from './operation';
export type { OrgRef } from './orgs';
export type {
  RegistryFragment,
  TeamRegistryMember,
  UpsertModelInput,
  UserRegistryMember,
} from './registries';
export type { UpsertBucketVariables } from './runs';
export type {
  UiCollectionOfType,
  UiCollectionSummary,
  UiProjectSummary,
  UiViewer,
} from './ui';
