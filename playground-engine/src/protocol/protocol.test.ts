import { describe, expect, it } from 'vitest';
import type { OperationName } from './index';
import { operations } from './operations';
import { operation } from './operation';
import { GRAPHQL_URL, operationUrl } from './endpoint';

describe('protocol', () => {
  it('names every operation after the name its document declares', () => {
    for (const [key, op] of Object.entries(operations)) expect(op.name).toBe(key);
  });

  it('keeps the SDK operation names (wandb/sdk/artifacts/_generated/operations.py, core/api/graphql)', () => {
    const sdk: OperationName[] = [
      'ServerFeaturesQuery',
      'Viewer',
      'UpsertBucket',
      'ArtifactType',
      'CreateArtifact',
      'CommitArtifact',
      'CreateArtifactManifest',
      'ArtifactByID',
      'FetchOrgInfoFromEntity',
      'LinkArtifact',
      'UnlinkArtifact',
      'AddAliases',
      'DeleteAliases',
      'ArtifactMembershipByName',
      'FetchLinkedArtifacts',
      'FetchRegistries',
      'FetchOrganization',
      'FetchRegistry',
      'RegistryCollections',
      'RegistryVersions',
      'UpsertRegistry',
      'RenameRegistry',
      'DeleteRegistry',
      'RegistryUserMembers',
      'RegistryTeamMembers',
      'CreateRegistryMembers',
      'DeleteRegistryMembers',
      'UpdateUserRegistryRole',
      'UpdateTeamRegistryRole',
      'FetchArtifactManifest',
      'GetArtifactMembershipFileUrls',
      'ArtifactMembershipFiles',
      'ProjectArtifactCollection',
      'ArtifactTypeArtifactCollections',
      'ArtifactCollectionAliases',
      'ProjectArtifactTypes',
      'ProjectArtifacts',
      'ArtifactCreatedBy',
      'Run',
      'RunOutputArtifacts',
      'RunInputArtifacts',
      'ArtifactUsedBy',
      'UseArtifact',
      'DeleteArtifact',
      'UpdateArtifact',
      'IsProjectReadOnly',
      // wandb/apis/_generated/operations.py
      'SearchUsers',
      'GetTeamEntity',
    ];
    const simulatorOnly = Object.keys(operations).filter((n) => !sdk.includes(n as OperationName));
    expect(simulatorOnly.every((n) => n.startsWith('Ui'))).toBe(true);
  });

  it('reads kind and name from the document, and refuses an anonymous one', () => {
    expect(operation('mutation M($a: Int) { m }')).toMatchObject({ kind: 'mutation', name: 'M' });
    expect(() => operation('{ viewer { id } }')).toThrow('not a named query or mutation');
  });

  it('puts an operation in the URL so that URLSearchParams reads every field back exactly', () => {
    const query = operations.LinkArtifact.document;
    const variables = { name: 'a+b & c=d %20 ü/?#', list: ['x y', '{"q"}'] };
    const url = new URL(operationUrl('LinkArtifact', query, JSON.stringify(variables)));
    expect(`${url.origin}${url.pathname}`).toBe(GRAPHQL_URL);
    expect(url.searchParams.get('operationName')).toBe('LinkArtifact');
    expect(url.searchParams.get('query')).toBe(query);
    expect(JSON.parse(url.searchParams.get('variables') ?? '')).toEqual(variables);
  });
});
