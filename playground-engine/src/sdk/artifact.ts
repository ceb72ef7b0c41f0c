// wandb.Artifact: a draft you fill and log, a logged source version, or a link (a
// membership in a registry collection). State follows the SDK: logged properties raise
// ArtifactNotLoggedError until the artifact is committed (after wait()).
import { SimError } from '../errors/simError';
import { isRegistryProject, parseTargetPath, formatTargetPath } from '../paths/targetPath';
import {
  checkArtifactNameCharset,
  validateAliases,
  validateAliasLengths,
  validateArtifactNameLengthAndSlash,
  validateArtifactType,
  validateMetadata,
  validateTags,
} from '../rules/client/validators';
import { resolveOrgInfo } from '../rules/client/orgResolution';
import { pyRepr as pyStr, pySetRepr } from '../text/pyRepr';
import type { ArtifactFragment, MembershipFragment } from '../protocol';
import { md5Base64, utf8 } from '../text/hashes';
import { addFile } from './artifactBuild';
import { DraftManifest } from './draftManifest';
import { COMM, finalized, normalizeExceptions, notLogged } from './errors';
import { sdkOnDemand } from './lazy';
import type { InitOptions, WandbSdk } from './wandbSdk';

export interface ArtifactOptions {
  description?: string | null;
  metadata?: Record<string, unknown> | null;
  /** `incremental=True`: warns `Using experimental arg \`incremental\`` (ASSUMPTIONS.md). */
  incremental?: boolean;
}

interface Logged {
  id: string;
  entity: string;
  project: string;
  collectionName: string;
  collectionId: string;
  isLink: boolean;
  /** 'vN' in the collection it was fetched from (a link's own index). */
  version: string;
  digest: string;
  source: { entity: string; project: string; name: string; versionIndex: number };
  /** The fragment's remaining logged fields (artifact.py `_assign_attrs`). */
  size: number;
  createdAt: string;
  updatedAt: string;
  fileCount: number;
  commitHash: string;
  /** The run's step when it was logged (`historyStep`; null when it was 0). */
  historyStep: number | null;
}

const VERSION_ALIAS = /^v\d+$/;

/**
 * artifact_instance_cache.py: a `CappedDict(100)` of the artifacts `_from_attrs` built, by id,
 * for the process (one snippet run: one SDK). `_from_id` answers from it before asking the
 * server, so a version fetched earlier is the same Python object and no ArtifactByID is sent.
 */
const instanceCaches = new WeakMap<WandbSdk, Map<string, Artifact>>();

function cacheInstance(sdk: WandbSdk, a: Artifact): Artifact {
  let cache = instanceCaches.get(sdk);
  if (!cache) {
    cache = new Map();
    instanceCaches.set(sdk, cache);
  }
  const id = a.id!;
  // CappedDict.__setitem__: a new key first prunes the oldest down to 99.
  if (!cache.has(id)) {
    for (const k of [...cache.keys()].slice(0, Math.max(0, cache.size - 99))) cache.delete(k);
  }
  cache.set(id, a);
  return a;
}

/** @internal `artifact_instance_cache.get(id)`. */
export function cachedInstance(sdk: WandbSdk, id: string): Artifact | undefined {
  return instanceCaches.get(sdk)?.get(id);
}

export class Artifact {
  private _name: string;
  private readonly _type: string;
  private _description: string | null;
  private _metadata: Record<string, unknown>;
  /** @internal a live view of the metadata the binding keeps (Python's dict). */
  private _metadataSource?: () => Record<string, unknown>;
  /** The manifest being built (add_file, add_dir, new_file, add_reference, remove). */
  private readonly _manifest = new DraftManifest();
  private _aliases: string[] = [];
  private _savedAliases: string[] = [];
  /** `_tags` / `_saved_tags`: the tag list save() compares with what the server has. */
  private _tags: string[] = [];
  private _savedTags: string[] = [];
  /** `_ttl_duration_seconds`, `_ttl_is_inherited`, `_ttl_changed`. */
  private _ttl: { seconds: number | null; inherited: boolean; changed: boolean } = {
    seconds: null,
    inherited: true,
    changed: false,
  };
  private _state: 'draft' | 'saving' | 'committed' = 'draft';
  /** `_final`: set by finalize() (log_artifact calls it); `ensure_not_finalized` reads it. */
  private _final = false;
  /** `_incremental`: the constructor's flag, sent as the record's `incremental_beta1`. */
  private _incremental = false;
  /**
   * `_distributed_id`: a plain attribute (the binding keeps any Python value); `log_artifact`
   * resets it to None (wandb_run.py), so only upsert_artifact, not bound, would send one.
   */
  distributedId: unknown = null;
  /** `_added_local_paths`: the entry each local path given to add_file / add_dir made. */
  readonly addedLocalPaths = new Map<string, string>();
  private _logged?: Logged;
  /** @internal the SDK instance that logged or fetched it (drafts get one when logged). */
  _sdk?: WandbSdk;
  /** @internal new_draft(): the source entity/project the draft is saved back to. */
  draftOf?: { entity: string; project: string };
  /** @internal `_base_id`: new_draft() sets the version it was made from. */
  baseId?: string;

  /**
   * @internal `_source_entity` / `_source_project` as set so far: a fetched or committed
   * version's, a new_draft()'s source, else None (a draft, or a logged one before wait()).
   */
  get knownSource(): { entity: string; project: string } | null {
    if (this._state === 'committed' && this._logged) return this._logged.source;
    return this.draftOf ?? null;
  }

  /** @internal new_draft() copies a version's files without reading the snippet's files. */
  setFile(name: string, content: string): void {
    this.draftManifest('Artifact.add_file').add(
      {
        path: name,
        digest: md5Base64(content),
        size: utf8(content).length,
        skipCache: false,
        content,
      },
      true,
    );
  }

  /**
   * `@ensure_not_finalized`: the manifest to edit, or ArtifactFinalizedError naming the
   * method. It reads `_final`, not the state: a draft that finalize() was called on refuses.
   */
  draftManifest(fullname: string): DraftManifest {
    if (this._final || this._state !== 'draft') throw finalized(fullname);
    return this._manifest;
  }

  /** finalize(): no more edits (`_final = True`); the artifact stays a draft until logged. */
  finalize(): void {
    this._final = true;
  }

  get incremental(): boolean {
    return this._incremental;
  }

  /** The manifest built here (empty for a version fetched from the server). */
  get localManifest(): DraftManifest {
    return this._manifest;
  }

  constructor(name: string, type: string, opts: ArtifactOptions = {}, sdk?: WandbSdk) {
    if (typeof name !== 'string')
      throw new SimError(
        'TypeError',
        `Artifact name must be a str, got ${typeof name}`,
        'wrong-argument',
      );
    if (typeof type !== 'string')
      throw new SimError(
        'TypeError',
        `Artifact type must be a str, got ${typeof type}`,
        'wrong-argument',
      );
    // artifact.py __init__: the name's charset, then the `incremental` warning (a plain
    // termwarn, each time), then validate_artifact_name, the type and the metadata.
    checkArtifactNameCharset(name);
    if (opts.incremental) sdk?.termlog('warn', 'Using experimental arg `incremental`');
    this._name = validateArtifactNameLengthAndSlash(name);
    this._type = validateArtifactType(type, name);
    this._description = opts.description ?? null;
    this._metadata = { ...validateMetadata(opts.metadata) };
    this._sdk = sdk;
    this._incremental = !!opts.incremental;
  }

  // ---- built from server responses ----------------------------------------------

  /**
   * Artifact._from_membership + _assign_attrs: `name` keeps what the caller asked for
   * (`c:latest` stays `c:latest`); only a bare collection name gets `:vN`. The version
   * is the membership's `vN` alias, else its index; `vN` is not among `aliases`.
   * @internal
   */
  static fromMembership(sdk: WandbSdk, m: MembershipFragment, requestedName?: string): Artifact {
    const a = Artifact.fromArtifactFragment(sdk, m.artifact);
    const coll = m.artifactCollection;
    const all = m.aliases.map((x) => x.alias);
    const version = all.find((x) => VERSION_ALIAS.test(x)) ?? `v${m.versionIndex}`;
    const entity = coll.project.entity.name;
    const project = coll.project.name;
    const src = a._logged!.source;
    a._logged = {
      ...a._logged!,
      entity,
      project,
      collectionName: coll.name,
      collectionId: coll.id,
      // artifact.py computes is_link by comparing with the source's path.
      isLink: entity !== src.entity || project !== src.project || coll.name !== src.name,
      version,
    };
    const name = requestedName ?? coll.name;
    a._name = name.includes(':') ? name : `${name}:${version}`;
    a.setSavedAliases(all.filter((x) => !VERSION_ALIAS.test(x)));
    return cacheInstance(sdk, a);
  }

  /** @internal `_from_attrs`: a fetched version, kept in the instance cache by its id. */
  static fromAttrs(sdk: WandbSdk, f: ArtifactFragment): Artifact {
    return cacheInstance(sdk, Artifact.fromArtifactFragment(sdk, f));
  }

  /** @internal a source version as CreateArtifact / the ArtifactFragment describes it. */
  static fromArtifactFragment(sdk: WandbSdk, f: ArtifactFragment): Artifact {
    const seq = f.artifactSequence;
    const a = Object.create(Artifact.prototype) as Artifact;
    Object.assign(a, {
      _name: `${seq.name}:v${f.versionIndex}`,
      _type: f.artifactType.name,
      _description: f.description,
      _metadata: safeJson(f.metadata),
      _manifest: new DraftManifest(),
      _aliases: [],
      _savedAliases: [],
      _tags: f.tags.map((t) => t.name),
      _savedTags: f.tags.map((t) => t.name),
      _ttl: {
        seconds: f.ttlDurationSeconds > 0 ? f.ttlDurationSeconds : null,
        inherited: f.ttlIsInherited,
        changed: false,
      },
      _state: 'committed',
      // _from_attrs calls finalize().
      _final: true,
      _incremental: false,
      distributedId: null,
      addedLocalPaths: new Map(),
      _sdk: sdk,
    });
    a._logged = {
      id: f.id,
      entity: seq.project.entity.name,
      project: seq.project.name,
      collectionName: seq.name,
      collectionId: seq.id,
      isLink: false,
      version: `v${f.versionIndex}`,
      digest: f.digest,
      source: {
        entity: seq.project.entity.name,
        project: seq.project.name,
        name: seq.name,
        versionIndex: f.versionIndex,
      },
      size: f.size,
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
      fileCount: f.fileCount,
      commitHash: f.commitHash,
      historyStep: f.historyStep,
    };
    const own = (f.aliases ?? [])
      .filter((x) => x.artifactCollection.name === seq.name)
      .map((x) => x.alias);
    a.setSavedAliases(own.filter((x) => !VERSION_ALIAS.test(x)));
    return a;
  }

  /**
   * One entry of `linked_artifacts`: a copy of this source with the link's path
   * (artifact.py `_create_linked_artifact_using_source_artifact`). Unlike a link
   * fetched by name, its aliases include `vN`.
   */
  private linkCopy(m: MembershipFragment): Artifact {
    const copy = Object.assign(Object.create(Artifact.prototype) as Artifact, this);
    const coll = m.artifactCollection;
    const version = `v${m.versionIndex}`;
    const names = [...new Set(m.aliases.map((x) => x.alias))];
    const aliases = names.includes(version) ? names : [...names, version];
    copy._logged = {
      ...this._logged!,
      entity: coll.project.entity.name,
      project: coll.project.name,
      collectionName: coll.name,
      collectionId: coll.id,
      isLink: true,
      version,
    };
    copy._name = `${coll.name}:${version}`;
    copy._aliases = [...aliases];
    copy._savedAliases = [...aliases];
    // copy(self): the same tag lists as the source (a shallow copy).
    return copy;
  }

  /**
   * @internal after log_artifact: saved on the server (its id is known), but properties wait
   * for wait(), which reads the version back.
   */
  markSaving(sdk: WandbSdk, f: ArtifactFragment): void {
    this._sdk = sdk;
    this._logged = Artifact.fromArtifactFragment(sdk, f)._logged;
    this._state = 'saving';
  }

  /**
   * `_populate_after_save`: ArtifactByID, then `_assign_attrs(artifact, is_link=False)`: the
   * server's fields replace the draft's (a new metadata dict), the name gains `:vN`, and
   * `_ttl_changed` stays as it was (a draft set to ArtifactTTL.INHERIT still cannot tell its
   * TTL after logging).
   */
  private async populateAfterSave(): Promise<void> {
    const sdk = this.requireSdk();
    const id = this._logged!.id;
    const f = (await sdk.request('ArtifactByID', { id })).artifact;
    if (!f) {
      throw new SimError(
        'ValueError',
        `Unable to fetch artifact with id: ${pyStr(id)}`,
        'internal',
      );
    }
    const fresh = Artifact.fromArtifactFragment(sdk, f);
    this._logged = fresh._logged;
    const version = fresh._logged!.version;
    if (!this._name.includes(':')) this._name = `${this._name}:${version}`;
    this.setSavedAliases(fresh._savedAliases);
    this._description = fresh._description;
    this._metadata = fresh._metadata;
    this._metadataSource = undefined;
    this._tags = fresh._tags;
    this._savedTags = fresh._savedTags;
    this._ttl = { ...fresh._ttl, changed: this._ttl.changed };
    this._state = 'committed';
  }

  private setSavedAliases(aliases: string[]): void {
    this._aliases = [...aliases];
    this._savedAliases = [...aliases];
  }

  /** `@ensure_logged`: ArtifactNotLoggedError naming the method while is_draft(). */
  private ensureLogged(fullname: string): Logged {
    if (this._state !== 'committed' || !this._logged) throw notLogged(fullname);
    return this._logged;
  }

  isDraft(): boolean {
    return this._state !== 'committed';
  }

  /** @internal log_artifact was called and has not been waited on. */
  isSaving(): boolean {
    return this._state === 'saving';
  }

  // ---- properties ---------------------------------------------------------------

  /** `collection:alias` as fetched (the alias is kept), `collection:vN` once logged. */
  get name(): string {
    return this._name;
  }
  get type(): string {
    return this._type;
  }
  get description(): string | null {
    return this._description;
  }
  /** On a link the SDK warns: the edit applies to the source and all its links. */
  set description(v: string | null) {
    if (this.isLink) {
      this.requireSdk().termlog(
        'warn',
        "Editing the description of this linked artifact will edit the description for the source artifact and it's linked artifacts as well.",
      );
    }
    this._description = v;
  }
  /** The live dict (artifact.py returns `self._metadata`, not a copy). */
  get metadata(): Record<string, unknown> {
    return this._metadataSource ? this._metadataSource() : this._metadata;
  }
  set metadata(v: Record<string, unknown>) {
    if (this.isLink) {
      this.requireSdk().termlog(
        'warn',
        "Editing the metadata of this linked artifact will edit the metadata for the source artifact and it's linked artifacts as well.",
      );
    }
    this._metadata = { ...validateMetadata(v) };
    this._metadataSource = undefined;
  }
  /** @internal the Python binding's dict becomes the metadata until the next assignment. */
  bindMetadata(read: () => Record<string, unknown>): void {
    this._metadataSource = read;
  }
  /** @internal */
  isMetadataBound(read: () => Record<string, unknown>): boolean {
    return this._metadataSource === read;
  }
  /** The live alias list (a Python list: append, then save()); logged artifacts only. */
  get aliases(): string[] {
    this.ensureLogged('Artifact.aliases');
    return this._aliases;
  }
  set aliases(v: string[]) {
    this.ensureLogged('Artifact.aliases');
    this._aliases = validateAliases(v);
  }
  /** The live tag list (append, then save()); logged artifacts only. */
  get tags(): string[] {
    this.ensureLogged('Artifact.tags');
    return this._tags;
  }
  /** The edit applies to the source and all its links: a link warns. */
  set tags(v: string[] | string) {
    this.ensureLogged('Artifact.tags');
    if (this.isLink) {
      this.requireSdk().termlog(
        'warn',
        'Editing tags will apply the changes to the source artifact and all linked artifacts associated with it.',
      );
    }
    this._tags = validateTags(v);
  }
  /** None (undefined) for drafts; a link has its source's id. */
  get id(): string | undefined {
    return this._state === 'committed' ? this._logged?.id : undefined;
  }
  get version(): string {
    return this.ensureLogged('Artifact.version').version;
  }
  get entity(): string {
    return this.ensureLogged('Artifact.entity').entity;
  }
  get project(): string {
    return this.ensureLogged('Artifact.project').project;
  }
  /** f"{self.entity}/{self.project}/{self.name}": a draft fails on `entity`. */
  get qualifiedName(): string {
    return `${this.entity}/${this.project}/${this.name}`;
  }
  /**
   * The server's digest for a logged version; a draft's is its manifest's (artifact.py:
   * `self._digest` only while no manifest was built here, else `self.manifest.digest()`).
   */
  get digest(): string {
    if (this._state !== 'committed' || !this._logged) return this._manifest.digest();
    return this._logged.digest;
  }
  get isLink(): boolean {
    return this._state === 'committed' && !!this._logged?.isLink;
  }
  /** The artifact's state: "PENDING" until committed (artifact_state.py). */
  get state(): 'PENDING' | 'COMMITTED' {
    return this._state === 'committed' ? 'COMMITTED' : 'PENDING';
  }
  get size(): number {
    if (this._state !== 'committed' || !this._logged) return this._manifest.size();
    return this._logged.size;
  }
  get createdAt(): string {
    return this.ensureLogged('Artifact.created_at').createdAt;
  }
  get updatedAt(): string {
    return this.ensureLogged('Artifact.updated_at').updatedAt;
  }
  get fileCount(): number {
    return this.ensureLogged('Artifact.file_count').fileCount;
  }
  get commitHash(): string {
    return this.ensureLogged('Artifact.commit_hash').commitHash;
  }
  /** The step before the run's step at logging (`max(0, historyStep - 1)`), or None. */
  get historyStep(): number | null {
    const step = this.ensureLogged('Artifact.history_step').historyStep;
    return step === null ? null : Math.max(0, step - 1);
  }
  /** `_ttl_duration_seconds_to_gql`: None unchanged, -1 inherit, -2 none, else seconds. */
  ttlForServer(): number | null {
    const t = this._ttl;
    return !t.changed ? null : t.inherited ? -1 : t.seconds || -2;
  }
  /**
   * Seconds, or null: no TTL. An inherited TTL is unknown until the server says it: on a
   * draft, or after an unsaved change back to inherit (artifact.py `ttl`).
   */
  get ttlSeconds(): number | null {
    if (this._ttl.inherited && (this.isDraft() || this._ttl.changed)) {
      throw notLogged('Artifact.ttl');
    }
    return this._ttl.seconds;
  }
  /** The ttl setter: seconds, null (no TTL) or 'inherit' (ArtifactTTL.INHERIT). */
  set ttlSeconds(v: number | null | 'inherit') {
    if (this._type === 'wandb-history') {
      throw new SimError(
        'ValueError',
        'Cannot set artifact TTL for type wandb-history',
        'invalid-tags',
      );
    }
    if (this.isLink) {
      throw new SimError(
        'ValueError',
        'Cannot set TTL for link artifact. Unlink the artifact first then set the TTL for the source artifact',
        'invalid-tags',
      );
    }
    this._ttl.changed = true;
    if (v === 'inherit') {
      this._ttl.inherited = true;
      return;
    }
    this._ttl.inherited = false;
    if (v !== null && v <= 0) {
      throw new SimError(
        'ValueError',
        `Artifact TTL Duration has to be positive. ttl: ${pyFloat(v)}`,
        'invalid-tags',
      );
    }
    this._ttl.seconds = v === null ? null : Math.trunc(v);
  }

  get sourceEntity(): string {
    return this.ensureLogged('Artifact.source_entity').source.entity;
  }
  get sourceProject(): string {
    return this.ensureLogged('Artifact.source_project').source.project;
  }
  /** Not ensure_logged: a draft's source name is its name, without a version. */
  get sourceName(): string {
    if (this._state !== 'committed' || !this._logged) return this._name;
    const s = this._logged.source;
    return `${s.name}:v${s.versionIndex}`;
  }
  get sourceVersion(): string {
    return `v${this.ensureLogged('Artifact.source_version').source.versionIndex}`;
  }
  /** f"{source_entity}/{source_project}/{source_name}": a draft fails on `source_entity`. */
  get sourceQualifiedName(): string {
    return `${this.sourceEntity}/${this.sourceProject}/${this.sourceName}`;
  }
  /** Links of a source version (ArtifactPortfolio memberships, max 500); [] for a link. */
  get linkedArtifacts(): Promise<Artifact[]> {
    const l = this.ensureLogged('Artifact.linked_artifacts');
    if (l.isLink) return Promise.resolve([]);
    return this.requireSdk()
      .fetchMemberships(l.id)
      .then((ms) =>
        ms
          .filter((m) => m.artifactCollection.__typename === 'ArtifactPortfolio')
          .map((m) => this.linkCopy(m)),
      );
  }

  /** Paths added to the draft — contents live in the world once logged. */
  get fileNames(): string[] {
    return [...this._manifest.entries.keys()];
  }

  /** @internal */
  filesForUpload(): Record<string, string> {
    return this._manifest.fileContents();
  }

  // ---- methods ------------------------------------------------------------------

  /** add_file(local_path, name=None): artifactBuild.ts has the options and the checks. */
  addFile(localPath: string, name?: string | null): { path: string } {
    return addFile(this, localPath, { name });
  }

  /** wait(): commits a logged artifact; a draft never logged raises ArtifactNotLoggedError. */
  async wait(): Promise<this> {
    if (this._state === 'draft') throw notLogged('Artifact.wait');
    if (this._state === 'saving') await this.populateAfterSave();
    return this;
  }

  /**
   * save(project=None): a draft is logged through the active run, or a silent
   * `wandb.init(job_type="auto")`; a logged artifact saves its alias edits (`_update`).
   */
  async save(project?: string | null, settings?: InitOptions['settings']): Promise<void> {
    const sdk = this.requireSdk();
    // `if self._state is not ArtifactState.PENDING: return self._update()`: one logged but
    // not waited on is still PENDING, so it is logged again.
    if (this._state !== 'committed') {
      await sdk.logDraft(this, project ?? this.draftOf?.project, settings);
      return;
    }
    await normalizeExceptions(sdk.settings.debug, () => this.update(sdk));
  }

  /**
   * What `_update` sends in UpdateArtifact besides aliases (artifactUpdate.ts).
   * @internal
   */
  pendingEdits() {
    const l = this.ensureLogged('Artifact.save');
    return {
      id: l.id,
      description: this._description,
      metadata: this.metadata,
      tags: this._tags,
      savedTags: this._savedTags,
      ttl: this.ttlForServer(),
    };
  }

  /**
   * `_assign_attrs` of UpdateArtifact's answer: what it edits comes back from the server
   * (aliases and version stay: the server lists a link's aliases on the link itself).
   * @internal
   */
  assignUpdated(f: ArtifactFragment): void {
    this._description = f.description;
    this._metadata = safeJson(f.metadata);
    this._metadataSource = undefined;
    this._tags = f.tags.map((t) => t.name);
    this._savedTags = [...this._tags];
    this._ttl = {
      seconds: f.ttlDurationSeconds > 0 ? f.ttlDurationSeconds : null,
      inherited: f.ttlIsInherited,
      changed: false,
    };
    if (this._logged) this._logged.updatedAt = f.updatedAt;
  }

  /**
   * artifact.py `_update`: AddAliases, DeleteAliases (each refusal reworded), then
   * UpdateArtifact for the rest (artifactUpdate.ts, loaded on demand).
   */
  private async update(sdk: WandbSdk): Promise<void> {
    const l = this.ensureLogged('Artifact.save');
    const add = [...new Set(this._aliases)].filter((a) => !this._savedAliases.includes(a));
    const del = [...new Set(this._savedAliases)].filter((a) => !this._aliases.includes(a));
    const input = (aliases: string[]) => ({
      artifactID: l.id,
      aliases: aliases.map((alias) => ({
        entityName: l.entity,
        projectName: l.project,
        artifactCollectionName: l.collectionName,
        alias,
      })),
    });
    const refused = (verb: 'add' | 'delete', names: string[]) =>
      `You do not have permission to ${verb} ${names.length > 1 ? 'at least one of the following aliases' : 'the following alias'} ${verb === 'add' ? 'to' : 'from'} this artifact: ${pySetRepr(names)}`;
    if (add.length) {
      await rewordCommError(sdk.request('AddAliases', { input: input(add) }), refused('add', add));
    }
    if (del.length) {
      await rewordCommError(
        sdk.request('DeleteAliases', { input: input(del) }),
        refused('delete', del),
      );
    }
    this._savedAliases = [...this._aliases];
    await (await sdkOnDemand()).update.saveEdits(this, sdk);
  }

  /**
   * Artifact.link(target_path, aliases=None), in the SDK's order: the link warning,
   * save + wait a draft, parse the path, resolve the org, then validate the aliases.
   * Every failure surfaces as CommError (normalize_exceptions).
   */
  link(targetPath: string, aliases?: string[] | string | null): Promise<Artifact> {
    const sdk = this.requireSdk();
    return normalizeExceptions(sdk.settings.debug, async () => {
      if (this.isLink && sdk.behaviour.linkOfLinkWarning) {
        sdk.termlog(
          'warn',
          'Linking to a link artifact will result in directly linking to the source artifact of that link artifact.',
        );
      }
      // Before 0.23.0 (PR #10822) a draft had no client here: `_client is None`.
      if (this._state === 'draft' && sdk.behaviour.linkDraftNeedsClient) {
        throw new SimError(
          'ValueError',
          'Client not initialized for artifact mutations',
          'not-logged',
        );
      }
      if (this._state === 'draft') await this.save(this._logged?.source.project);
      if (this._state === 'saving') await this.wait();
      const l = this.ensureLogged('Artifact.link');
      // `settings = InternalApi().settings()`: the environment now, not the run's settings.
      await sdk.prepareSettings();
      const settings = sdk.internalApiSettings();
      const target = parseTargetPath(targetPath);
      let entityName: string;
      let projectName: string;
      if (isRegistryProject(target.project)) {
        const org = target.prefix || settings.organization || undefined;
        const info = await sdk.request('FetchOrgInfoFromEntity', {
          entity: l.source.entity,
        });
        entityName = resolveOrgInfo(info, l.source.entity, org).info.entityName;
        projectName = target.project!;
      } else {
        entityName = target.prefix || l.source.entity;
        projectName = target.project || settings.project || 'uncategorized';
      }
      const aliasList = aliases === undefined || aliases === null ? [] : validateAliases(aliases);
      validateAliasLengths(aliasList);
      await sdk.serverFeatures();
      const data = await sdk.request('LinkArtifact', {
        input: {
          artifactID: l.id,
          artifactPortfolioName: target.name,
          entityName,
          projectName,
          aliases: aliasList.map((alias) => ({ artifactCollectionName: target.name, alias })),
        },
        includeAliases: true,
      });
      const m = data.result.artifactMembership;
      if (!m)
        throw new SimError(
          'ValueError',
          'Unable to parse linked artifact version from response',
          'internal',
        );
      return Artifact.fromMembership(sdk, m, target.name);
    });
  }

  /**
   * `artifact.link(...)` from Python, as the simulated version has it: from 0.21.0 link();
   * before, under the same normalize_exceptions, through a run (linkThroughRun).
   */
  linkFromScript(targetPath: string, aliases?: string[] | string | null): Promise<Artifact | null> {
    const sdk = this.requireSdk();
    if (!sdk.behaviour.artifactLinkViaRun) return this.link(targetPath, aliases);
    return normalizeExceptions(sdk.settings.debug, async () => {
      if (this.isLink && sdk.behaviour.linkOfLinkWarning) {
        sdk.termlog(
          'warn',
          'Linking to a link artifact will result in directly linking to the source artifact of that link artifact.',
        );
      }
      return this.linkThroughRun(sdk, targetPath, aliases);
    });
  }

  /**
   * Before 0.21.0 (artifact.py at v0.19.9 – v0.20.1): `run.link_artifact(self, ...)` on
   * wandb.run, from 0.19.10 on `wandb_setup.singleton().most_recent_active_run`, else inside
   * a silent auto run in the artifact's source entity and project (None for a draft); its
   * result (None before 0.19.11) is returned.
   */
  private async linkThroughRun(
    sdk: WandbSdk,
    targetPath: string,
    aliases?: string[] | string | null,
  ): Promise<Artifact | null> {
    const active =
      sdk.behaviour.artifactLinkViaRun === 'most_recent_active_run'
        ? sdk.mostRecentActiveRun
        : sdk.run;
    if (active) return active.linkArtifact(this, targetPath, aliases);
    const src = this.knownSource;
    const run = await sdk.init({
      entity: src?.entity,
      project: src?.project,
      job_type: 'auto',
      settings: { silent: true },
    });
    try {
      return await run.linkArtifact(this, targetPath, aliases);
    } finally {
      await run.finish();
    }
  }

  /** unlink(): only for links; removes the membership, the source survives. */
  async unlink(): Promise<void> {
    const l = this.ensureLogged('Artifact.unlink');
    if (!l.isLink) {
      throw new SimError(
        'ValueError',
        `Artifact ${pyStr(this.qualifiedName)} is not a linked artifact and cannot be unlinked.  To delete it, use 'Artifact.delete' instead.`,
        'unlink-source',
      );
    }
    await this.unlinkMembership();
  }

  /** `_unlink` (normalize_exceptions): a server refusal becomes the SDK's own CommError text. */
  private unlinkMembership(): Promise<void> {
    const sdk = this.requireSdk();
    const l = this._logged!;
    return normalizeExceptions(sdk.settings.debug, () =>
      rewordCommError(
        sdk.request('UnlinkArtifact', {
          input: { artifactID: l.id, artifactPortfolioID: l.collectionId },
        }),
        `You do not have permission to unlink the artifact ${pyStr(this.qualifiedName)}`,
      ),
    ).then(() => undefined);
  }

  /**
   * delete(delete_aliases=False): on a link it only unlinks (with the SDK's warning); a
   * source version is deleted with DeleteArtifact (`_delete`, normalize_exceptions), and the
   * server takes its links with it.
   */
  async delete(deleteAliases = false): Promise<void> {
    const l = this.ensureLogged('Artifact.delete');
    const sdk = this.requireSdk();
    if (l.isLink) {
      sdk.termlog(
        'warn',
        'Deleting a link artifact will only unlink the artifact from the source artifact and not delete the source artifact and the data of the source artifact.',
      );
      await this.unlinkMembership();
      return;
    }
    await normalizeExceptions(sdk.settings.debug, () =>
      sdk.request('DeleteArtifact', { input: { artifactID: l.id, deleteAliases } }),
    );
  }

  /** `targetPath` in a printable canonical form (used by run.link_artifact). */
  static canonicalPath(path: string): string {
    return formatTargetPath(parseTargetPath(path));
  }

  private requireSdk(): WandbSdk {
    if (!this._sdk) {
      throw new SimError(
        'wandb.errors.UsageError',
        'This artifact is not attached to the wandb module of this run.',
        'internal',
      );
    }
    return this._sdk;
  }

  /** f"<Artifact {self.id or self.name}>" */
  toString(): string {
    return `<Artifact ${this.id ?? this._name}>`;
  }
}

/** `timedelta.total_seconds()` as `{float}` prints it (seconds are whole or decimal here). */
const pyFloat = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

function safeJson(s: string): Record<string, unknown> {
  try {
    const v = JSON.parse(s);
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}

/** `except CommError: raise CommError(msg)`: the SDK's own wording for a server refusal. */
async function rewordCommError<T>(p: Promise<T>, message: string): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof SimError && e.pyType === COMM)
      throw new SimError(COMM, message, e.code, e.hint);
    throw e;
  }
}
