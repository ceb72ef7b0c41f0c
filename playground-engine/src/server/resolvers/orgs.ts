import type * as ops from '../../protocol/orgs';
import { required, str } from '../decode';
import { registryFragment } from '../fragments';
import { orgInfoFromEntity } from '../orgInfo';
import type { ResolversOf } from '../resolver';

export const orgResolvers = {
  FetchOrgInfoFromEntity: (world, v) => orgInfoFromEntity(world, required(v, 'entity')),

  FetchRegistries: (world, v) => {
    const filter = str(v.organization);
    const organizations = world
      .orgsOfUser(world.viewer)
      .filter((o) => !filter || filter === o.name || filter === o.entityName)
      .map((o) => ({
        name: o.name,
        orgEntity: {
          name: o.entityName,
          projects: {
            edges: world
              .listProjects(o.entityName)
              .map((p) => registryFragment(world, p, world.viewer))
              .filter((r) => r !== null)
              .map((node) => ({ node })),
          },
        },
      }));
    return { viewer: { organizations } };
  },
} satisfies ResolversOf<typeof ops>;
