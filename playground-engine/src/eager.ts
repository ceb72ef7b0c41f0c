// `playground-engine/paths`: the small part of the engine a page may import eagerly (no
// world, no runtime, no msw): registry path helpers, the scenario catalog, the error codes
// and the hint table. Everything else loads lazily through the main entry.
export { ERROR_CODES, type ErrorCode, isErrorCode, type TroubleshootingCode } from './errors/codes';
export { docsFor, type Hint, hintFor } from './hints/hintFor';
export {
  formatTargetPath,
  isRegistryProject,
  parseTargetPath,
  REGISTRY_PREFIX,
  registryNameOf,
  registryProject,
  splitAlias,
  type TargetPath,
} from './paths/targetPath';
export {
  type ReaderNames,
  SCENARIO_CATALOG,
  scenarioAppliesInNames,
  type ScenarioId,
  type ScenarioMeta,
  findScenario,
  scenarioMeta,
} from './scenarios/catalog';
export { WORLD_SEED_IDS, type WorldSeedId } from './scenarios/seeds/ids';
