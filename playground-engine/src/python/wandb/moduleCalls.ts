// Module-level calls a first Run never makes (loaded with onDemand.ts): `wandb.termlog`,
// `termwarn` and `termerror` (wandb/errors/term.py) and `wandb.require` (wandb_require.py).

import type { WandbSdk } from '../../sdk/wandbSdk';
import { truthy } from '../values/compare';
import { E, pyErr, typeForName } from '../values/exceptions';
import { PyList, PySet, PyTuple, type PyValue } from '../values/objects';
import { str } from '../values/repr';
import { typeName } from '../values/typename';

export type TermCall = 'termlog' | 'termwarn' | 'termerror';

/**
 * term.py `termlog(string="", newline=True, repeat=True, prefix=True)` and its WARNING /
 * ERROR forms: the tag goes on every line, then (with `prefix`) `wandb: ` on every line; a
 * `repeat=False` text already printed is skipped; WANDB_SILENT (once the settings loaded)
 * silences it. Written to stderr with `newline`'s `\n` (click.echo).
 */
export function termCall(
  sdk: WandbSdk,
  write: (text: string) => void,
  call: TermCall,
  args: Map<string, PyValue>,
): null {
  const given = args.get('string') ?? '';
  const flag = (name: string) => truthy(args.get(name) ?? true);
  // termwarn / termerror, and the prefix, call `string.split("\n")`: a non-str fails there;
  // termlog(5, prefix=False) echoes str(5).
  if (typeof given !== 'string' && (call !== 'termlog' || flag('prefix')))
    throw pyErr(E.AttributeError, `'${typeName(given)}' object has no attribute 'split'`);
  let text = typeof given === 'string' ? given : str(given);
  const tag = call === 'termwarn' ? 'WARNING' : call === 'termerror' ? 'ERROR' : '';
  if (tag)
    text = text
      .split('\n')
      .map((s) => `${tag} ${s}`)
      .join('\n');
  if (!flag('repeat') && !sdk.firstPrint(text)) return null;
  if (flag('prefix'))
    text = text
      .split('\n')
      .map((s) => `wandb: ${s}`)
      .join('\n');
  if (!sdk.termSilenced) write(`${text}${flag('newline') ? '\n' : ''}`);
  return null;
}

/**
 * `wandb.require(requirement=None, experiment=None)`: each feature (`name@beta`, `name:x`
 * cut off) runs its `require_*`; an unknown one warns, and the last such ends the call with
 * `UnsupportedError`. What each version knows: sdk/versions.ts `require`.
 */
export function requireFeatures(
  sdk: WandbSdk,
  requirement: PyValue | undefined,
  experiment: PyValue | undefined,
): null {
  const given =
    requirement !== undefined && requirement !== null && truthy(requirement)
      ? requirement
      : experiment;
  if (given === undefined || given === null || !truthy(given)) return null;
  const items =
    typeof given === 'string'
      ? [given]
      : given instanceof PyList || given instanceof PyTuple
        ? given.items
        : given instanceof PySet
          ? [...given.map.values()]
          : null;
  if (!items) throw pyErr(E.TypeError, `'${typeName(given)}' object is not iterable`);
  const era = sdk.behaviour.require;
  const known =
    era === 'no-op'
      ? ['require', 'service', 'core']
      : ['require', 'service', 'core', 'legacy_service'];
  let last = '';
  for (const item of items) {
    if (typeof item !== 'string')
      throw pyErr(E.AttributeError, `'${typeName(item)}' object has no attribute 'split'`);
    const feature = item.split('@')[0].split(':')[0];
    const name = feature.replaceAll('-', '_');
    if (!known.includes(name)) {
      last = `require() unsupported requirement: ${feature}`;
      sdk.termlog('warn', last);
      continue;
    }
    if (name === 'core')
      sdk.termlog(
        'warn',
        era === 'no-op'
          ? "`wandb.require('core')` is a no-op as it is now the default behavior."
          : "`wandb.require('core')` is redundant as it is now the default behavior.",
      );
    if (name === 'service' && era === 'no-op')
      sdk.termlog(
        'warn',
        "`wandb.require('service')` is a no-op as it is now the default behavior.",
      );
  }
  if (last) {
    if (era === 'doc-link')
      sdk.termlog(
        'error',
        'Supported wandb.require() features can be found at: https://wandb.me/library-require',
      );
    else if (era === 'supported-list')
      sdk.termlog('warn', 'Supported requirements are: `legacy-service`, `service`.');
    throw pyErr(typeForName('wandb.errors.UnsupportedError'), last);
  }
  return null;
}
