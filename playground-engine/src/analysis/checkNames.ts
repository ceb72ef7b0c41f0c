// Names used where no assignment can have given them a value: CPython's NameError, caught
// before running. Fixes suggest a similar defined name; see `renameFixes` for which wins.
import { pyRepr } from '../text/pyRepr';
import { PYTHON_BUILTINS } from './builtins';
import type { Binding, Scope, ScopeInfo, Use } from './scopes';
import { closeMatches } from '../text/similar';
import type { Diagnostic, Fix } from './types';

export function checkNames(info: ScopeInfo): Diagnostic[] {
  if (info.starImport) return [];
  const out: Diagnostic[] = [];
  for (const use of info.uses) {
    if (use.inError) continue;
    const res = info.resolve(use);
    if (res.kind !== 'undefined' && res.kind !== 'later') continue;
    const fixes = res.kind === 'undefined' ? renameFixes(use, info) : [];
    out.push({
      severity: 'error',
      code: 'undefined-name',
      message: `name ${pyRepr(use.name)} is not defined`,
      from: use.from,
      to: use.to,
      ...(fixes.length ? { fixes } : {}),
    });
  }
  return out;
}

/**
 * For each similar name that is defined where the use can see it, up to two fixes:
 * - change this use to the defined name;
 * - rename the definition (and its uses) to the name used here.
 * When the defined name is never used, the definition is the odd one out (the reference
 * snippet defines ORG_NAME but builds its path with ORG_ENTITY_NAME, the name the docs
 * tell readers to use): renaming it fixes every use at once, so that fix comes first.
 */
function renameFixes(use: Use, info: ScopeInfo): Fix[] {
  const visible = visibleNames(use.scope);
  // Only names that would have a value right here (not ones assigned further down).
  const usable = [...visible.keys(), ...PYTHON_BUILTINS].filter((name) => {
    const r = info.resolve({ ...use, name });
    return r.kind === 'bound' || r.kind === 'builtin';
  });
  const candidates = closeMatches(use.name, usable, 2);
  const fixes: Fix[] = [];
  for (const name of candidates) {
    const toUse: Fix = {
      title: `Change to ${pyRepr(name)}`,
      edits: [{ from: use.from, to: use.to, insert: name }],
    };
    const all = info.all.get(name) ?? [];
    const binding = visible.get(name);
    if (!binding || all.length !== 1 || all[0] !== binding) {
      fixes.push(toUse);
      continue;
    }
    const refs = info.uses.filter((u) => u.name === name && refersTo(u, binding, info));
    const toDef: Fix = {
      title: `Rename ${pyRepr(name)} to ${pyRepr(use.name)} where it is defined${refs.length ? ' and used' : ''}`,
      edits: [binding, ...refs]
        .sort((a, b) => a.from - b.from)
        .map((r) => ({ from: r.from, to: r.to, insert: use.name })),
    };
    fixes.push(...(refs.length === 0 ? [toDef, toUse] : [toUse, toDef]));
  }
  return fixes;
}

function refersTo(u: Use, b: Binding, info: ScopeInfo): boolean {
  const r = info.resolve(u);
  return r.kind === 'bound' && r.bindings.includes(b);
}

/** Names bound in the use's scope chain (class scopes only when they are the use's own). */
function visibleNames(scope: Scope): Map<string, Binding> {
  const out = new Map<string, Binding>();
  for (let s: Scope | null = scope; s; s = s.parent) {
    if (s.kind === 'class' && s !== scope) continue;
    for (const [name, bs] of s.bindings) if (!out.has(name) && bs[0]) out.set(name, bs[0]);
  }
  return out;
}
