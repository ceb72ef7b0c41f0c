// The simulated W&B backend: msw GraphQL handlers over one World. Rules live in rules/;
// resolvers (resolvers/) only decode variables, apply the rules as the logged-in viewer and
// shape responses. Rule refusals become GraphQL `errors` with the server text.
import { isSimError } from '../errors/simError';
import { type OperationName, operations } from '../protocol';
import type { World } from '../world/world';
import { obj, type Vars } from './decode';
import { json } from './json';
import { OperationHandler, type ParsedOperation } from './operationHandler';
import type { Resolvers } from './resolver';
import { artifactResolvers } from './resolvers/artifacts';
import { collectionResolvers } from './resolvers/collections';
import { fileResolvers } from './resolvers/files';
import { linkResolvers } from './resolvers/links';
import { orgResolvers } from './resolvers/orgs';
import { registryResolvers } from './resolvers/registries';
import { runResolvers } from './resolvers/runs';
import { serverResolvers } from './resolvers/server';
import { uiResolvers } from './resolvers/ui';
import { useResolvers } from './resolvers/uses';

/** Every operation of the protocol has its resolver: a missing one is a type error here. */
export const resolvers = {
  ...serverResolvers,
  ...runResolvers,
  ...artifactResolvers,
  ...fileResolvers,
  ...collectionResolvers,
  ...linkResolvers,
  ...orgResolvers,
  ...registryResolvers,
  ...uiResolvers,
  ...useResolvers,
} satisfies Resolvers;

const isOperationName = (name: string): name is OperationName => Object.hasOwn(resolvers, name);

/** The GraphQL field each operation's errors point at (`errors[].path`). */
const rootField = (operationName: string) =>
  operationName.charAt(0).toLowerCase() + operationName.slice(1);

function respond(world: World, operationName: OperationName, vars: Vars) {
  const resolve = resolvers[operationName] as (world: World, vars: Vars) => unknown;
  try {
    return json({ data: resolve(world, vars) as Record<string, unknown> });
  } catch (e) {
    const field = rootField(operationName);
    if (isSimError(e)) {
      return json(
        {
          errors: [{ message: e.message, path: [field], extensions: { code: e.code } }],
          data: { [field]: null },
        },
        400,
      );
    }
    const text = e instanceof Error ? e.message : String(e);
    return json({ errors: [{ message: text, path: [field] }], data: null }, 500);
  }
}

/** The server answers the protocol's documents; anything else is refused by name. */
function answer(world: World, op: ParsedOperation): Response {
  if ('error' in op) return json({ errors: [{ message: op.error }], data: null }, 400);
  const { operationName, query, variables } = op;
  if (!isOperationName(operationName)) {
    return json(
      { errors: [{ message: `Unknown operation named "${operationName}".` }], data: null },
      400,
    );
  }
  if (query !== operations[operationName].document) {
    return json(
      {
        errors: [
          {
            message: `The simulated server answers "${operationName}" only with the document the wandb SDK sends.`,
          },
        ],
        data: null,
      },
      400,
    );
  }
  return respond(world, operationName, obj(variables));
}

const cache = new WeakMap<World, ReturnType<typeof build>>();

// One handler that dispatches on the operation name (operationHandler.ts), built once per
// world: msw's handler constructor captures a stack trace, and a per-operation list would be
// walked in order for every request.
function build(world: World) {
  return [new OperationHandler((op) => answer(world, op))];
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
