export { createWorld } from './createWorld';
export { manifestDigest } from './deterministic';
export { DEFAULT_SDK_VERSION, isSdkVersion } from './sdkVersion';
export { fixForError, type WorldFix } from './setupFixes';
export type * from './types';
export * from './validated';
export { World } from './world';
