// pydantic's ValidationError as wandb.Settings raises it (a ValueError subclass), built
// without the on-demand settings module: a Run's setters validate one field synchronously.

import { pyRepr } from '../../text/pyRepr';
import { defineExceptionType, E, pyErr } from '../values/exceptions';
import type { PyExc, PyValue } from '../values/objects';
import { typeName } from '../values/typename';

export const VALIDATION_ERROR = defineExceptionType(
  'pydantic_core._pydantic_core.ValidationError',
  E.ValueError,
);

/** `input_value=...` as pydantic shows it: a str or number's repr, else the type name. */
export function inputRepr(v: PyValue): string {
  if (typeof v === 'string') return pyRepr(v);
  if (typeof v === 'bigint' || typeof v === 'number') return String(v);
  return typeName(v);
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

/** A Literal's `Input should be 'a', 'b' or 'c'` list. */
export function literalChoices(choices: readonly string[]): string {
  const quoted = choices.map((c) => `'${c}'`);
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
