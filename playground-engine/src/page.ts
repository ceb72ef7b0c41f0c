// `playground-engine/page`: the engine as a page loads it. It holds what the first Run of a
// docs snippet needs (worlds, the runtime and the SDK, the in-page server) and the small
// helpers the site's widgets call; each part only some visits use is a loader below. The
// loaders' dynamic imports live here, inside this entry, so the bundler makes each part a
// child chunk of this one and never ships a module twice. The full API (index.ts) is for
// tests, benches and Node; it re-exports these loaders too, so it is a superset of this one.
// Types come from the full API (`import type ... from 'playground-engine'`), which costs no
// bytes. New code belongs in a loader's part, not here, unless a first Run runs it.

export {
  isRegistryProject,
  parseTargetPath,
  registryNameOf,
  registryProject,
} from './paths/targetPath';
export { validateAliases } from './rules/client/validators';
export { createTransport } from './host/connect';
export { runSnippet } from './host/runSnippet';
export { createWorld } from './world/createWorld';
export { worldSeeds } from './scenarios/seeds';

/** The editor's checks: `analyze(code, world)` and `applyEdits` (its text fixes). */
export const loadAnalyzer = () => import('./analysis/analyze');

/** Troubleshooting scenarios: `getScenario`, `scenarioInNames`, `attemptScenario`. */
export const loadScenarios = () => import('./scenarios/index');

/**
 * Untrusted world data, validated with zod: `seedWithEdits`, `applyWorldEdits`,
 * `parseWorldEdits`, `worldFromSnapshot`. A reader's names, setup or a share link need it.
 */
export const loadWorldEdits = () => import('./world/validated');

/** The widgets' parts (widgets.ts): `createUiClient` (simulated UIs), `resolveLinkTarget`. */
export const loadWidgets = () => import('./widgets');
