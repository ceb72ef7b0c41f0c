// Every exchange with the simulated backend: a real Request (POST JSON), resolved in
// process by msw's getResponse (no service worker, no network), recorded as a NetworkEntry.
import { getResponse } from 'msw';
import { SimError } from '../rules/errors';
import type { World } from '../world/world';
import { createHandlers, GRAPHQL_URL } from './handlers';

export interface NetworkEntry {
  id: number;
  source: 'sdk' | 'ui';
  operationName: string;
  variables: unknown;
  status: number;
  /** Parsed JSON body. */
  response: unknown;
  durationMs: number;
}

export interface Transport {
  readonly world: World;
  readonly source: 'sdk' | 'ui';
  request<T>(operationName: string, query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface TransportOptions {
  source?: 'sdk' | 'ui';
  onEntry?: (e: NetworkEntry) => void;
}

// One id sequence per world, so the sdk's and the UIs' entries interleave in one log.
const entryIds = new WeakMap<World, number>();

interface GraphQLBody {
  data?: unknown;
  errors?: { message?: unknown }[];
}

/** wandb-core passes server messages on; several become `[m1; m2]` (graphqlhandler.go). */
export function joinServerMessages(errors: { message?: unknown }[]): string {
  const msgs = errors.map((e) => String(e.message ?? ''));
  return msgs.length === 1 ? msgs[0] : `[${msgs.join('; ')}]`;
}

export function createTransport(world: World, opts: TransportOptions = {}): Transport {
  const source = opts.source ?? 'sdk';
  return {
    world,
    source,
    async request<T>(
      operationName: string,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<T> {
      const started = performance.now();
      const payload = JSON.stringify({ query, operationName, variables });
      const request = new Request(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: payload,
      });
      let status: number;
      let body: GraphQLBody;
      try {
        const response = await getResponse(createHandlers(world), request);
        if (response) {
          status = response.status;
          body = (await response.json()) as GraphQLBody;
        } else {
          status = 400;
          body = { errors: [{ message: `Unknown operation named "${operationName}".` }] };
        }
      } catch (e) {
        // msw refuses documents it cannot parse; surface it like a server validation error.
        status = 400;
        body = { errors: [{ message: e instanceof Error ? e.message : String(e) }] };
      }
      const id = (entryIds.get(world) ?? 0) + 1;
      entryIds.set(world, id);
      opts.onEntry?.({
        id,
        source,
        operationName,
        // A detached copy (what was sent), so later mutation of the caller's object cannot rewrite the log.
        variables: JSON.parse(payload).variables ?? {},
        status,
        response: body,
        durationMs: performance.now() - started,
      });
      if (body.errors?.length) {
        throw new SimError('wandb.errors.CommError', joinServerMessages(body.errors));
      }
      return body.data as T;
    },
  };
}
