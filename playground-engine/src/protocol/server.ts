// What the client asks the server about itself and about the logged-in user
// (core/api/graphql/query_server_features.graphql, query_viewer.graphql).
import { type Edges, type NoVariables, operation } from './operation';

export const ServerFeaturesQuery = operation<
  NoVariables,
  { serverInfo: { features: { name: string; isEnabled: boolean }[] } }
>(`query ServerFeaturesQuery { serverInfo { features { name isEnabled } } }`);

export const Viewer = operation<
  NoVariables,
  {
    viewer: { id: string; username: string; entity: string; teams: Edges<{ name: string }> };
  }
>(`query Viewer { viewer { id username entity teams { edges { node { name } } } } }`);
