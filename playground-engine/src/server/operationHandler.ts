// One msw request handler for every GraphQL operation of the protocol, keyed by operation
// name. msw's own `graphql` handler parses each document with the `graphql` library (about
// 120 KB gzip of the engine chunk, with the cookie code it brings) and answers through a
// stream-backed HttpResponse; here the documents are the protocol's own strings, so a request
// is matched by name and by its document, and answered with a plain Response.
//
// Requests use GraphQL over HTTP's GET form (operationName, query and variables in the URL).
// msw clones every request it handles, and in Chromium cloning a request that has a body
// costs 1–2 ms (measured with npm run bench:browser); a body-less request costs tens of µs.
// POST with a JSON body is still understood (tests and hand-made requests send it).
import { RequestHandler } from 'msw';
import { GRAPHQL_URL, OPERATION_PARAMS } from '../protocol';

/** What the handler read from a request; `error` when it is not a usable GraphQL request. */
export type ParsedOperation =
  | { operationName: string; query: string; variables: Record<string, unknown> }
  | { error: string };

const ENDPOINT = new URL(GRAPHQL_URL);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fromFields(operationName: unknown, query: unknown, variables: unknown): ParsedOperation {
  if (typeof query !== 'string' || !query.trim()) {
    return { error: 'Must provide query string.' };
  }
  if (typeof operationName !== 'string' || !operationName) {
    return { error: 'Must provide an operation name.' };
  }
  if (variables !== undefined && variables !== null && !isRecord(variables)) {
    return { error: 'Variables must be an object.' };
  }
  return { operationName, query, variables: variables ?? {} };
}

async function readOperation(request: Request): Promise<ParsedOperation> {
  try {
    if (request.method === 'GET') {
      const params = new URL(request.url).searchParams;
      const raw = params.get(OPERATION_PARAMS.variables);
      return fromFields(
        params.get(OPERATION_PARAMS.operationName),
        params.get(OPERATION_PARAMS.query),
        raw === null ? undefined : JSON.parse(raw),
      );
    }
    const body: unknown = await request.clone().json();
    if (!isRecord(body)) return { error: 'The request body is not a JSON object.' };
    return fromFields(body.operationName, body.query, body.variables);
  } catch {
    return { error: 'The simulated server could not read this GraphQL request.' };
  }
}

/** Answers every GraphQL request sent to GRAPHQL_URL with `answer(parsed)`. */
export class OperationHandler extends RequestHandler<
  { header: string },
  { operation: ParsedOperation },
  { operation: ParsedOperation }
> {
  constructor(answer: (operation: ParsedOperation) => Response | Promise<Response>) {
    super({
      info: { header: `graphql ${GRAPHQL_URL}` },
      resolver: ({ operation }) => answer(operation as ParsedOperation),
    });
  }

  override async parse({ request }: { request: Request }) {
    return { operation: await readOperation(request) };
  }

  predicate({ request }: { request: Request }) {
    const url = new URL(request.url);
    return url.origin === ENDPOINT.origin && url.pathname === ENDPOINT.pathname;
  }

  protected override extendResolverArgs({
    parsedResult,
  }: {
    parsedResult: { operation: ParsedOperation };
  }) {
    return { operation: parsedResult.operation };
  }

  // The network log (client/transport.ts) records every exchange; msw's console log would
  // only repeat it.
  log() {}
}
