// The simulated W&B backend: msw GraphQL handlers over one World. Rules live in rules/;
// resolvers (resolvers/) only decode variables, apply the rules as the logged-in viewer and
// shape responses. Rule refusals become GraphQL `errors` with the server text.
import { type GraphQLResponseBody, graphql, HttpResponse } from 'msw';
import { isSimError } from '../errors/simError';
import { GRAPHQL_URL, type OperationName } from '../protocol';
import type { World } from '../world/world';
import { obj, type Vars } from './decode';
import type { Resolvers } from './resolver';
import { artifactResolvers } from './resolvers/artifacts';
import { linkResolvers } from './resolvers/links';
import { orgResolvers } from './resolvers/orgs';
import { runResolvers } from './resolvers/runs';
import { serverResolvers } from './resolvers/server';
import { uiResolvers } from './resolvers/ui';

const api = graphql.link(GRAPHQL_URL);

/** Every operation of the protocol has its resolver: a missing one is a type error here. */
export const resolvers = {
  ...serverResolvers,
  ...runResolvers,
  ...artifactResolvers,
  ...linkResolvers,
  ...orgResolvers,
  ...uiResolvers,
} satisfies Resolvers;

const isOperationName = (name: string): name is OperationName => Object.hasOwn(resolvers, name);

/** The GraphQL field each operation's errors point at (`errors[].path`). */
const rootField = (operationName: string) =>
  operationName.charAt(0).toLowerCase() + operationName.slice(1);

type Body = GraphQLResponseBody<Record<string, unknown>>;

function respond(world: World, operationName: OperationName, vars: Vars) {
  const resolve = resolvers[operationName] as (world: World, vars: Vars) => unknown;
  try {
    return HttpResponse.json<Body>({ data: resolve(world, vars) as Record<string, unknown> });
  } catch (e) {
    const field = rootField(operationName);
    if (isSimError(e)) {
      return HttpResponse.json<Body>(
        { errors: [{ message: e.message, path: [field] }], data: { [field]: null } },
        { status: 400 },
      );
    }
    const text = e instanceof Error ? e.message : String(e);
    return HttpResponse.json<Body>(
      { errors: [{ message: text, path: [field] }], data: null },
      { status: 500 },
    );
  }
}

const cache = new WeakMap<World, ReturnType<typeof build>>();

// One catch-all handler that dispatches on the operation name, not one handler per
// operation. msw 2.x parses a request only once (GraphQLHandler.parsedRequestCache), but it
// still runs each handler's URL match, cookie read and predicate, in order, until one
// matches. Measured with 20 operations (npm run bench:engine, "Handler dispatch"): the last
// of 20 per-operation handlers cost ~0.3 ms more per request (p50 ~1.1 ms against ~0.8 ms
// for the catch-all), and that gap grows with every operation added.
function build(world: World) {
  return [
    api.operation(({ operationName, variables }) => {
      if (!isOperationName(operationName)) {
        return HttpResponse.json<Body>(
          { errors: [{ message: `Unknown operation named "${operationName}".` }], data: null },
          { status: 400 },
        );
      }
      return respond(world, operationName, obj(variables));
    }),
  ];
}

/** The msw handlers for one world (built once per world). */
export function createHandlers(world: World) {
  let h = cache.get(world);
  if (!h) {
    h = build(world);
    cache.set(world, h);
  }
  return h;
}
