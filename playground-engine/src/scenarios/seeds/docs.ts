import type { WorldSeed } from '../../world/types';

/** The default world the docs pages are written against (see DESIGN.md, issue 2). */
export const docsSeed: WorldSeed = {
  viewer: 'alice',
  users: [{ name: 'alice', defaultEntity: 'vision-team' }, { name: 'bob' }],
  orgs: [
    {
      name: 'acme',
      members: [
        { user: 'alice', role: 'member' },
        { user: 'bob', role: 'admin' },
      ],
      teams: [
        {
          name: 'vision-team',
          members: [
            { user: 'alice', role: 'member' },
            { user: 'bob', role: 'admin' },
          ],
        },
        { name: 'nlp-team', members: [{ user: 'bob', role: 'admin' }] },
      ],
      registries: [
        {
          name: 'compliance',
          visibility: 'restricted',
          acceptedTypes: ['model'],
          members: [{ user: 'bob', role: 'admin' }],
        },
      ],
    },
  ],
};
