// The SDK's parts a first Run does not touch: the public API (`Api`: read-back, registries,
// collections, projects, runs), an artifact's files (download, verify, files, get_entry) and
// its read-back (url, collection, source_artifact, logged_by, used_by, new_draft). One module,
// loaded on first use through `sdkOnDemand()` (lazy.ts); in a page the binding's on-demand
// module carries it (python/wandb/onDemand.ts), so a first Run does not download it. New SDK
// surface belongs here (export it below) unless a guide's first Run calls it;
// test/layers.test.ts lists what a first Run may load.
export { Api } from './api';
export { login } from './login';
export * as files from './artifactFiles';
export * as info from './versionInfo';
export * as refs from './artifactRefs';
export * as update from './artifactUpdate';
export * as settingsFiles from './settingsFiles';
