// wandb.Run: the handle wandb.init returns. Logging goes through the server as
// CreateArtifact (+ CommitArtifact); linking delegates to Artifact.link as the SDK does.
import { SimError } from '../rules/errors';
import { isRegistryProject, parseTargetPath, formatTargetPath } from '../rules/targetPath';
import { validateAliases } from '../rules/validators';
import { Artifact } from './artifact';
import { runFinished } from './errors';
import type { WandbSdk } from './wandbSdk';

export interface LogArtifactOptions {
  name?: string | null;
  type?: string | null;
  aliases?: string[] | string | null;
}

export class Run {
  readonly id: string;
  readonly entity: string;
  readonly project: string;
  readonly name: string;
  readonly jobType?: string;
  readonly config: Record<string, unknown>;
  readonly offline: boolean;
  private _finished = false;
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
  }

  get finished(): boolean {
    return this._finished;
  }

  /** log_artifact(artifact_or_path, name=None, type=None, aliases=None) */
  async logArtifact(
    artifactOrPath: Artifact | string,
    opts: LogArtifactOptions = {},
  ): Promise<Artifact> {
    if (this._finished) throw runFinished(this.id, 'log_artifact');
    let artifact: Artifact;
    if (typeof artifactOrPath === 'string') {
      const base = artifactOrPath.split('/').pop() || artifactOrPath;
      artifact = new Artifact(
        opts.name ?? `run-${this.id}-${base}`,
        opts.type ?? 'unspecified',
        {},
        this.sdk,
      );
      artifact.addFile(artifactOrPath);
    } else if (artifactOrPath instanceof Artifact) {
      artifact = artifactOrPath;
    } else {
      throw new SimError('TypeError', 'log_artifact expects an Artifact or a path (str)');
    }
    const aliases =
      opts.aliases === undefined || opts.aliases === null
        ? ['latest']
        : validateAliases(opts.aliases);
    artifact._sdk ??= this.sdk;
    if (this.offline) return artifact;
    await this.sdk.logThroughRun(this, artifact, aliases);
    return artifact;
  }

  /** link_artifact(artifact, target_path, aliases=None) */
  async linkArtifact(
    artifact: Artifact,
    targetPath: string,
    aliases?: string[] | string | null,
  ): Promise<Artifact> {
    if (this._finished) throw runFinished(this.id, 'link_artifact');
    if (artifact.isDraft() && !artifact.isSaving()) await this.logArtifact(artifact);
    if (this.offline) throw new SimError('NotImplementedError', '');
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
  ): Promise<Artifact> {
    if (this._finished) throw runFinished(this.id, 'link_model');
    if (registeredModelName.split('/').length !== 1) {
      throw new SimError(
        'AssertionError',
        'Please provide only the name of the registered model. Do not append the entity or project name.',
      );
    }
    const artifactName = name || `run-${this.id}-${path.split('/').pop() || path}`;
    let type = 'model';
    try {
      const existing = await this.sdk
        .api()
        .artifact(`${this.entity}/${this.project}/${artifactName}:latest`);
      if (!existing.type.toLowerCase().includes('model')) {
        throw new SimError(
          'AssertionError',
          "You can only use this method for 'model' artifacts. For an artifact to be a 'model' artifact, its type property must contain the substring 'model'.",
        );
      }
      type = existing.type;
    } catch (e) {
      if (e instanceof SimError && e.pyType === 'AssertionError') throw e;
      // name:latest does not exist yet: a new 'model' artifact is logged.
    }
    const artifact = await this.logArtifact(path, { name: artifactName, type });
    return this.linkArtifact(
      artifact,
      `${this.entity}/model-registry/${registeredModelName}`,
      aliases,
    );
  }

  /** finish(): idempotent; later calls on the run raise the finished-run UsageError. */
  async finish(): Promise<void> {
    if (this._finished) return;
    this._finished = true;
    await this.sdk.finishRun(this);
  }

  /** `with wandb.init() as run:` */
  enter(): Run {
    return this;
  }
  async exit(): Promise<void> {
    await this.finish();
  }
}
