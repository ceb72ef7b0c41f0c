// Public API of playground-engine. Tests, benches and the site import only from here.
export { SimError, isSimError } from './rules/errors';
export {
  applyWorldEdits,
  createWorld,
  DEFAULT_SDK_VERSION,
  isSdkVersion,
  parseWorldEdits,
  seedWithEdits,
  World,
  type WorldEdit,
  type WorldEditKind,
  type WorldEditNote,
} from './world';
export type * from './world/types';
export { worldSeeds } from './scenarios/seeds';
export * from './rules/index';
export { analyze, applyEdits } from './analysis/analyze';
export type { Diagnostic, Fix, TextEdit } from './analysis/types';
export * from './server/index';
export * from './sdk/index';
export { manifestDigest } from './world/deterministic';
export { runSnippet, type RunResult, type RunSnippetOptions } from './python/runSnippet';
export type { PyError as RunError } from './python/run';
export {
  attemptScenario,
  getScenario,
  registryLinks,
  scenarios,
  UnknownScenarioError,
  type RegistryLink,
  type Scenario,
  type ScenarioAttempt,
  type ScenarioVerdict,
} from './scenarios/index';
