// What wandb_settings.py `update_from_env_vars` does with a WANDB_* variable when the
// singleton's settings load (wandb_setup.py `_load_settings`): the name becomes a Settings
// field, and `setattr(settings, key, value)` validates the string (validate_assignment=True),
// so a value a bool or Literal field cannot take is pydantic's ValidationError right there.
// Eager and small: the SDK calls it at the first settings load, synchronously; settings.ts
// (on demand) validates the same fields of `wandb.Settings(...)` with it.

import { runTagProblems } from '../../sdk/run';
import { pyRepr } from '../../text/pyRepr';
import { pyErr, typeForName } from '../values/exceptions';
import { PyList, PyTuple, type PyValue } from '../values/objects';
import { typeName } from '../values/typename';
import {
  boolError,
  laxBool,
  literalChoices,
  validationError,
  validationLine,
  valueErrorLine,
} from './pydantic';

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
/** The other Literal fields (`| None`); `anonymous` is one before 0.24.0. */
const LITERALS: Record<string, readonly string[]> = {
  mode: MODE_CHOICES,
  console: CONSOLE_CHOICES,
  resume: ['allow', 'must', 'never', 'auto'],
  job_source: ['repo', 'artifact', 'image'],
  anonymous: ['allow', 'must', 'never'],
};
const NULLABLE_LITERALS = new Set(['resume', 'job_source', 'anonymous']);

/** The fields annotated `int` / `int | None` and `float` / `float | None`. */
const INT_FIELDS = new Set(
  `console_chunk_max_bytes console_chunk_max_seconds heartbeat_seconds
  max_end_of_run_history_metrics max_end_of_run_summary_metrics summary_timeout summary_warnings
  x_log_level x_stats_pid x_stats_buffer_size x_file_stream_max_bytes x_file_stream_max_line_bytes
  x_file_stream_retry_max x_file_transfer_retry_max x_graphql_retry_max x_live_policy_rate_limit
  x_live_policy_wait_time x_network_buffer x_stats_cpu_count x_stats_cpu_logical_count
  x_stats_gpu_count`.split(/\s+/),
);
const FLOAT_FIELDS = new Set(
  `init_timeout finish_timeout x_internal_check_process x_service_wait x_stats_sampling_interval
  login_timeout x_file_stream_transmit_interval x_file_stream_retry_wait_min_seconds
  x_file_stream_retry_wait_max_seconds x_file_stream_timeout_seconds
  x_file_transfer_retry_wait_min_seconds x_file_transfer_retry_wait_max_seconds
  x_file_transfer_timeout_seconds x_graphql_retry_wait_min_seconds x_graphql_retry_wait_max_seconds
  x_graphql_timeout_seconds x_start_time`.split(/\s+/),
);
/**
 * `str` / `str | None` fields checked here: the ones init's keyword arguments and a linking
 * script's WANDB_* variables set (settings.ts checks the type of the others).
 */
const STR_FIELDS = new Set(
  `project entity organization run_id run_name run_notes run_group run_job_type api_key base_url
  root_dir`.split(/\s+/),
);

/** pydantic's int from a str: whitespace, `_` between digits and a zero fraction allowed. */
const INT_STR = /^[+-]?\d+(?:_\d+)*(?:\.0*)?$/;
/** Python's float(): digits with `_`, a fraction, an exponent, or inf / infinity / nan. */
const FLOAT_STR =
  /^[+-]?(?:(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?|inf|infinity|nan)$/i;

/** pydantic's int or float check of one value: [type, text], or undefined when it fits. */
function numberError(kind: 'int' | 'float', v: PyValue): [string, string] | undefined {
  if (typeof v === 'boolean' || typeof v === 'bigint') return undefined;
  if (typeof v === 'number') {
    return kind === 'int' && !Number.isInteger(v)
      ? ['int_from_float', 'Input should be a valid integer, got a number with a fractional part']
      : undefined;
  }
  if (typeof v === 'string') {
    const ok = (kind === 'int' ? INT_STR : FLOAT_STR).test(v.trim());
    if (ok) return undefined;
    return kind === 'int'
      ? ['int_parsing', 'Input should be a valid integer, unable to parse string as an integer']
      : ['float_parsing', 'Input should be a valid number, unable to parse string as a number'];
  }
  return kind === 'int'
    ? ['int_type', 'Input should be a valid integer']
    : ['float_type', 'Input should be a valid number'];
}

/** Which version's `anonymous` field: a Literal before 0.24.0, then any value (deprecated). */
export interface FieldVersion {
  anonymousDeprecated: boolean;
}

/**
 * pydantic's error block for `name` given `value`, or undefined when the value fits (a field
 * not checked here fits too: settings.ts checks the rest). The field validators that raise
 * UsageError (validate_project, validate_run_id, validate_api_key) throw it: pydantic lets it
 * through unwrapped.
 */
export function typedFieldProblem(
  name: string,
  value: PyValue,
  version: FieldVersion = { anonymousDeprecated: true },
): string | undefined {
  if (value === null && OPTIONAL_BOOL_FIELDS.has(name)) return undefined;
  if (BOOL_FIELDS.has(name)) {
    return laxBool(value) === undefined
      ? validationLine(name, ...boolError(value), value)
      : undefined;
  }
  const numberKind = INT_FIELDS.has(name) ? 'int' : FLOAT_FIELDS.has(name) ? 'float' : null;
  if (numberKind) {
    if (value === null && !NUMBER_NOT_NULL.has(name)) return undefined;
    const e = numberError(numberKind, value);
    return e && validationLine(name, ...e, value);
  }
  if (name === 'anonymous' && version.anonymousDeprecated) return undefined;
  const choices = Object.hasOwn(LITERALS, name) ? LITERALS[name] : null;
  if (choices) {
    // validate_resume (mode="before"): False is None, True is "auto".
    if (name === 'resume' && typeof value === 'boolean') return undefined;
    if (value === null && NULLABLE_LITERALS.has(name)) return undefined;
    if (typeof value === 'string' && choices.includes(value)) return undefined;
    return validationLine(
      name,
      'literal_error',
      `Input should be ${literalChoices(choices)}`,
      value,
    );
  }
  if (STR_FIELDS.has(name)) {
    if (value === null && name !== 'base_url' && name !== 'root_dir') return undefined;
    // validate_root_dir (mode="before"): a pathlib.Path is its str.
    if (name === 'root_dir' && isPath(value)) return undefined;
    if (typeof value !== 'string')
      return validationLine(name, 'string_type', 'Input should be a valid string', value);
    return strFieldProblem(name, value);
  }
  if (name === 'run_tags' && value !== null) {
    const tags = tagStrings(value);
    const problems = tags && runTagProblems(tags);
    if (problems) return valueErrorLine(name, problems, value);
  }
  return undefined;
}

/** The `int` / `float` fields without `| None`. */
const NUMBER_NOT_NULL = new Set(
  `console_chunk_max_bytes console_chunk_max_seconds heartbeat_seconds
  max_end_of_run_history_metrics max_end_of_run_summary_metrics summary_timeout summary_warnings
  x_log_level x_stats_pid x_stats_buffer_size init_timeout finish_timeout x_internal_check_process
  x_service_wait x_stats_sampling_interval`.split(/\s+/),
);

/** A pathlib path object (validate_root_dir and validate_code_dir take its str). */
export const isPath = (v: PyValue) => typeName(v) === 'PosixPath' || typeName(v) === 'Path';

/** validate_run_tags' input: a str is one tag, a list or tuple of str its items. */
function tagStrings(v: PyValue): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (v instanceof PyList || v instanceof PyTuple) {
    const items = v instanceof PyList ? v.items : v.items;
    return items.every((x) => typeof x === 'string') ? (items as string[]) : undefined;
  }
  return undefined;
}

/**
 * The validators of the str fields a linking script sets: validate_project, validate_run_id and
 * validate_api_key raise UsageError (thrown here: pydantic lets it through);
 * validate_base_url's urls.validate_url and its wandb.ai checks are pydantic error blocks.
 */
function strFieldProblem(name: string, v: string): string | undefined {
  const usage = (m: string) => pyErr(typeForName('wandb.errors.UsageError'), m);
  if (name === 'project') {
    // validate_project: 128 characters, none of "/\\#?%:" (the found ones in list order).
    if ([...v].length > 128)
      throw usage(`Invalid project name ${pyRepr(v)}: exceeded 128 characters`);
    const bad = [...'/\\#?%:'].filter((c) => v.includes(c));
    if (bad.length) {
      throw usage(
        `Invalid project name ${pyRepr(v)}: cannot contain characters ${pyRepr([...'/\\#?%:'].join(','))}, found ${pyRepr(bad.join(','))}`,
      );
    }
  }
  if (name === 'run_id') {
    if (v.length === 0) throw usage('Run ID cannot be empty');
    if (v.trim() !== v) throw usage('Run ID cannot start or end with whitespace');
    if ([...":;,#?/'"].some((c) => v.includes(c)))
      throw usage(`Run ID cannot contain the characters: :;,#?/'`);
  }
  if (name === 'api_key' && v.trim() !== v)
    throw usage('API key cannot start or end with whitespace');
  if (name === 'base_url') return baseUrlProblem(v);
  return undefined;
}

/**
 * validate_base_url: pydantic_core's url_schema (http and https, strict) merges its error into
 * the field's, then the wandb.ai checks are `Value error, ...`.
 */
function baseUrlProblem(v: string): string | undefined {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(v);
  if (!scheme) {
    return validationLine(
      'base_url',
      'url_parsing',
      'Input should be a valid URL, relative URL without a base',
      v,
    );
  }
  const s = scheme[1].toLowerCase();
  if (s !== 'http' && s !== 'https')
    return validationLine('base_url', 'url_scheme', "URL scheme should be 'http' or 'https'", v);
  const rest = v.slice(scheme[0].length);
  if (rest === '//' || /^\/\/[?#]/.test(rest))
    return validationLine('base_url', 'url_parsing', 'Input should be a valid URL, empty host', v);
  if (!/^\/\/[^/]/.test(rest)) {
    const text = 'Input violated strict URL syntax rules, expected //';
    return validationLine('base_url', 'url_syntax_violation', text, v);
  }
  if (/\s/.test(rest.slice(2).split(/[/?#]/)[0])) {
    const text = 'Input should be a valid URL, invalid international domain name';
    return validationLine('base_url', 'url_parsing', text, v);
  }
  if (/^.*wandb\.ai[^.]*$/.test(v) && !v.includes('api.'))
    return valueErrorLine(
      'base_url',
      `${v} is not a valid server address, did you mean https://api.wandb.ai?`,
      v,
    );
  if (/^.*wandb\.ai[^.]*$/.test(v) && !v.startsWith('https'))
    return valueErrorLine('base_url', 'http is not secure, please use https://api.wandb.ai', v);
  return undefined;
}

/** What a `mode` means to the simulator: shared and run are online runs, dryrun offline. */
export function simulatedMode(mode: string): 'online' | 'offline' | 'disabled' {
  if (mode === 'dryrun' || mode === 'offline') return 'offline';
  return mode === 'disabled' ? 'disabled' : 'online';
}

/**
 * wandb_init.py `init`: the keyword arguments set on `init_settings` (validate_assignment), in
 * its order, after `Settings(**settings)` and before the environment loads.
 */
export const INIT_ARG_FIELDS: readonly [arg: string, field: string][] = [
  ['job_type', 'run_job_type'],
  ['dir', 'root_dir'],
  ['project', 'project'],
  ['entity', 'entity'],
  ['reinit', 'reinit'],
  ['tags', 'run_tags'],
  ['group', 'run_group'],
  ['name', 'run_name'],
  ['notes', 'run_notes'],
  ['anonymous', 'anonymous'],
  ['mode', 'mode'],
  ['resume', 'resume'],
  ['force', 'force'],
  ['tensorboard', 'sync_tensorboard'],
  ['sync_tensorboard', 'sync_tensorboard'],
  ['save_code', 'save_code'],
  ['id', 'run_id'],
];

/** validate_anonymous (0.24.0 on), `termwarn(..., repeat=False)`. */
export const ANONYMOUS_WARNING =
  'The anonymous setting has no effect and will be removed in a future version.';

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
export function fieldOfEnv(name: string): string | undefined {
  if (!name.startsWith('WANDB_')) return undefined;
  if (Object.hasOwn(SPECIAL, name)) return SPECIAL[name];
  if (name.startsWith('WANDB__')) return `x_${name.slice('WANDB__'.length).toLowerCase()}`;
  return name.slice('WANDB_'.length).toLowerCase();
}

/** The variable update_from_env_vars refused, and what `setattr` raised. */
export interface EnvRefusal {
  name: string;
  error: unknown;
}

/**
 * The environment's WANDB_* variables in os.environ's order, each set as update_from_env_vars
 * sets it (`ignore_globs` and `run_tags` split on ","): the first one its field refuses stops
 * the load, with pydantic's `1 validation error for Settings` or a validator's UsageError. The
 * variables before it are set (wandb_setup.py keeps them from 0.21.2: sdk/wandbSdk.ts).
 */
export function checkEnvSettings(
  environ: Readonly<Record<string, string>>,
  version?: FieldVersion,
): EnvRefusal | undefined {
  for (const [name, value] of Object.entries(environ)) {
    const field = fieldOfEnv(name);
    if (field === undefined) continue;
    const v =
      field === 'run_tags' || field === 'ignore_globs' ? new PyList(value.split(',')) : value;
    try {
      const problem = typedFieldProblem(field, v, version);
      if (problem) return { name, error: validationError([problem]) };
    } catch (error) {
      return { name, error };
    }
  }
  return undefined;
}
