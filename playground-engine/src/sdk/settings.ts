// wandb.Settings as far as linking needs them, read from the environment the way
// wandb_settings.py `update_from_env_vars` maps WANDB_* names onto fields.
export interface SdkSettings {
  entity?: string;
  project?: string;
  /** WANDB_ORGANIZATION: the org used for registry paths without a prefix. */
  organization?: string;
  mode: 'online' | 'offline' | 'disabled';
  /** WANDB_DEBUG: normalize_exceptions re-raises the original error instead of CommError. */
  debug: boolean;
  /** WANDB_SILENT: term.py prints nothing (`termsetup` at wandb.setup), runs print no header. */
  silent: boolean;
  /** WANDB_QUIET: the run header and footer keep only their essential lines. */
  quiet: boolean;
  /** WANDB_RUN_ID (`run_id`), WANDB_NAME (`run_name`), WANDB_JOB_TYPE (`run_job_type`). */
  runId?: string;
  runName?: string;
  runJobType?: string;
  /** WANDB_NOTES (`run_notes`), WANDB_RUN_GROUP (`run_group`), WANDB_TAGS split on "," (`run_tags`). */
  runNotes?: string;
  runGroup?: string;
  runTags?: string[];
  /** WANDB_DIR (`root_dir`): where the runs' wandb/ directory goes. */
  rootDir?: string;
}

/** The environment as the SDK reads it: the snippet's live `os.environ`. */
export type Environ = Readonly<Record<string, string>>;

/** pydantic's lax bool strings, as `setattr(settings, key, value)` reads an env value. */
const BOOL_STRINGS = new Map<string, boolean>([
  ...['true', 't', '1', 'yes', 'y', 'on'].map((s) => [s, true] as const),
  ...['false', 'f', '0', 'no', 'n', 'off'].map((s) => [s, false] as const),
]);
const laxBool = (v: string | undefined) =>
  v === undefined ? false : (BOOL_STRINGS.get(v.toLowerCase()) ?? false);

/** env.py `_env_as_bool` (WANDB_DEBUG): `strtobool`, anything else False. */
export const envDebug = (env: Environ) => laxBool(env.WANDB_DEBUG);
/** env.py `is_silent()`: WANDB_SILENT the same way. */
export const envSilent = (env: Environ) => laxBool(env.WANDB_SILENT);

/**
 * The settings from the environment over the settings files' `[default]` fields (`files`: field
 * name to value, as update_from_system_settings leaves them before update_from_env_vars).
 */
export function settingsFromEnv(
  env: Environ,
  files: Readonly<Record<string, string>> = {},
): SdkSettings {
  const get = (name: string, field: string): string | undefined =>
    env[name] ?? (Object.hasOwn(files, field) ? files[field] : undefined);
  const modeValue = get('WANDB_MODE', 'mode');
  const mode =
    modeValue === 'offline' || modeValue === 'dryrun'
      ? 'offline'
      : modeValue === 'disabled'
        ? 'disabled'
        : 'online';
  const tags = get('WANDB_TAGS', 'run_tags');
  return {
    entity: get('WANDB_ENTITY', 'entity') || undefined,
    project: get('WANDB_PROJECT', 'project') || undefined,
    organization: get('WANDB_ORGANIZATION', 'organization') || undefined,
    mode,
    debug: envDebug(env),
    silent: laxBool(get('WANDB_SILENT', 'silent')),
    quiet: laxBool(get('WANDB_QUIET', 'quiet')),
    runId: get('WANDB_RUN_ID', 'run_id'),
    runName: get('WANDB_NAME', 'run_name'),
    runJobType: get('WANDB_JOB_TYPE', 'run_job_type'),
    runNotes: get('WANDB_NOTES', 'run_notes'),
    runGroup: get('WANDB_RUN_GROUP', 'run_group'),
    runTags: tags === undefined ? undefined : tags.split(','),
    // A settings file's root_dir is refused (0.24.0 on: `_parse_system_settings`).
    rootDir: env.WANDB_DIR,
  };
}

/**
 * wandb_setup.py `did_environment_change`: the WANDB_* variables (but WANDB_SERVICE and
 * WANDB_KUBEFLOW_URL) compared as sets of names and sets of values.
 */
export function environmentChanged(before: Environ, now: Environ): boolean {
  const pick = (e: Environ) =>
    Object.entries(e).filter(
      ([k]) => k.startsWith('WANDB_') && k !== 'WANDB_SERVICE' && k !== 'WANDB_KUBEFLOW_URL',
    );
  const sameSet = (a: string[], b: string[]) => {
    const x = new Set(a);
    const y = new Set(b);
    return x.size === y.size && [...x].every((v) => y.has(v));
  };
  const [a, b] = [pick(before), pick(now)];
  return (
    !sameSet(
      a.map(([k]) => k),
      b.map(([k]) => k),
    ) ||
    !sameSet(
      a.map(([, v]) => v),
      b.map(([, v]) => v),
    )
  );
}
