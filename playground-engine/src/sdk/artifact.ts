// wandb.Artifact: a draft you fill and log, a logged source version, or a link (a
// membership in a registry collection). State follows the SDK: logged properties raise
// ArtifactNotLoggedError until the artifact is committed (after wait()).
import { SimError } from '../rules/errors';
import { isRegistryProject, parseTargetPath, formatTargetPath } from '../rules/targetPath';
import {
  validateAliases,
  validateAliasLengths,
  validateArtifactName,
  validateArtifactType,
  validateMetadata,
} from '../rules/validators';
import { resolveOrgInfo } from '../rules/orgResolution';
import type { FetchOrgInfoFromEntityData } from '../rules/orgInfo';
import { pyRepr as pyStr } from '../rules/pyRepr';
import type { ArtifactFragment, MembershipFragment } from '../server/fragments';
import { Q } from '../server/queries';
import { normalizeExceptions, notLogged } from './errors';
import type { WandbSdk } from './wandbSdk';

export interface ArtifactOptions {
  description?: string | null;
  metadata?: Record<string, unknown> | null;
}

interface Logged {
  id: string;
  entity: string;
  project: string;
  collectionName: string;
  collectionId: string;
  isLink: boolean;
  versionIndex: number;
  digest: string;
  source: { entity: string; project: string; name: string; versionIndex: number };
}

const VERSION_ALIAS = /^v\d+$/;

export class Artifact {
  private _name: string;
  private readonly _type: string;
  private _description: string | null;
  private _metadata: Record<string, unknown>;
  private readonly _files = new Map<string, string>();
  private _aliases: string[] = [];
  private _savedAliases: string[] = [];
  private _state: 'draft' | 'saving' | 'committed' = 'draft';
  private _logged?: Logged;
  /** @internal the SDK instance that logged or fetched it (drafts get one when logged). */
  _sdk?: WandbSdk;

  constructor(name: string, type: string, opts: ArtifactOptions = {}, sdk?: WandbSdk) {
    if (typeof name !== 'string')
      throw new SimError('TypeError', `Artifact name must be a str, got ${typeof name}`);
    if (typeof type !== 'string')
      throw new SimError('TypeError', `Artifact type must be a str, got ${typeof type}`);
    this._name = validateArtifactName(name);
    this._type = validateArtifactType(type, name);
    this._description = opts.description ?? null;
    this._metadata = { ...validateMetadata(opts.metadata) };
    this._sdk = sdk;
  }

  // ---- built from server responses ----------------------------------------------

  /** @internal */
  static fromMembership(sdk: WandbSdk, m: MembershipFragment): Artifact {
    const a = Artifact.fromArtifactFragment(sdk, m.artifact);
    const coll = m.artifactCollection;
    const isLink = coll.__typename === 'ArtifactPortfolio';
    a._logged = {
      ...a._logged!,
      entity: coll.project.entity.name,
      project: coll.project.name,
      collectionName: coll.name,
      collectionId: coll.id,
      isLink,
      versionIndex: m.versionIndex,
    };
    a._name = `${coll.name}:v${m.versionIndex}`;
    a.setSavedAliases(m.aliases.map((x) => x.alias).filter((x) => !VERSION_ALIAS.test(x)));
    return a;
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
      _files: new Map<string, string>(),
      _aliases: [],
      _savedAliases: [],
      _state: 'committed',
      _sdk: sdk,
    });
    a._logged = {
      id: f.id,
      entity: seq.project.entity.name,
      project: seq.project.name,
      collectionName: seq.name,
      collectionId: seq.id,
      isLink: false,
      versionIndex: f.versionIndex,
      digest: f.digest,
      source: {
        entity: seq.project.entity.name,
        project: seq.project.name,
        name: seq.name,
        versionIndex: f.versionIndex,
      },
    };
    const own = (f.aliases ?? [])
      .filter((x) => x.artifactCollection.name === seq.name)
      .map((x) => x.alias);
    a.setSavedAliases(own.filter((x) => !VERSION_ALIAS.test(x)));
    return a;
  }

  /** @internal after log_artifact: logged on the server, but properties wait for wait(). */
  markSaving(sdk: WandbSdk, f: ArtifactFragment): void {
    const fresh = Artifact.fromArtifactFragment(sdk, f);
    this._sdk = sdk;
    this._logged = fresh._logged;
    this._pendingName = fresh._name;
    this._pendingAliases = fresh._savedAliases;
    this._state = 'saving';
  }
  private _pendingName?: string;
  private _pendingAliases?: string[];

  private setSavedAliases(aliases: string[]): void {
    this._aliases = [...aliases];
    this._savedAliases = [...aliases];
  }

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

  get name(): string {
    return this._name;
  }
  get type(): string {
    return this._type;
  }
  get description(): string | null {
    return this._description;
  }
  set description(v: string | null) {
    this._description = v;
  }
  get metadata(): Record<string, unknown> {
    return this._metadata;
  }
  set metadata(v: Record<string, unknown>) {
    this._metadata = { ...validateMetadata(v) };
  }
  /** The live alias list (a Python list: append, then save()). */
  get aliases(): string[] {
    return this._aliases;
  }
  set aliases(v: string[]) {
    this._aliases = validateAliases(v);
  }
  /** None (undefined) for drafts; a link has its source's id. */
  get id(): string | undefined {
    return this._state === 'committed' ? this._logged?.id : undefined;
  }
  get version(): string {
    return `v${this.ensureLogged('Artifact.version').versionIndex}`;
  }
  get entity(): string {
    return this.ensureLogged('Artifact.entity').entity;
  }
  get project(): string {
    return this.ensureLogged('Artifact.project').project;
  }
  get qualifiedName(): string {
    const l = this.ensureLogged('Artifact.qualified_name');
    return `${l.entity}/${l.project}/${this._name}`;
  }
  get digest(): string {
    return this.ensureLogged('Artifact.digest').digest;
  }
  get isLink(): boolean {
    return this._state === 'committed' && !!this._logged?.isLink;
  }
  get sourceEntity(): string {
    return this.ensureLogged('Artifact.source_entity').source.entity;
  }
  get sourceProject(): string {
    return this.ensureLogged('Artifact.source_project').source.project;
  }
  get sourceName(): string {
    const s = this.ensureLogged('Artifact.source_name').source;
    return `${s.name}:v${s.versionIndex}`;
  }
  get sourceVersion(): string {
    return `v${this.ensureLogged('Artifact.source_version').source.versionIndex}`;
  }
  get sourceQualifiedName(): string {
    const s = this.ensureLogged('Artifact.source_qualified_name').source;
    return `${s.entity}/${s.project}/${s.name}:v${s.versionIndex}`;
  }
  /** Links of a source version (ArtifactPortfolio memberships, max 500); [] for a link. */
  get linkedArtifacts(): Promise<Artifact[]> {
    const l = this.ensureLogged('Artifact.linked_artifacts');
    if (l.isLink) return Promise.resolve([]);
    return this.requireSdk().fetchLinkedArtifacts(l.id);
  }
  /** File names added with add_file (drafts) — contents live in the world once logged. */
  get fileNames(): string[] {
    return [...this._files.keys()];
  }
  /** @internal */
  filesForUpload(): Record<string, string> {
    return Object.fromEntries(this._files);
  }

  // ---- methods ------------------------------------------------------------------

  /** add_file(local_path, name=None): reads the snippet's in-memory file system. */
  addFile(localPath: string, name?: string | null): { path: string } {
    if (this._state !== 'draft') {
      throw new SimError(
        'wandb.errors.ArtifactFinalizedError',
        `'Artifact.add_file' used on logged artifact. Can't modify finalized artifact.`,
      );
    }
    const fs = this._sdk?.fs;
    const content = fs?.read(localPath);
    if (content === undefined)
      throw new SimError('ValueError', `Path is not a file: ${pyStr(localPath)}`);
    const entryName = name ?? basename(localPath);
    this._files.set(entryName, content);
    return { path: entryName };
  }

  /** wait(): commits a logged artifact; a draft never logged cannot be waited on. */
  async wait(): Promise<this> {
    if (this._state === 'draft') {
      throw new SimError(
        'ValueError',
        'Cannot call wait on an artifact before it has been logged or in offline mode',
      );
    }
    if (this._state === 'saving') {
      this._state = 'committed';
      if (this._pendingName) this._name = this._pendingName;
      if (this._pendingAliases) this.setSavedAliases(this._pendingAliases);
    }
    return this;
  }

  /**
   * save(project=None): a draft is logged through the active run, or a silent
   * `wandb.init(job_type="auto")`; a logged artifact saves its alias edits.
   */
  async save(project?: string | null): Promise<void> {
    const sdk = this.requireSdk();
    if (this._state === 'draft') {
      await sdk.logDraft(this, project ?? undefined);
      return;
    }
    const l = this.ensureLogged('Artifact.save');
    validateAliases(this._aliases);
    const add = this._aliases.filter((a) => !this._savedAliases.includes(a));
    const del = this._savedAliases.filter((a) => !this._aliases.includes(a));
    const input = (aliases: string[]) => ({
      artifactID: l.id,
      aliases: aliases.map((alias) => ({
        entityName: l.entity,
        projectName: l.project,
        artifactCollectionName: l.collectionName,
        alias,
      })),
    });
    if (add.length) await sdk.request('AddAliases', Q.AddAliases, { input: input(add) });
    if (del.length) await sdk.request('DeleteAliases', Q.DeleteAliases, { input: input(del) });
    this._savedAliases = [...this._aliases];
  }

  /** Artifact.link(target_path, aliases=None): every failure surfaces as CommError. */
  link(targetPath: string, aliases?: string[] | string | null): Promise<Artifact> {
    const sdk = this.requireSdk();
    return normalizeExceptions(sdk.settings.debug, async () => {
      const aliasList = aliases === undefined || aliases === null ? [] : validateAliases(aliases);
      validateAliasLengths(aliasList);
      if (this._state === 'draft') await this.save(this._logged?.source.project);
      if (this._state === 'saving') await this.wait();
      const l = this.ensureLogged('Artifact.link');
      if (l.isLink) {
        sdk.termlog(
          'warn',
          'Linking to a link artifact will result in directly linking to the source artifact of that link artifact.',
        );
      }
      const target = parseTargetPath(targetPath);
      let entityName: string;
      let projectName: string;
      if (isRegistryProject(target.project)) {
        const org = target.prefix || sdk.settings.organization || undefined;
        const info = await sdk.request<FetchOrgInfoFromEntityData>(
          'FetchOrgInfoFromEntity',
          Q.FetchOrgInfoFromEntity,
          {
            entity: l.source.entity,
          },
        );
        entityName = resolveOrgInfo(info, l.source.entity, org).info.entityName;
        projectName = target.project!;
      } else {
        entityName = target.prefix || l.source.entity;
        projectName = target.project || sdk.settings.project || 'uncategorized';
      }
      await sdk.serverFeatures();
      const data = await sdk.request<{
        result: { versionIndex: number | null; artifactMembership: MembershipFragment | null };
      }>('LinkArtifact', Q.LinkArtifact, {
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
        throw new SimError('ValueError', 'Unable to parse linked artifact version from response');
      return Artifact.fromMembership(sdk, m);
    });
  }

  /** unlink(): only for links; removes the membership, the source survives. */
  async unlink(): Promise<void> {
    if (this._state !== 'committed' || !this._logged) throw notLogged('Artifact.unlink');
    const l = this._logged;
    if (!l.isLink) {
      throw new SimError(
        'ValueError',
        `Artifact ${pyStr(this.qualifiedName)} is not a linked artifact and cannot be unlinked.  To delete it, use 'Artifact.delete' instead.`,
      );
    }
    const sdk = this.requireSdk();
    // A server refusal arrives as CommError: 'You do not have permission to unlink ...'.
    await sdk.request('UnlinkArtifact', Q.UnlinkArtifact, {
      input: { artifactID: l.id, artifactPortfolioID: l.collectionId },
    });
  }

  /** delete(): on a link it only unlinks (with a warning). */
  async delete(): Promise<void> {
    if (this._state !== 'committed' || !this._logged) throw notLogged('Artifact.delete');
    if (this._logged.isLink) {
      this.requireSdk().termlog(
        'warn',
        'Deleting a link artifact only unlinks it from the collection; the source artifact and its files are kept.',
      );
      await this.unlink();
      return;
    }
    throw new SimError(
      'NotImplementedError',
      'Deleting a source artifact version is not supported in the playground. Unlink its links instead.',
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
      );
    }
    return this._sdk;
  }

  toString(): string {
    return `<Artifact ${this._state === 'committed' ? this._logged!.id : this._name}>`;
  }
}

function safeJson(s: string): Record<string, unknown> {
  try {
    const v = JSON.parse(s);
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}

function basename(p: string): string {
  const parts = p.split('/');
  return parts[parts.length - 1] || p;
}
