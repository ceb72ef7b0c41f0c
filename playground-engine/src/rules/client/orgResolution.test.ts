import { describe, expect, it } from 'vitest';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world/createWorld';
import type { FetchOrgInfoFromEntityData } from '../../server/orgInfo';
import { orgInfoFromEntity } from '../../server/orgInfo';
import { resolveOrgInfo } from './orgResolution';

const org = (name: string, entity: string | null = name) => ({
  name,
  orgEntity: entity ? { name: entity } : null,
});
const team = (o: ReturnType<typeof org>): FetchOrgInfoFromEntityData => ({
  entity: { organization: o, user: null },
});
const personal = (...orgs: ReturnType<typeof org>[]): FetchOrgInfoFromEntityData => ({
  entity: { organization: null, user: { organizations: orgs } },
});

const MULTI_WITH = (x: string) =>
  `Personal entity belongs to multiple organizations and cannot be linked/fetched with '${x}'. Please update the target path with the correct organization name or use a team entity in the entity settings.`;
const EXPECTING = (d: string, x: string) =>
  `Expecting the organization name or entity name to match '${d}' and cannot be linked/fetched with '${x}'. Please update the target path with the correct organization name.`;
const NOT_FOUND = (e: string) => `Unable to find organization for entity '${e}'.`;
const MULTI_NO_ORG =
  "Personal entity 'alice' belongs to multiple organizations and cannot be used without specifying the organization name. Please specify the organization in the Registry path or use a team entity in the entity settings.";
const NO_ORG_ENTITY =
  "Unable to resolve an organization associated with personal entity: 'alice'. This could be because its a personal entity that doesn't belong to any organizations. Please specify the organization in the Registry path or use a team entity in the entity settings.";

// [case, data, entity, org, expected org entity name | error message]
const table: [
  string,
  FetchOrgInfoFromEntityData,
  string,
  string | undefined,
  { ok: string } | { err: string },
][] = [
  [
    'rule 1: empty source entity',
    team(org('acme')),
    '',
    undefined,
    { err: 'Entity name is required to resolve org entity name.' },
  ],
  ['team, no org → its org', team(org('acme')), 'vision-team', undefined, { ok: 'acme' }],
  [
    'team, org = display name',
    team(org('reviewco', 'reviewco_AB12')),
    'reviewco',
    'reviewco',
    { ok: 'reviewco_AB12' },
  ],
  [
    'team, org = entity name',
    team(org('reviewco', 'reviewco_AB12')),
    'reviewco',
    'reviewco_AB12',
    { ok: 'reviewco_AB12' },
  ],
  [
    'team, org = team name → not found',
    team(org('acme')),
    'vision-team',
    'vision-team',
    { err: NOT_FOUND('vision-team') },
  ],
  [
    'team, wrong org → not found',
    team(org('acme')),
    'vision-team',
    'globex',
    { err: NOT_FOUND('vision-team') },
  ],
  [
    'team whose org has no orgEntity',
    team(org('acme', null)),
    'vision-team',
    undefined,
    { err: NOT_FOUND('vision-team') },
  ],
  [
    'personal, 1 org, org = display',
    personal(org('acme', 'acme_e')),
    'alice',
    'acme',
    { ok: 'acme_e' },
  ],
  [
    'personal, 1 org, org = entity',
    personal(org('acme', 'acme_e')),
    'alice',
    'acme_e',
    { ok: 'acme_e' },
  ],
  [
    'personal, 1 org, wrong org',
    personal(org('acme')),
    'alice',
    'globex',
    { err: EXPECTING('acme', 'globex') },
  ],
  [
    'personal, 2 orgs, org matches 2nd',
    personal(org('acme'), org('globex')),
    'alice',
    'globex',
    { ok: 'globex' },
  ],
  [
    'personal, 2 orgs, wrong org',
    personal(org('acme'), org('globex')),
    'alice',
    'initech',
    { err: MULTI_WITH('initech') },
  ],
  ['personal, 1 org, no org → silent', personal(org('acme')), 'alice', undefined, { ok: 'acme' }],
  [
    'personal, 2 orgs, no org',
    personal(org('acme'), org('globex')),
    'alice',
    undefined,
    { err: MULTI_NO_ORG },
  ],
  [
    'personal, orgs without orgEntity, no org',
    personal(org('acme', null)),
    'alice',
    undefined,
    { err: NO_ORG_ENTITY },
  ],
  [
    'personal, orgs without orgEntity, org given',
    personal(org('acme', null)),
    'alice',
    'acme',
    { err: MULTI_WITH('acme') },
  ],
  ['personal, empty org list', personal(), 'alice', undefined, { err: NOT_FOUND('alice') }],
  ['unknown entity', { entity: null }, 'ghost', undefined, { err: NOT_FOUND('ghost') }],
  ['unknown entity with org', { entity: null }, 'ghost', 'acme', { err: NOT_FOUND('ghost') }],
];

describe('resolveOrgInfo: every branch of the facts §1 matrix', () => {
  it.each(table)('%s', (_name, data, entity, orgName, expected) => {
    if ('ok' in expected) {
      expect(resolveOrgInfo(data, entity, orgName).info.entityName).toBe(expected.ok);
    } else {
      expect(() => resolveOrgInfo(data, entity, orgName)).toThrow(expected.err);
      try {
        resolveOrgInfo(data, entity, orgName);
      } catch (e) {
        expect((e as { pyType: string }).pyType).toBe('ValueError');
        expect((e as Error).message).toBe(expected.err);
      }
    }
  });
});

describe('orgInfoFromEntity over seed worlds', () => {
  it('team entity → its org; personal → the user orgs; unknown → null', () => {
    const w = createWorld();
    expect(orgInfoFromEntity(w, 'vision-team')).toEqual({
      entity: { organization: { name: 'acme', orgEntity: { name: 'acme' } }, user: null },
    });
    expect(orgInfoFromEntity(w, 'alice')).toEqual({
      entity: {
        organization: null,
        user: { organizations: [{ name: 'acme', orgEntity: { name: 'acme' } }] },
      },
    });
    expect(orgInfoFromEntity(w, 'nobody')).toEqual({ entity: null });
  });

  it('resolves the collision org to its hashed entity name from both names', () => {
    const w = createWorld(worldSeeds['org-name-collision']);
    const entityName = w.getOrg('reviewco')!.entityName;
    const data = orgInfoFromEntity(w, 'reviewco');
    expect(resolveOrgInfo(data, 'reviewco').info.entityName).toBe(entityName);
    expect(resolveOrgInfo(data, 'reviewco', 'reviewco').info.entityName).toBe(entityName);
    expect(resolveOrgInfo(data, 'reviewco', entityName).info.entityName).toBe(entityName);
  });

  it('multiple-orgs world: personal entity without an org fails', () => {
    const w = createWorld(worldSeeds['multiple-orgs']);
    expect(() => resolveOrgInfo(orgInfoFromEntity(w, 'alice'), 'alice')).toThrow(MULTI_NO_ORG);
    expect(resolveOrgInfo(orgInfoFromEntity(w, 'alice'), 'alice', 'globex').info.orgName).toBe(
      'globex',
    );
  });
});
