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

export function operationUrl(operationName: string, query: string, variables: object): string {
  const url = new URL(GRAPHQL_URL);
  url.searchParams.set(OPERATION_PARAMS.operationName, operationName);
  url.searchParams.set(OPERATION_PARAMS.query, query);
  url.searchParams.set(OPERATION_PARAMS.variables, JSON.stringify(variables));
  return url.href;
}
