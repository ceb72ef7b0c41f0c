// The TypeScript behind the Python `wandb` module of one snippet run. It never touches
// the world: everything is a GraphQL Request through the transport it is given.
import type { Transport } from '../client/transport';
import { SimError } from '../errors/simError';
import type { MembershipFragment, Result } from '../protocol';
import type { Api } from './api';
import type { LoginOptions } from './login';
import type * as SettingsFilesModule from './settingsFiles';
import { sdkOnDemand } from './lazy';
import { CWD } from '../text/posixPath';
import { Artifact, type ArtifactOptions } from './artifact';
import { Run } from './run';
import {
  type Environ,
  envDebug,
  envSilent,
  environmentChanged,
  type SdkSettings,
  settingsFromEnv,
} from './settings';
import { type SdkBehaviour, sdkBehaviour } from './versions';
import {
  type ConsoleRun,
  type ConsoleSettings,
  coreFooterText,
  footerLines,
  headerLines,
  loginLine,
  syncDirName,
  wandbDirOf,
} from './console';

/** The snippet's in-memory files ('./a.txt' and 'a.txt' are normalised by the runtime). */
export interface VirtualFs {
  read(path: string): string | undefined;
  exists(path: string): boolean;
  /** os.path.isdir (add_dir, log_artifact of a directory). */
  isDir(path: string): boolean;
  /** Writes a file, creating its directories (artifact downloads). */
  write(path: string, text: string): void;
  remove(path: string): void;
  /** The files under a directory, as paths relative to it, sorted (os.walk's files). */
  walk(dir: string): string[];
}

export type TermLevel = 'info' | 'warn' | 'error';

export interface WandbSdkOptions {
  /** Where the SDK's GraphQL requests go (host/connect.ts for a simulated world). */
  transport: Transport;
  /**
   * The process environment the SDK reads (WANDB_ENTITY, WANDB_MODE, ...): a function for
   * the snippet's live `os.environ`, read at the moments the real SDK reads it.
   */
  env?: Environ | (() => Environ);
  fs: VirtualFs;
  /** `newline=False` leaves the line open (term.py termlog), as add_dir does before its walk. */
  termlog?: (level: TermLevel, msg: string, newline?: boolean) => void;
  /** The process's stdout, where wandb-core prints its footer for a run it finishes at exit. */
  stdout?: (text: string) => void;
  /** The SDK version simulated (the world's `sdkVersion`, or a docs block's `sdk=`). */
  sdkVersion: string;
  /** The client's clock (ms since the epoch): an offline run's directory is named by it. */
  clock?: () => number;
  /**
   * `update_from_env_vars` when the settings load (0.19.0 on, pydantic Settings): the first
   * WANDB_* variable (os.environ order) its field refuses, and what `setattr` raised.
   */
  checkEnvSettings?: (environ: Environ) => { name: string; error: unknown } | undefined;
  /**
   * The Python check of a settings file's fields (loaded on demand, only when a file exists):
   * `Settings(**fields)` at once (`all`, 0.24.0 on) or `setattr` of each (before).
   */
  fileSettingsCheck?: () => Promise<FileSettingsCheck>;
}

/** A refused settings-file field: its index (`-1`: the whole `Settings(**fields)`), the error. */
export type FileSettingsCheck = (
  items: [field: string, value: string][],
  all: boolean,
) => { at: number; error: unknown; text: string } | undefined;

/** The settings files' reader and the check of their fields, once a file exists. */
interface SettingsFilesReader {
  parse: typeof SettingsFilesModule;
  check?: FileSettingsCheck;
}

/** The fields of a wandb.Settings given to init that the simulator reads; null = not set. */
export interface InitSettings {
  silent?: boolean | null;
  quiet?: boolean | null;
  reinit?: Reinit | null;
  project?: string | null;
  entity?: string | null;
  mode?: 'online' | 'offline' | 'disabled' | null;
  runId?: string | null;
  runName?: string | null;
  runJobType?: string | null;
  runNotes?: string | null;
  runGroup?: string | null;
  runTags?: string[] | null;
  /** `root_dir` (a pathlib.Path given as its str). */
  rootDir?: string | null;
}

export interface InitOptions {
  /** `dir=`: the run's root_dir. */
  dir?: string | null;
  project?: string | null;
  entity?: string | null;
  job_type?: string | null;
  jobType?: string | null;
  config?: Record<string, unknown> | null;
  /**
   * `parse_config(config or dict())`: read where the version reads it (after the login from
   * 0.19.10, `make_run_config`; before it, `_WandbInit.setup`), so its error comes then.
   */
  readConfig?: () => Record<string, unknown>;
  name?: string | null;
  id?: string | null;
  notes?: string | null;
  group?: string | null;
  tags?: string[] | null;
  mode?: 'online' | 'offline' | 'disabled' | null;
  /** wandb.Settings(...) given to init; unset fields follow the singleton's settings. */
  settings?: InitSettings | null;
  /** `reinit=`, already read as the version's setting reads it (python/wandb/settings.ts). */
  reinit?: Reinit | null;
}

/** A `reinit` value the setting accepted: a bool, or one of the literals (v0.19.9 on). */
export type Reinit = boolean | 'default' | 'return_previous' | 'finish_previous' | 'create_new';

/** The options a run starts with: the keyword arguments over settings= over the singleton's. */
type ResolvedInit = InitOptions & {
  project: string | null;
  entity: string | null;
  id: string | null;
  name: string | null;
  job_type: string | null;
  notes: string | null;
  group: string | null;
  tags: string[] | null;
};

/** wandb_init.py `warn_env_vars_change_after_setup` (printer.link in a terminal is the URL). */
const ENV_CHANGED =
  'Changes to your `wandb` environment variables will be ignored because your `wandb` session has already started. For more information on how to modify your settings with `wandb.init()` arguments, please refer to https://wandb.me/wandb-init.';

/** repr() of a reinit value, as the printed lines show it. */
const reinitRepr = (r: Reinit) => (typeof r === 'boolean' ? (r ? 'True' : 'False') : `'${r}'`);

export class WandbSdk {
  readonly fs: VirtualFs;
  private readonly environ: () => Environ;
  /** The singleton's settings and the environment they were read from, once loaded. */
  private loaded?: {
    settings: SdkSettings;
    environ: Environ;
    accepted: Environ;
    /** The settings files' fields the Settings took. */
    files?: Record<string, string>;
  };
  /** term.py `_silent`: set by `termsetup` when the settings load, False before. */
  private termSilent = false;
  readonly transport: Transport;
  /** The SDK version simulated (the world's `sdkVersion` unless the run overrides it). */
  readonly version: string;
  /** What that version does differently (sdk/versions.ts). */
  readonly behaviour: SdkBehaviour;
  /** The client's clock (ms since the epoch). */
  readonly clock: () => number;
  /** The active run (wandb.run), or null. */
  run: Run | null = null;
  /** Runs started and not finished, oldest first (wandb_setup.py `_active_runs`). */
  private readonly activeRuns: Run[] = [];
  /** Runs whose wandb-core stream is open (no exit record yet), in the order they started. */
  private readonly openStreams: Run[] = [];
  private readonly log: (level: TermLevel, msg: string, newline?: boolean) => void;
  private readonly stdout: (text: string) => void;
  /** The service is started (`ensure_service`): its ExitHooks and teardown_atexit are set. */
  private serviceStarted = false;
  private features?: Promise<Record<string, boolean>>;
  private viewer?: Promise<Result<'Viewer'>['viewer']>;
  private dedupWarned = false;
  private offlineRuns = 0;
  /** Disabled runs made so far: the seed of their generated ids. */
  private disabledRuns = 0;

  private artifactClass?: new (
    name: string,
    type: string,
    opts?: ArtifactOptions,
  ) => Artifact;

  constructor(opts: WandbSdkOptions) {
    this.fs = opts.fs;
    const env = opts.env ?? {};
    this.environ = typeof env === 'function' ? env : () => env;
    this.transport = opts.transport;
    this.log = opts.termlog ?? (() => {});
    this.stdout = opts.stdout ?? (() => {});
    this.version = opts.sdkVersion;
    this.behaviour = sdkBehaviour(this.version);
    this.clock = opts.clock ?? (() => 0);
    this.checkEnvSettings = opts.checkEnvSettings;
    this.fileSettingsCheck = opts.fileSettingsCheck;
  }
  private readonly fileSettingsCheck?: WandbSdkOptions['fileSettingsCheck'];
  private filesReader?: SettingsFilesReader;

  /**
   * The system settings file (`WANDB_CONFIG_DIR/settings`, else ~/.config/wandb/settings) and
   * the workspace one (`settings_workspace`: the working directory's wandb/, or .wandb/ when
   * that exists; WANDB_DIR is not applied yet when they are read).
   */
  settingsFilePaths(): { system: string; workspace: string } {
    const dir = this.env.WANDB_CONFIG_DIR;
    const expanded =
      dir === undefined
        ? `${CWD}/.config/wandb`
        : dir.startsWith('~')
          ? `${CWD}${dir.slice(1)}`
          : dir.startsWith('/')
            ? dir
            : `${CWD}/${dir}`;
    const dot = this.fs.isDir(`${CWD}/.wandb`);
    return {
      system: `${expanded.replace(/\/+$/, '')}/settings`,
      workspace: `${CWD}/${dot ? '.wandb' : 'wandb'}/settings`,
    };
  }

  /**
   * Before the settings may be read: when a settings file exists, load its reader (and the
   * Python check of its fields), so that the synchronous load can read it. A first Run that
   * writes no such file loads neither.
   */
  async prepareSettings(): Promise<void> {
    if (this.filesReader) return;
    const { system, workspace } = this.settingsFilePaths();
    if (!this.fs.exists(system) && !this.fs.exists(workspace)) return;
    const parse = (await sdkOnDemand()).settingsFiles;
    this.filesReader = { parse, check: await this.fileSettingsCheck?.() };
  }

  /**
   * The files' `[default]` fields, the system file's then the workspace file's over them
   * (settings_file.py `SettingsFiles.all`), with the files they were found in. From 0.24.0 a file
   * configparser cannot read warns and counts as empty (`_try_read`); before, it raises.
   */
  private readSettingsFiles(warn: boolean): { items: [string, string][]; sources: string[] } {
    const reader = this.filesReader;
    if (!reader) return { items: [], sources: [] };
    const fields = new Map<string, string>();
    const sources: string[] = [];
    const { system, workspace } = this.settingsFilePaths();
    for (const path of [system, workspace]) {
      const text = this.fs.exists(path) && !this.fs.isDir(path) ? this.fs.read(path) : undefined;
      if (text === undefined) continue;
      let sections: ReturnType<typeof reader.parse.readConfig>;
      try {
        sections = reader.parse.readConfig(text, path);
      } catch (e) {
        if (!this.behaviour.settingsFilesPrinted || !(e instanceof SimError)) throw e;
        if (warn) this.termLines('warn', `Error reading settings at ${path}: ${e.message}`, true);
        continue;
      }
      const items = reader.parse.defaultItems(sections);
      if (items.length) sources.push(path);
      for (const [k, v] of items) fields.set(k, v);
    }
    return { items: [...fields], sources };
  }

  /**
   * `update_from_system_settings` (0.24.0 on): prints where settings were found (unless
   * WANDB_SILENT), drops `root_dir` / `settings_system` and `anonymous` with their warnings,
   * then `Settings(**fields)`; its errors are printed and the files' settings left out.
   * Before 0.24.0 each key is set in turn and the first refused one raises, the ones before it
   * set (`kept`).
   */
  private loadFileSettings(kept: (fields: Record<string, string>) => void): Record<string, string> {
    const { items, sources } = this.readSettingsFiles(true);
    if (!items.length) return {};
    const check = this.filesReader?.check;
    if (!this.behaviour.settingsFilesPrinted) {
      const refused = check?.(items, false);
      if (refused) {
        kept(Object.fromEntries(items.slice(0, refused.at)));
        throw refused.error;
      }
      return Object.fromEntries(items);
    }
    const where = this.filesReader?.parse.sourcesText(sources) ?? '';
    const printed = !envSilent(this.env);
    if (printed) this.termLines('info', `Loading settings from ${where}`);
    const fields: [string, string][] = [];
    for (const [k, v] of items) {
      if (k === 'anonymous') {
        this.termlogOnce(
          'warn',
          "Deprecated setting 'anonymous' has no effect and will be removed in a future version of wandb. Please delete it manually or by running `wandb login` to avoid errors.",
        );
      } else if (k === 'settings_system' || k === 'root_dir') {
        this.log(
          'warn',
          `Ignoring setting '${k}' which is not allowed in a settings file. Please delete it manually to avoid errors in the future.`,
        );
      } else fields.push([k, v]);
    }
    const refused = check?.(fields, true);
    if (refused) {
      if (!printed) this.termLines('error', `Failed to load settings from ${where}`);
      this.termLines('error', refused.text);
      return {};
    }
    return Object.fromEntries(fields);
  }
  private readonly checkEnvSettings?: WandbSdkOptions['checkEnvSettings'];

  /**
   * `wandb.Artifact` bound to this SDK: `new sdk.Artifact(name, type, opts)`. Made on first
   * use: a class per SDK, made with every run's SDK, cost more than the binding ever used it.
   */
  get Artifact(): new (
    name: string,
    type: string,
    opts?: ArtifactOptions,
  ) => Artifact {
    const sdk = this;
    this.artifactClass ??= class extends Artifact {
      constructor(name: string, type: string, o: ArtifactOptions = {}) {
        super(name, type, o, sdk);
      }
    };
    return this.artifactClass;
  }

  /**
   * The process environment now (`os.environ`): what env.py's getters read at each call
   * (WANDB_ARTIFACT_DIR, WANDB_DATA_DIR, WANDB_DEBUG) and `InternalApi().settings()` reads.
   */
  get env(): Environ {
    return this.environ();
  }

  /** The environment's settings now (env.py getters, read by `InternalApi().settings()`). */
  liveSettings(): SdkSettings {
    return settingsFromEnv(this.env);
  }

  /**
   * `InternalApi().settings()` (Api(), Artifact.link): building an InternalApi loads the
   * singleton's settings (`wandb_setup.singleton().settings`), then entity, project and
   * organization are read from the environment as it is now, not from the settings loaded at
   * the first init nor from the active run. The settings files it also reads do not exist here.
   */
  internalApiSettings(): SdkSettings {
    void this.settings;
    // `read_system_settings().all()`: the files as they are now, the environment over them.
    const files = Object.fromEntries(this.readSettingsFiles(false).items);
    return settingsFromEnv(this.env, files);
  }

  /** env.py `is_debug()`, read when normalize_exceptions catches. */
  get debug(): boolean {
    return envDebug(this.env);
  }

  /**
   * `wandb_setup.singleton().settings`: loaded from the environment the first time anything
   * asks (init, login, Api()), then kept; `termsetup` takes WANDB_SILENT then.
   */
  get settings(): SdkSettings {
    this.singletonKept = true;
    if (!this.loaded) this.loadSettings();
    return (this.loaded as { settings: SdkSettings }).settings;
  }

  /** The WANDB_* variables the singleton's Settings took (all, or those before a refused one). */
  get settingsEnviron(): Environ {
    return this.loaded?.accepted ?? {};
  }

  /** The settings files' fields the singleton's Settings took. */
  get settingsFileFields(): Readonly<Record<string, string>> {
    return this.loaded?.files ?? {};
  }

  /** `_singleton` is set: `wandb_setup.singleton()` made it (0.21.2 on: before its settings). */
  private singletonKept = false;

  /**
   * wandb_setup.py `_load_settings`. A refused WANDB_* value raises; from 0.21.2 the Settings
   * already on the singleton keep the variables before it and `_settings_environ` the whole
   * environment (so a later init goes on with them and warns that the environment changed),
   * and `termsetup` does not run. Before, nothing stays and each load raises again.
   */
  private loadSettings(): void {
    const keep = this.behaviour.keepsHalfLoadedSettings;
    const files = this.loadFileSettings((before) => {
      // `_settings_environ` is not set yet: no environment change to warn about later.
      if (keep) this.loaded = { settings: settingsFromEnv({}, before), environ: {}, accepted: {} };
    });
    const environ = { ...this.env };
    const refused =
      this.behaviour.reinit === 'str-as-bool' ? undefined : this.checkEnvSettings?.(environ);
    if (!refused) {
      this.loaded = {
        settings: settingsFromEnv(environ, files),
        environ,
        accepted: environ,
        files,
      };
      this.termSilent = this.loaded.settings.silent;
      return;
    }
    if (keep) {
      const names = Object.keys(environ);
      const before = Object.fromEntries(
        names.slice(0, names.indexOf(refused.name)).map((k) => [k, environ[k]]),
      );
      this.loaded = { settings: settingsFromEnv(before, files), environ, accepted: before, files };
    }
    throw refused.error;
  }

  /** wandb.setup(settings): loads the settings (with the given ones over them), or updates them. */
  setup(overrides: InitSettings = {}): void {
    const first = !this.loaded;
    let s: SdkSettings;
    if (first && !this.singletonKept) {
      // `_setup` makes a new _WandbSetup and stores it only once its settings loaded.
      try {
        this.loadSettings();
      } catch (e) {
        this.loaded = undefined;
        throw e;
      }
      this.singletonKept = true;
      s = (this.loaded as unknown as { settings: SdkSettings }).settings;
    } else s = this.settings;
    // update_from_settings: the fields set on the given Settings, over the singleton's.
    const o = overrides;
    if (o.silent != null) s.silent = o.silent;
    if (o.quiet != null) s.quiet = o.quiet;
    if (o.project != null) s.project = o.project;
    if (o.entity != null) s.entity = o.entity;
    if (o.mode != null) s.mode = o.mode;
    if (o.runId != null) s.runId = o.runId;
    if (o.runName != null) s.runName = o.runName;
    if (o.runJobType != null) s.runJobType = o.runJobType;
    if (o.runNotes != null) s.runNotes = o.runNotes;
    if (o.runGroup != null) s.runGroup = o.runGroup;
    if (o.runTags != null) s.runTags = o.runTags;
    if (o.reinit != null) this.setupReinit = o.reinit;
    // _load_settings applies the overrides before termsetup; a later update does not rerun it.
    if (first) this.termSilent = s.silent;
  }

  /** `reinit` given to wandb.setup(): the singleton's, under init's. */
  private setupReinit?: Reinit;

  /** wandb_setup.py `did_environment_change`, since the settings loaded. */
  private environmentChanged(): boolean {
    return !!this.loaded && environmentChanged(this.loaded.environ, this.env);
  }

  /** term.py: WANDB_SILENT silences every `wandb:` line once `termsetup` ran. */
  termlog(level: TermLevel, msg: string, newline = true): void {
    if (!this.termSilent) this.log(level, msg, newline);
  }

  /** term.py prefixes each line of a message (`wandb: WARNING ` on each line of a termwarn). */
  termLines(level: TermLevel, text: string, once = false): void {
    if (once && !this.firstPrint(termKey(level, text))) return;
    for (const line of text.split('\n')) this.termlog(level, line);
  }

  /** term.py `_silent`, for `wandb.termlog` & co. called from a snippet. */
  get termSilenced(): boolean {
    return this.termSilent;
  }

  /**
   * term.py `_printed_messages`: whether a `repeat=False` text is new (and now printed). The
   * key is the text with its `WARNING ` / `ERROR ` tag on each line, before the `wandb:` prefix.
   */
  private readonly printedOnce = new Set<string>();
  firstPrint(key: string): boolean {
    if (this.printedOnce.has(key)) return false;
    if (this.printedOnce.size < 1000) this.printedOnce.add(key);
    return true;
  }

  /** `repeat=False` lines: each at most once per process. */
  termlogOnce(level: TermLevel, msg: string): void {
    if (this.firstPrint(termKey(level, msg))) this.termlog(level, msg);
  }

  /** The run printer's `display`: a run's own settings may silence it. */
  private display(s: ConsoleSettings, lines: string[], level: TermLevel = 'info'): void {
    if (s.silent) return;
    for (const line of lines) this.termlog(level, line);
  }

  newArtifact(name: string, type: string, opts: ArtifactOptions = {}): Artifact {
    return new Artifact(name, type, opts, this);
  }

  /**
   * The public API (`wandb.Api()`) over this SDK. Its module is a chunk of its own, loaded on
   * first use: a first Run logs and links, it does not read back.
   */
  async api(overrides: { entity?: string; project?: string } = {}): Promise<Api> {
    await this.prepareSettings();
    const { Api } = await sdkOnDemand();
    return new Api(this, overrides);
  }

  /** One protocol operation through the transport (Result inferred from the operation). */
  request: Transport['request'] = (name, ...variables) =>
    this.transport.request(name, ...variables);

  /** ServerFeaturesQuery, once per SDK. */
  serverFeatures(): Promise<Record<string, boolean>> {
    this.features ??= this.request('ServerFeaturesQuery').then((d) =>
      Object.fromEntries(d.serverInfo.features.map((f) => [f.name, f.isEnabled])),
    );
    return this.features;
  }

  /** The logged-in user and default entity (Viewer), once per SDK. */
  viewerInfo(): Promise<Result<'Viewer'>['viewer']> {
    this.viewer ??= this.request('Viewer').then((d) => d.viewer);
    return this.viewer;
  }

  /**
   * wandb.init(...). With a run active, `reinit` decides (wandb_init.py `_WandbInit.init`):
   * finish the active runs, start another beside them (`create_new`), or return the previous
   * run (the default outside notebooks).
   */
  async init(opts: InitOptions = {}): Promise<Run> {
    // maybe_login reads `wl.settings`: the first init loads them from the environment.
    await this.prepareSettings();
    const base = this.settings;
    const given = opts.settings ?? {};
    // init_settings: the settings= object, then the keyword arguments over it.
    const run: ResolvedInit = {
      ...opts,
      project: opts.project || given.project || base.project || null,
      entity: opts.entity || given.entity || base.entity || null,
      id: opts.id ?? given.runId ?? base.runId ?? null,
      name: opts.name ?? given.runName ?? base.runName ?? null,
      job_type: opts.job_type ?? opts.jobType ?? given.runJobType ?? base.runJobType ?? null,
      notes: opts.notes ?? given.runNotes ?? base.runNotes ?? null,
      group: opts.group ?? given.runGroup ?? base.runGroup ?? null,
      tags: opts.tags ?? given.runTags ?? base.runTags ?? null,
    };
    const mode = opts.mode ?? given.mode ?? base.mode;
    const rootDir = opts.dir ?? given.rootDir ?? base.rootDir ?? null;
    const consoleSettings: ConsoleSettings = {
      silent: given.silent ?? base.silent,
      quiet: given.quiet ?? base.quiet,
    };
    const givenReinit = opts.reinit ?? given.reinit ?? this.setupReinit ?? null;
    const kind = this.behaviour.reinit;
    const literal = kind === 'literal' || kind === 'literal-create-new';
    const reinit: Reinit = givenReinit ?? (literal ? 'default' : false);
    // warn_and_record_deprecation, once the new run exists (repeat=False).
    const warnBooleanReinit = () => {
      if (!literal || typeof reinit !== 'boolean') return;
      this.termlogOnce(
        'warn',
        "Using a boolean value for 'reinit' is deprecated. Use 'return_previous' or 'finish_previous' instead.",
      );
    };
    const readConfig = () => {
      if (opts.readConfig) run.config = opts.readConfig();
    };
    if (!this.behaviour.loginBeforeConfig) readConfig();
    // maybe_login comes first: `_login(_silent=quiet or silent)` prints who is logged in.
    const viewer = mode === 'online' ? await this.viewerInfo() : undefined;
    if (viewer && !consoleSettings.quiet && !consoleSettings.silent) this.printLoggedIn(viewer);
    // make_run_settings → warn_env_vars_change_after_setup, shown by the run's printer.
    if (this.environmentChanged()) {
      this.display(consoleSettings, [ENV_CHANGED], 'warn');
    }
    if (this.behaviour.loginBeforeConfig) readConfig();
    // wandb_init.py: `make_disabled_run` returns before `_WandbInit.init`, so before reinit: a
    // run still active stays so, and the disabled run never joins the active runs.
    if (mode === 'disabled') {
      warnBooleanReinit();
      return this.disabledRun(run, consoleSettings);
    }
    const previous =
      kind === 'literal-create-new' ? this.activeRuns[this.activeRuns.length - 1] : this.run;
    if (previous) {
      const prints = kind === 'literal-create-new';
      if (reinit === true || reinit === 'finish_previous') {
        if (prints) {
          this.display(consoleSettings, [
            `Finishing previous runs because reinit is set to ${reinitRepr(reinit)}.`,
          ]);
          for (const r of [...this.activeRuns]) await r.finish();
        } else await previous.finish();
      } else if (reinit !== 'create_new') {
        if (prints) {
          this.display(consoleSettings, [
            `wandb.init() called while a run is active and reinit is set to ${reinitRepr(reinit)}, so returning the previous run.`,
          ]);
        }
        return previous;
      }
    }
    warnBooleanReinit();
    const started = await this.startRun(run, mode, consoleSettings, viewer, wandbDirOf(rootDir));
    this.activeRuns.push(started);
    this.openStreams.push(started);
    // `create_new` leaves wandb.run (and the module's functions) as they were.
    if (reinit !== 'create_new') this.run = started;
    return started;
  }

  private async startRun(
    opts: ResolvedInit,
    mode: 'online' | 'offline',
    consoleSettings: ConsoleSettings,
    viewer: Awaited<ReturnType<WandbSdk['viewerInfo']>> | undefined,
    wandbDir: string,
  ): Promise<Run> {
    const project = opts.project || 'uncategorized';
    const jobType = opts.job_type ?? undefined;
    const config = opts.config ?? {};
    // wandb_init.py: `ensure_service()` before the backend starts.
    this.serviceStarted = true;
    if (mode !== 'online') {
      this.offlineRuns += 1;
      const id = opts.id ?? `offline${String(this.offlineRuns).padStart(3, '0')}`;
      const entity = opts.entity || '';
      const run = new Run(this, {
        id,
        entity,
        project,
        name: opts.name ?? id,
        jobType,
        config,
        offline: true,
        notes: opts.notes,
        group: opts.group,
        tags: opts.tags,
      });
      run.startMillis = this.clock();
      run.wandbDir = wandbDir;
      this.startConsole(run, consoleSettings, run.startMillis);
      return run;
    }
    if (!viewer) throw new Error('an online run needs the viewer');
    const entity = opts.entity || viewer.entity;
    const d = await this.request('UpsertBucket', {
      name: opts.id ?? undefined,
      entity,
      project,
      ...runParams({
        name: opts.name,
        jobType,
        notes: opts.notes,
        group: opts.group,
        tags: opts.tags,
      }),
      config: JSON.stringify(config),
    });
    const b = d.upsertBucket.bucket;
    const run = new Run(this, {
      id: b.name,
      entity: b.project.entity.name,
      project: b.project.name,
      name: b.displayName,
      jobType,
      config,
      offline: false,
      notes: opts.notes,
      group: opts.group,
      tags: opts.tags,
    });
    const started = Date.parse(b.createdAt);
    run.startMillis = Number.isNaN(started) ? this.clock() : started;
    run.wandbDir = wandbDir;
    this.startConsole(run, consoleSettings, started);
    return run;
  }

  /**
   * wandb_init.py `make_disabled_run`: no service, no request, nothing printed. The run id is
   * `runid.generate_id()` unless given, the name `dummy-{id}`, entity `dummy` and project
   * `dummy` unless set, root_dir `tempfile.gettempdir()`; `mode="disabled"` is not `_offline`,
   * so its sync_dir is `run-…`.
   */
  private disabledRun(opts: ResolvedInit, consoleSettings: ConsoleSettings): Run {
    this.disabledRuns += 1;
    // Before 0.27.1 the run's Settings are made afresh: init's id, name, entity, project, tags,
    // notes and group do not reach it.
    const given: Partial<ResolvedInit> = this.behaviour.noopRun ? opts : {};
    const id = given.id ?? generatedRunId(this.disabledRuns);
    const project = given.project || 'uncategorized';
    const run = new Run(this, {
      id,
      entity: given.entity || 'dummy',
      project: project === 'uncategorized' ? 'dummy' : project,
      name: given.name ?? `dummy-${id}`,
      jobType: opts.job_type ?? undefined,
      config: opts.config ?? {},
      offline: true,
      disabled: true,
      notes: given.notes,
      group: given.group,
      tags: this.behaviour.noopRun ? opts.tags : [],
    });
    run.startMillis = this.clock();
    run.wandbDir = '/tmp/wandb';
    run.console = { settings: consoleSettings, dir: syncDirName(run.startMillis, id, false) };
    return run;
  }

  /** wandb.login(...): sdk/login.ts, loaded on first use. */
  async login(opts: LoginOptions = {}): Promise<boolean> {
    await this.prepareSettings();
    return (await sdkOnDemand()).login(this, opts);
  }

  /** @internal wandb_login.py `_print_logged_in_message` (once per process). */
  printLoggedIn(viewer: Awaited<ReturnType<WandbSdk['viewerInfo']>>, host?: string): void {
    const entity = this.settings.entity || viewer.entity;
    const teams = viewer.teams.edges.map((e) => e.node.name);
    this.termlogOnce('info', loginLine(viewer.username, entity, teams, host));
  }

  /** `_on_start` → `_header`. */
  private startConsole(run: Run, s: ConsoleSettings, startedMillis: number): void {
    run.console = {
      settings: s,
      dir: syncDirName(Number.isNaN(startedMillis) ? 0 : startedMillis, run.id, run.offline),
    };
    this.display(s, headerLines(s, consoleRun(run), this.version));
  }

  /**
   * The end of the process, once the service was started: ExitHooks' `exc_handler` prints an
   * uncaught wandb.errors.Error (`termerror(str(exc), repeat=False)`), then teardown_atexit's
   * `FinishAndCloseAllStreams(exit_code)` finishes every unfinished run, oldest first (Go's map
   * order is random: ASSUMPTIONS.md), each with core's footer.
   */
  /** Whether a wandb.init started the service (and with it ExitHooks): not a disabled run. */
  get serviceRunning(): boolean {
    return this.serviceStarted;
  }

  async atExit(exitCode: number, wandbError?: string): Promise<void> {
    if (!this.serviceStarted) return;
    if (wandbError !== undefined) this.termlogOnce('error', wandbError);
    await this.finishAllInCore(exitCode);
  }

  private async finishAllInCore(exitCode: number): Promise<void> {
    for (const run of [...this.openStreams]) {
      if (run.disabled) continue;
      if (run.finished) await run.closeStream(exitCode, 'core');
      else await run.finish(exitCode, 'core');
    }
  }

  /**
   * `wandb.teardown(exit_code=None)` (wandb_setup.py): the singleton goes, and its service
   * connection's teardown has wandb-core finish every unfinished run with `exit_code or 0`,
   * as at exit (core's footer on stdout). The next call loads the settings anew. `wandb.run`
   * is left as it was.
   */
  async teardown(exitCode: number): Promise<void> {
    if (this.serviceStarted) await this.finishAllInCore(exitCode);
    this.serviceStarted = false;
    // A new singleton: its settings (wandb.setup's too) load again when next asked for.
    this.loaded = undefined;
    this.singletonKept = false;
    this.setupReinit = undefined;
  }

  /**
   * wandb_setup.py `most_recent_active_run` (0.19.10 on): the last run started and not yet
   * finished, a `reinit="create_new"` one too; a disabled run never joins (`_on_ready`).
   */
  get mostRecentActiveRun(): Run | null {
    return this.activeRuns.filter((r) => !r.disabled).at(-1) ?? null;
  }

  /**
   * @internal Before 0.19.10, `finish()` of a run already finished: `_global_run_stack.pop()`
   * and `module.unset_globals()` leave no current run, while the run that was current goes on
   * (wandb-core finishes it at exit).
   */
  forgetCurrentRun(): void {
    this.run = null;
  }

  /** @internal `remove_active_run` of a run whose stream stays open (Run.abandonFinish). */
  leaveRunOpen(run: Run): void {
    if (this.run === run) this.run = null;
    const i = this.activeRuns.indexOf(run);
    if (i >= 0) this.activeRuns.splice(i, 1);
  }

  /** @internal run.finish(exit_code), or wandb-core's FinishAndClose at exit (`footer: 'core'`). */
  async finishRun(run: Run, exitCode = 0, footer: 'run' | 'core' = 'run'): Promise<void> {
    this.leaveRunOpen(run);
    const open = this.openStreams.indexOf(run);
    if (open >= 0) this.openStreams.splice(open, 1);
    // NoopRun.finish: `if wandb.run is self: module.unset_globals()`, nothing else.
    if (run.disabled) return;
    if (!run.offline) {
      // The upserter's last flush carries the config if it changed; the summary travels
      // with it (the real SDK streams it through file_stream: see ASSUMPTIONS.md).
      const summary = run.summaryJson();
      await this.request('UpsertBucket', {
        name: run.id,
        entity: run.entity,
        project: run.project,
        ...(run.configDirty ? { config: JSON.stringify(run.config) } : {}),
        ...(run.paramsDirty ? runParams(run) : {}),
        ...(summary ? { summaryMetrics: JSON.stringify(summary) } : {}),
        exitCode,
      });
      run.configDirty = false;
      run.paramsDirty = false;
    }
    if (run.console && footer === 'core') {
      this.stdout(coreFooterText(this.behaviour.coreFooter, run.console.settings, consoleRun(run)));
    } else if (run.console) {
      const s = run.console.settings;
      // Five run files (config.yaml, output.log, requirements.txt, wandb-metadata.json,
      // wandb-summary.json); artifact files are the run's uploads (ASSUMPTIONS.md).
      const counts = { wandb: 5, media: 0, artifact: run.artifactFiles, other: 0 };
      this.display(s, footerLines(s, consoleRun(run), counts, run.footerPanel()));
    }
  }

  /**
   * @internal Artifact.save() of a draft: through the active run, or an auto run in the
   * draft's source entity (a new_draft()'s), silent unless `settings` are given.
   */
  async logDraft(
    artifact: Artifact,
    project?: string,
    settings?: InitOptions['settings'],
  ): Promise<void> {
    if (this.run) {
      await this.run.logArtifact(artifact);
      return;
    }
    // artifact.py `save`: wandb.init(entity=self._source_entity, project=project or
    // self._source_project, job_type="auto", settings=settings or Settings(silent="true")).
    const run = await this.init({
      entity: artifact.draftOf?.entity ?? undefined,
      project: project ?? undefined,
      job_type: 'auto',
      settings: settings ?? { silent: true },
    });
    try {
      await run.logArtifact(artifact);
    } finally {
      await run.finish();
    }
  }

  /** @internal the log_artifact exchange: type check, CreateArtifact, CommitArtifact. */
  async logThroughRun(
    run: Run,
    artifact: Artifact,
    aliases: string[],
    tags: string[] = [],
  ): Promise<void> {
    const name = artifact.name.split(':')[0];
    const expected = await this.request('ArtifactType', {
      entityName: run.entity,
      projectName: run.project,
      name,
    });
    const existingType = expected.project?.artifact?.artifactType.name;
    if (existingType !== undefined && existingType !== artifact.type) {
      throw new SimError(
        'ValueError',
        `Artifact ${name} already exists with type '${existingType}'; cannot create another with type '${artifact.type}'`,
        'type-clash',
      );
    }
    // wandb_run.py `_assert_can_log_artifact`: a version (or a new_draft() of one) stays in
    // its own entity and project.
    const src = artifact.knownSource;
    if (src && run.entity && src.entity && run.entity !== src.entity) {
      throw new SimError(
        'ValueError',
        `Artifact ${artifact.name} is owned by entity '${src.entity}'; it can't be moved to '${run.entity}'`,
        'type-clash',
      );
    }
    if (src && run.project && src.project && run.project !== src.project) {
      throw new SimError(
        'ValueError',
        `Artifact ${artifact.name} exists in project '${src.project}'; it can't be moved to '${run.project}'`,
        'type-clash',
      );
    }
    const files = artifact.filesForUpload();
    const references = artifact.localManifest.references().map((e) => ({
      path: e.path,
      ref: e.ref!,
      digest: e.digest,
      size: e.size,
      ...(e.extra ? { extra: e.extra } : {}),
    }));
    const created = await this.request('CreateArtifact', {
      input: {
        entityName: run.entity,
        projectName: run.project,
        artifactTypeName: artifact.type,
        artifactCollectionName: name,
        // ArtifactManifestV1.digest(): the server dedups on it (references count by digest).
        digest: artifact.localManifest.digest(),
        digestAlgorithm: 'MANIFEST_MD5',
        description: artifact.description,
        metadata: JSON.stringify(artifact.metadata),
        aliases: aliases.map((alias) => ({ artifactCollectionName: name, alias })),
        runName: run.id,
        enableDigestDeduplication: true,
        // interface.py `_make_artifact` and saver.go: zero values are sent as null.
        ttlDurationSeconds: artifact.ttlForServer(),
        historyStep: run.step || null,
        distributedID: typeof artifact.distributedId === 'string' ? artifact.distributedId : null,
        // saver.go: `omitempty` drops an empty list.
        ...(tags.length ? { tags: tags.map((tagName) => ({ tagName })) } : {}),
        // Simulator extension: the real SDK uploads files separately (manifest + storage).
        files: JSON.stringify(files),
        ...(references.length ? { references: JSON.stringify(references) } : {}),
      },
      includeAliases: true,
    });
    const frag = created.createArtifact.artifact;
    if (frag.state === 'COMMITTED') {
      if (!this.dedupWarned) {
        this.dedupWarned = true;
        // core/pkg/artifacts/saver.go: printer.AtMostEvery(time.Minute).Warnf(...).
        this.termlog(
          'warn',
          `Artifact ${JSON.stringify(name)} already exists with the same content. No new version will be created.`,
        );
      }
    } else {
      // saver.go `createManifest`: the manifest's type, and its base: the draft's own
      // (`new_draft()`'s `_base_id`), else the sequence's latest version. The upload of the
      // manifest and files that follows is not shown (ASSUMPTIONS.md).
      await this.request('CreateArtifactManifest', {
        artifactID: frag.id,
        baseArtifactID: artifact.baseId ?? frag.artifactSequence.latestArtifact?.id ?? null,
        name: artifact.incremental ? 'wandb_manifest.incremental.json' : 'wandb_manifest.json',
        digest: '',
        entityName: run.entity,
        projectName: run.project,
        runName: run.id,
        manifestType: artifact.incremental ? 'INCREMENTAL' : 'FULL',
        includeUpload: false,
      });
      await this.request('CommitArtifact', { input: { artifactID: frag.id } });
      // wandb-core uploads each file and then the manifest (saver.go, RunFileKindArtifact).
      run.artifactFiles += Object.keys(files).length + 1;
    }
    artifact.markSaving(this, frag);
  }

  /** @internal Artifact.linked_artifacts: the version's memberships (FetchLinkedArtifacts). */
  async fetchMemberships(artifactId: string): Promise<MembershipFragment[]> {
    const d = await this.request('FetchLinkedArtifacts', { artifactID: artifactId });
    return (d.artifact?.artifactMemberships.edges ?? []).map(({ node }) => node);
  }
}

/**
 * The run params core's upserter sends together (runupserter.go `lockedDoUpsert`), each
 * `NilIfZero`: an empty string is not sent, tags are sent when set.
 */
function runParams(r: {
  name?: string | null;
  jobType?: string | null;
  notes?: string | null;
  group?: string | null;
  tags?: string[] | null;
}) {
  return {
    ...(r.group ? { groupName: r.group } : {}),
    ...(r.name ? { displayName: r.name } : {}),
    ...(r.notes ? { notes: r.notes } : {}),
    ...(r.jobType ? { jobType: r.jobType } : {}),
    ...(r.tags ? { tags: r.tags } : {}),
  };
}

function consoleRun(run: Run): ConsoleRun {
  return {
    id: run.id,
    name: run.name,
    entity: run.entity,
    project: run.project,
    offline: run.offline,
    syncDirName: run.console?.dir ?? syncDirName(0, run.id, run.offline),
    wandbDir: run.wandbDir,
  };
}

/** The text term.py's `_printed_messages` keeps: each line with its WARNING / ERROR tag. */
function termKey(level: TermLevel, text: string): string {
  const tag = level === 'warn' ? 'WARNING ' : level === 'error' ? 'ERROR ' : '';
  return text
    .split('\n')
    .map((l) => `${tag}${l}`)
    .join('\n');
}

/**
 * `runid.generate_id()`: 8 characters of `0-9a-z`; drawn from a counter, not at random, so a
 * snippet prints the same id every time (ASSUMPTIONS.md).
 */
function generatedRunId(n: number): string {
  const chars = '0123456789abcdefghijklmnopqrstuvwxyz';
  let x = Math.imul(n, 2654435761) >>> 0;
  let id = '';
  for (let i = 0; i < 8; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    id += chars[(x >>> 16) % chars.length];
  }
  return id;
}
