import type * as ops from '../../protocol/server';
import type { ResolversOf } from '../resolver';

export const serverResolvers = {
  ServerFeaturesQuery: () => ({
    serverInfo: {
      features: [
        { name: 'ARTIFACT_MEMBERSHIP_IN_LINK_ARTIFACT_RESPONSE', isEnabled: true },
        // Registry search, create_registry and Registry.save check these (api.py, registry.py).
        { name: 'ARTIFACT_REGISTRY_SEARCH', isEnabled: true },
        { name: 'INCLUDE_ARTIFACT_TYPES_IN_REGISTRY_CREATION', isEnabled: true },
      ],
    },
  }),

  Viewer: (world) => {
    const u = world.getUser(world.viewer)!;
    return {
      viewer: {
        id: btoa(`User:${u.name}`),
        username: u.name,
        entity: u.defaultEntity,
        teams: { edges: world.teamsOfUser(u.name).map((t) => ({ node: { name: t.name } })) },
      },
    };
  },
} satisfies ResolversOf<typeof ops>;
