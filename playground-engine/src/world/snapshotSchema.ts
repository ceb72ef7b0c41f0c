// zod schema of WorldSnapshot: restoring from untrusted JSON (URL, localStorage) must
// refuse bad input with an error naming the bad field, never half-build a world.
import {
  array,
  boolean,
  enum as oneOf,
  int,
  literal,
  nullable,
  optional,
  record,
  regex,
  string,
  strictObject,
  unknown,
  minimum,
  minLength,
} from 'zod/mini';
import { zodIssueText } from './zodIssue';
import { manifestDigest } from './deterministic';
import { SimError } from '../errors/simError';
import { SDK_VERSION_PATTERN } from './sdkVersion';
import type { WorldSnapshot } from './types';
import { World } from './world';

const role = oneOf(['admin', 'member', 'viewer', 'restricted_viewer']);
const orgRole = oneOf(['admin', 'member']);
const str = string();
const nonEmpty = string().check(minLength(1));
const index = int().check(minimum(0));
const roles = record(str, role);

const schema = strictObject({
  version: literal(1),
  viewer: nonEmpty,
  sdkVersion: optional(string().check(regex(SDK_VERSION_PATTERN))),
  env: record(str, str),
  clock: strictObject({ seed: int(), rngState: index, counter: index, tick: index }),
  users: array(strictObject({ name: nonEmpty, defaultEntity: nonEmpty })),
  entities: array(
    strictObject({
      name: nonEmpty,
      kind: oneOf(['user', 'team', 'org']),
      org: optional(str),
      members: roles,
    }),
  ),
  orgs: array(
    strictObject({ name: nonEmpty, entityName: nonEmpty, members: record(str, orgRole) }),
  ),
  projects: array(
    strictObject({
      id: nonEmpty,
      entity: nonEmpty,
      name: nonEmpty,
      createdAt: str,
      registry: optional(
        strictObject({
          visibility: oneOf(['organization', 'restricted']),
          acceptedTypes: array(str),
          allowAllTypes: boolean(),
          members: roles,
          core: boolean(),
          description: optional(nullable(str)),
          teams: optional(roles),
          protectedAliases: optional(array(str)),
          updatedAt: optional(str),
        }),
      ),
    }),
  ),
  runs: array(
    strictObject({
      id: nonEmpty,
      entity: nonEmpty,
      project: nonEmpty,
      name: str,
      jobType: optional(str),
      group: optional(str),
      notes: optional(str),
      tags: optional(array(str)),
      state: oneOf(['running', 'finished', 'failed', 'crashed']),
      exitCode: optional(int()),
      config: record(str, unknown()),
      summary: optional(record(str, unknown())),
      createdAt: str,
    }),
  ),
  collections: array(
    strictObject({
      id: nonEmpty,
      kind: oneOf(['sequence', 'portfolio']),
      entity: nonEmpty,
      project: nonEmpty,
      name: nonEmpty,
      type: nonEmpty,
      description: nullable(str),
      createdAt: str,
      nextIndex: index,
    }),
  ),
  artifacts: array(
    strictObject({
      id: nonEmpty,
      sequenceId: nonEmpty,
      versionIndex: index,
      type: nonEmpty,
      digest: nonEmpty,
      description: nullable(str),
      metadata: record(str, unknown()),
      files: record(str, str),
      references: optional(
        array(
          strictObject({
            path: nonEmpty,
            ref: nonEmpty,
            digest: str,
            size: nullable(index),
            extra: optional(record(str, str)),
          }),
        ),
      ),
      tags: optional(array(nonEmpty)),
      ttlSeconds: optional(nullable(index)),
      historyStep: optional(index),
      runId: nullable(str),
      state: literal('COMMITTED'),
      createdAt: str,
    }),
  ),
  memberships: array(
    strictObject({
      id: nonEmpty,
      collectionId: nonEmpty,
      versionIndex: index,
      artifactId: nonEmpty,
      aliases: array(str),
      createdAt: str,
    }),
  ),
  uses: optional(array(strictObject({ runId: nonEmpty, artifactId: nonEmpty, createdAt: str }))),
});

export function parseWorldSnapshot(json: unknown): WorldSnapshot {
  const r = schema.safeParse(json);
  if (r.success) return r.data as WorldSnapshot;
  const { path, message } = zodIssueText(r.error);
  throw new SimError(
    'ValueError',
    `Invalid world snapshot: ${path || '(root)'}: ${message}`,
    'wrong-argument',
  );
}

/**
 * A world from untrusted JSON (a share URL, localStorage): refused whole, naming the field.
 * Each version's digest is computed again from its files and references: snapshots saved
 * before digests were the SDK's manifest digest carry another hash, and dedup compares
 * digests.
 */
export function worldFromSnapshot(json: unknown): World {
  const snap = parseWorldSnapshot(json);
  for (const a of snap.artifacts) a.digest = manifestDigest(a.files, a.references);
  return World.restore(snap);
}
