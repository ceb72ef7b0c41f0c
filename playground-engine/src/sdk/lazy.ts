// The one loader of the SDK's on-demand part (onDemand.ts). Callers are async already: each
// SDK call is a GraphQL exchange. The Python binding points it at its own on-demand module,
// which re-exports this part: one chunk for both layers, so no module downloads twice.
type SdkOnDemand = typeof import('./onDemand');

let load: () => Promise<SdkOnDemand> = () => import('./onDemand');

export const sdkOnDemand = (): Promise<SdkOnDemand> => load();

/** A loader whose module carries this part too (python/wandb/lazy.ts). */
export function loadSdkOnDemandWith(loader: () => Promise<SdkOnDemand>): void {
  load = loader;
}
