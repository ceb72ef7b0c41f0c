// WorldEdit: the small, serialisable changes a reader makes to rebuild their own setup
// (issue 12). Edits are data (share URLs, local storage, analysis fixes), so they are
// validated like snapshots: a bad one is refused with a message naming the field.
import {
  array,
  discriminatedUnion,
  enum as oneOf,
  literal,
  maxLength,
  minLength,
  optional,
  regex,
  strictObject,
  string,
  trim,
  union,
} from 'zod/mini';
import { SimError } from '../errors/simError';
import { SDK_VERSION_PATTERN } from './sdkVersion';
import type { OrgRole, Role, Visibility } from './types';
import { zodIssueText } from './zodIssue';

/** A role to set, or 'none' to remove the user from the team, registry or org. */
export type RoleOrNone<R extends string> = R | 'none';

export type WorldEdit =
  /**
   * A new org. `entityName` is its ORG_ENTITY_NAME; when omitted it is the display name,
   * or `name_` + 9 characters when an entity (a team) or another org already bears it.
   * `teams` are created with it (before the collision check, as when a team had the name
   * first). The viewer joins with `viewerRole` (default 'member'; 'none' to stay out).
   */
  | {
      kind: 'add-org';
      name: string;
      entityName?: string;
      teams?: string[];
      viewerRole?: RoleOrNone<OrgRole>;
    }
  /** A team in an org; the viewer joins with `viewerRole` (default 'member'). */
  | { kind: 'add-team'; org: string; name: string; viewerRole?: RoleOrNone<Role> }
  /** A user with their personal entity; `defaultEntity` defaults to their own name. */
  | { kind: 'add-user'; name: string; defaultEntity?: string }
  /** The logged-in user. */
  | { kind: 'set-viewer'; name: string }
  /** A user's role in a team (`user` defaults to the viewer). */
  | { kind: 'set-team-role'; team: string; role: RoleOrNone<Role>; user?: string }
  /** A user's role in a registry (`user` defaults to the viewer). */
  | {
      kind: 'set-registry-role';
      org: string;
      registry: string;
      role: RoleOrNone<Role>;
      user?: string;
    }
  /** A user's membership of an org (`user` defaults to the viewer). */
  | { kind: 'set-org-role'; org: string; role: RoleOrNone<OrgRole>; user?: string }
  /**
   * A registry in an org (name without `wandb-registry-`). No `acceptedTypes` (or an empty
   * list) accepts every type. `viewerRole` makes the viewer a registry member.
   */
  | {
      kind: 'add-registry';
      org: string;
      name: string;
      visibility?: Visibility;
      acceptedTypes?: string[];
      viewerRole?: Role;
    }
  /** A plain project in an entity (user, team or org). */
  | { kind: 'add-project'; entity: string; name: string }
  /** The viewer's default entity (what `wandb.init()` uses without entity=). */
  | { kind: 'set-default-entity'; entity: string }
  /** The wandb SDK version the client reports. */
  | { kind: 'set-sdk-version'; version: string };

export type WorldEditKind = WorldEdit['kind'];

// Names end up in paths (`entity/project/name`), so '/' and ':' can never be part of one.
const name = string().check(
  trim(),
  minLength(1, 'must not be empty'),
  maxLength(128, 'must be at most 128 characters'),
  regex(/^[^/:]+$/, "must not contain '/' or ':'"),
);
const role = oneOf(['admin', 'member', 'viewer', 'restricted_viewer']);
const orgRole = oneOf(['admin', 'member']);
const none = literal('none');
const typeName = string().check(
  trim(),
  minLength(1, 'must not be empty'),
  regex(/^[\w.-]+$/, 'must be letters, digits, dots, dashes or underscores'),
);

const editSchema = discriminatedUnion('kind', [
  strictObject({
    kind: literal('add-org'),
    name,
    entityName: optional(name),
    teams: optional(array(name)),
    viewerRole: optional(union([orgRole, none])),
  }),
  strictObject({
    kind: literal('add-team'),
    org: name,
    name,
    viewerRole: optional(union([role, none])),
  }),
  strictObject({ kind: literal('add-user'), name, defaultEntity: optional(name) }),
  strictObject({ kind: literal('set-viewer'), name }),
  strictObject({
    kind: literal('set-team-role'),
    team: name,
    role: union([role, none]),
    user: optional(name),
  }),
  strictObject({
    kind: literal('set-registry-role'),
    org: name,
    registry: name,
    role: union([role, none]),
    user: optional(name),
  }),
  strictObject({
    kind: literal('set-org-role'),
    org: name,
    role: union([orgRole, none]),
    user: optional(name),
  }),
  strictObject({
    kind: literal('add-registry'),
    org: name,
    name,
    visibility: optional(oneOf(['organization', 'restricted'])),
    acceptedTypes: optional(array(typeName)),
    viewerRole: optional(role),
  }),
  strictObject({ kind: literal('add-project'), entity: name, name }),
  strictObject({ kind: literal('set-default-entity'), entity: name }),
  strictObject({
    kind: literal('set-sdk-version'),
    version: string().check(regex(SDK_VERSION_PATTERN, "must be a version like '0.28.2'")),
  }),
]);

const editsSchema = array(editSchema);

/** Refuses the whole list on the first bad field: `Invalid world edit: edits.1.org: …`. */
export function parseWorldEdits(json: unknown): WorldEdit[] {
  const r = editsSchema.safeParse(json);
  if (r.success) return r.data as WorldEdit[];
  const { path, message } = zodIssueText(r.error);
  throw new SimError(
    'ValueError',
    `Invalid world edit: ${['edits', path].filter(Boolean).join('.')}: ${message}`,
    'wrong-argument',
  );
}

/** A semantic problem with edit `index` (an unknown org, a taken name). */
export function editError(index: number, edit: WorldEdit, what: string): SimError {
  return new SimError(
    'ValueError',
    `Invalid world edit: edits.${index} (${edit.kind}): ${what}`,
    'wrong-argument',
  );
}
