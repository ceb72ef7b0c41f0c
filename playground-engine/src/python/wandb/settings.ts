// wandb.Settings as far as the console needs it: `silent` and `quiet`, validated as pydantic
// validates a bool ("true", "1", "yes", "on" ... are accepted; anything else is pydantic's
// ValidationError, a ValueError). Other fields are kept, unvalidated, so real scripts that
// pass them construct it unchanged (see ASSUMPTIONS.md: the real model forbids unknown ones).

import { defineExceptionType, E, pyErr } from '../values/exceptions';
import { hashKey } from '../values/hashing';
import { type Kwargs, PyDict, PyHost, PyType, type PyValue } from '../values/objects';
import { typeName } from '../values/typename';
import { pyRepr } from '../../text/pyRepr';

/** pydantic's lax bool strings (case-insensitive). */
const BOOLS = new Map<string, boolean>([
  ['true', true],
  ['t', true],
  ['1', true],
  ['yes', true],
  ['y', true],
  ['on', true],
  ['false', false],
  ['f', false],
  ['0', false],
  ['no', false],
  ['n', false],
  ['off', false],
]);

const VALIDATION_ERROR = defineExceptionType(
  'pydantic_core._pydantic_core.ValidationError',
  E.ValueError,
);

function inputRepr(v: PyValue): string {
  if (typeof v === 'string') return pyRepr(v);
  if (typeof v === 'bigint' || typeof v === 'number') return String(v);
  return typeName(v);
}

function asBool(field: string, v: PyValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint' && (v === 0n || v === 1n)) return v === 1n;
  if (typeof v === 'number' && (v === 0 || v === 1)) return v === 1;
  if (typeof v === 'string' && BOOLS.has(v.toLowerCase())) return BOOLS.get(v.toLowerCase())!;
  const parsing = typeof v === 'string' || typeof v === 'bigint' || typeof v === 'number';
  const [kind, text] = parsing
    ? ['bool_parsing', 'Input should be a valid boolean, unable to interpret input']
    : ['bool_type', 'Input should be a valid boolean'];
  throw pyErr(
    VALIDATION_ERROR,
    `1 validation error for Settings\n${field}\n  ${text} [type=${kind}, input_value=${inputRepr(v)}, input_type=${typeName(v)}]\n    For further information visit https://errors.pydantic.dev/2.12/v/${kind}`,
  );
}

/** The fields the console reads; null = not set (the environment decides). */
export interface ConsoleFields {
  silent: boolean | null;
  quiet: boolean | null;
}

export class PySettings extends PyHost {
  readonly fields = new Map<string, PyValue>();
  constructor(
    readonly console: ConsoleFields,
    private readonly cls: PyType,
  ) {
    super();
  }
  override get pyType(): PyType {
    return this.cls;
  }
  get typeName(): string {
    return 'Settings';
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'silent') return this.console.silent ?? false;
    if (name === 'quiet') return this.console.quiet ?? false;
    return this.fields.get(name);
  }
  override setAttr(name: string, value: PyValue): boolean {
    // validate_assignment=True in the real model.
    if (name === 'silent' || name === 'quiet') this.console[name] = asBool(name, value);
    else this.fields.set(name, value);
    return true;
  }
  repr(): string {
    return `Settings(silent=${this.console.silent ? 'True' : 'False'}, quiet=${this.console.quiet ? 'True' : 'False'})`;
  }
}

export function makeSettingsType(): PyType {
  const type: PyType = new PyType(
    'Settings',
    null,
    (_ctx, args: PyValue[], kwargs: Kwargs | null) => {
      if (args.length) {
        throw pyErr(
          E.TypeError,
          `BaseModel.__init__() takes 1 positional argument but ${args.length + 1} were given`,
        );
      }
      const s = new PySettings({ silent: null, quiet: null }, type);
      for (const [k, v] of kwargs ?? []) s.setAttr(k, v);
      return s;
    },
    'wandb',
  );
  return type;
}

/** init(settings=...): a Settings, a dict of the same fields, or None. */
export function settingsArg(v: PyValue | undefined): Partial<ConsoleFields> | null {
  if (v === undefined || v === null) return null;
  if (v instanceof PySettings) return { ...v.console };
  if (v instanceof PyDict) {
    const get = (k: 'silent' | 'quiet') => {
      const x = v.map.get(hashKey(k))?.[1];
      return x === undefined ? null : asBool(k, x);
    };
    return { silent: get('silent'), quiet: get('quiet') };
  }
  throw pyErr(E.TypeError, `settings must be a wandb.Settings or a dict, not ${typeName(v)}`);
}
