// Connects a simulated client to the in-page server of one world: the only place that
// knows both sides. The SDK and the UIs get a Transport and never see the World.
import {
  counter,
  fetchTransport,
  type Transport,
  type TransportOptions,
} from '../client/transport';
import { serverFetch } from '../server/inPage';
import type { World } from '../world/world';

// One id sequence per world, so the SDK's and the UIs' entries interleave in one log.
const ids = new WeakMap<World, () => number>();

export function createTransport(
  world: World,
  opts: Omit<TransportOptions, 'nextId'> = {},
): Transport {
  let nextId = ids.get(world);
  if (!nextId) {
    nextId = counter();
    ids.set(world, nextId);
  }
  return fetchTransport(serverFetch(world), { ...opts, nextId });
}
