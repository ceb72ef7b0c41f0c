// analyze(code, world): static diagnostics for the editor. It parses (never runs) the
// snippet, propagates string constants, and checks what the SDK calls would receive.
//
// Ranges point at where the offending characters are WRITTEN. A registry name that reaches
// `f"wandb-registry-{REG}/c"` from `REG = "modle"` is reported on `modle` inside the
// constant's literal, so the quick fix edits the value once for every use. When the bad part
// is not one run of text in one literal (built from two constants, say), the range is the
// use site's `{...}` replacements instead, and no text fix is offered.
import { parser } from '@lezer/python';
import type { World } from '../world/world';
import { findSdkCalls, type SdkCall } from './calls';
import { checkAliases, checkArtifactName, checkArtifactType } from './checkArtifactArgs';
import { checkImports } from './checkImports';
import { checkNames } from './checkNames';
import { type CallContext, checkTargetPath } from './checkPath';
import { checkPlaceholders } from './checkPlaceholders';
import { artifactTypeOf, checkUnknownNames } from './checkUnknownNames';
import { Evaluator } from './evaluate';
import { collectScopes } from './scopes';
import { isFullyKnown, textOf } from './strval';
import type { Diagnostic } from './types';
import { type WorldFacts, worldFacts } from './worldFacts';

export type { Diagnostic, Fix, TextEdit } from './types';

/** Never throws and never runs code; on an internal failure it reports nothing. */
export function analyze(code: string, world: World): Diagnostic[] {
  if (typeof code !== 'string') return [];
  try {
    return analyzeUnchecked(code, safeFacts(world));
  } catch {
    // A bug here must not take the editor down with it; the runtime still reports errors.
    return [];
  }
}

function safeFacts(world: World): WorldFacts | null {
  try {
    return world ? worldFacts(world) : null;
  } catch {
    return null;
  }
}

export function analyzeUnchecked(code: string, facts: WorldFacts | null): Diagnostic[] {
  const tree = parser.parse(code);
  const scopes = collectScopes(tree, code);
  const ev = new Evaluator(code, scopes);
  const out: Diagnostic[] = [...checkNames(scopes), ...checkPlaceholders(tree, code, ev, facts)];
  out.push(...checkImports(tree, code));
  out.push(...checkUnknownNames(tree, code, ev, facts));
  const calls = findSdkCalls(tree, code);
  const type = artifactTypeOf(calls, ev);
  for (const call of calls) out.push(...checkCall(call, ev, facts, code, type));
  return dedupe(out);
}

function checkCall(
  call: SdkCall,
  ev: Evaluator,
  facts: WorldFacts | null,
  code: string,
  artifactType: string | undefined,
): Diagnostic[] {
  const arg = (name: string) => {
    const node = call.args.get(name);
    return node ? ev.evaluate(node) : null;
  };
  const out: Diagnostic[] = [];
  if (call.kind === 'link' || call.kind === 'link_artifact') {
    const path = arg('target_path');
    if (path?.kind === 'str')
      out.push(...checkTargetPath(path, facts, { ...callContext(call, code), artifactType }));
  }
  if (call.kind !== 'Artifact') out.push(...checkAliases(arg('aliases')));
  if (call.kind === 'Artifact' || call.kind === 'log_artifact') {
    const name = arg('name');
    out.push(...checkArtifactName(name));
    const knownName = name?.kind === 'str' && isFullyKnown(name) ? textOf(name.pieces) : null;
    out.push(...checkArtifactType(arg('type'), knownName));
  }
  return out;
}

function callContext(call: SdkCall, code: string): CallContext {
  const argList = call.node.lastChild;
  const close = argList?.lastChild;
  if (!argList || close?.name !== ')')
    return { hasAliasesArg: call.args.has('aliases'), aliasInsert: null };
  const before = code.slice(argList.from + 1, close.from).trimEnd();
  const prefix = before === '' ? '' : before.endsWith(',') ? ' ' : ', ';
  return { hasAliasesArg: call.args.has('aliases'), aliasInsert: { at: close.from, prefix } };
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const key = `${d.code}\u0000${d.from}\u0000${d.to}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Applies a fix's edits to `code` (edits never overlap; applied from the end). */
export function applyEdits(
  code: string,
  edits: readonly { from: number; to: number; insert: string }[],
): string {
  let out = code;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) {
    out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  }
  return out;
}
