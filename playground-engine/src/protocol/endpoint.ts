// Where the simulated clients send GraphQL. The URL never leaves the page: the in-page
// server answers it (host/connect.ts), no request reaches the network.
export const GRAPHQL_URL = 'http://wandb.simulator/graphql';

/** The body of a GraphQL response as the transport reads it. */
export interface GraphQLBody {
  data?: unknown;
  errors?: { message?: unknown; path?: unknown; extensions?: unknown }[];
}

/**
 * How a client puts an operation on the wire: GraphQL over HTTP's GET form, the operation in
 * the URL. The real SDK POSTs JSON; in the page, msw clones every request it handles, and
 * cloning a request body costs 1–2 ms in Chromium against tens of µs for a URL (see
 * server/operationHandler.ts). What the network log shows is the same either way.
 */
export const OPERATION_PARAMS = {
  operationName: 'operationName',
  query: 'query',
  variables: 'variables',
} as const;

// Each field is encoded once into one string: URLSearchParams.set re-serializes the whole
// query on every call, 35 µs for the three against 3 µs in Chromium (npm run bench:browser).
// The server reads it back with URLSearchParams, which decodes either form. The variables
// come as their JSON text, which the transport also keeps for its log.
export function operationUrl(operationName: string, query: string, variablesJson: string): string {
  const p = OPERATION_PARAMS;
  return `${GRAPHQL_URL}?${p.operationName}=${encodeURIComponent(operationName)}&${p.query}=${encodeURIComponent(query)}&${p.variables}=${encodeURIComponent(variablesJson)}`;
}
