import type { Diagnostic } from 'playground-engine';

/**
 * Pure mapping between the engine's character offsets and Monaco's 1-based
 * line/column ranges. Kept out of the Monaco glue so it can be tested in node.
 */

export interface Position {
  lineNumber: number;
  column: number;
}

export interface Range {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Monaco's MarkerSeverity values (Hint = 1, Info = 2, Warning = 4, Error = 8). */
export const MARKER_SEVERITY = { info: 2, warning: 4, error: 8 } as const;

export interface MarkerData extends Range {
  severity: number;
  message: string;
  code: string;
  source: string;
}

export interface RangeEdit {
  range: Range;
  text: string;
}

function clamp(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return 0;
  return Math.min(Math.max(0, Math.trunc(offset)), length);
}

/** Offset (0-based, clamped into the text) → Monaco position (1-based line and column). */
export function offsetToPosition(text: string, offset: number): Position {
  const at = clamp(offset, text.length);
  let lineNumber = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) === 10) {
      lineNumber++;
      lineStart = i + 1;
    }
  }
  return { lineNumber, column: at - lineStart + 1 };
}

/** Monaco position → offset, clamped into the text. */
export function positionToOffset(text: string, pos: Position): number {
  let line = 1;
  let i = 0;
  while (line < pos.lineNumber && i < text.length) {
    if (text.charCodeAt(i) === 10) line++;
    i++;
  }
  const lineEnd = text.indexOf('\n', i);
  const max = lineEnd === -1 ? text.length : lineEnd;
  return Math.min(i + Math.max(0, pos.column - 1), max);
}

export function offsetsToRange(text: string, from: number, to: number): Range {
  const a = clamp(Math.min(from, to), text.length);
  const b = clamp(Math.max(from, to), text.length);
  const start = offsetToPosition(text, a);
  const end = offsetToPosition(text, b);
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  };
}

/** A diagnostic as a Monaco marker. An empty range is widened to one character so it shows. */
export function diagnosticToMarker(text: string, d: Diagnostic): MarkerData {
  let { from, to } = d;
  if (to <= from) to = Math.min(from + 1, text.length);
  if (to <= from) from = Math.max(0, to - 1);
  return {
    ...offsetsToRange(text, from, to),
    severity: MARKER_SEVERITY[d.severity] ?? MARKER_SEVERITY.info,
    message: d.message,
    code: d.code,
    source: 'playground',
  };
}

/** A quick fix's offset edits as Monaco range edits against the same text. */
export function fixToRangeEdits(
  text: string,
  fix: NonNullable<Diagnostic['fixes']>[number],
): RangeEdit[] {
  return (fix.edits ?? []).map((e) => ({
    range: offsetsToRange(text, e.from, e.to),
    text: e.insert,
  }));
}

/** Apply offset edits to text (what Monaco does with the range edits); later edits first. */
export function applyEdits(text: string, edits: { from: number; to: number; insert: string }[]) {
  return [...edits]
    .sort((a, b) => b.from - a.from)
    .reduce((acc, e) => acc.slice(0, e.from) + e.insert + acc.slice(e.to), text);
}

function rangesTouch(a: Range, b: Range): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) =>
    l1 < l2 || (l1 === l2 && c1 < c2);
  return !(
    before(a.endLineNumber, a.endColumn, b.startLineNumber, b.startColumn) ||
    before(b.endLineNumber, b.endColumn, a.startLineNumber, a.startColumn)
  );
}

/** The diagnostics with fixes that overlap (or touch) a range: what the light bulb offers. */
export function fixableAt(text: string, diagnostics: Diagnostic[], range: Range): Diagnostic[] {
  return diagnostics.filter(
    (d) => d.fixes && d.fixes.length > 0 && rangesTouch(offsetsToRange(text, d.from, d.to), range),
  );
}
