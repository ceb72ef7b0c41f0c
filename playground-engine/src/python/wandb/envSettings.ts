// What wandb_settings.py `update_from_env_vars` does with a WANDB_* variable when the
// singleton's settings load (wandb_setup.py `_load_settings`): the name becomes a Settings
// field, and `setattr(settings, key, value)` validates the string (validate_assignment=True),
// so a value a bool or Literal field cannot take is pydantic's ValidationError right there.
// Eager and small: the SDK calls it at the first settings load, synchronously; settings.ts
// (on demand) validates the same fields of `wandb.Settings(...)` with it.

import type { PyValue } from '../values/objects';
import { boolError, laxBool, literalChoices, validationError, validationLine } from './pydantic';

/** wandb_settings.py: the fields annotated `bool` or `bool | None`, in definition order. */
const BOOL_FIELDS = new Set(
  `allow_media_symlink allow_offline_artifacts allow_val_change console_multipart disable_code
  disable_git disable_git_fork_point disable_job_creation force finish_timeout_raises
  insecure_disable_ssl label_disable launch quiet relogin resumed sagemaker_disable save_code
  show_colors show_emoji show_errors show_info show_warnings silent stop_on_fatal_error strict
  symlink sync_tensorboard table_raise_on_max_row_limit_exceeded use_dot_wandb x_cli_only_mode
  x_disable_meta x_disable_stats x_disable_viewer x_disable_machine_info x_file_stream_no_gzip
  x_flow_control_custom x_flow_control_disabled x_primary x_save_requirements
  x_server_side_derived_summary x_server_side_expand_glob_metrics x_skip_transaction_log
  x_stats_track_process_tree x_stats_no_cgroup x_sync x_update_finish_state`.split(/\s+/),
);

export const isBoolField = (name: string) => BOOL_FIELDS.has(name);

/** Those of them annotated `bool | None`. */
const OPTIONAL_BOOL_FIELDS = new Set(
  `save_code show_colors show_emoji strict sync_tensorboard use_dot_wandb x_flow_control_custom
  x_flow_control_disabled`.split(/\s+/),
);

/** The `mode` and `console` Literals, in their order. */
export const MODE_CHOICES = ['online', 'offline', 'shared', 'disabled', 'dryrun', 'run'] as const;
export const CONSOLE_CHOICES = ['auto', 'off', 'wrap', 'redirect', 'wrap_raw', 'wrap_emu'];

/**
 * pydantic's error block for a bool or Literal field given `value`, or undefined when the
 * value fits (or the field is neither: its other checks live in settings.ts).
 */
export function typedFieldProblem(name: string, value: PyValue): string | undefined {
  if (value === null && OPTIONAL_BOOL_FIELDS.has(name)) return undefined;
  if (BOOL_FIELDS.has(name)) {
    return laxBool(value) === undefined
      ? validationLine(name, ...boolError(value), value)
      : undefined;
  }
  const choices: readonly string[] | null =
    name === 'mode' ? MODE_CHOICES : name === 'console' ? CONSOLE_CHOICES : null;
  if (choices && !(typeof value === 'string' && choices.includes(value))) {
    return validationLine(
      name,
      'literal_error',
      `Input should be ${literalChoices(choices)}`,
      value,
    );
  }
  return undefined;
}

/** What a `mode` means to the simulator: shared and run are online runs, dryrun offline. */
export function simulatedMode(mode: string): 'online' | 'offline' | 'disabled' {
  if (mode === 'dryrun' || mode === 'offline') return 'offline';
  return mode === 'disabled' ? 'disabled' : 'online';
}

/**
 * wandb_init.py `init`: the keyword arguments set on `init_settings` (validate_assignment), in
 * its order, before the environment loads and before `config` is read.
 */
export const INIT_ARG_FIELDS: readonly [arg: string, field: string][] = [
  ['job_type', 'run_job_type'],
  ['dir', 'root_dir'],
  ['project', 'project'],
  ['entity', 'entity'],
  ['tags', 'run_tags'],
  ['group', 'run_group'],
  ['name', 'run_name'],
  ['notes', 'run_notes'],
  ['anonymous', 'anonymous'],
  ['mode', 'mode'],
  ['resume', 'resume'],
  ['force', 'force'],
  ['id', 'run_id'],
];

/**
 * Whether an init argument may be refused by a check that lives in settings.ts (a non-str for
 * a str field; a project or run id with characters or a length validate_project /
 * validate_run_id look at), so that module loads only then.
 */
export function initArgNeedsSettings(field: string, v: PyValue): boolean {
  if (field === 'run_tags' || field === 'root_dir' || field === 'anonymous' || field === 'resume')
    return false;
  if (BOOL_FIELDS.has(field) || field === 'mode') return false;
  if (typeof v !== 'string') return true;
  if (field === 'project' || field === 'run_id')
    return v.length === 0 || v.length > 128 || /[^A-Za-z0-9_.\- ]|^\s|\s$/.test(v);
  return false;
}

/** update_from_env_vars' `special_env_var_names` (env.py constants). */
const SPECIAL: Record<string, string> = {
  WANDB_APP_URL: 'app_url_override',
  WANDB_SERVICE_TRANSPORT: 'x_service_transport',
  WANDB_DIR: 'root_dir',
  WANDB_NAME: 'run_name',
  WANDB_NOTES: 'run_notes',
  WANDB_TAGS: 'run_tags',
  WANDB_JOB_TYPE: 'run_job_type',
  WANDB_HTTP_TIMEOUT: 'x_graphql_timeout_seconds',
  WANDB_FILE_PUSHER_TIMEOUT: 'x_file_transfer_timeout_seconds',
  WANDB_USER_EMAIL: 'email',
};

/** The Settings field a WANDB_* variable sets (`WANDB__X` is `x_x`), or undefined. */
function fieldOfEnv(name: string): string | undefined {
  if (!name.startsWith('WANDB_')) return undefined;
  if (Object.hasOwn(SPECIAL, name)) return SPECIAL[name];
  if (name.startsWith('WANDB__')) return `x_${name.slice('WANDB__'.length).toLowerCase()}`;
  return name.slice('WANDB_'.length).toLowerCase();
}

/**
 * The environment's WANDB_* variables in os.environ's order, each set as update_from_env_vars
 * sets it: the first a bool or Literal field refuses raises `1 validation error for Settings`.
 */
export function checkEnvSettings(environ: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(environ)) {
    const field = fieldOfEnv(name);
    const problem = field === undefined ? undefined : typedFieldProblem(field, value);
    if (problem) throw validationError([problem]);
  }
}
