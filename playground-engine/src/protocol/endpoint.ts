// Where the simulated clients send GraphQL. The URL never leaves the page: the in-page
// server answers it (host/connect.ts), no request reaches the network.
export const GRAPHQL_URL = 'http://wandb.simulator/graphql';

/** The body of a GraphQL response as the transport reads it. */
export interface GraphQLBody {
  data?: unknown;
  errors?: { message?: unknown; path?: unknown }[];
}
