export {
  counter,
  type Fetch,
  fetchTransport,
  joinServerMessages,
  type NetworkEntry,
  type Transport,
  type TransportOptions,
} from './transport';
export {
  createUiClient,
  type UiArtifactGroup,
  type UiClient,
  type UiCollectionPath,
  type UiEntity,
  type UiLinkedArtifact,
  type UiLinkInput,
} from './uiClient';
