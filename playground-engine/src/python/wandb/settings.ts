// wandb.Settings as far as the console needs it: `silent` and `quiet`, validated as pydantic
// validates a bool ("true", "1", "yes", "on" ... are accepted; anything else is pydantic's
// ValidationError, a ValueError). Other fields are kept, unvalidated, so real scripts that
// pass them construct it unchanged (see ASSUMPTIONS.md: the real model forbids unknown ones).
// A first Run passes no settings, so this module loads on demand (onDemand.ts): when a
// snippet builds a wandb.Settings or passes init settings= or reinit=.

import { E, pyErr, typeForName } from '../values/exceptions';
import {
  boolError,
  inputRepr,
  laxBool,
  literalChoices,
  VALIDATION_ERROR,
  validationError,
  validationLine,
  valueErrorLine,
} from './pydantic';
import { isBoolField, simulatedMode, typedFieldProblem } from './envSettings';
import { tagsArg } from './run';
import { runTagProblems } from '../../sdk/run';
import { SETTINGS_FIELDS } from './settingsFields';
import { pyRepr } from '../../text/pyRepr';
import { type Kwargs, PyDict, PyHost, type PyType, type PyValue } from '../values/objects';
import { typeName } from '../values/typename';
import type { SdkBehaviour } from '../../sdk/versions';
import type { InitSettings, Reinit } from '../../sdk/wandbSdk';
import { str } from '../values/repr';
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

export class PySettings extends PyHost {
  readonly fields = new Map<string, PyValue>();
  constructor(
    readonly console: ConsoleFields,
    private readonly cls: PyType | undefined,
    private readonly reinitKind: SdkBehaviour['reinit'],
  ) {
    super();
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
      return this.console.reinit ?? (this.reinitKind.startsWith('literal') ? 'default' : false);
    return this.fields.get(name);
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
      this.console.reinit = reinitArg(value, this.reinitKind);
      return undefined;
    }
    const problem = typedFieldProblem(name, value);
    if (problem) return problem;
    // A bool field keeps pydantic's bool ("yes" is True).
    const b = laxBool(value);
    if (name === 'silent' || name === 'quiet') {
      this.console[name] = b ?? false;
      return undefined;
    }
    if (b !== undefined && typeof value !== 'boolean' && isBoolField(name)) {
      this.fields.set(name, b);
      return undefined;
    }
    if (name === 'run_tags' && value !== null) {
      // validate_run_tags: a str is one tag, anything else `tuple(value)`.
      const problems = runTagProblems(typeof value === 'string' ? [value] : (tagsArg(value) ?? []));
      if (problems) return valueErrorLine(name, problems, value);
    }
    if (STR_FIELDS.has(name) && value !== null) {
      if (typeof value !== 'string')
        return validationLine(name, 'string_type', 'Input should be a valid string', value);
      checkStrField(name, value);
    }
    this.fields.set(name, value);
    return undefined;
  }
  repr(): string {
    return `Settings(silent=${this.console.silent ? 'True' : 'False'}, quiet=${this.console.quiet ? 'True' : 'False'})`;
  }
}

/** `wandb.Settings(**kwargs)`: the type itself is module.ts's (it loads this module on first use). */
export function newSettings(
  type: PyType | undefined,
  reinitKind: SdkBehaviour['reinit'],
  args: PyValue[],
  kwargs: Kwargs | null,
): PySettings {
  if (args.length) {
    throw pyErr(
      E.TypeError,
      `BaseModel.__init__() takes 1 positional argument but ${args.length + 1} were given`,
    );
  }
  const s = new PySettings({ silent: null, quiet: null }, type, reinitKind);
  const given = new Map(kwargs ?? []);
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
/** `str | None` fields the simulator reads or a linking script passes. */
const STR_FIELDS = new Set([
  'project',
  'entity',
  'organization',
  'run_id',
  'run_name',
  'run_notes',
  'run_group',
  'run_job_type',
  'api_key',
  'base_url',
]);

/** The field validators that raise UsageError (not collected by pydantic: it propagates). */
function checkStrField(name: string, v: string): void {
  const usage = (m: string) => pyErr(typeForName('wandb.errors.UsageError'), m);
  if (name === 'project') {
    // validate_project: 128 characters, none of "/\\#?%:" (the found ones in set order).
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

/** init(settings=...): a Settings, a dict of the same fields, or None. */
export function settingsArg(
  v: PyValue | undefined,
  reinitKind: SdkBehaviour['reinit'],
): InitSettings | null {
  if (v === undefined || v === null) return null;
  const s =
    v instanceof PySettings
      ? v
      : v instanceof PyDict
        ? newSettings(
            undefined,
            reinitKind,
            [],
            new Map([...v.map.values()].map(([k, x]) => [typeof k === 'string' ? k : str(k), x])),
          )
        : undefined;
  if (!s)
    throw pyErr(E.TypeError, `settings must be a wandb.Settings or a dict, not ${typeName(v)}`);
  const out: InitSettings = { ...s.console };
  for (const [field, key] of Object.entries(RUN_FIELDS)) {
    const x = s.fields.get(field);
    if (typeof x === 'string') out[key] = x;
  }
  const tags = s.fields.get('run_tags');
  // validate_run_tags: a str is one tag.
  if (tags !== undefined && tags !== null)
    out.runTags = typeof tags === 'string' ? [tags] : tagsArg(tags);
  const mode = s.fields.get('mode');
  if (typeof mode === 'string') out.mode = simulatedMode(mode);
  return out;
}

/**
 * `run.settings`: a deep copy of the run's Settings (wandb_run.py `Run.settings`), a new one at
 * each read, so editing it changes nothing. It holds the fields the simulator keeps for a run;
 * the others are not there (ASSUMPTIONS.md).
 */
export function runSettings(
  type: PyType | undefined,
  reinitKind: SdkBehaviour['reinit'],
  console: ConsoleFields,
  fields: Record<string, PyValue>,
): PySettings {
  const s = new PySettings({ ...console }, type, reinitKind);
  for (const [k, v] of Object.entries(fields)) s.fields.set(k, v);
  return s;
}

/**
 * wandb.init's keyword arguments, set on `init_settings` in wandb_init.py's order: the first
 * refused one raises (pydantic's ValidationError, or a validator's UsageError).
 */
export function checkInitArgs(
  args: [field: string, value: PyValue][],
  reinitKind: SdkBehaviour['reinit'],
): void {
  const s = new PySettings({ silent: null, quiet: null }, undefined, reinitKind);
  for (const [field, v] of args) {
    const problem = s.set(field, v);
    if (problem) throw validationError([problem]);
  }
}
