import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  diagnosticToMarker,
  fixableAt,
  fixToRangeEdits,
  MARKER_SEVERITY,
  offsetToPosition,
  positionToOffset,
} from './editorGlue';
import type { Diagnostic } from 'playground-engine';

const code = 'import wandb\nrun.link_artifact(a, "acme/wandb-registry-model/x")\n';

describe('offset ↔ position', () => {
  it('maps offsets to 1-based lines and columns', () => {
    expect(offsetToPosition(code, 0)).toEqual({ lineNumber: 1, column: 1 });
    expect(offsetToPosition(code, 12)).toEqual({ lineNumber: 1, column: 13 });
    expect(offsetToPosition(code, 13)).toEqual({ lineNumber: 2, column: 1 });
    expect(offsetToPosition(code, code.indexOf('acme'))).toEqual({ lineNumber: 2, column: 23 });
  });

  it('clamps offsets outside the text instead of throwing', () => {
    expect(offsetToPosition('ab', -5)).toEqual({ lineNumber: 1, column: 1 });
    expect(offsetToPosition('ab', 99)).toEqual({ lineNumber: 1, column: 3 });
    expect(offsetToPosition('ab', Number.NaN)).toEqual({ lineNumber: 1, column: 1 });
  });

  it('round-trips every offset', () => {
    for (let i = 0; i <= code.length; i++) {
      expect(positionToOffset(code, offsetToPosition(code, i))).toBe(i);
    }
  });
});

describe('diagnosticToMarker', () => {
  const from = code.indexOf('acme');
  const d: Diagnostic = {
    severity: 'warning',
    message: "'acme' is a team",
    from,
    to: from + 4,
    code: 'org-is-team',
  };

  it('covers exactly the diagnostic range with the Monaco severity', () => {
    expect(diagnosticToMarker(code, d)).toEqual({
      startLineNumber: 2,
      startColumn: 23,
      endLineNumber: 2,
      endColumn: 27,
      severity: MARKER_SEVERITY.warning,
      message: "'acme' is a team",
      code: 'org-is-team',
      source: 'playground',
    });
  });

  it('widens an empty range to one character', () => {
    const m = diagnosticToMarker(code, { ...d, to: from, severity: 'error' });
    expect(m.endColumn - m.startColumn).toBe(1);
    expect(m.severity).toBe(8);
  });

  it('keeps an empty range at the end of the text visible', () => {
    const m = diagnosticToMarker('x', { ...d, from: 1, to: 1 });
    expect(m).toMatchObject({ startColumn: 1, endColumn: 2 });
  });
});

describe('quick fixes', () => {
  const from = code.indexOf('acme/');
  const fix = { title: 'Remove the org', edits: [{ from, to: from + 5, insert: '' }] };
  const d: Diagnostic = {
    severity: 'error',
    message: 'team',
    from,
    to: from + 4,
    code: 'org-is-team',
    fixes: [fix],
  };

  it('maps offset edits to Monaco ranges that make the same text', () => {
    const [edit] = fixToRangeEdits(code, fix);
    expect(edit).toEqual({
      range: { startLineNumber: 2, startColumn: 23, endLineNumber: 2, endColumn: 28 },
      text: '',
    });
    expect(applyEdits(code, fix.edits)).toContain('"wandb-registry-model/x"');
  });

  it('applies several edits against the original offsets', () => {
    expect(
      applyEdits('abc', [
        { from: 0, to: 1, insert: 'X' },
        { from: 2, to: 3, insert: 'YY' },
      ]),
    ).toBe('XbYY');
  });

  it('offers fixes only where the cursor touches the diagnostic', () => {
    const on = { startLineNumber: 2, startColumn: 25, endLineNumber: 2, endColumn: 25 };
    const off = { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 };
    expect(fixableAt(code, [d], on)).toEqual([d]);
    expect(fixableAt(code, [d], off)).toEqual([]);
    expect(fixableAt(code, [{ ...d, fixes: [] }], on)).toEqual([]);
  });
});
