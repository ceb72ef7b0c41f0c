// The server as a fetch-like function: a Request in, a Response out, resolved in process by
// msw's getResponse (no service worker, no network).
import { getResponse, HttpResponse } from 'msw';
import type { World } from '../world/world';
import { createHandlers } from './handlers';

const answer = (message: string) =>
  HttpResponse.json({ errors: [{ message }], data: null }, { status: 400 });

/** What a client's transport calls instead of `fetch` to reach this world's server. */
export function serverFetch(world: World): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      // msw answers nothing for a document it cannot parse (it logs the parse error).
      return (
        (await getResponse(createHandlers(world), request)) ??
        answer('The simulated server could not read this GraphQL request.')
      );
    } catch (e) {
      return answer(e instanceof Error ? e.message : String(e));
    }
  };
}
