// wandb.Settings (wandb_settings.py): every field of 0.28.x readable with its default or the
// value set, its public computed fields (files_dir, sync_dir, run_url, ...) derived as the real
// properties derive them, validated as pydantic validates them (envSettings.ts holds the
// checks the first Run needs; the table of fields is settingsFields.ts). A first Run passes no
// settings, so this module loads on demand (onDemand.ts): when a snippet builds a
// wandb.Settings, passes init settings= or reinit=, or reads run.settings.

import { E, pyErr, typeForName } from '../values/exceptions';
import {
  boolError,
  inputRepr,
  laxBool,
  literalChoices,
  VALIDATION_ERROR,
  validationError,
  validationLine,
} from './pydantic';
import {
  ANONYMOUS_WARNING,
  fieldOfEnv,
  isBoolField,
  isPath,
  simulatedMode,
  typedFieldProblem,
} from './envSettings';
import { tagsArg } from './run';
import { SETTINGS_FIELDS, SETTINGS_TABLE, type SettingsField } from './settingsFields';
import {
  type Kwargs,
  PyDict,
  PyExc,
  PyHost,
  PyList,
  PyTuple,
  type PyType,
  type PyValue,
} from '../values/objects';
import { typeName } from '../values/typename';
import type { SdkBehaviour } from '../../sdk/versions';
import type { FileSettingsCheck, InitSettings, Reinit, WandbSdk } from '../../sdk/wandbSdk';
import { lastLine } from '../traceback';
import { repr, str } from '../values/repr';
import { fakeAddress } from '../values/identity';
import { APP_URL, timespec, urlQuote } from '../../sdk/console';
import { CWD } from '../../text/posixPath';
import { tagCode } from '../hints';

function asBool(field: string, v: PyValue): boolean {
  const b = laxBool(v);
  if (b !== undefined) return b;
  const [kind, text] = boolError(v);
  throw validationError([validationLine(field, kind, text, v)]);
}

const REINIT_LITERALS = ['default', 'return_previous', 'finish_previous', 'create_new'] as const;
/** distutils strtobool, as 0.18's `_str_as_bool` uses it. */
const STRTOBOOL = new Map<string, boolean>([
  ...['y', 'yes', 't', 'true', 'on', '1'].map((s) => [s, true] as const),
  ...['n', 'no', 'f', 'false', 'off', '0'].map((s) => [s, false] as const),
]);

/**
 * The `reinit` setting as each SDK reads it: 0.18.x `_str_as_bool` (its UsageError), 0.19.0 –
 * 0.19.8 a pydantic bool, from 0.19.9 `Literal[...] | bool` (pydantic's smart union: an exact
 * literal first, then a lax bool, else both members' errors).
 */
export function reinitArg(v: PyValue, kind: SdkBehaviour['reinit']): Reinit {
  if (kind === 'str-as-bool') {
    if (typeof v === 'boolean') return v;
    const b = STRTOBOOL.get(str(v).toLowerCase());
    if (b !== undefined) return b;
    throw withCode(
      pyErr(typeForName('wandb.errors.UsageError'), `Could not parse value ${str(v)} as a bool.`),
    );
  }
  if (kind === 'bool') {
    try {
      return asBool('reinit', v);
    } catch (e) {
      throw withCode(e);
    }
  }
  const literals: readonly string[] =
    kind === 'literal' ? REINIT_LITERALS.slice(0, 3) : REINIT_LITERALS;
  if (typeof v === 'string' && literals.includes(v)) return v as Reinit;
  const b = laxBool(v);
  if (b !== undefined) return b;
  const quoted = literals.map((l) => `'${l}'`);
  const expected = literalChoices(literals);
  const [boolKind, boolText] = boolError(v);
  const input = `input_value=${inputRepr(v)}, input_type=${typeName(v)}`;
  throw withCode(
    pyErr(
      VALIDATION_ERROR,
      `2 validation errors for Settings\nreinit.literal[${quoted.join(',')}]\n  Input should be ${expected} [type=literal_error, ${input}]\n    For further information visit https://errors.pydantic.dev/2.12/v/literal_error\nreinit.bool\n  ${boolText} [type=${boolKind}, ${input}]\n    For further information visit https://errors.pydantic.dev/2.12/v/${boolKind}`,
    ),
  );
}

/** A refused `reinit` leads to its troubleshooting section. */
function withCode(e: unknown): unknown {
  if (e && typeof e === 'object') tagCode(e, 'reinit-value');
  return e;
}

/** The fields the console reads; null = not set (the environment decides). */
export interface ConsoleFields {
  silent: boolean | null;
  quiet: boolean | null;
  /** `reinit`, as the version's setting read it; null = not set. */
  reinit?: Reinit | null;
}

/** deprecation.UNSET, `anonymous`'s default from 0.24.0: a bare `object()`. */
class Unset extends PyHost {
  get typeName(): string {
    return 'object';
  }
  getAttr(): PyValue | undefined {
    return undefined;
  }
  repr(): string {
    return `<object object at ${fakeAddress(this)}>`;
  }
}
const UNSET = new Unset();

const BY_NAME = new Map(SETTINGS_TABLE.map((f) => [f.name, f]));

/**
 * A field's default as a Python value. `*` is made when the Settings is built: root_dir is
 * os.getcwd(), credentials_file under ~/.config/wandb, symlink True (not Windows), x_log_level
 * logging.INFO, x_stats_pid the process id (a fixed one here: ASSUMPTIONS.md).
 */
function defaultOf(f: SettingsField, behaviour: SdkBehaviour): PyValue {
  const d = f.default;
  if (d === '*') {
    switch (f.name) {
      case 'root_dir':
        return CWD;
      case 'credentials_file':
        return `${CWD}/.config/wandb/credentials.json`;
      case 'symlink':
        return true;
      case 'x_log_level':
        return 20n;
      case 'x_stats_pid':
        return STATS_PID;
      default:
        // anonymous: deprecation.UNSET from 0.24.0, before a `Literal | None` that is None.
        return behaviour.anonymousDeprecated ? UNSET : null;
    }
  }
  if (d === 'None') return null;
  if (d === 'True' || d === 'False') return d === 'True';
  if (/^-?\d+$/.test(d)) return BigInt(d);
  if (/^-?\d+\.\d+$/.test(d)) return Number(d);
  if (d === '()') return new PyTuple([]);
  const tuple = /^\('([^']*)',\)$/.exec(d);
  if (tuple) return new PyTuple([tuple[1]]);
  return d.slice(1, -1);
}

/** The process id wandb_setup.py gives `x_stats_pid` (os.getpid()); the playground has one. */
export const STATS_PID = 4242n;

/** The public computed fields (`@computed_field`), in definition order: repr lists them too. */
const COMPUTED = [
  'app_url',
  'colab_url',
  'deployment',
  'files_dir',
  'is_local',
  'log_dir',
  'log_internal',
  'log_symlink_internal',
  'log_symlink_user',
  'log_user',
  'project_url',
  'resume_fname',
  'run_mode',
  'run_url',
  'settings_workspace',
  'sweep_url',
  'sync_dir',
  'sync_file',
  'sync_symlink_latest',
  'timespec',
  'wandb_dir',
] as const;
const COMPUTED_NAMES = new Set<string>(COMPUTED);

export class PySettings extends PyHost {
  /** The fields set (pydantic's `model_fields_set`), with their validated values. */
  readonly fields = new Map<string, PyValue>();
  /** Computed fields a run fixed (its sync_dir): they win over the derivation. */
  readonly computed = new Map<string, PyValue>();
  constructor(
    readonly console: ConsoleFields,
    private readonly cls: PyType | undefined,
    private readonly sdk: WandbSdk,
  ) {
    super();
  }
  private get behaviour(): SdkBehaviour {
    return this.sdk.behaviour;
  }
  override get pyType(): PyType | undefined {
    return this.cls;
  }
  get typeName(): string {
    return 'Settings';
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'silent') return this.console.silent ?? false;
    if (name === 'quiet') return this.console.quiet ?? false;
    if (name === 'reinit')
      return (
        this.console.reinit ?? (this.behaviour.reinit.startsWith('literal') ? 'default' : false)
      );
    if (this.fields.has(name)) return this.fields.get(name);
    const field = BY_NAME.get(name);
    if (field) return defaultOf(field, this.behaviour);
    if (COMPUTED_NAMES.has(name)) return this.computedField(name);
    return undefined;
  }

  /** wandb_settings.py's computed properties, from the fields as they are now. */
  private computedField(name: string): PyValue {
    if (this.computed.has(name)) return this.computed.get(name) as PyValue;
    const get = (n: string) => this.getAttr(n) as PyValue;
    const s = (n: string) => get(n) as string;
    const opt = (n: string) => {
      const v = get(n);
      return typeof v === 'string' && v ? v : null;
    };
    const under = (dir: string, ...rest: string[]) => [dir, ...rest].join('/');
    switch (name) {
      case 'app_url':
        return opt('app_url_override') ?? apiToAppUrl(s('base_url'));
      case 'colab_url':
        return null;
      case 'deployment':
        return get('is_local') ? 'local' : 'cloud';
      case 'files_dir':
        return opt('x_files_dir') ?? under(s('sync_dir'), 'files');
      case 'is_local':
        return s('base_url') !== 'https://api.wandb.ai';
      case 'log_dir':
        return under(s('sync_dir'), 'logs');
      case 'log_internal':
        return under(s('log_dir'), 'debug-internal.log');
      case 'log_symlink_internal':
        return under(s('wandb_dir'), 'debug-internal.log');
      case 'log_symlink_user':
        return under(s('wandb_dir'), 'debug.log');
      case 'log_user':
        return under(s('log_dir'), 'debug.log');
      case 'project_url': {
        const [entity, project] = [opt('entity'), opt('project')];
        if (!entity || !project) return '';
        return `${s('app_url')}/${urlQuote(entity)}/${urlQuote(project)}`;
      }
      case 'resume_fname':
        return under(s('wandb_dir'), 'wandb-resume.json');
      case 'run_mode':
        return ['offline', 'dryrun'].includes(s('mode')) ? 'offline-run' : 'run';
      case 'run_url': {
        const base = s('project_url');
        const id = opt('run_id');
        return base && id ? `${base}/runs/${urlQuote(id, '=+&$@')}` : '';
      }
      case 'settings_workspace':
        return under(s('wandb_dir'), 'settings');
      case 'sweep_url': {
        const base = s('project_url');
        const id = opt('sweep_id');
        return base && id ? `${base}/sweeps/${urlQuote(id)}` : '';
      }
      case 'sync_dir': {
        const runId = get('run_id');
        let dir = `${s('run_mode')}-${s('timespec')}-${runId === null ? 'None' : str(runId)}`;
        if (s('x_sync_dir_suffix')) dir += `-${s('x_sync_dir_suffix')}`;
        return under(s('wandb_dir'), dir);
      }
      case 'sync_file': {
        const runId = get('run_id');
        return under(s('sync_dir'), `run-${runId === null ? 'None' : str(runId)}.wandb`);
      }
      case 'sync_symlink_latest':
        return under(s('wandb_dir'), 'latest-run');
      case 'timespec': {
        const t = get('x_start_time');
        return typeof t === 'number' || typeof t === 'bigint' ? timespec(Number(t) * 1000) : '';
      }
      default: {
        // wandb_dir: root_dir/.wandb when use_dot_wandb (or, unset, when that exists), else wandb.
        const root = s('root_dir').replace(/\/+$/, '') || '/';
        const dot = get('use_dot_wandb') ?? this.sdk.fs.isDir(`${root}/.wandb`);
        return `${root === '/' ? '' : root}/${dot ? '.wandb' : 'wandb'}`;
      }
    }
  }

  override setAttr(name: string, value: PyValue): boolean {
    // validate_assignment=True in the real model; no field of that name is pydantic's ValueError.
    if (!FIELDS.has(name)) throw pyErr(E.ValueError, `"Settings" object has no field "${name}"`);
    const problem = this.set(name, value);
    if (problem) throw validationError([problem]);
    return true;
  }

  /** Validates and sets one field: pydantic's error block, or undefined when it is set. */
  set(name: string, value: PyValue): string | undefined {
    if (name === 'reinit') {
      this.console.reinit = reinitArg(value, this.behaviour.reinit);
      this.fields.delete(name);
      return undefined;
    }
    const problem = typedFieldProblem(name, value, this.behaviour) ?? otherTypeProblem(name, value);
    if (problem) return problem;
    if (name === 'anonymous' && this.behaviour.anonymousDeprecated)
      this.sdk.termlogOnce('warn', ANONYMOUS_WARNING);
    // A bool field keeps pydantic's bool ("yes" is True).
    const b = laxBool(value);
    if (name === 'silent' || name === 'quiet') {
      this.console[name] = b ?? false;
      return undefined;
    }
    this.fields.set(name, converted(name, value, b));
    return undefined;
  }

  /** pydantic's repr: every field, then the public computed ones, as `name=repr(value)`. */
  repr(): string {
    return `Settings(${this.items().join(', ')})`;
  }
  /** pydantic's str: the same items, separated by spaces. */
  override toStr(): string {
    return this.items().join(' ');
  }
  private items(): string[] {
    return [...SETTINGS_FIELDS, ...COMPUTED].map(
      (name) => `${name}=${repr(this.getAttr(name) as PyValue)}`,
    );
  }
}

/** The value a field keeps: pydantic's coercions (a bool, number, tuple, a path's str). */
function converted(name: string, value: PyValue, b: boolean | undefined): PyValue {
  if (b !== undefined && typeof value !== 'boolean' && isBoolField(name)) return b;
  const field = BY_NAME.get(name);
  if (typeof value === 'string' && field) {
    if (field.kind.startsWith('int')) return BigInt(value.trim().replace(/_/g, '').split('.')[0]);
    if (field.kind.startsWith('float')) return Number(value.trim().replace(/_/g, ''));
  }
  if (typeof value === 'bigint' && field?.kind.startsWith('float')) return Number(value);
  if ((name === 'root_dir' || name === 'code_dir') && isPath(value)) return str(value);
  // validate_resume: True is "auto", False is None.
  if (name === 'resume' && typeof value === 'boolean') return value ? 'auto' : null;
  // validate_run_tags: a str is one tag; the field is a tuple.
  if (name === 'run_tags' && value !== null)
    return new PyTuple(typeof value === 'string' ? [value] : (tagsArg(value) ?? []));
  if (name === 'base_url' && typeof value === 'string') return value.replace(/\/+$/, '');
  return value;
}

/** util.api_to_app_url. */
function apiToAppUrl(api: string): string {
  if (api === 'https://api.wandb.ai') return APP_URL;
  const strip = (u: string) => u.replace(/^\/+|\/+$/g, '');
  if (api.includes('://api.wandb.test')) return strip(api.replace('://api.', '://app.'));
  if (api.includes('://api.wandb.')) return strip(api.replace('://api.', '://'));
  if (api.includes('://api.')) return strip(api.replace('://api.', '://app.'));
  return api;
}

/** `wandb.Settings(**kwargs)`: the type itself is module.ts's (it loads this module on first use). */
export function newSettings(
  type: PyType | undefined,
  sdk: WandbSdk,
  args: PyValue[],
  kwargs: Kwargs | null,
): PySettings {
  if (args.length) {
    throw pyErr(
      E.TypeError,
      `BaseModel.__init__() takes 1 positional argument but ${args.length + 1} were given`,
    );
  }
  const s = new PySettings({ silent: null, quiet: null }, type, sdk);
  // catch_private_settings: a `_x` key is the field `x_x`.
  const given = new Map([...(kwargs ?? [])].map(([k, v]) => [k.startsWith('_') ? `x${k}` : k, v]));
  // Fields in definition order (their errors collected), then every unknown one.
  const problems: string[] = [];
  for (const field of SETTINGS_FIELDS) {
    if (!given.has(field)) continue;
    const problem = s.set(field, given.get(field) as PyValue);
    if (problem) problems.push(problem);
  }
  for (const [k, v] of given) {
    if (!FIELDS.has(k))
      problems.push(validationLine(k, 'extra_forbidden', 'Extra inputs are not permitted', v));
  }
  if (problems.length) throw validationError(problems);
  return s;
}

const FIELDS = new Set(SETTINGS_FIELDS);

/** The `str` / `str | None` fields envSettings.ts does not check: their type only. */
function otherTypeProblem(name: string, value: PyValue): string | undefined {
  const kind = BY_NAME.get(name)?.kind;
  if ((kind !== 'str' && kind !== 'str?') || typeof value === 'string') return undefined;
  if (value === null && kind === 'str?') return undefined;
  // validate_code_dir / validate_root_dir (mode="before"): a pathlib.Path is its str.
  if ((name === 'code_dir' || name === 'root_dir') && isPath(value)) return undefined;
  return validationLine(name, 'string_type', 'Input should be a valid string', value);
}

/** The str fields init reads from a Settings (wandb_init.py: the run's settings). */
const RUN_FIELDS = {
  project: 'project',
  entity: 'entity',
  run_id: 'runId',
  run_name: 'runName',
  run_job_type: 'runJobType',
  run_notes: 'runNotes',
  run_group: 'runGroup',
} as const;

/** A Settings as init reads it. */
function initView(s: PySettings): InitSettings {
  const out: InitSettings = { ...s.console };
  for (const [field, key] of Object.entries(RUN_FIELDS)) {
    const x = s.fields.get(field);
    if (typeof x === 'string') out[key] = x;
  }
  const tags = s.fields.get('run_tags');
  if (tags instanceof PyTuple) out.runTags = tags.items.map((t) => str(t));
  const mode = s.fields.get('mode');
  if (typeof mode === 'string') out.mode = simulatedMode(mode);
  const root = s.fields.get('root_dir');
  if (typeof root === 'string') out.rootDir = root;
  return out;
}

/** settings= as wandb_init.py takes it: a Settings (the same object), a dict, or None. */
function settingsObject(v: PyValue | undefined, sdk: WandbSdk): PySettings | null {
  if (v === undefined || v === null) return null;
  if (v instanceof PySettings) return v;
  if (v instanceof PyDict) {
    const kwargs = new Map(
      [...v.map.values()].map(([k, x]) => [typeof k === 'string' ? k : str(k), x] as const),
    );
    return newSettings(undefined, sdk, [], kwargs);
  }
  throw pyErr(E.TypeError, `settings must be a wandb.Settings or a dict, not ${typeName(v)}`);
}

/** wandb.setup(settings=...) and Artifact.link's settings: a Settings, a dict, or None. */
export function settingsArg(v: PyValue | undefined, sdk: WandbSdk): InitSettings | null {
  const s = settingsObject(v, sdk);
  return s && initView(s);
}

/**
 * wandb.init's settings path (wandb_init.py `init`): `Settings(**settings)` (a Settings given is
 * used itself, so the keyword arguments are set on the caller's object), then the keyword
 * arguments set on it in wandb_init.py's order; the first refused one raises (pydantic's
 * ValidationError, or a validator's UsageError).
 */
export function initSettings(
  v: PyValue | undefined,
  args: [field: string, value: PyValue][],
  sdk: WandbSdk,
): { settings: InitSettings; fields: [string, PyValue][] } {
  const s = settingsObject(v, sdk) ?? new PySettings({ silent: null, quiet: null }, undefined, sdk);
  for (const [field, value] of args) {
    const problem = s.set(field, value);
    if (problem) throw validationError([problem]);
  }
  return { settings: initView(s), fields: [...s.fields] };
}

/**
 * `run.settings`: a deep copy of the run's Settings (wandb_run.py `Run.settings`), a new one at
 * each read, so editing it changes nothing: every field, with what the run set.
 */
export function runSettings(
  type: PyType | undefined,
  sdk: WandbSdk,
  console: ConsoleFields,
  initFields: [string, PyValue][],
  fields: Record<string, PyValue>,
  computed: Record<string, PyValue>,
): PySettings {
  const s = new PySettings({ ...console }, type, sdk);
  // The singleton's (the settings files', then the WANDB_* variables it took), then init's,
  // then what the run decided.
  for (const [k, v] of Object.entries(sdk.settingsFileFields))
    if (FIELDS.has(k)) s.set(k, k === 'ignore_globs' ? new PyList(v.split(',')) : v);
  for (const [name, value] of Object.entries(sdk.settingsEnviron)) {
    const field = fieldOfEnv(name);
    if (field === undefined || !FIELDS.has(field) || field === 'reinit') continue;
    s.set(field, field === 'run_tags' ? new PyTuple(value.split(',')) : value);
  }
  for (const [k, v] of initFields) s.set(k, v);
  Object.assign(s.console, console);
  for (const [k, v] of Object.entries(fields)) s.fields.set(k, v);
  for (const [k, v] of Object.entries(computed)) s.computed.set(k, v);
  return s;
}

/**
 * The check of a settings file's `[default]` fields (`ignore_globs` split on ","): from 0.24.0
 * `Settings(**fields)` (`all`: every error at once; what is printed is `str(e)` for a
 * ValidationError, else the traceback's last line), before it `setattr` of each in turn (an
 * unknown key is pydantic's `"Settings" object has no field "x"`).
 */
export function fileSettingsCheck(sdk: WandbSdk): FileSettingsCheck {
  return (items, all) => {
    const values = items.map(
      ([k, v]) => [k, k === 'ignore_globs' ? new PyList(v.split(',')) : v] as [string, PyValue],
    );
    const refused = (at: number, error: unknown) => {
      const exc = error as PyExc;
      const text =
        exc instanceof PyExc && exc.type !== VALIDATION_ERROR ? lastLine(exc) : str(exc as PyValue);
      return { at, error, text };
    };
    if (all) {
      try {
        newSettings(undefined, sdk, [], new Map(values));
        return undefined;
      } catch (error) {
        return refused(-1, error);
      }
    }
    const s = new PySettings({ silent: null, quiet: null }, undefined, sdk);
    for (const [i, [k, v]] of values.entries()) {
      try {
        s.setAttr(k, v);
      } catch (error) {
        return refused(i, error);
      }
    }
    return undefined;
  };
}
