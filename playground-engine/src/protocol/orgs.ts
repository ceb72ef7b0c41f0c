// Organizations and their registries (tools/graphql_codegen/artifacts/misc.graphql,
// registries.graphql).
import type { RegistryFragment } from './fragments';
import { type Edges, operation } from './operation';

export interface OrgRef {
  name: string;
  orgEntity: { name: string } | null;
}

export const FetchOrgInfoFromEntity = operation<
  { entity: string },
  {
    entity: {
      organization: OrgRef | null;
      user: { organizations: OrgRef[] } | null;
    } | null;
  }
>(`query FetchOrgInfoFromEntity($entity: String!) {
  entity(name: $entity) { organization { name orgEntity { name } } user { organizations { name orgEntity { name } } } } }`);

export const FetchRegistries = operation<
  { organization?: string },
  {
    viewer: {
      organizations: {
        name: string;
        orgEntity: { name: string; projects: Edges<RegistryFragment> };
      }[];
    };
  }
>(`query FetchRegistries($organization: String) {
  viewer { organizations(name: $organization) { name orgEntity { name projects { edges { node { id name } } } } } } }`);
