import type * as ops from '../../protocol/orgs';
import { required } from '../decode';
import { orgByName, orgInfoFromEntity } from '../orgInfo';
import type { ResolversOf } from '../resolver';

export const orgResolvers = {
  FetchOrgInfoFromEntity: (world, v) => orgInfoFromEntity(world, required(v, 'entity')),

  FetchOrganization: (world, v) => {
    const org = orgByName(world, required(v, 'org'));
    return {
      organization: org
        ? {
            id: btoa(`Organization:${org.name}`),
            name: org.name,
            orgEntity: {
              __typename: 'Entity',
              id: btoa(`Entity:${org.entityName}`),
              name: org.entityName,
              entityType: 'ORGANIZATION',
            },
          }
        : null,
    };
  },
} satisfies ResolversOf<typeof ops>;
