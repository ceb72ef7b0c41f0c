export { applyWorldEdits, type WorldEditNote } from './applyEdits';
export { createWorld } from './createWorld';
export { contentDigest, manifestDigest } from './deterministic';
export { parseWorldEdits, type WorldEdit, type WorldEditKind } from './edits';
export { DEFAULT_SDK_VERSION, isSdkVersion } from './sdkVersion';
export { fixForError, type WorldFix } from './setupFixes';
export { seedWithEdits } from './seedWithEdits';
export type * from './types';
export { World } from './world';
