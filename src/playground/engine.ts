import type { EngineApi } from './engineTypes';

/**
 * The one place the site imports the engine. It is a dynamic import so the
 * bundler puts the engine in its own chunk, fetched on the first Run / Edit /
 * visible widget and never in a doc page's initial JS.
 */
let pending: Promise<EngineApi> | null = null;
let override: (() => Promise<EngineApi>) | null = null;

export function loadEngine(): Promise<EngineApi> {
  if (!pending) {
    const load = override ?? (() => import('playground-engine') as unknown as Promise<EngineApi>);
    pending = load().catch((err: unknown) => {
      // A failed chunk load (offline after deploy, say) must be retryable.
      pending = null;
      throw err;
    });
  }
  return pending;
}

/** Tests swap in a fake engine; `null` restores the real one. */
export function setEngineLoaderForTests(loader: (() => Promise<EngineApi>) | null): void {
  override = loader;
  pending = null;
}
