// wandb.Run: the handle wandb.init returns. Logging goes through the server as
// CreateArtifact (+ CommitArtifact); linking delegates to Artifact.link as the SDK does.
import { CWD } from '../text/posixPath';
import { SimError } from '../errors/simError';
import { isRegistryProject, parseTargetPath, formatTargetPath } from '../paths/targetPath';
import { validateAliases, validateTags } from '../rules/client/validators';
import { Artifact } from './artifact';
import { addDir, addFile, basename } from './artifactBuild';
import type { ConsoleSettings } from './console';
import { linkThroughCore } from './coreLinker';
import { footerPanel, type HistoryValues, RunHistory } from './runHistory';
import { sdkOnDemand } from './lazy';
import { COMM, runFinished } from './errors';
import type { WandbSdk } from './wandbSdk';

export interface LogArtifactOptions {
  name?: string | null;
  type?: string | null;
  aliases?: string[] | string | null;
  tags?: string[] | string | null;
}

/** wandb/util.py `_resolve_aliases`: None or [] mean ["latest"]; "latest" is always added. */
export function resolveAliases(aliases: string[] | null): string[] {
  const list = aliases?.length ? aliases : ['latest'];
  return [...new Set([...list, 'latest'])];
}

/** wandb_settings.py `validate_run_tags`: each tag 1 to 64 characters, errors joined by "; ". */
export function runTagProblems(tags: string[]): string | undefined {
  const errors: string[] = [];
  tags.forEach((tag, i) => {
    const n = [...tag].length;
    if (n === 0) {
      errors.push(`Tag at index ${i} is empty. Tags must be between 1 and 64 characters`);
    } else if (n > 64) {
      const chars = [...tag];
      const shown = n > 43 ? `${chars.slice(0, 20).join('')}...${chars.slice(-20).join('')}` : tag;
      errors.push(`Tag '${shown}' is ${n} characters. Tags must be between 1 and 64 characters`);
    }
  });
  return errors.length ? errors.join('; ') : undefined;
}

export class Run {
  readonly id: string;
  readonly entity: string;
  readonly project: string;
  /** The display name (`settings.run_name`); `run.name = ...` changes it. */
  name: string;
  readonly jobType?: string;
  /** `run_notes`, `run_group`, `run_tags` (init arguments, settings or WANDB_NOTES/RUN_GROUP/TAGS). */
  notes: string | null;
  readonly group: string | null;
  tags: string[] | null;
  /** mode="disabled" (`settings._noop`). */
  readonly disabled: boolean;
  /**
   * @internal the run's params (display name, notes, tags) changed since they were last sent:
   * core's upserter debounces them and then sends all its params (`uploadParams`).
   */
  paramsDirty = false;
  /** The config as JSON (what UpsertBucket sends); the binding keeps the Python object. */
  config: Record<string, unknown>;
  /** @internal the config changed since it was last sent (core's upserter debounces it). */
  configDirty = false;
  readonly offline: boolean;
  /** @internal when the run started (ms): `_runtime` counts from here. */
  startMillis = 0;
  /** settings.wandb_dir: where the run's directory is (console.ts `wandbDirOf`). */
  wandbDir = `${CWD}/wandb`;
  private historyOf?: { history: RunHistory<unknown>; toJson: (v: unknown) => unknown };
  private _finished = false;
  /** @internal set by init: the settings the header printed with, and the run directory. */
  console?: { settings: ConsoleSettings; dir: string };
  /** @internal files this run uploaded for new artifact versions (the footer's count). */
  artifactFiles = 0;
  private readonly sdk: WandbSdk;

  /** @internal created by WandbSdk.init */
  constructor(
    sdk: WandbSdk,
    init: {
      id: string;
      entity: string;
      project: string;
      name: string;
      jobType?: string;
      config?: Record<string, unknown>;
      offline: boolean;
      disabled?: boolean;
      notes?: string | null;
      group?: string | null;
      tags?: string[] | null;
    },
  ) {
    this.sdk = sdk;
    this.id = init.id;
    this.entity = init.entity;
    this.project = init.project;
    this.name = init.name;
    this.jobType = init.jobType;
    this.config = { ...(init.config ?? {}) };
    this.offline = init.offline;
    this.disabled = init.disabled ?? false;
    this.notes = init.notes ?? null;
    this.group = init.group ?? null;
    this.tags = init.tags ?? null;
  }

  /** The `notes` setter (`@_raise_if_finished`). */
  setNotes(notes: string | null): void {
    if (this._finished) throw runFinished(this.id, 'notes');
    this.notes = notes;
    this.paramsDirty = true;
  }

  /** The `tags` setter, once `validate_run_tags` accepted them (`_raise_if_finished` first). */
  setTags(tags: string[]): void {
    this.assertActive('tags');
    this.tags = tags;
    this.paramsDirty = true;
  }

  /** The `name` setter (`@_raise_if_finished`): `publish_run` sends the new display name. */
  rename(name: string): void {
    if (this._finished) throw runFinished(this.id, 'name');
    this.name = name;
    this.paramsDirty = true;
  }

  get finished(): boolean {
    return this._finished;
  }

  /** `run.step`: the W&B step of the next history row (0 before any log). */
  get step(): number {
    return this.historyOf?.history.currentStep ?? 0;
  }

  /**
   * log_artifact(artifact_or_path, name=None, type=None, aliases=None, tags=None), in the order
   * of wandb_run.py `_log_artifact`: aliases validated, tags validated (deduped), then `_prepare_artifact` (a path
   * becomes an artifact; a missing one is a ValueError), then the type check.
   */
  async logArtifact(
    artifactOrPath: Artifact | string,
    opts: LogArtifactOptions = {},
  ): Promise<Artifact> {
    if (this._finished) throw runFinished(this.id, 'log_artifact');
    const given =
      opts.aliases === undefined || opts.aliases === null ? null : validateAliases(opts.aliases);
    const tags = opts.tags === undefined || opts.tags === null ? [] : validateTags(opts.tags);
    let artifact: Artifact;
    if (typeof artifactOrPath === 'string') {
      artifact = new Artifact(
        opts.name || `run-${this.id}-${basename(artifactOrPath)}`,
        opts.type || 'unspecified',
        {},
        this.sdk,
      );
      if (this.sdk.fs.read(artifactOrPath) !== undefined) addFile(artifact, artifactOrPath);
      else if (this.sdk.fs.isDir(artifactOrPath)) addDir(artifact, artifactOrPath);
      else if (artifactOrPath.includes('://')) {
        await (await sdkOnDemand()).refs.addReference(artifact, artifactOrPath);
      } else {
        // Implicit string concatenation in the SDK: "external" "reference" has no space.
        throw new SimError(
          'ValueError',
          'path must be a file, directory or externalreference like s3://bucket/path',
          'missing-file',
        );
      }
    } else if (artifactOrPath instanceof Artifact) {
      artifact = artifactOrPath;
    } else {
      throw new SimError(
        'TypeError',
        'You must pass an instance of wandb.Artifact or a valid file path to log_artifact',
        'wrong-argument',
      );
    }
    artifact._sdk ??= this.sdk;
    // _prepare_artifact finalizes it (offline too); `artifact.metadata = {**artifact.metadata}`
    // validates what was edited in place (a new dict: the old one is no longer the metadata);
    // then `artifact.distributed_id = None`.
    artifact.finalize();
    artifact.metadata = { ...artifact.metadata };
    artifact.distributedId = null;
    if (this.offline) return artifact;
    await this.sdk.logThroughRun(this, artifact, resolveAliases(given), tags);
    return artifact;
  }

  /**
   * use_artifact(artifact_or_name, type=None, aliases=None): a name is fetched with the
   * unwrapped `Api._artifact` (its ValueErrors stay ValueErrors); a draft is logged first
   * and waited on; anything else is a ValueError. The use is recorded with UseArtifact
   * (internal_api.py `use_artifact`; for a draft wandb-core sends it after the commit).
   */
  async useArtifact(
    artifactOrName: Artifact | string | unknown,
    type?: string | null,
    aliases?: string[] | string | null,
    /** `use_as` was given (not None): it only warns; nothing of it is sent. */
    useAs = false,
  ): Promise<Artifact> {
    if (this._finished) throw runFinished(this.id, 'use_artifact');
    if (this.offline)
      throw new SimError('TypeError', 'Cannot use artifact when in offline mode.', 'offline');
    if (useAs) {
      this.sdk.termlogOnce(
        'warn',
        '`use_as` argument is deprecated and does not affect the behaviour of `run.use_artifact`',
      );
    }
    if (typeof artifactOrName === 'string') {
      const api = await this.sdk.api({ entity: this.entity, project: this.project });
      const artifact = await api.artifactUnwrapped(artifactOrName, type ?? null);
      if (type !== undefined && type !== null && type !== artifact.type) {
        throw new SimError(
          'ValueError',
          `Supplied type ${type} does not match type ${artifact.type} of artifact ${artifact.name}`,
          'wrong-argument',
        );
      }
      await this.recordUse(artifact);
      return artifact;
    }
    if (artifactOrName instanceof Artifact) {
      if (artifactOrName.isDraft()) {
        if (useAs) {
          this.sdk.termlog(
            'warn',
            'Indicating use_as is not supported when using a draft artifact',
          );
        }
        await this.logArtifact(artifactOrName, { aliases: aliases ?? [] });
        await artifactOrName.wait();
      }
      await this.recordUse(artifactOrName);
      return artifactOrName;
    }
    throw new SimError(
      'ValueError',
      'You must pass an artifact name (e.g. "pedestrian-dataset:v1"), an instance of `wandb.Artifact`, or `wandb.Api().artifact()` to `use_artifact`',
      'wrong-argument',
    );
  }

  /** UseArtifact: this run used the version, fetched from `artifact.entity/project`. */
  private async recordUse(artifact: Artifact): Promise<void> {
    await this.sdk.request('UseArtifact', {
      entityName: this.entity,
      projectName: this.project,
      runName: this.id,
      artifactID: artifact.id ?? '',
      usedAs: null,
      artifactEntityName: artifact.entity,
      artifactProjectName: artifact.project,
    });
  }

  /** link_artifact(artifact, target_path, aliases=None) */
  async linkArtifact(
    artifact: Artifact,
    targetPath: string,
    aliases?: string[] | string | null,
  ): Promise<Artifact | null> {
    if (this._finished) throw runFinished(this.id, 'link_artifact');
    if (this.sdk.behaviour.goLinker) {
      return linkThroughCore(this.sdk, this, artifact, targetPath, aliases);
    }
    if (artifact.isDraft() && !artifact.isSaving()) await this.logArtifact(artifact);
    if (this.offline) throw new SimError('NotImplementedError', '', 'offline');
    // Parsed before Artifact.link's wrapper: a 4-part path is a plain ValueError here.
    let path = parseTargetPath(targetPath);
    if (!isRegistryProject(path.project)) {
      path = { ...path, prefix: path.prefix || this.entity, project: path.project || this.project };
    }
    return artifact.link(formatTargetPath(path), aliases);
  }

  /**
   * link_model(path, registered_model_name, name=None, aliases=None): legacy Model
   * Registry only; always targets `{run.entity}/model-registry/{registered_model_name}`.
   */
  async linkModel(
    path: string,
    registeredModelName: string,
    name?: string | null,
    aliases?: string[] | string | null,
  ): Promise<Artifact | null> {
    if (this._finished) throw runFinished(this.id, 'link_model');
    if (registeredModelName.split('/').length !== 1) {
      throw new SimError(
        'AssertionError',
        'Please provide only the name of the registered model. Do not append the entity or project name.',
        'link-model',
      );
    }
    // wandb_run.py: the lookup of f"{name}:latest" (even 'None:latest') and the logging
    // share one try; a ValueError or CommError in either logs a fresh 'model' instead.
    let artifact: Artifact;
    try {
      const api = await this.sdk.api({ entity: this.entity, project: this.project });
      const existing = await api.artifactUnwrapped(`${name ?? 'None'}:latest`);
      if (!existing.type.toLowerCase().includes('model')) {
        throw new SimError(
          'AssertionError',
          "You can only use this method for 'model' artifacts. For an artifact to be a 'model' artifact, its type property must contain the substring 'model'.",
          'link-model',
        );
      }
      artifact = await this.logArtifact(path, { name: name ?? null, type: existing.type });
    } catch (e) {
      if (!(e instanceof SimError) || (e.pyType !== 'ValueError' && e.pyType !== COMM)) throw e;
      artifact = await this.logArtifact(path, { name: name ?? null, type: 'model' });
    }
    return this.linkArtifact(
      artifact,
      `${this.entity}/model-registry/${registeredModelName}`,
      aliases,
    );
  }

  /**
   * log_model(path, name=None, aliases=None): `_log_artifact(path, name, type="model",
   * aliases)` behind its own finished check; returns None (the binding's null).
   */
  async logModel(
    path: Artifact | string,
    name?: string | null,
    aliases?: string[] | string | null,
  ): Promise<void> {
    if (this._finished) throw runFinished(this.id, 'log_model');
    await this.logArtifact(path, { name: name ?? null, type: 'model', aliases: aliases ?? null });
  }

  /**
   * use_model(name): offline is a RuntimeError; `use_artifact(name)`, then the 'model'
   * substring check, then `download()`; a root holding one entry gives that entry's path.
   */
  async useModel(name: unknown): Promise<string> {
    if (this._finished) throw runFinished(this.id, 'use_model');
    if (this.offline) {
      throw new SimError('RuntimeError', '`use_model` not supported in offline mode.', 'offline');
    }
    const artifact = await this.useArtifact(name);
    if (!artifact.type.toLowerCase().includes('model')) {
      throw new SimError(
        'AssertionError',
        "You can only use this method for 'model' artifacts. For an artifact to be a 'model' artifact, its type property must contain the substring 'model'.",
        'wrong-argument',
      );
    }
    const root = await (await sdkOnDemand()).files.download(artifact);
    // os.listdir(root): the top-level entries (files, or the first part of nested paths).
    const entries = new Set(this.sdk.fs.walk(root).map((p) => p.split('/')[0]));
    return entries.size === 1 ? `${root}/${[...entries][0]}` : root;
  }

  /** `@_raise_if_finished` for a method the binding implements (log). */
  assertActive(method: string): void {
    if (this._finished) throw runFinished(this.id, method);
  }

  /** `_config_callback`: a config change to send; a finished run refuses it. */
  updateConfig(config: Record<string, unknown>): void {
    if (this._finished) throw runFinished(this.id, '_config_callback');
    this.config = config;
    this.configDirty = true;
  }

  /** Seconds since the run started (core's run timer), on the SDK's clock. */
  elapsedSeconds(): number {
    return Math.max(0, (this.sdk.clock() - this.startMillis) / 1000);
  }

  /**
   * The run's history and summary, kept in the caller's values (the binding's are Python
   * values); `toJson` turns one into what `summaryMetrics` sends.
   */
  history<V>(values: HistoryValues<V>, toJson: (v: V) => unknown): RunHistory<V> {
    if (!this.historyOf) {
      const history = new RunHistory<V>(
        values,
        () => this.elapsedSeconds(),
        (msg) => this.sdk.termlog('warn', msg),
      );
      this.historyOf = {
        history: history as RunHistory<unknown>,
        toJson: toJson as (v: unknown) => unknown,
      };
    }
    return this.historyOf.history as RunHistory<V>;
  }

  /** @internal the summary as JSON, or undefined when nothing was logged. */
  summaryJson(): Record<string, unknown> | undefined {
    const h = this.historyOf;
    if (!h) return undefined;
    return Object.fromEntries([...h.history.summary].map(([k, v]) => [k, h.toJson(v)]));
  }

  /**
   * finish(exit_code) / `_finish`: idempotent; later calls on the run raise the finished-run
   * UsageError. `_atexit_cleanup` takes `exit_code or 0` (no exit hook has seen a failure
   * while the snippet runs); a non-zero code marks the run failed on the server.
   */
  async finish(exitCode: number | null = null, footer: 'run' | 'core' = 'run'): Promise<void> {
    // NoopRun.finish leaves the run usable: it only stops being wandb.run.
    if (this.disabled) return this.sdk.finishRun(this);
    if (this._finished) return;
    this._finished = true;
    await this.closeStream(exitCode || 0, footer);
  }

  /**
   * `_finish` whose exit record cannot be built (`finish(exit_code="1")`: protobuf refuses the
   * value in `_make_exit`, inside `_on_finish`): the run is already `_is_finished` and off the
   * singleton's active runs (`remove_active_run`), `_atexit_cleanup` prints `Problem finishing
   * run` and re-raises. No exit record reached wandb-core, so the run's stream stays open
   * until the end of the process, where core finishes it (`atExit`).
   */
  abandonFinish(): void {
    if (this._finished) return;
    this._finished = true;
    this.sdk.termlog('error', 'Problem finishing run');
    this.sdk.leaveRunOpen(this);
  }

  /** @internal wandb-core's handleExit for this run's stream, then the footer. */
  async closeStream(exitCode: number, footer: 'run' | 'core'): Promise<void> {
    // handleExit: the run timing, then the current row of the history.
    this.historyOf?.history.finish();
    await this.sdk.finishRun(this, exitCode, footer);
  }

  /** @internal the footer's history and summary panel. */
  footerPanel(): string[] {
    return this.historyOf ? footerPanel(this.historyOf.history) : [];
  }

  /** `with wandb.init() as run:` */
  enter(): Run {
    return this;
  }
  /** `__exit__`: `_finish(exit_code=1 if an exception left the block else 0)`. */
  async exit(raised = false): Promise<void> {
    await this.finish(raised ? 1 : 0);
  }
}
