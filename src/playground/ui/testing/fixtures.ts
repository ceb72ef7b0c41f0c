// A small UI-level world for the fake api (plain data, no rules).
import type { FakeData } from './fakeApi';

export function fakeData(extraCollections = 0): FakeData {
  const collections = [
    { name: 'Example ML Task', type: 'model', versionCount: 2, latest: 'v1' },
    { name: 'sentiment', type: 'model', versionCount: 0, latest: null },
    { name: '<img src=x onerror=alert(1)>', type: 'model', versionCount: 0, latest: null },
  ];
  for (let i = 0; i < extraCollections; i++) {
    collections.push({
      name: `bulk-${String(i).padStart(3, '0')}`,
      type: 'model',
      versionCount: 1,
      latest: 'v0',
    });
  }
  return {
    registries: [
      {
        orgName: 'acme',
        orgEntityName: 'acme',
        name: 'model',
        projectName: 'wandb-registry-model',
        visibility: 'organization',
        acceptedTypes: ['model'],
        allowAllTypes: false,
      },
      {
        orgName: 'acme',
        orgEntityName: 'acme',
        name: 'dataset',
        projectName: 'wandb-registry-dataset',
        visibility: 'organization',
        acceptedTypes: ['dataset'],
        allowAllTypes: false,
      },
    ],
    collections: { 'acme/model': collections },
    memberships: {
      'acme/model/Example ML Task': [
        {
          versionIndex: 0,
          aliases: [],
          source: { entity: 'vision-team', project: 'mnist', name: 'my-model', versionIndex: 0 },
        },
        {
          versionIndex: 1,
          aliases: ['latest', 'prod'],
          source: { entity: 'vision-team', project: 'mnist', name: 'my-model', versionIndex: 3 },
        },
      ],
    },
    entities: [
      { name: 'vision-team', kind: 'team' },
      { name: 'alice', kind: 'user' },
    ],
    projects: { 'vision-team': ['mnist'] },
    artifacts: {
      'vision-team/mnist': [
        { name: 'my-model', type: 'model', versionCount: 2 },
        { name: 'train-data', type: 'dataset', versionCount: 1 },
      ],
    },
    versions: {
      'vision-team/mnist/my-model': [
        {
          id: 'QXJ0aWZhY3Q6MQ==',
          versionIndex: 0,
          aliases: [],
          type: 'model',
          digest: 'd0',
          createdAt: '2025-01-15T12:00:01Z',
        },
        {
          id: 'QXJ0aWZhY3Q6Mg==',
          versionIndex: 1,
          aliases: ['latest'],
          type: 'model',
          digest: 'd1',
          createdAt: '2025-01-15T12:00:02Z',
        },
      ],
      'vision-team/mnist/train-data': [
        {
          id: 'QXJ0aWZhY3Q6Mw==',
          versionIndex: 0,
          aliases: ['latest'],
          type: 'dataset',
          digest: 'd2',
          createdAt: '2025-01-15T12:00:03Z',
        },
      ],
    },
  };
}
