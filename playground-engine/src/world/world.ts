// The World store: records in Maps plus secondary indexes so every lookup the rules and
// the server need is O(1). It enforces no W&B rules (rules/ does); it only keeps the
// data consistent and reports one event per committed change.
import { SimError } from '../errors/simError';
import { DeterministicSource } from './deterministic';
import { NodeMap } from './nodeMap';
import {
  ARTIFACT,
  ArtifactNode,
  createdOf,
  MEMBERSHIP,
  type Member,
  MembershipNode,
  nodeKey,
  OwnMembership,
} from './records';
import { DEFAULT_SDK_VERSION } from './sdkVersion';
import { UseLog } from './uses';
import type {
  ArtifactEdit,
  ArtifactRec,
  CollectionRec,
  EntityRec,
  MembershipRec,
  OrgRec,
  ProjectRec,
  ReferenceRec,
  RegistryRec,
  RunRec,
  RunUpdate,
  UserRec,
  WorldEvent,
  WorldEventInput,
  WorldSnapshot,
} from './types';

const VERSION_ALIAS = /^v(\d+)$/;

// Shared, frozen empty: once `latest` has moved on, most versions have no aliases. One array
// instead of one per record (a world may hold 100,000 versions); frozen, so a write into it
// fails loudly instead of reaching every record. Records replace it, never mutate it.
const NO_ALIASES = Object.freeze([]) as readonly string[] as string[];
/** The aliases of most newest versions: shared like NO_ALIASES. */
const ONLY_LATEST = Object.freeze(['latest']) as readonly string[] as string[];
/** `latest` first, then the other aliases asked for. */
const withLatest = (aliases: string[] | undefined): string[] =>
  aliases?.length ? ['latest', ...aliases.filter((a) => a !== 'latest')] : ONLY_LATEST;
const withoutAlias = (aliases: string[], alias: string): string[] => {
  if (aliases.length === 1) return aliases[0] === alias ? NO_ALIASES : aliases;
  const rest = aliases.filter((a) => a !== alias);
  return rest.length ? rest : NO_ALIASES;
};

const isArtifact = (v: ArtifactNode | Member): v is ArtifactNode => v instanceof ArtifactNode;

/** `outer.get(a)` as a map, created on first use. */
function inner<K, K2, V>(outer: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let m = outer.get(key);
  if (!m) {
    m = new Map();
    outer.set(key, m);
  }
  return m;
}

export interface LogVersionInput {
  entity: string;
  project: string;
  name: string;
  type: string;
  digest: string;
  files: Record<string, string>;
  references?: ReferenceRec[];
  description?: string | null;
  metadata?: Record<string, unknown>;
  aliases?: string[];
  runId?: string | null;
  /** The version's own TTL (seconds, or null for none); absent: it inherits. */
  ttlSeconds?: number | null;
  historyStep?: number;
  /** `log_artifact(tags=…)`, sent with CreateArtifact. */
  tags?: string[];
}

export class World {
  viewer: string;
  env: Record<string, string>;
  /** The wandb SDK version the simulated client reports (a setup choice, issue 12). */
  sdkVersion: string = DEFAULT_SDK_VERSION;
  readonly source: DeterministicSource;

  private readonly users = new Map<string, UserRec>();
  private readonly entities = new Map<string, EntityRec>();
  private readonly orgs = new Map<string, OrgRec>();
  private readonly orgsByEntity = new Map<string, OrgRec>();
  // Paths are nested maps (entity → project → …), not joined strings: a lookup then builds
  // no key string, and logging or linking a version looks a path up several times.
  /** entity → project name → project. */
  private readonly projects = new Map<string, Map<string, ProjectRec>>();
  /** Every project in creation order (snapshots). */
  private readonly projectOrder: ProjectRec[] = [];
  private readonly runs = new Map<string, RunRec>();
  private readonly collections = new Map<string, CollectionRec>();
  /** entity → project → collection name → collection, in creation order. */
  private readonly collectionsByPath = new Map<string, Map<string, Map<string, CollectionRec>>>();
  // Versions and memberships are keyed by node id in one NodeMap (an array slot per id, not a
  // Map entry), as their ids share one counter: a world holds three per linked version.
  // A version's links hang off its record (ArtifactNode.links); its membership in its own
  // sequence is found by index (`sourceMembership`).
  /** artifact and membership id → record (records.ts). */
  private readonly nodes = new NodeMap<ArtifactNode | Member>();
  // The indexes hold records, nest maps instead of joining keys into strings, and keep a
  // collection's memberships in an array by version index: at 100k versions, composite
  // string keys and per-collection Sets were most of the heap (npm run bench:engine).
  /** sequence id → digest → artifact. */
  private readonly digestIndex = new Map<string, Map<string, ArtifactNode>>();
  /** collection id → memberships by version index (holes where a link was removed). */
  private readonly membershipsByCollection = new Map<string, (Member | undefined)[]>();
  private readonly membershipCounts = new Map<string, number>();
  /** collection id → alias → membership. */
  private readonly membershipByAlias = new Map<string, Map<string, Member>>();
  /** Which runs used which versions (UseArtifact). */
  readonly uses = new UseLog();
  private readonly listeners = new Set<(e: WorldEvent) => void>();
  private eventSeq = 0;

  constructor(viewer: string, env: Record<string, string> = {}, seed = 1) {
    this.viewer = viewer;
    this.env = { ...env };
    this.source = DeterministicSource.fromSeed(seed);
  }

  // ---- events ---------------------------------------------------------------

  subscribe(fn: (e: WorldEvent) => void): () => void {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  }

  /** `e` may be a function, so a bulk load (seeds, benches) builds no event nor its id strings. */
  private emit(e: WorldEventInput | (() => WorldEventInput)): void {
    this.eventSeq += 1;
    if (this.listeners.size === 0) return;
    const event = { ...(typeof e === 'function' ? e() : e), seq: this.eventSeq } as WorldEvent;
    for (const fn of [...this.listeners]) {
      try {
        fn(event);
      } catch {
        // A faulty subscriber must not break the committed change or other subscribers.
      }
    }
  }

  /** One event for a setup change made through applyWorldEdits (the edit's kind). */
  setupChanged(edit: string): void {
    this.emit({ kind: 'setup-changed', edit });
  }

  // ---- setup (used while building from a seed or snapshot; no events) -------

  addUser(u: UserRec): void {
    this.users.set(u.name, { ...u });
  }

  addEntity(e: EntityRec): void {
    this.entities.set(e.name, { ...e, members: { ...e.members } });
  }

  addOrg(o: OrgRec): void {
    const rec = { ...o, members: { ...o.members } };
    this.orgs.set(o.name, rec);
    this.orgsByEntity.set(o.entityName, rec);
  }

  private indexProject(p: ProjectRec): void {
    inner(this.projects, p.entity).set(p.name, p);
    this.projectOrder.push(p);
  }

  private indexCollection(c: CollectionRec): void {
    this.collections.set(c.id, c);
    inner(inner(this.collectionsByPath, c.entity), c.project).set(c.name, c);
    if (!this.membershipsByCollection.has(c.id)) this.membershipsByCollection.set(c.id, []);
  }

  private indexArtifact(a: ArtifactNode): void {
    this.nodes.set(a);
    inner(this.digestIndex, a.sequenceId).set(a.digest, a);
  }

  private indexMembership(m: Member): void {
    this.nodes.set(m);
    let list = this.membershipsByCollection.get(m.collectionId);
    if (!list) {
      list = [];
      this.membershipsByCollection.set(m.collectionId, list);
    }
    list[m.versionIndex] = m;
    this.membershipCounts.set(m.collectionId, (this.membershipCounts.get(m.collectionId) ?? 0) + 1);
    if (m.aliases.length) {
      const byAlias = inner(this.membershipByAlias, m.collectionId);
      for (const al of m.aliases) byAlias.set(al, m);
    }
    if (!(m instanceof MembershipNode)) return;
    if (this.collections.get(m.collectionId)?.kind !== 'portfolio') return;
    const a = m.artifact;
    if (a.links === undefined) a.links = m;
    else if (Array.isArray(a.links)) a.links.push(m);
    else a.links = [a.links, m];
  }

  private unindexLink(m: Member): void {
    const a = m.artifact;
    if (a.links === m) a.links = undefined;
    else if (Array.isArray(a.links)) {
      const rest = a.links.filter((l) => l !== m);
      a.links = rest.length === 1 ? rest[0] : rest;
    }
  }

  // ---- reads ----------------------------------------------------------------

  getUser(name: string): UserRec | undefined {
    return this.users.get(name);
  }
  listUsers(): UserRec[] {
    return [...this.users.values()];
  }
  getEntity(name: string): EntityRec | undefined {
    return this.entities.get(name);
  }
  listEntities(): EntityRec[] {
    return [...this.entities.values()];
  }
  getOrg(displayName: string): OrgRec | undefined {
    return this.orgs.get(displayName);
  }
  getOrgByEntityName(entityName: string): OrgRec | undefined {
    return this.orgsByEntity.get(entityName);
  }
  listOrgs(): OrgRec[] {
    return [...this.orgs.values()];
  }
  /** Orgs a user belongs to, in seed order. */
  orgsOfUser(user: string): OrgRec[] {
    return this.listOrgs().filter((o) => o.members[user] !== undefined);
  }
  /** Teams (team entities) a user is a member of. */
  teamsOfUser(user: string): EntityRec[] {
    return this.listEntities().filter((e) => e.kind === 'team' && e.members[user] !== undefined);
  }
  getProject(entity: string, project: string): ProjectRec | undefined {
    return this.projects.get(entity)?.get(project);
  }
  listProjects(entity: string): ProjectRec[] {
    const byName = this.projects.get(entity);
    return byName ? [...byName.values()] : [];
  }
  getRun(id: string): RunRec | undefined {
    return this.runs.get(id);
  }
  listRuns(): RunRec[] {
    return [...this.runs.values()];
  }
  getCollection(id: string): CollectionRec | undefined {
    return this.collections.get(id);
  }
  findCollection(entity: string, project: string, name: string): CollectionRec | undefined {
    return this.collectionsByPath.get(entity)?.get(project)?.get(name);
  }
  listCollections(entity: string, project: string): CollectionRec[] {
    const byName = this.collectionsByPath.get(entity)?.get(project);
    return byName ? [...byName.values()] : [];
  }
  getArtifact(id: string): ArtifactRec | undefined {
    return this.artifactById(id);
  }
  private artifactById(id: string): ArtifactNode | undefined {
    return this.nodes.get(ARTIFACT, id) as ArtifactNode | undefined;
  }
  private membershipById(id: string): Member | undefined {
    return this.nodes.get(MEMBERSHIP, id) as Member | undefined;
  }
  findArtifactByDigest(sequenceId: string, digest: string): ArtifactRec | undefined {
    return this.digestIndex.get(sequenceId)?.get(digest);
  }
  getMembership(id: string): MembershipRec | undefined {
    return this.membershipById(id);
  }
  /** The membership of a source version in its own sequence. */
  sourceMembership(artifactId: string): MembershipRec | undefined {
    const a = this.artifactById(artifactId);
    return a && this.ownMember(a);
  }
  private ownMember(a: ArtifactNode): Member | undefined {
    return this.membershipsByCollection.get(a.sequenceId)?.[a.versionIndex];
  }
  /** Memberships of a collection in index order. */
  listMemberships(collectionId: string): MembershipRec[] {
    const list = this.membershipsByCollection.get(collectionId);
    return list ? list.filter((m) => m !== undefined) : [];
  }
  membershipCount(collectionId: string): number {
    return this.membershipCounts.get(collectionId) ?? 0;
  }
  /** Portfolio memberships (links) of a source version. */
  linksOfArtifact(artifactId: string): MembershipRec[] {
    const links = this.artifactById(artifactId)?.links;
    return links === undefined ? [] : Array.isArray(links) ? [...links] : [links];
  }
  /** The membership of `artifactId` in `collectionId` (a link, or its own sequence's). */
  membershipOfArtifactIn(collectionId: string, artifactId: string): MembershipRec | undefined {
    const a = this.artifactById(artifactId);
    if (!a) return undefined;
    return this.memberIn(collectionId, a);
  }
  private memberIn(collectionId: string, a: ArtifactNode): Member | undefined {
    const own = this.ownMember(a);
    if (own?.collectionId === collectionId) return own;
    const links = a.links;
    if (links === undefined) return undefined;
    if (!Array.isArray(links)) return links.collectionId === collectionId ? links : undefined;
    return links.find((m) => m.collectionId === collectionId);
  }
  /** Resolve `vN` or an alias inside one collection. */
  findMembership(collectionId: string, aliasOrVersion: string): MembershipRec | undefined {
    const v = VERSION_ALIAS.exec(aliasOrVersion);
    return v
      ? this.membershipsByCollection.get(collectionId)?.[Number(v[1])]
      : this.membershipByAlias.get(collectionId)?.get(aliasOrVersion);
  }

  // ---- writes (each one committed change = one event) ------------------------

  /** Creates a plain project if absent; returns it. */
  ensureProject(entity: string, name: string): ProjectRec {
    const existing = this.getProject(entity, name);
    if (existing) return existing;
    const p: ProjectRec = {
      id: this.source.nodeId('Project'),
      entity,
      name,
      createdAt: this.source.now(),
    };
    this.indexProject(p);
    this.emit({ kind: 'project-created', entity, project: name });
    return p;
  }

  /** Creates a registry project under an org entity (seed/setup path). */
  createRegistry(orgEntity: string, projectName: string, registry: RegistryRec): ProjectRec {
    if (this.getProject(orgEntity, projectName)) {
      throw new SimError(
        'ValueError',
        `Registry '${projectName}' already exists in '${orgEntity}'`,
        'registry-name',
      );
    }
    const p: ProjectRec = {
      id: this.source.nodeId('Project'),
      entity: orgEntity,
      name: projectName,
      registry: {
        ...registry,
        acceptedTypes: [...registry.acceptedTypes],
        members: { ...registry.members },
      },
      createdAt: this.source.now(),
    };
    this.indexProject(p);
    this.emit({ kind: 'project-created', entity: orgEntity, project: projectName });
    return p;
  }

  createRun(input: {
    entity: string;
    project: string;
    name?: string;
    id?: string;
    jobType?: string;
    config?: Record<string, unknown>;
    group?: string;
    notes?: string;
    tags?: string[];
  }): RunRec {
    this.ensureProject(input.entity, input.project);
    const id = input.id ?? this.source.runId();
    const run: RunRec = {
      id,
      entity: input.entity,
      project: input.project,
      name: input.name ?? runName(this.source),
      jobType: input.jobType,
      ...(input.group ? { group: input.group } : {}),
      ...(input.notes ? { notes: input.notes } : {}),
      ...(input.tags ? { tags: [...input.tags] } : {}),
      state: 'running',
      config: { ...(input.config ?? {}) },
      createdAt: this.source.now(),
    };
    this.runs.set(id, run);
    this.emit({ kind: 'run-created', runId: id });
    return run;
  }

  /**
   * UpsertBucket of an existing run: a given config, summary, display name, group, notes, job
   * type or tags replaces the stored one.
   */
  updateRun(id: string, input: RunUpdate): void {
    const run = this.runs.get(id);
    if (!run) return;
    const given = Object.entries(input).filter(([, v]) => v !== undefined && v !== '');
    if (!given.length) return;
    if (input.config !== undefined) run.config = { ...input.config };
    if (input.summary !== undefined) run.summary = { ...input.summary };
    if (input.name) run.name = input.name;
    if (input.jobType) run.jobType = input.jobType;
    if (input.group) run.group = input.group;
    if (input.notes) run.notes = input.notes;
    if (input.tags !== undefined) run.tags = [...input.tags];
    this.emit({ kind: 'run-updated', runId: id });
  }

  /**
   * The run completes with an exit code: the server's convention (core/internal/leet
   * `runStateForExitCode`) is 0 finished, 254 (a crash the client reported) crashed, else failed.
   */
  finishRun(id: string, exitCode = 0): void {
    const run = this.runs.get(id);
    if (run?.state !== 'running') return;
    run.state = exitCode === 0 ? 'finished' : exitCode === 254 ? 'crashed' : 'failed';
    run.exitCode = exitCode;
    this.emit({ kind: 'run-finished', runId: id });
  }

  private createCollection(
    kind: CollectionRec['kind'],
    entity: string,
    project: string,
    name: string,
    type: string,
  ): CollectionRec {
    const c: CollectionRec = {
      id: this.source.nodeId(kind === 'sequence' ? 'ArtifactSequence' : 'ArtifactPortfolio'),
      kind,
      entity,
      project,
      name,
      type,
      description: null,
      createdAt: this.source.now(),
      nextIndex: 0,
    };
    this.indexCollection(c);
    return c;
  }

  /** An empty registry collection (seed/setup, or a UI "create collection"). */
  createPortfolio(entity: string, project: string, name: string, type: string): CollectionRec {
    this.ensureProject(entity, project);
    const existing = this.findCollection(entity, project, name);
    if (existing) return existing;
    const c = this.createCollection('portfolio', entity, project, name, type);
    this.emit({ kind: 'collection-created', collectionId: c.id });
    return c;
  }

  /**
   * Logs a new source version, or returns the existing one with the same digest in the
   * same sequence (dedup). `latest` always moves to the version just logged.
   */
  logVersion(input: LogVersionInput): {
    artifact: ArtifactRec;
    membership: MembershipRec;
    deduped: boolean;
  } {
    this.ensureProject(input.entity, input.project);
    const seq =
      this.findCollection(input.entity, input.project, input.name) ??
      this.createCollection('sequence', input.entity, input.project, input.name, input.type);
    const dup = this.digestIndex.get(seq.id)?.get(input.digest);
    const aliases = withLatest(input.aliases);
    if (dup) {
      const m = this.ownMember(dup)!;
      this.putAliases(m, aliases);
      this.emit(() => ({ kind: 'artifact-logged', artifactId: dup.id, membershipId: m.id }));
      return { artifact: dup, membership: m, deduped: true };
    }
    const index = seq.nextIndex++;
    const artifact = new ArtifactNode(
      this.source.nextNode(),
      seq.id,
      index,
      seq.type,
      input.digest,
      input.files,
      input,
      this.source.nextTick(),
    );
    this.indexArtifact(artifact);
    const m = new OwnMembership(this.source.nextNode(), artifact, NO_ALIASES);
    this.indexMembership(m);
    this.putAliases(m, aliases);
    this.emit(() => ({ kind: 'artifact-logged', artifactId: artifact.id, membershipId: m.id }));
    return { artifact, membership: m, deduped: false };
  }

  /**
   * Links a source version into a portfolio (created with `type` when absent). Re-linking
   * the same source is idempotent: the existing membership gets the new aliases.
   */
  link(input: {
    artifactId: string;
    entity: string;
    project: string;
    collection: string;
    type: string;
    aliases: string[];
  }): { membership: MembershipRec; created: boolean } {
    this.ensureProject(input.entity, input.project);
    const coll =
      this.findCollection(input.entity, input.project, input.collection) ??
      this.createCollection('portfolio', input.entity, input.project, input.collection, input.type);
    const artifact = this.artifactById(input.artifactId);
    if (!artifact) {
      throw new SimError(
        'ValueError',
        `No artifact '${input.artifactId}' to link`,
        'wrong-argument',
      );
    }
    const existing = this.memberIn(coll.id, artifact);
    if (existing) {
      this.putAliases(existing, input.aliases);
      this.emit(() => ({
        kind: 'artifact-linked',
        artifactId: input.artifactId,
        membershipId: existing.id,
      }));
      return { membership: existing, created: false };
    }
    const index = coll.nextIndex++;
    const m = new MembershipNode(
      this.source.nextNode(),
      coll.id,
      index,
      artifact,
      NO_ALIASES,
      this.source.nextTick(),
    );
    this.indexMembership(m);
    this.putAliases(m, withLatest(input.aliases));
    this.emit(() => ({
      kind: 'artifact-linked',
      artifactId: input.artifactId,
      membershipId: m.id,
    }));
    return { membership: m, created: true };
  }

  /** Removes one link. `latest` moves to the highest remaining index; nothing is renumbered. */
  unlink(membershipId: string): void {
    const m = this.membershipById(membershipId);
    if (!m) return;
    const name = this.membershipName(m);
    this.removeMembership(m);
    this.emit({ kind: 'artifact-unlinked', artifactId: m.artifactId, membershipId, name });
  }

  /** Takes a membership out of every index; `latest` moves to the highest remaining index. */
  private removeMembership(m: Member): void {
    const hadLatest = m.aliases.includes('latest');
    const byAlias = this.membershipByAlias.get(m.collectionId);
    for (const al of m.aliases) byAlias?.delete(al);
    this.nodes.delete(m);
    const list = this.membershipsByCollection.get(m.collectionId);
    if (list) delete list[m.versionIndex];
    this.membershipCounts.set(m.collectionId, (this.membershipCounts.get(m.collectionId) ?? 1) - 1);
    this.unindexLink(m);
    if (hadLatest) {
      let newest: Member | undefined;
      for (let i = (list?.length ?? 0) - 1; i >= 0 && !newest; i--) newest = list?.[i];
      if (newest) this.putAliases(newest, ONLY_LATEST);
    }
  }

  /** `entity/project/collection:vN` of a membership. */
  membershipName(m: MembershipRec): string {
    const c = this.collections.get(m.collectionId);
    return c ? `${c.entity}/${c.project}/${c.name}:v${m.versionIndex}` : m.id;
  }

  /** UseArtifact: `runId` used the source version `artifactId` (once per run and version). */
  recordUse(runId: string, artifactId: string): void {
    const own = this.sourceMembership(artifactId);
    if (!own || !this.uses.add({ runId, artifactId, createdAt: this.source.now() })) return;
    const runName = this.runs.get(runId)?.name || runId;
    this.emit({
      kind: 'artifact-used',
      artifactId,
      runId,
      runName,
      name: this.membershipName(own),
    });
  }

  /**
   * DeleteArtifact: the source version goes with its links, its aliases and its uses. Its
   * index is not handed out again; each removal moves `latest` as unlink does.
   */
  deleteVersion(artifactId: string): void {
    const a = this.artifactById(artifactId);
    const own = a && this.membershipsByCollection.get(a.sequenceId)?.[a.versionIndex];
    if (!a || !own) return;
    const name = this.membershipName(own);
    const links: Member[] = a.links === undefined ? [] : ([] as Member[]).concat(a.links);
    const linkNames = links.map((l) => this.membershipName(l));
    for (const l of links) this.removeMembership(l);
    this.removeMembership(own);
    this.nodes.delete(a);
    const digests = this.digestIndex.get(a.sequenceId);
    if (digests?.get(a.digest) === a) digests.delete(a.digest);
    this.uses.dropArtifact(artifactId);
    this.emit({ kind: 'artifact-deleted', artifactId, name, links: linkNames });
  }

  /** UpdateArtifact: the source version's description, metadata, tags or TTL. */
  /**
   * A version's files, references and digest replaced (the server's merge of an incremental
   * manifest). The digest index then finds the version by its new digest, unless another
   * version of the sequence already holds that digest.
   */
  replaceVersionContents(
    artifactId: string,
    files: Record<string, string>,
    references: ReferenceRec[],
    digest: string,
  ): void {
    const a = this.artifactById(artifactId);
    if (!a) return;
    const index = inner(this.digestIndex, a.sequenceId);
    if (index.get(a.digest) === a) index.delete(a.digest);
    a.replaceContents(files, references, digest);
    if (!index.has(digest)) index.set(digest, a);
    this.emit({ kind: 'artifact-updated', artifactId });
  }

  updateArtifact(artifactId: string, edit: ArtifactEdit): void {
    const a = this.artifactById(artifactId);
    if (!a) return;
    a.update(edit);
    this.emit({ kind: 'artifact-updated', artifactId });
  }

  addAliases(membershipId: string, aliases: string[]): void {
    const m = this.membershipById(membershipId);
    if (!m) return;
    this.putAliases(m, aliases);
    this.emit({ kind: 'aliases-changed', membershipId, aliases: [...m.aliases] });
  }

  deleteAliases(membershipId: string, aliases: string[]): void {
    const m = this.membershipById(membershipId);
    if (!m) return;
    const drop = new Set(aliases);
    const byAlias = this.membershipByAlias.get(m.collectionId);
    for (const al of aliases) {
      if (byAlias?.get(al) === m) byAlias.delete(al);
    }
    const rest = m.aliases.filter((a) => !drop.has(a));
    m.aliases = rest.length ? rest : NO_ALIASES;
    this.emit({ kind: 'aliases-changed', membershipId, aliases: [...m.aliases] });
  }

  /** Aliases are unique within a collection: taking one moves it off its previous holder. */
  private putAliases(m: Member, aliases: string[]): void {
    const byAlias = inner(this.membershipByAlias, m.collectionId);
    for (const al of aliases) {
      if (VERSION_ALIAS.test(al)) continue; // vN is implied by the index, never stored
      const holder = byAlias.get(al);
      if (holder === m) continue;
      if (holder) holder.aliases = withoutAlias(holder.aliases, al);
      byAlias.set(al, m);
      // A new array of the exact size: push() would grow a small array to 17 slots, and a
      // world holds two alias lists per linked version.
      m.aliases = m.aliases.length === 0 && al === 'latest' ? ONLY_LATEST : [...m.aliases, al];
    }
  }

  /** Updates registry settings (accepted types, members, visibility). */
  updateRegistry(entity: string, project: string, patch: Partial<RegistryRec>): void {
    const p = this.getProject(entity, project);
    if (!p?.registry) return;
    Object.assign(p.registry, patch);
    this.emit({ kind: 'registry-changed', entity, project });
  }

  /** Deletes a project with its collections and their versions' memberships (deleteModel). */
  deleteProject(entity: string, project: string): void {
    const p = this.getProject(entity, project);
    if (!p) return;
    for (const c of this.listCollections(entity, project)) {
      for (const m of this.membershipsByCollection.get(c.id) ?? []) {
        if (!m) continue;
        this.nodes.delete(m);
        if (c.kind === 'portfolio') this.unindexLink(m);
      }
      this.collections.delete(c.id);
      this.membershipsByCollection.delete(c.id);
      this.membershipCounts.delete(c.id);
      this.membershipByAlias.delete(c.id);
    }
    this.collectionsByPath.get(entity)?.delete(project);
    this.projects.get(entity)?.delete(project);
    this.projectOrder.splice(this.projectOrder.indexOf(p), 1);
    this.emit({ kind: 'registry-changed', entity, project });
  }

  /** Renames a project; its collections follow (renameProject). */
  renameProject(entity: string, from: string, to: string): ProjectRec | undefined {
    const p = this.getProject(entity, from);
    if (!p || this.getProject(entity, to)) return undefined;
    const byName = this.projects.get(entity)!;
    byName.delete(from);
    p.name = to;
    byName.set(to, p);
    const colls = this.collectionsByPath.get(entity);
    const mine = colls?.get(from);
    if (colls && mine) {
      colls.delete(from);
      colls.set(to, mine);
      for (const c of mine.values()) c.project = to;
    }
    this.emit({ kind: 'registry-changed', entity, project: to });
    return p;
  }

  // ---- snapshot -------------------------------------------------------------

  snapshot(): WorldSnapshot {
    const s = this.source;
    return structuredClone({
      version: 1 as const,
      viewer: this.viewer,
      sdkVersion: this.sdkVersion,
      env: this.env,
      clock: { seed: s.seed, rngState: s.rngState, counter: s.counter, tick: s.tick },
      users: [...this.users.values()],
      entities: [...this.entities.values()],
      orgs: [...this.orgs.values()],
      projects: this.projectOrder,
      runs: [...this.runs.values()],
      collections: [...this.collections.values()],
      // Plain records in the snapshot's shape (records.ts builds ids and times on read).
      artifacts: [...this.nodes.values()].filter(isArtifact).map((a) => a.toJSON()),
      memberships: [...this.nodes.values()]
        .filter((v): v is Member => !isArtifact(v))
        .map((m) => m.toJSON()),
      uses: this.uses.list(),
    });
  }

  /**
   * A world from a snapshot already checked (the world's own `snapshot()`, or one that
   * passed `worldFromSnapshot`): only the references between records are checked here.
   * Untrusted JSON goes through `worldFromSnapshot` (snapshotSchema.ts), which validates it
   * first; the schema needs zod, which a first Run does not load.
   */
  static restore(snap: WorldSnapshot): World {
    const w = new World(snap.viewer, snap.env, snap.clock.seed);
    w.sdkVersion = snap.sdkVersion ?? DEFAULT_SDK_VERSION;
    Object.assign(w.source, {
      rngState: snap.clock.rngState,
      counter: snap.clock.counter,
      tick: snap.clock.tick,
    });
    for (const u of snap.users) w.addUser(u);
    for (const e of snap.entities) w.addEntity(e);
    for (const o of snap.orgs) w.addOrg(o);
    for (const p of snap.projects) w.indexProject(structuredClone(p));
    for (const r of snap.runs) w.runs.set(r.id, structuredClone(r));
    for (const c of snap.collections) w.indexCollection({ ...c });
    for (const a of snap.artifacts) {
      w.indexArtifact(
        new ArtifactNode(
          nodeKey(ARTIFACT, a.id),
          a.sequenceId,
          a.versionIndex,
          a.type,
          a.digest,
          a.files,
          {
            description: a.description,
            metadata: structuredClone(a.metadata),
            runId: a.runId,
            references: a.references,
            tags: a.tags,
            ttlSeconds: a.ttlSeconds,
            historyStep: a.historyStep,
          },
          createdOf(a.createdAt),
        ),
      );
    }
    for (const m of snap.memberships) {
      const coll = w.collections.get(m.collectionId);
      if (!coll) {
        throw new SimError(
          'ValueError',
          `Invalid world snapshot: memberships: unknown collectionId '${m.collectionId}'`,
          'wrong-argument',
        );
      }
      const a = w.artifactById(m.artifactId);
      if (!a) {
        throw new SimError(
          'ValueError',
          `Invalid world snapshot: memberships: unknown artifactId '${m.artifactId}'`,
          'wrong-argument',
        );
      }
      const key = nodeKey(MEMBERSHIP, m.id);
      const aliases = m.aliases.length ? [...m.aliases] : NO_ALIASES;
      // A version's own membership, as logVersion makes it, keeps only its id and aliases.
      const own =
        coll.kind === 'sequence' &&
        m.collectionId === a.sequenceId &&
        m.versionIndex === a.versionIndex &&
        m.createdAt === a.createdAt;
      w.indexMembership(
        own
          ? new OwnMembership(key, a, aliases)
          : new MembershipNode(
              key,
              m.collectionId,
              m.versionIndex,
              a,
              aliases,
              createdOf(m.createdAt),
            ),
      );
    }
    for (const u of snap.uses ?? []) {
      if (!w.runs.has(u.runId) || !w.sourceMembership(u.artifactId)) {
        throw new SimError(
          'ValueError',
          `Invalid world snapshot: uses: unknown run '${u.runId}' or version '${u.artifactId}'`,
          'wrong-argument',
        );
      }
      w.uses.add({ ...u });
    }
    if (!w.users.has(snap.viewer)) {
      throw new SimError(
        'ValueError',
        `Invalid world snapshot: viewer: unknown user '${snap.viewer}'`,
        'wrong-argument',
      );
    }
    return w;
  }
}

const ADJECTIVES = [
  'amber',
  'brisk',
  'calm',
  'daring',
  'eager',
  'fancy',
  'gentle',
  'hardy',
  'icy',
  'jolly',
];
const NOUNS = [
  'river',
  'forest',
  'comet',
  'meadow',
  'canyon',
  'harbor',
  'glacier',
  'breeze',
  'summit',
  'dune',
];

function runName(src: DeterministicSource): string {
  const a = ADJECTIVES[Math.floor(src.next() * ADJECTIVES.length)];
  const n = NOUNS[Math.floor(src.next() * NOUNS.length)];
  return `${a}-${n}-${src.counter + 1}`;
}
