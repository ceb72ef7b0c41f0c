// zod schema of WorldSnapshot: restoring from untrusted JSON (URL, localStorage) must
// refuse bad input with an error naming the bad field, never half-build a world.
import { z } from 'zod';
import { SimError } from '../rules/errors';
import { SDK_VERSION_PATTERN } from './sdkVersion';
import type { WorldSnapshot } from './types';

const role = z.enum(['admin', 'member', 'viewer', 'restricted_viewer']);
const orgRole = z.enum(['admin', 'member']);
const str = z.string();
const nonEmpty = z.string().min(1);
const index = z.number().int().min(0);
const roles = z.record(str, role);

const schema = z.strictObject({
  version: z.literal(1),
  viewer: nonEmpty,
  sdkVersion: z.string().regex(SDK_VERSION_PATTERN).optional(),
  env: z.record(str, str),
  clock: z.strictObject({ seed: z.number().int(), rngState: index, counter: index, tick: index }),
  users: z.array(z.strictObject({ name: nonEmpty, defaultEntity: nonEmpty })),
  entities: z.array(
    z.strictObject({
      name: nonEmpty,
      kind: z.enum(['user', 'team', 'org']),
      org: str.optional(),
      members: roles,
    }),
  ),
  orgs: z.array(
    z.strictObject({ name: nonEmpty, entityName: nonEmpty, members: z.record(str, orgRole) }),
  ),
  projects: z.array(
    z.strictObject({
      id: nonEmpty,
      entity: nonEmpty,
      name: nonEmpty,
      createdAt: str,
      registry: z
        .strictObject({
          visibility: z.enum(['organization', 'restricted']),
          acceptedTypes: z.array(str),
          allowAllTypes: z.boolean(),
          members: roles,
          core: z.boolean(),
        })
        .optional(),
    }),
  ),
  runs: z.array(
    z.strictObject({
      id: nonEmpty,
      entity: nonEmpty,
      project: nonEmpty,
      name: str,
      jobType: str.optional(),
      state: z.enum(['running', 'finished']),
      config: z.record(str, z.unknown()),
      createdAt: str,
    }),
  ),
  collections: z.array(
    z.strictObject({
      id: nonEmpty,
      kind: z.enum(['sequence', 'portfolio']),
      entity: nonEmpty,
      project: nonEmpty,
      name: nonEmpty,
      type: nonEmpty,
      description: str.nullable(),
      createdAt: str,
      nextIndex: index,
    }),
  ),
  artifacts: z.array(
    z.strictObject({
      id: nonEmpty,
      sequenceId: nonEmpty,
      versionIndex: index,
      type: nonEmpty,
      digest: nonEmpty,
      description: str.nullable(),
      metadata: z.record(str, z.unknown()),
      files: z.record(str, str),
      runId: str.nullable(),
      state: z.literal('COMMITTED'),
      createdAt: str,
    }),
  ),
  memberships: z.array(
    z.strictObject({
      id: nonEmpty,
      collectionId: nonEmpty,
      versionIndex: index,
      artifactId: nonEmpty,
      aliases: z.array(str),
      createdAt: str,
    }),
  ),
});

export function parseWorldSnapshot(json: unknown): WorldSnapshot {
  const r = schema.safeParse(json);
  if (r.success) return r.data as WorldSnapshot;
  const issue = r.error.issues[0];
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  throw new SimError('ValueError', `Invalid world snapshot: ${path}: ${issue.message}`);
}
