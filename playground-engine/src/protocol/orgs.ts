// Organizations (tools/graphql_codegen/artifacts/misc.graphql).
import { operation } from './operation';

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

export const FetchOrganization = operation<
  { org: string },
  {
    organization: {
      id: string;
      name: string;
      orgEntity: { __typename: 'Entity'; id: string; name: string; entityType: string } | null;
    } | null;
  }
>(`query FetchOrganization($org: String!) {
  organization(name: $org) { id name orgEntity { __typename id name entityType } } }`);
