// WorldEdit: the small, serialisable changes a reader makes to rebuild their own setup
// (issue 12). Edits are data (share URLs, local storage, analysis fixes), so they are
// validated like snapshots: a bad one is refused with a message naming the field.
import { z } from 'zod';
import { SimError } from '../rules/errors';
import { SDK_VERSION_PATTERN } from './sdkVersion';
import type { OrgRole, Role, Visibility } from './types';

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
const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(128, 'must be at most 128 characters')
  .regex(/^[^/:]+$/, "must not contain '/' or ':'");
const role = z.enum(['admin', 'member', 'viewer', 'restricted_viewer']);
const orgRole = z.enum(['admin', 'member']);
const none = z.literal('none');
const typeName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .regex(/^[\w.-]+$/, 'must be letters, digits, dots, dashes or underscores');

const editSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('add-org'),
    name,
    entityName: name.optional(),
    teams: z.array(name).optional(),
    viewerRole: z.union([orgRole, none]).optional(),
  }),
  z.strictObject({
    kind: z.literal('add-team'),
    org: name,
    name,
    viewerRole: z.union([role, none]).optional(),
  }),
  z.strictObject({ kind: z.literal('add-user'), name, defaultEntity: name.optional() }),
  z.strictObject({ kind: z.literal('set-viewer'), name }),
  z.strictObject({
    kind: z.literal('set-team-role'),
    team: name,
    role: z.union([role, none]),
    user: name.optional(),
  }),
  z.strictObject({
    kind: z.literal('set-registry-role'),
    org: name,
    registry: name,
    role: z.union([role, none]),
    user: name.optional(),
  }),
  z.strictObject({
    kind: z.literal('set-org-role'),
    org: name,
    role: z.union([orgRole, none]),
    user: name.optional(),
  }),
  z.strictObject({
    kind: z.literal('add-registry'),
    org: name,
    name,
    visibility: z.enum(['organization', 'restricted']).optional(),
    acceptedTypes: z.array(typeName).optional(),
    viewerRole: role.optional(),
  }),
  z.strictObject({ kind: z.literal('add-project'), entity: name, name }),
  z.strictObject({ kind: z.literal('set-default-entity'), entity: name }),
  z.strictObject({
    kind: z.literal('set-sdk-version'),
    version: z.string().regex(SDK_VERSION_PATTERN, "must be a version like '0.28.2'"),
  }),
]);

const editsSchema = z.array(editSchema);

/** Refuses the whole list on the first bad field: `Invalid world edit: edits.1.org: …`. */
export function parseWorldEdits(json: unknown): WorldEdit[] {
  const r = editsSchema.safeParse(json);
  if (r.success) return r.data as WorldEdit[];
  const issue = r.error.issues[0];
  const path = ['edits', ...issue.path.map(String)].join('.');
  throw new SimError('ValueError', `Invalid world edit: ${path}: ${issue.message}`);
}

/** A semantic problem with edit `index` (an unknown org, a taken name). */
export function editError(index: number, edit: WorldEdit, what: string): SimError {
  return new SimError('ValueError', `Invalid world edit: edits.${index} (${edit.kind}): ${what}`);
}
