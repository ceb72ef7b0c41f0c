// Binding call arguments to parameters with CPython's TypeError messages. Used for
// snippet functions and for the wandb bindings, which declare their real Python
// signatures here so that mistakes fail exactly as they would against the SDK.

import { E, pyErr } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import { type Kwargs, PyDict, PyTuple, type PyValue } from '../values/objects';

export interface SigParam {
  name: string;
  kind: 'pos' | 'varargs' | 'kwonly' | 'varkw';
  hasDefault: boolean;
  /** Declared before `/`: never bound by keyword. */
  posonly?: boolean;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Returns the bound values by parameter name; parameters left out keep no entry
 * (the caller fills defaults). `qualname` is what CPython prints, e.g. `Run.link_artifact`.
 */
export function bindArguments(
  qualname: string,
  params: SigParam[],
  args: PyValue[],
  kwargs: Kwargs | null,
): Map<string, PyValue> {
  const bound = new Map<string, PyValue>();
  const positional = params.filter((p) => p.kind === 'pos');
  const varargs = params.find((p) => p.kind === 'varargs');
  const varkw = params.find((p) => p.kind === 'varkw');
  if (args.length > positional.length && !varargs) {
    const required = positional.filter((p) => !p.hasDefault).length;
    const takes =
      required === positional.length
        ? `${positional.length}`
        : `from ${required} to ${positional.length}`;
    const plural =
      positional.length === 1 && required === positional.length ? 'argument' : 'arguments';
    const kwOnlyGiven = params.filter((p) => p.kind === 'kwonly' && kwargs?.has(p.name)).length;
    const given =
      kwOnlyGiven > 0
        ? `${args.length} positional argument${args.length === 1 ? '' : 's'} (and ${kwOnlyGiven} keyword-only argument${kwOnlyGiven === 1 ? '' : 's'}) were`
        : `${args.length} ${args.length === 1 ? 'was' : 'were'}`;
    throw pyErr(
      E.TypeError,
      `${qualname}() takes ${takes} positional ${plural} but ${given} given`,
    );
  }
  for (let i = 0; i < Math.min(args.length, positional.length); i++)
    bound.set(positional[i].name, args[i]);
  if (varargs) bound.set(varargs.name, new PyTuple(args.slice(positional.length)));
  const extra = varkw ? new PyDict() : null;
  if (kwargs) {
    const posonlyByKw = [...kwargs.keys()].filter((k) =>
      params.some((q) => q.posonly && q.name === k),
    );
    if (posonlyByKw.length && !varkw) {
      throw pyErr(
        E.TypeError,
        `${qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyByKw.join(', ')}'`,
      );
    }
    for (const [name, value] of kwargs) {
      const p = params.find(
        (q) => q.name === name && !q.posonly && (q.kind === 'pos' || q.kind === 'kwonly'),
      );
      if (p) {
        if (bound.has(name))
          throw pyErr(E.TypeError, `${qualname}() got multiple values for argument '${name}'`);
        bound.set(name, value);
      } else if (extra) dictSet(extra, name, value);
      else throw pyErr(E.TypeError, `${qualname}() got an unexpected keyword argument '${name}'`);
    }
  }
  if (varkw && extra) bound.set(varkw.name, extra);
  const missingPos = positional
    .filter((p) => !p.hasDefault && !bound.has(p.name))
    .map((p) => p.name);
  if (missingPos.length) {
    const s = missingPos.length === 1 ? '' : 's';
    throw pyErr(
      E.TypeError,
      `${qualname}() missing ${missingPos.length} required positional argument${s}: ${nameList(missingPos)}`,
    );
  }
  const missingKw = params
    .filter((p) => p.kind === 'kwonly' && !p.hasDefault && !bound.has(p.name))
    .map((p) => p.name);
  if (missingKw.length) {
    const s = missingKw.length === 1 ? '' : 's';
    throw pyErr(
      E.TypeError,
      `${qualname}() missing ${missingKw.length} required keyword-only argument${s}: ${nameList(missingKw)}`,
    );
  }
  return bound;
}

/** A compact way to declare a native signature: `['artifact', 'target_path', 'aliases=']`. */
export function sig(spec: string[]): SigParam[] {
  let kwOnly = false;
  const out: SigParam[] = [];
  for (const s of spec) {
    if (s === '*') {
      kwOnly = true;
      continue;
    }
    if (s.startsWith('**')) out.push({ name: s.slice(2), kind: 'varkw', hasDefault: false });
    else if (s.startsWith('*')) {
      kwOnly = true;
      out.push({ name: s.slice(1), kind: 'varargs', hasDefault: false });
    } else {
      const hasDefault = s.endsWith('=');
      out.push({
        name: hasDefault ? s.slice(0, -1) : s,
        kind: kwOnly ? 'kwonly' : 'pos',
        hasDefault,
      });
    }
  }
  return out;
}
