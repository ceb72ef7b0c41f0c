export type {
  AliasRef,
  ArtifactFragment,
  CollectionRef,
  MembershipFragment,
  ProjectRef,
  RegistryFragment,
} from './fragments';
export { createHandlers, GRAPHQL_URL, OPERATION_NAMES } from './handlers';
export { type OperationName, Q as queries } from './queries';
export {
  createTransport,
  joinServerMessages,
  type NetworkEntry,
  type Transport,
  type TransportOptions,
} from './transport';
export {
  createUiClient,
  type UiArtifactGroup,
  type UiClient,
  type UiCollectionSummary,
  type UiLinkedArtifact,
  type UiLinkInput,
  type UiViewer,
} from './uiClient';
