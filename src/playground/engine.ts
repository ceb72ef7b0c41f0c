/**
 * The engine as a page loads it (`playground-engine/page`), as a type. Type-only imports are
 * erased, so naming it costs a doc page no bytes; an engine change that breaks the site is a
 * type error here and at every call site, not a runtime surprise.
 */
export type Engine = typeof import('playground-engine/page');
/** The editor's checks (`analyze`), a chunk of its own. */
export type Analyzer = Awaited<ReturnType<Engine['loadAnalyzer']>>;
/** Troubleshooting scenarios (`getScenario`, `attemptScenario`), a chunk of its own. */
export type Scenarios = Awaited<ReturnType<Engine['loadScenarios']>>;
/** Validated world edits and snapshots (`seedWithEdits`, `worldFromSnapshot`): zod's chunk. */
export type WorldEdits = Awaited<ReturnType<Engine['loadWorldEdits']>>;
/** The widgets' parts (`createUiClient`, `resolveLinkTarget`): a Run never calls them. */
export type Widgets = Awaited<ReturnType<Engine['loadWidgets']>>;

/**
 * The one place the site imports the engine's code. It is a dynamic import so the bundler puts
 * the engine in its own chunk, fetched on the first Run / Edit / visible widget and never in a
 * doc page's initial JS. That chunk holds what a first Run needs; the other parts load through
 * the engine's own loaders (below), so each is a child chunk of it and no module ships twice.
 */
let pending: Promise<Engine> | null = null;
let override: (() => Promise<Engine>) | null = null;

export function loadEngine(): Promise<Engine> {
  if (!pending) {
    const load = override ?? (() => import('playground-engine/page'));
    pending = load().catch((err: unknown) => {
      // A failed chunk load (offline after deploy, say) must be retryable.
      pending = null;
      throw err;
    });
  }
  return pending;
}

/** The analyzer, for the editor's diagnostics (loaded with the editor, not with Run). */
export function loadAnalyzer(): Promise<Analyzer> {
  return loadEngine().then((engine) => engine.loadAnalyzer());
}

/** The scenarios, for the troubleshooting panels. */
export function loadScenarios(): Promise<Scenarios> {
  return loadEngine().then((engine) => engine.loadScenarios());
}

/** The engine with world edits and snapshot validation (a reader's names, setup, share link). */
export function loadEngineWithEdits(): Promise<Engine & WorldEdits> {
  return loadEngine().then(async (engine) => ({ ...engine, ...(await engine.loadWorldEdits()) }));
}

/** The engine with the widgets' parts (the simulated UIs, the path checker). */
export function loadEngineWithWidgets(): Promise<Engine & Widgets> {
  return loadEngine().then(async (engine) => ({ ...engine, ...(await engine.loadWidgets()) }));
}

/** Tests swap in a fake engine (see fakeEngine.ts); `null` restores the real one. */
export function setEngineLoaderForTests(loader: (() => Promise<Engine>) | null): void {
  override = loader;
  pending = null;
}
