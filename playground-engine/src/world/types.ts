// Plain data shapes of the simulated W&B world. Everything here is JSON-safe so a
// snapshot is just these records in arrays.

export type Role = 'admin' | 'member' | 'viewer' | 'restricted_viewer';
export type OrgRole = 'admin' | 'member';
export type Visibility = 'organization' | 'restricted';

/** The shape scenarios, tests and docs build worlds from (issue 2), extended compatibly. */
export interface WorldSeed {
  /** The logged-in user. */
  viewer: string;
  /** defaultEntity: the user's own name unless given. */
  users: { name: string; defaultEntity?: string }[];
  orgs: {
    /** Display name. */
    name: string;
    /** ORG_ENTITY_NAME; default: the name, or name + "_" + stable hash when a team bears it. */
    entityName?: string;
    members: { user: string; role?: OrgRole }[];
    teams: { name: string; members: { user: string; role?: Role }[] }[];
    registries?: {
      name: string;
      visibility?: Visibility;
      acceptedTypes?: string[];
      members?: { user: string; role: Role }[];
      /** Pre-existing collections in this registry (may be empty). */
      collections?: { name: string; type: string }[];
      /** Aliases only registry admins may set (e.g. `production`). */
      protectedAliases?: string[];
      description?: string;
    }[];
  }[];
  env?: Record<string, string>;
  /** Pre-logged source versions (logged by a finished seed run), optionally already linked. */
  artifacts?: {
    entity: string;
    project: string;
    name: string;
    type: string;
    files?: Record<string, string>;
    aliases?: string[];
    metadata?: Record<string, unknown>;
    links?: { org?: string; registry: string; collection: string; aliases?: string[] }[];
  }[];
  /** Seed of the deterministic id/digest/clock source. Default 1. */
  randomSeed?: number;
  /** Plain (non-registry) projects that exist before anything runs. */
  projects?: { entity: string; name: string }[];
  /** The wandb SDK version the simulated client reports; default DEFAULT_SDK_VERSION. */
  sdkVersion?: string;
}

export interface UserRec {
  name: string;
  defaultEntity: string;
}

/** An entity is a namespace owning projects: a user's personal one, a team, or an org's. */
export interface EntityRec {
  name: string;
  kind: 'user' | 'team' | 'org';
  /** Team and org entities: the org they belong to (by display name). */
  org?: string;
  /** Team members and their roles; empty for user and org entities. */
  members: Record<string, Role>;
}

export interface OrgRec {
  /** Display name (unique). */
  name: string;
  /** ORG_ENTITY_NAME: the entity that owns the org's registries. */
  entityName: string;
  members: Record<string, OrgRole>;
}

export interface RegistryRec {
  visibility: Visibility;
  /** Empty + allowAllTypes=true means any type is accepted. */
  acceptedTypes: string[];
  allowAllTypes: boolean;
  members: Record<string, Role>;
  core: boolean;
  /** Set by create_registry or Registry.save; absent (None) for seeded registries. */
  description?: string | null;
  /** Team members (team entity name → role), as Registry.add_members(team) adds them. */
  teams?: Record<string, Role>;
  /** Aliases only registry admins may add or remove (a registry setting of the web app). */
  protectedAliases?: string[];
  updatedAt?: string;
}

export interface ProjectRec {
  id: string;
  entity: string;
  name: string;
  /** Set when this project is a registry (`wandb-registry-{name}` under an org entity). */
  registry?: RegistryRec;
  createdAt: string;
}

/** A run's state as the server reports it (apis/public/runs.py `Run.state`). */
export type RunState = 'running' | 'finished' | 'failed' | 'crashed';

export interface RunRec {
  id: string;
  entity: string;
  project: string;
  name: string;
  jobType?: string;
  /** `groupName`, `notes` and `tags` as UpsertBucket last sent them (absent when never set). */
  group?: string;
  notes?: string;
  tags?: string[];
  /** What the server reports: `finished`, `failed` or `crashed` from the exit code it was sent. */
  state: RunState;
  /** The exit code the run completed with (absent while it runs). */
  exitCode?: number;
  config: Record<string, unknown>;
  /** What the run's history left as its summary (last value per key), sent when it finishes. */
  summary?: Record<string, unknown>;
  createdAt: string;
}

/** What an UpsertBucket of an existing run may replace (undefined: left as it is). */
export interface RunUpdate {
  config?: Record<string, unknown>;
  summary?: Record<string, unknown>;
  name?: string;
  jobType?: string;
  group?: string;
  notes?: string;
  tags?: string[];
}

/**
 * A manifest entry that points outside W&B (add_reference): nothing is uploaded, the
 * manifest keeps the URI, its digest, and its size when the handler knew it.
 */
export interface ReferenceRec {
  path: string;
  ref: string;
  digest: string;
  size: number | null;
  extra?: Record<string, string>;
}

/** A source version: what log_artifact creates. */
export interface ArtifactRec {
  id: string;
  /** Id of the ArtifactSequence collection that owns it. */
  sequenceId: string;
  versionIndex: number;
  type: string;
  digest: string;
  description: string | null;
  metadata: Record<string, unknown>;
  files: Record<string, string>;
  /** Reference entries, beside the files (absent when there are none). */
  references?: ReferenceRec[];
  /** Tags set with `artifact.tags` + `save()` (absent when none). */
  tags?: string[];
  /**
   * The version's own TTL in seconds, or null for none (`artifact.ttl = None`); absent while
   * it inherits the team default (no team default is simulated).
   */
  ttlSeconds?: number | null;
  /** The logging run's step when it was logged (CreateArtifact `historyStep`), when not 0. */
  historyStep?: number;
  runId: string | null;
  state: 'COMMITTED';
  createdAt: string;
}

/** What UpdateArtifact changes; a field left out stays as it is. */
export interface ArtifactEdit {
  description?: string | null;
  metadata?: Record<string, unknown>;
  tags?: string[];
  /** Seconds, null for no TTL, or 'inherit' to drop the version's own TTL. */
  ttl?: number | null | 'inherit';
}

/** An artifact sequence (source versions) or portfolio (links: registry collections). */
export interface CollectionRec {
  id: string;
  kind: 'sequence' | 'portfolio';
  entity: string;
  project: string;
  name: string;
  type: string;
  description: string | null;
  createdAt: string;
  /** Next version index to hand out (indexes are never reused). */
  nextIndex: number;
}

/** A version inside a collection: for a sequence the source itself, for a portfolio a link. */
export interface MembershipRec {
  id: string;
  collectionId: string;
  versionIndex: number;
  artifactId: string;
  aliases: string[];
  createdAt: string;
}

/**
 * A run's use of a version (UseArtifact): the source version's id, whatever name it was used
 * by, so a link's uses are its source's (artifact.py `used_by` queries by the source id).
 */
export interface UseRec {
  runId: string;
  artifactId: string;
  createdAt: string;
}

export type WorldEvent =
  | { kind: 'run-created'; seq: number; runId: string }
  | { kind: 'run-finished'; seq: number; runId: string }
  /** Its config or summary was replaced (UpsertBucket with config / summaryMetrics). */
  | { kind: 'run-updated'; seq: number; runId: string }
  | { kind: 'project-created'; seq: number; entity: string; project: string }
  | { kind: 'collection-created'; seq: number; collectionId: string }
  | { kind: 'artifact-logged'; seq: number; artifactId: string; membershipId: string }
  | { kind: 'artifact-linked'; seq: number; artifactId: string; membershipId: string }
  | {
      kind: 'artifact-unlinked';
      seq: number;
      artifactId: string;
      membershipId: string;
      /** `entity/project/collection:vN` of the membership removed. */
      name: string;
    }
  /** `name`: the version as `entity/project/collection:vN` (the records are gone once removed). */
  | {
      kind: 'artifact-used';
      seq: number;
      artifactId: string;
      runId: string;
      /** The run's display name. */
      runName: string;
      name: string;
    }
  | {
      kind: 'artifact-deleted';
      seq: number;
      artifactId: string;
      name: string;
      /** The links deleted with it, as `entity/project/collection:vN`. */
      links: string[];
    }
  | { kind: 'aliases-changed'; seq: number; membershipId: string; aliases: string[] }
  | { kind: 'artifact-updated'; seq: number; artifactId: string }
  | { kind: 'registry-changed'; seq: number; entity: string; project: string }
  /** A setup edit (issue 12): users, orgs, teams, roles, viewer, default entity, SDK version. */
  | { kind: 'setup-changed'; seq: number; edit: string };

export type WorldEventInput = WorldEvent extends infer E
  ? E extends { seq: number }
    ? Omit<E, 'seq'>
    : never
  : never;

export interface WorldSnapshot {
  version: 1;
  viewer: string;
  /** Absent in snapshots saved before it existed: DEFAULT_SDK_VERSION. */
  sdkVersion?: string;
  env: Record<string, string>;
  /** Deterministic source state: counter-based ids, PRNG state and clock. */
  clock: { seed: number; rngState: number; counter: number; tick: number };
  users: UserRec[];
  entities: EntityRec[];
  orgs: OrgRec[];
  projects: ProjectRec[];
  runs: RunRec[];
  collections: CollectionRec[];
  artifacts: ArtifactRec[];
  memberships: MembershipRec[];
  /** Absent in snapshots saved before uses were recorded: none. */
  uses?: UseRec[];
}
