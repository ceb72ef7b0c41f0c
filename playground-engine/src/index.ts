// Public API of playground-engine. Tests, benches and Node import from here. The site takes
// the engine's code through two subpaths only: `playground-engine/paths` (eager.ts, small,
// eager) and `playground-engine/page` (page.ts: a first Run, and loaders for the rest).
// Grouped by layer, bottom up; see README.md for the picture.

// Leaves: errors, hints, paths, text, protocol
export {
  ERROR_CODES,
  type ErrorCode,
  isErrorCode,
  RUNTIME_CODES,
  TROUBLESHOOTING_CODES,
  type TroubleshootingCode,
} from './errors/codes';
export { isSimError, SimError } from './errors/simError';
export { docsFor, type Hint, hintFor } from './hints/hintFor';
export { closeMatches, editDistance } from './text/similar';
export * from './paths/targetPath';
export { pyListRepr, pyRepr, pySetRepr } from './text/pyRepr';
export { manifestDigest } from './text/digest';
export * from './protocol/index';

// World
export {
  applyWorldEdits,
  createWorld,
  DEFAULT_SDK_VERSION,
  isSdkVersion,
  parseWorldEdits,
  seedWithEdits,
  World,
  worldFromSnapshot,
  type WorldEdit,
  type WorldEditKind,
  type WorldEditNote,
} from './world';
export type * from './world/types';

// Rules (client/ and server/ halves, pure)
export * from './rules/index';

// Server (resolvers, mutations, the dry-run path explainer)
export * from './server/index';

// Client (transport, UI client) and the host that connects it to a world's server
export * from './client/index';
export { createTransport } from './host/connect';

// SDK and the Python runtime
export * from './sdk/index';
export {
  type RunError,
  type RunResult,
  type WrittenFile,
  type RunSnippetOptions,
  runSnippet,
} from './host/runSnippet';

// Analysis
export { analyze, applyEdits } from './analysis/analyze';
export type { Diagnostic, Fix, TextEdit } from './analysis/types';

// The site's loaders for the parts a first Run does not need (page.ts)
export { loadAnalyzer, loadScenarios, loadWidgets, loadWorldEdits } from './page';

// Scenarios (on top)
export { worldSeeds } from './scenarios/seeds';
export { WORLD_SEED_IDS, type WorldSeedId } from './scenarios/seeds/ids';
export {
  attemptScenario,
  getScenario,
  type ReaderNames,
  type RegistryLink,
  registryLinks,
  type Scenario,
  type ScenarioAttempt,
  type ScenarioVerdict,
  SCENARIO_CATALOG,
  type ScenarioId,
  type ScenarioMeta,
  scenarioAppliesInNames,
  scenarioInNames,
  scenarioMeta,
  scenarios,
  UnknownScenarioError,
} from './scenarios/index';
