// The simulated W&B backend: an msw GraphQL handler over the Worlds. Rules live in rules/;
// resolvers (resolvers/) only decode variables, apply the rules as the logged-in viewer and
// shape responses. Rule refusals become GraphQL `errors` with the server text.
import { getResponse } from 'msw';
import { isSimError } from '../errors/simError';
import { type Operation, operationNamed } from '../protocol';
import type { World } from '../world/world';
import { obj, type Vars } from './decode';
import { json } from './json';
import { OperationHandler, type ParsedOperation } from './operationHandler';
import { eagerResolvers } from './resolvers/eager';

type Resolve = (world: World, vars: Vars) => unknown;

/** The resolvers a first Run does not need (resolvers/onDemand.ts), on the first request. */
const onDemand = () =>
  import('./resolvers/onDemand').then((m) => m.onDemandResolvers as Record<string, Resolve>);

/** The GraphQL field each operation's errors point at (`errors[].path`). */
const rootField = (operationName: string) =>
  operationName.charAt(0).toLowerCase() + operationName.slice(1);

/** Answers at once when the resolver is loaded (every first-Run operation), else after loading. */
function respond(world: World, operationName: string, vars: Vars): Response | Promise<Response> {
  if (Object.hasOwn(eagerResolvers, operationName)) {
    const eager = eagerResolvers as Record<string, Resolve>;
    return resolveWith(eager[operationName], world, operationName, vars);
  }
  return onDemand().then(
    (lazy) => resolveWith(lazy[operationName], world, operationName, vars),
    (e: unknown) => failed(operationName, e),
  );
}

function failed(operationName: string, e: unknown): Response {
  const text = e instanceof Error ? e.message : String(e);
  return json({ errors: [{ message: text, path: [rootField(operationName)] }], data: null }, 500);
}

function resolveWith(resolve: Resolve, world: World, operationName: string, vars: Vars) {
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
    return failed(operationName, e);
  }
}

/**
 * The server answers the protocol's documents; anything else is refused by name. An operation
 * a first Run does not send is looked up after its half of the protocol loads (documents.ts).
 */
function answer(world: World, op: ParsedOperation): Response | Promise<Response> {
  if ('error' in op) return json({ errors: [{ message: op.error }], data: null }, 400);
  const known = operationNamed(op.operationName);
  if (!(known instanceof Promise)) return answerWith(world, op, known);
  return known.then(
    (k) => answerWith(world, op, k),
    (e: unknown) => failed(op.operationName, e),
  );
}

function answerWith(
  world: World,
  op: Exclude<ParsedOperation, { error: string }>,
  known: Operation | undefined,
): Response | Promise<Response> {
  const { operationName, query, variables } = op;
  if (!known) {
    return json(
      { errors: [{ message: `Unknown operation named "${operationName}".` }], data: null },
      400,
    );
  }
  if (query !== known.document) {
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

/** The world each request is for: `respondFor` records it before msw sees the request. */
const worldOf = new WeakMap<Request, World>();

// One handler for every world, made on the first request; it dispatches on the operation
// name (operationHandler.ts). msw's handler constructor makes an Error for its logs, and in
// Chromium a new Error costs 0.1–0.2 ms under a snippet's stack even with no stack trace
// kept: a handler per world cost each fresh world's first request that much (measured in
// the page).
let handlers: OperationHandler[] | undefined;

function answerFor(op: ParsedOperation, request: Request): Response | Promise<Response> {
  const world = worldOf.get(request);
  if (!world)
    return json({ errors: [{ message: 'No simulated world answers this request.' }] }, 500);
  return answer(world, op);
}

/** `world`'s server answers `request` through msw's getResponse (undefined: not addressed to it). */
export function respondFor(world: World, request: Request): Promise<Response | undefined> {
  worldOf.set(request, world);
  handlers ??= [new OperationHandler(answerFor)];
  return getResponse(handlers, request);
}
