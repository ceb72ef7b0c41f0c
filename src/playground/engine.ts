/**
 * The engine's own public API, as a type. Type-only imports are erased, so naming it costs a
 * doc page no bytes; an engine change that breaks the site is a type error here and at every
 * call site, not a runtime surprise.
 */
export type Engine = typeof import('playground-engine');

/**
 * The one place the site imports the engine's code. It is a dynamic import so the bundler puts
 * the engine in its own chunk, fetched on the first Run / Edit / visible widget and never in a
 * doc page's initial JS.
 */
let pending: Promise<Engine> | null = null;
let override: (() => Promise<Engine>) | null = null;

export function loadEngine(): Promise<Engine> {
  if (!pending) {
    const load = override ?? (() => import('playground-engine'));
    pending = load().catch((err: unknown) => {
      // A failed chunk load (offline after deploy, say) must be retryable.
      pending = null;
      throw err;
    });
  }
  return pending;
}

/** Tests swap in a fake engine (see fakeEngine.ts); `null` restores the real one. */
export function setEngineLoaderForTests(loader: (() => Promise<Engine>) | null): void {
  override = loader;
  pending = null;
}
