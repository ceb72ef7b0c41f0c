// The docs world: the default of createWorld(), so it lives with the world, not with the
// scenarios built on top of it.
import type { WorldSeed } from './types';

/**
 * The docs world's people, org and registries, with nothing logged yet. The scenario worlds
 * start from this, so a scenario's goal is never met by content it did not create.
 */
export const docsBaseSeed: WorldSeed = {
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

/** The default world the docs pages are written against (see DESIGN.md, issue 2). */
export const docsSeed: WorldSeed = {
  ...docsBaseSeed,
  orgs: docsBaseSeed.orgs.map((org) => ({
    ...org,
    // An empty collection: the Registry App shows its exact link_artifact code.
    registries: [
      { name: 'dataset', collections: [{ name: 'road-signs', type: 'dataset' }] },
      ...(org.registries ?? []),
    ],
  })),
  // A few versions already logged by the team, in a project of their own, so the simulated
  // Registry App and Artifact browser have something to link before any snippet has run.
  artifacts: [
    {
      entity: 'vision-team',
      project: 'pretrained',
      name: 'resnet-baseline',
      type: 'model',
      files: { 'weights.txt': 'resnet baseline, epoch 10' },
      // Already published, so the Models registry has a collection to link v1 into.
      links: [{ registry: 'model', collection: 'image-classifier' }],
    },
    {
      entity: 'vision-team',
      project: 'pretrained',
      name: 'resnet-baseline',
      type: 'model',
      files: { 'weights.txt': 'resnet baseline, epoch 20' },
    },
    {
      entity: 'vision-team',
      project: 'pretrained',
      name: 'street-scenes-raw',
      type: 'dataset',
      files: { 'index.csv': 'image,label\nstreet-001.png,car\n' },
    },
  ],
};
