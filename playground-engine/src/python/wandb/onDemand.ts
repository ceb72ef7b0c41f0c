// The wandb binding's parts a first Run does not touch: wandb.Api and what it returns
// (registries, collections, projects, public runs) and the objects an artifact's files and
// read-back give (File, ArtifactCollection, Run). ArtifactManifestEntry is not here: add_file,
// which every guide's first Run calls, returns one (manifestEntry.ts). The runtime loads
// this module on first use through `onDemand()` (lazy.ts), with the SDK's own part
// (sdk/onDemand.ts, re-exported below): the bundler makes it one chunk, as it does for the
// rarer stdlib modules, so a first Run does not download it. New SDK surface belongs in these
// two modules (export it there; call it as `(await onDemand()).x` in the binding and
// `(await sdkOnDemand()).x` in the SDK) unless a guide's first Run calls it;
// test/layers.test.ts lists what a first Run may load.
export * from '../../sdk/onDemand';
export { newApi } from './api';
export { PyArtifactCollection } from './collections';
export { PyArtifactFiles, PyPublicFile } from './files';
export { PyPublicRun } from './publicRun';
export {
  fileSettingsCheck,
  initSettings,
  newSettings,
  reinitArg,
  runSettings,
  settingsArg,
} from './settings';
export { requireFeatures, termCall } from './moduleCalls';
export { stringType, valueError } from './pydantic';
export { noopRunAttrs } from './noopRun';
