// Maps the engine's typed UI client (playground-engine/src/server) onto RegistryUiApi.
// The only file that knows the engine's UI-client names; every call is a GraphQL request.
import type { EngineWorld, NetworkEntry } from '../engineTypes';
import type { RegistryUiApi } from './api';

/** The slice of the engine this adapter needs (structural; the engine loads lazily). */
export interface UiEngine {
  createTransport(
    world: EngineWorld,
    opts: { source: 'ui'; onEntry?: (e: NetworkEntry) => void },
  ): unknown;
  createUiClient(transport: unknown): unknown;
}

export function createUiApi(
  engine: UiEngine,
  world: EngineWorld,
  onEntry?: (e: NetworkEntry) => void,
): RegistryUiApi {
  const client = engine.createUiClient(engine.createTransport(world, { source: 'ui', onEntry }));
  return client as RegistryUiApi; // provisional until the engine's UI client lands
}
