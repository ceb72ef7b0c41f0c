// pydantic's ValidationError as wandb.Settings raises it (a ValueError subclass), built
// without the on-demand settings module: a Run's setters validate one field synchronously.

import { pyRepr } from '../../text/pyRepr';
import { defineExceptionType, E, pyErr } from '../values/exceptions';
import { type PyExc, PyList, PyTuple, type PyValue } from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';

export const VALIDATION_ERROR = defineExceptionType(
  'pydantic_core._pydantic_core.ValidationError',
  E.ValueError,
);

/**
 * `input_value=...` as pydantic shows it: the value's repr (a str, number, bool, None, list or
 * tuple here; the type name for other objects), cut to its first 25 and last 24 characters
 * when longer than 50 (pydantic_core `truncate_input_value`).
 */
export function inputRepr(v: PyValue): string {
  let text: string;
  if (typeof v === 'string') text = pyRepr(v);
  else if (typeof v === 'bigint' || typeof v === 'number') text = String(v);
  else if (v === null || typeof v === 'boolean' || v instanceof PyList || v instanceof PyTuple)
    text = repr(v);
  else return typeName(v);
  return text.length > 50 ? `${text.slice(0, 25)}...${text.slice(-24)}` : text;
}

/** One error line block: `field\n  text [type=kind, input_value=…, input_type=…]` + the link. */
export function validationLine(field: string, kind: string, text: string, v: PyValue): string {
  return `${field}\n  ${text} [type=${kind}, input_value=${inputRepr(v)}, input_type=${typeName(v)}]\n    For further information visit https://errors.pydantic.dev/2.12/v/${kind}`;
}

/** `1 validation error for Settings` (or N) over the given blocks. */
export function validationError(blocks: string[]): PyExc {
  const n = blocks.length;
  return pyErr(
    VALIDATION_ERROR,
    `${n} validation error${n === 1 ? '' : 's'} for Settings\n${blocks.join('\n')}`,
  );
}

/** A `str | None` field given something else. */
export function stringType(field: string, v: PyValue): PyExc {
  return validationError([
    validationLine(field, 'string_type', 'Input should be a valid string', v),
  ]);
}

/** A field validator's ValueError: `Value error, MESSAGE` (`type=value_error`). */
export const valueErrorLine = (field: string, message: string, v: PyValue) =>
  validationLine(field, 'value_error', `Value error, ${message}`, v);

/** One field validator's ValueError as the ValidationError it becomes. */
export const valueError = (field: string, message: string, v: PyValue): PyExc =>
  validationError([valueErrorLine(field, message, v)]);

/** A Literal's `Input should be 'a', 'b' or 'c'` list. */
export function literalChoices(choices: readonly string[]): string {
  const quoted = choices.map((c) => `'${c}'`);
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** pydantic's lax bool strings (case-insensitive). */
const BOOLS = new Map<string, boolean>([
  ...['true', 't', '1', 'yes', 'y', 'on'].map((k) => [k, true] as const),
  ...['false', 'f', '0', 'no', 'n', 'off'].map((k) => [k, false] as const),
]);

/** pydantic's lax bool, or undefined when the value is not one. */
export function laxBool(v: PyValue): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint' && (v === 0n || v === 1n)) return v === 1n;
  if (typeof v === 'number' && (v === 0 || v === 1)) return v === 1;
  if (typeof v === 'string') return BOOLS.get(v.toLowerCase());
  return undefined;
}

/** The bool member's error: [type, text]. */
export function boolError(v: PyValue): [string, string] {
  const parsing = typeof v === 'string' || typeof v === 'bigint' || typeof v === 'number';
  return parsing
    ? ['bool_parsing', 'Input should be a valid boolean, unable to interpret input']
    : ['bool_type', 'Input should be a valid boolean'];
}
