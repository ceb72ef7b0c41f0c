export { Api } from './api';
export { Registry } from './registry';
export { Artifact, type ArtifactOptions } from './artifact';
export { type LogArtifactOptions, Run } from './run';
export { type SdkSettings, settingsFromEnv } from './settings';
export {
  type InitOptions,
  type TermLevel,
  type VirtualFs,
  WandbSdk,
  type WandbSdkOptions,
} from './wandbSdk';
