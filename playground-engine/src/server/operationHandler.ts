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

/** The request's URL read once: parse() and predicate() both need it. */
type Read = {
  operation: ParsedOperation;
  /** Whether the request is addressed to GRAPHQL_URL. */
  addressed: boolean;
};

async function readRequest(request: Request): Promise<Read> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { addressed: false, operation: { error: 'The request URL is not a URL.' } };
  }
  const addressed = url.origin === ENDPOINT.origin && url.pathname === ENDPOINT.pathname;
  return { addressed, operation: addressed ? await readOperation(request, url) : UNREAD };
}

const UNREAD: ParsedOperation = { error: 'Not a request to the simulated server.' };

async function readOperation(request: Request, url: URL): Promise<ParsedOperation> {
  try {
    if (request.method === 'GET') {
      const params = url.searchParams;
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

type Answer = (operation: ParsedOperation, request: Request) => Response | Promise<Response>;

/** Answers every GraphQL request sent to GRAPHQL_URL with `answer(parsed, request)`. */
export class OperationHandler extends RequestHandler<
  { header: string },
  Read,
  { operation: ParsedOperation }
> {
  constructor(private readonly answer: Answer) {
    super({
      info: { header: `graphql ${GRAPHQL_URL}` },
      resolver: ({ operation, request }) => answer(operation as ParsedOperation, request),
    });
  }

  override parse({ request }: { request: Request }): Promise<Read> {
    return readRequest(request);
  }

  predicate({ parsedResult }: { parsedResult: Read }) {
    return parsedResult.addressed;
  }

  protected override extendResolverArgs({ parsedResult }: { parsedResult: Read }) {
    return { operation: parsedResult.operation };
  }

  /**
   * msw's getResponse calls this for each request. msw's own run() also clones the request
   * for its log, gives the resolver an AbortController for cleanups it may schedule, and
   * copies Set-Cookie headers to document.cookie; this server logs nothing, schedules
   * nothing and sets no cookies. In Chromium the clone and the controller's abort() after
   * each response (it makes a DOMException, stack trace included) cost about 0.2 ms an
   * exchange under a snippet's stack (measured in the page), more than the rest of it.
   */
  override async run({ request, requestId }: { request: Request; requestId: string }) {
    const parsedResult = await this.parse({ request });
    if (!this.predicate({ parsedResult })) return null;
    this.isUsed = true;
    const response = await this.answer(parsedResult.operation, request);
    return { handler: this, parsedResult, request, requestId, response };
  }

  // The network log (client/transport.ts) records every exchange; msw's console log would
  // only repeat it.
  log() {}
}
