// The GraphQL contract between the simulated clients (SDK, UIs) and the simulated server:
// every operation, by name. A leaf: it imports nothing else of the engine. To add an
// operation, define it in the file of its area and list that area's file in eager.ts (a
// guide's first Run sends it) or onDemand.ts; the server's resolver table then fails to
// type-check until it answers it. Documents are looked up with operationNamed (documents.ts),
// which loads the on-demand half only when one of its operations is sent; the whole table
// (operations.ts) is for types and tests, and this module exports it as a type only.
import type { ResultOf, VariablesOf } from './operation';
import type { operations } from './operations';

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type Variables<N extends OperationName> = VariablesOf<Operations[N]>;
export type Result<N extends OperationName> = ResultOf<Operations[N]>;

export type { ArtifactAliasInput, CreateArtifactInput } from './artifacts';
export type { ArtifactTypeFragment, CollectionFragment } from './collections';
export type { FileFragment, MembershipPath, PageInfo } from './files';
export { GRAPHQL_URL, type GraphQLBody, OPERATION_PARAMS, operationUrl } from './endpoint';
export { operationNamed } from './documents';
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
