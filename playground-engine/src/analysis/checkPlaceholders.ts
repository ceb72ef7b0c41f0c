// Placeholders the docs ask readers to replace (`<insert-org-name>`) that are still in a
// string literal. Reported where they are written, anywhere in the snippet: a placeholder
// left in a constant is a bug even before it reaches a call.
import type { Tree } from '@lezer/common';
import { pyRepr } from '../text/pyRepr';
import { partDiagnostic, replacePart } from './diag';
import type { Evaluator } from './evaluate';
import type { KnownChar } from './strval';
import type { Diagnostic, Fix } from './types';
import type { WorldFacts } from './worldFacts';

/** `<words-like_this>`: angle brackets around an identifier-ish phrase of 3+ chars. */
const PLACEHOLDER = /<([A-Za-z][A-Za-z0-9 _.-]{2,60})>/g;
/** Tells a placeholder from markup such as `<div>`: it names what to put there. */
const PLACEHOLDER_WORDS =
  /[-_ ]|insert|your|name|org|team|entity|project|registry|collection|alias|artifact|path|key/i;

export const hasPlaceholder = (s: string): boolean => findPlaceholders(s).length > 0;

function findPlaceholders(s: string): { index: number; text: string; inner: string }[] {
  const out: { index: number; text: string; inner: string }[] = [];
  for (const m of s.matchAll(PLACEHOLDER)) {
    if (PLACEHOLDER_WORDS.test(m[1])) out.push({ index: m.index, text: m[0], inner: m[1] });
  }
  return out;
}

export function checkPlaceholders(
  tree: Tree,
  code: string,
  ev: Evaluator,
  facts: WorldFacts | null,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  tree.iterate({
    enter(ref) {
      if (ref.name !== 'String' && ref.name !== 'FormatString') return;
      // Most literals have no '<' at all: skip decoding them.
      if (!code.slice(ref.from, ref.to).includes('<')) return false;
      const node = ref.node;
      const v = ev.evaluate(node);
      if (v?.kind !== 'str') return false;
      // Only text written in this literal, split where a replacement interrupts it.
      const runs: KnownChar[][] = [[]];
      for (const p of v.pieces) {
        if (p.kind === 'char' && !p.via && p.lit.id === node.from) runs[runs.length - 1].push(p);
        else if (runs[runs.length - 1].length) runs.push([]);
      }
      for (const chars of runs) {
        const text = chars.map((c) => c.c).join('');
        for (const ph of findPlaceholders(text)) {
          const part = { chars, i: ph.index, j: ph.index + ph.text.length, fallback: node };
          const values = suggestionsFor(ph.inner, facts);
          out.push(
            partDiagnostic(
              part,
              {
                severity: 'warning',
                code: 'placeholder',
                message: `Placeholder ${pyRepr(ph.text)} is still in the code: replace it with your own value${values.length ? ` (in this world, for example ${pyRepr(values[0])})` : ''}.`,
              },
              values.map((s): Fix | null => replacePart(part, s, `Replace with ${pyRepr(s)}`)),
            ),
          );
        }
      }
      return false;
    },
  });
  return out;
}

/** Values from the world that fit what the placeholder asks for. */
function suggestionsFor(inner: string, facts: WorldFacts | null): string[] {
  if (!facts) return [];
  const w = inner.toLowerCase();
  let values: string[] = [];
  if (w.includes('registry')) values = facts.orgs.flatMap((o) => o.registries);
  else if (w.includes('org')) values = facts.orgs.map((o) => o.entityName);
  else if (w.includes('team') || w.includes('entity')) {
    values = facts.teams.filter((t) => t.member).map((t) => t.name);
  }
  return [...new Set(values)].slice(0, 3);
}
