// The server as a fetch-like function: a Request in, a Response out, resolved in process by
// msw's getResponse (no service worker, no network).
import type { World } from '../world/world';
import { respondFor } from './handlers';
import { json } from './json';

const answer = (message: string) => json({ errors: [{ message }], data: null }, 400);

/** What a client's transport calls instead of `fetch` to reach this world's server. */
export function serverFetch(world: World): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      // Only a request to another URL goes unanswered.
      return (
        (await respondFor(world, request)) ??
        answer(`The simulated server has no handler for ${request.method} ${request.url}.`)
      );
    } catch (e) {
      return answer(e instanceof Error ? e.message : String(e));
    }
  };
}
