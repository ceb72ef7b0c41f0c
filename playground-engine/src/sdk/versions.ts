// What changes with the SDK version a world simulates. Each threshold is read from the tagged
// source of github:wandb/wandb (the tag is named beside it), so one table decides every
// version-dependent branch in sdk/.

/** 0.28.2 → [0, 28, 2]; a pre-release (0.25.0rc1, 0.28.3.dev1) sorts before its release. */
function parts(v: string): number[] {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:\.?(dev|a|b|rc|post)(\d+))?$/.exec(v);
  if (!m) return [0, 0, 0, 0];
  const pre = m[4] === undefined ? 0 : m[4] === 'post' ? 1 : -1;
  return [Number(m[1]), Number(m[2]), Number(m[3]), pre];
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

const atLeast = (v: string, min: string) => compareVersions(v, min) >= 0;

/**
 * A behaviour that changed at several releases: `oldest` before the first threshold, then the
 * value of the last `[threshold, value]` the version reaches (thresholds in ascending order).
 */
function byRelease<T>(version: string, oldest: T, ...from: [string, T][]): T {
  let value = oldest;
  for (const [min, v] of from) if (atLeast(version, min)) value = v;
  return value;
}

export interface SdkBehaviour {
  /**
   * 0.18.4 – 0.20.x: `run.link_artifact` goes through wandb-core's Go linker
   * (core/pkg/artifacts/linker.go). Its errors are printed with `termerror` and the call
   * returns None; from v0.21.0 it calls `Artifact.link`, which raises.
   */
  goLinker: boolean;
  /** Before v0.19.11 a successful `run.link_artifact` returns None too. */
  linkReturnsNone: boolean;
  /**
   * The Go linker's wording: v0.18.4–v0.18.5 `%s` and capitalised; v0.18.6–v0.19.9 `%q`;
   * v0.19.10 on lower-cased (commit 6c96401).
   */
  goMessages: 'capitalised-plain' | 'capitalised-quoted' | 'lower-quoted';
  /**
   * v0.21.0 – v0.22.x: `Artifact.link()` on a draft fails with `Client not initialized for
   * artifact mutations` (PR #10822 logs it first from v0.23.0; before v0.21.0 the call goes
   * through a run, `artifactLinkViaRun`).
   */
  linkDraftNeedsClient: boolean;
  /**
   * Before v0.21.0 `Artifact.link()` is `run.link_artifact(self, target_path, aliases)` on a
   * run, else on a silent `wandb.init(entity=source_entity, project=source_project,
   * job_type="auto")`, and returns what that returns. The run is `wandb.run` before v0.19.10,
   * then the singleton's `most_recent_active_run` (the last started run not yet finished,
   * which a `reinit="create_new"` run can be while wandb.run is another); false from v0.21.0.
   */
  artifactLinkViaRun: false | 'wandb.run' | 'most_recent_active_run';
  /**
   * Before v0.19.10 `Run._finish` has no finished check: finishing a finished run again pops
   * the global run stack and its `finally` calls `module.unset_globals()` whatever wandb.run
   * is (v0.19.10 returns at once, and unsets only `if wandb.run is self`).
   */
  finishAgainUnsetsGlobals: boolean;
  /** From v0.19.11 `Artifact.link()` on a link warns that the source is linked instead. */
  linkOfLinkWarning: boolean;
  /** Before v0.18.4 the registry prefix is sent as the entity, unresolved (no org lookup). */
  resolvesOrg: boolean;
  /**
   * The `reinit` setting (what a second `wandb.init()` does with the active run): 0.18.x
   * parses it with `_str_as_bool`; v0.19.0 makes it a pydantic bool; v0.19.9 adds
   * "default" / "return_previous" / "finish_previous"; v0.19.10 adds "create_new" and prints
   * what init does with the active run (wandb_init.py, wandb_settings.py at those tags).
   */
  reinit: 'str-as-bool' | 'bool' | 'literal' | 'literal-create-new';
  /**
   * wandb-core's footer for a run it finishes at exit: before v0.19.2 headfoot.go's
   * `PrintFooterOnline` / `PrintFooterOffline` (no blank line online, `wandb:` offline);
   * from v0.19.2 stream.go `printFooter` (a `wandb: ` line first), which checks silent from v0.19.11.
   */
  coreFooter: 'headfoot' | 'pfxout' | 'pfxout-silent';
  /**
   * From v0.21.2 wandb_setup.py `_load_settings` puts a new Settings on the singleton before
   * update_from_env_vars runs, so a refused WANDB_* value leaves the variables before it set and
   * a later load goes on with them; before, `_settings_setup` returned only a complete one.
   */
  keepsHalfLoadedSettings: boolean;
  /**
   * From v0.19.10 wandb_init.py logs in (`maybe_login`) before it reads `config`
   * (`make_run_config`); before, `_WandbInit.setup` parsed the config before `_login`.
   */
  loginBeforeConfig: boolean;
  /**
   * From v0.27.1 a disabled run is lib/noop_run.py's `NoopRun` (the given id, name, entity and
   * project kept, `_Noop`); before, `make_disabled_run` always generates the id and names it
   * `dummy-{id}` in `dummy/dummy`, and log_artifact gives a `_ChainableNoOp`.
   */
  noopRun: boolean;
  /** From v0.24.0 `anonymous` is deprecated (any value, a warning); before, a Literal. */
  anonymousDeprecated: boolean;
  /**
   * The settings files: from v0.24.0 lib/settings_file.py (`Loading settings from …`, a file
   * configparser cannot read is a warning, `Settings(**fields)` whose errors are printed, not
   * raised; `wandb.login(host=…)` writes `base_url`); before, `_load_config_file` sets each key
   * and raises what configparser or the field raises.
   */
  settingsFilesPrinted: boolean;
  /**
   * `wandb.require(...)` (wandb_require.py): before v0.18.6 an unknown feature ends with a
   * `termerror` naming the docs; v0.18.6 – v0.20.x with `Supported requirements are: …`;
   * from v0.21.0 `service` and `core` warn that they are no-ops and `legacy-service` is gone.
   */
  require: 'doc-link' | 'supported-list' | 'no-op';
}

export function sdkBehaviour(version: string): SdkBehaviour {
  return {
    goLinker: atLeast(version, '0.18.4') && !atLeast(version, '0.21.0'),
    linkReturnsNone: !atLeast(version, '0.19.11'),
    goMessages: byRelease<SdkBehaviour['goMessages']>(
      version,
      'capitalised-plain',
      ['0.18.6', 'capitalised-quoted'],
      ['0.19.10', 'lower-quoted'],
    ),
    linkDraftNeedsClient: atLeast(version, '0.21.0') && !atLeast(version, '0.23.0'),
    artifactLinkViaRun: byRelease<SdkBehaviour['artifactLinkViaRun']>(
      version,
      'wandb.run',
      ['0.19.10', 'most_recent_active_run'],
      ['0.21.0', false],
    ),
    finishAgainUnsetsGlobals: !atLeast(version, '0.19.10'),
    linkOfLinkWarning: atLeast(version, '0.19.11'),
    resolvesOrg: atLeast(version, '0.18.4'),
    reinit: byRelease<SdkBehaviour['reinit']>(
      version,
      'str-as-bool',
      ['0.19.0', 'bool'],
      ['0.19.9', 'literal'],
      ['0.19.10', 'literal-create-new'],
    ),
    coreFooter: byRelease<SdkBehaviour['coreFooter']>(
      version,
      'headfoot',
      ['0.19.2', 'pfxout'],
      ['0.19.11', 'pfxout-silent'],
    ),
    keepsHalfLoadedSettings: atLeast(version, '0.21.2'),
    loginBeforeConfig: atLeast(version, '0.19.10'),
    anonymousDeprecated: atLeast(version, '0.24.0'),
    noopRun: atLeast(version, '0.27.1'),
    settingsFilesPrinted: atLeast(version, '0.24.0'),
    require: byRelease<SdkBehaviour['require']>(
      version,
      'doc-link',
      ['0.18.6', 'supported-list'],
      ['0.21.0', 'no-op'],
    ),
  };
}

/** Go's %q of a plain name (the names here never need escapes beyond JSON's). */
const q = (s: string) => JSON.stringify(s);

/** linker.go resolveOrgEntityName: the entity has no org (personal entity, or unknown). */
export function goNoOrgMessage(b: SdkBehaviour, entity: string): string {
  const head = b.goMessages === 'lower-quoted' ? 'unable' : 'Unable';
  return `${head} to resolve an organization associated with the entity: ${entity} that is initialized in the API or Run settings. This could be because ${entity} is a personal entity or the team entity doesn't exist. Please re-initialize the API or Run with a team entity using wandb.Api(overrides={'entity': '<my_team_entity>'}) or wandb.init(entity='<my_team_entity>')`;
}

/** linker.go resolveOrgEntityName: the given org is neither the display nor the entity name. */
export function goWrongOrgMessage(b: SdkBehaviour, orgDisplayName: string, given: string): string {
  // The capitalised texts (before 0.19.10) end with a period; the lower-cased one does not.
  if (b.goMessages === 'capitalised-plain') {
    return `Artifact belongs to the organization ${orgDisplayName} and cannot be linked/fetched with ${given}. Please update the target path with the correct organization name.`;
  }
  if (b.goMessages === 'capitalised-quoted') {
    return `Artifact belongs to the organization ${q(orgDisplayName)} and cannot be linked/fetched with ${q(given)}. Please update the target path with the correct organization name.`;
  }
  return `artifact belongs to the organization ${q(orgDisplayName)} and cannot be linked/fetched with ${q(given)}. Please update the target path with the correct organization name`;
}
