// Users and teams for the public API (Api.user, Api.users, Api.team). Ids are the ones the
// registry member lists hand out (registries.ts), so a User or Team found here can be added
// to a registry.
import type * as ops from '../../protocol/users';
import type { World } from '../../world/world';
import { required, str } from '../decode';
import type { ResolversOf } from '../resolver';
import { teamId, userId } from './registries';

/**
 * `users(query:)`: the real server answers instance admins only, and its matching is not
 * public. The simulated one answers anyone with the users who share an organization with the
 * viewer (the viewer included) whose name contains the query, ignoring case (ASSUMPTIONS.md).
 */
function searchUsers(world: World, query: string) {
  const orgs = world.orgsOfUser(world.viewer).map((o) => o.name);
  const q = query.toLowerCase();
  return world
    .listUsers()
    .filter(
      (u) =>
        (u.name === world.viewer || world.orgsOfUser(u.name).some((o) => orgs.includes(o.name))) &&
        u.name.toLowerCase().includes(q),
    )
    .map((u) => ({
      node: {
        id: userId(world, u.name),
        name: u.name,
        username: u.name,
        email: null,
        admin: false,
        flags: null,
        entity: u.defaultEntity,
        deletedAt: null,
        apiKeys: { edges: [] },
        teams: {
          edges: world
            .listEntities()
            .filter((e) => e.kind === 'team' && u.name in e.members)
            .map((e) => ({ node: { name: e.name } })),
        },
      },
    }));
}

export const userResolvers = {
  SearchUsers: (world, v) => ({ users: { edges: searchUsers(world, str(v.query) ?? '') } }),

  GetTeamEntity: (world, v) => {
    const name = required(v, 'name');
    const e = world.listEntities().find((x) => x.name === name);
    if (!e) return { entity: null };
    return {
      entity: {
        id: teamId(world, e.name),
        name: e.name,
        available: false,
        photoUrl: null,
        readOnly: false,
        readOnlyAdmin: false,
        isTeam: e.kind === 'team',
        entityType: e.kind === 'user' ? 'USER' : e.kind === 'org' ? 'ORGANIZATION' : 'TEAM',
        privateOnly: false,
        storageBytes: 0,
        codeSavingEnabled: true,
        defaultAccess: 'USER_WRITE',
        isPaid: null,
        members: Object.entries(e.members).map(([member, role]) => ({
          id: userId(world, member),
          admin: role === 'admin',
          pending: false,
          email: null,
          username: member,
          name: member,
          photoUrl: null,
          accountType: 'USER',
          apiKey: null,
        })),
      },
    };
  },
} satisfies ResolversOf<typeof ops>;
