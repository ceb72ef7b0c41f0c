// Small builders shared by the checks: a diagnostic over part of a known string, and a fix
// that replaces that part (only when the part is one piece of one literal).
import { pyRepr } from '../text/pyRepr';
import type { Diagnostic, DiagnosticCode, Fix } from './types';
import { escapeFor, type KnownChar, rangeOf, type Span } from './strval';

export interface PartRef {
  chars: readonly KnownChar[];
  /** [i, j) into chars. */
  i: number;
  j: number;
  /** Used when the part is empty or scattered: the whole expression. */
  fallback: Span;
}

/** A fix replacing the part with `text`, or null when that cannot be done in place. */
export function replacePart(part: PartRef, text: string, title: string): Fix | null {
  const r = rangeOf(part.chars, part.i, part.j, part.fallback);
  if (!r.editable) return null;
  const insert = escapeFor(text, part.chars[part.i].lit);
  return insert === null ? null : { title, edits: [{ from: r.from, to: r.to, insert }] };
}

export function partDiagnostic(
  part: PartRef,
  d: { severity: Diagnostic['severity']; code: DiagnosticCode; message: string },
  fixes: (Fix | null)[] = [],
): Diagnostic {
  const r = rangeOf(part.chars, part.i, part.j, part.fallback);
  const ok = fixes.filter((f): f is Fix => f !== null);
  return { ...d, from: r.from, to: r.to, ...(ok.length > 0 ? { fixes: ok } : {}) };
}

/** 'a', 'b' and 'c' — for lists of valid values in messages. */
export function quoteList(items: readonly string[], max = 6): string {
  const q = items.slice(0, max).map(pyRepr);
  const more = items.length > max ? `, … (${items.length - max} more)` : '';
  return q.join(', ') + more;
}
