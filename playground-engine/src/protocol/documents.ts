// Each operation by name, for the client that sends its document and the server that checks
// it. What a first Run sends is at hand (eager.ts); the rest loads with the first request of
// one of them (onDemand.ts), so a first Run does not download documents it never sends.
import { eagerOperations } from './eager';
import type { Operation } from './operation';

type Table = Readonly<Record<string, Operation>>;

const eager: Table = eagerOperations;
let onDemand: Promise<Table> | undefined;

/** The on-demand operations, loaded once; after a failed load (offline) the next call retries. */
function loadOnDemand(): Promise<Table> {
  onDemand ??= import('./onDemand').then(
    (m) => m.onDemandOperations,
    (e: unknown) => {
      onDemand = undefined;
      throw e;
    },
  );
  return onDemand;
}

/**
 * The operation named `name`: at once when a first Run sends it, else a Promise (after the
 * on-demand ones load); undefined when the protocol has no such operation.
 */
export function operationNamed(
  name: string,
): Operation | undefined | Promise<Operation | undefined> {
  if (Object.hasOwn(eager, name)) return eager[name];
  return loadOnDemand().then((t) => (Object.hasOwn(t, name) ? t[name] : undefined));
}
