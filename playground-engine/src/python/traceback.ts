// CPython-style traceback text for a snippet run.

import type { PyExc } from './values/objects';
import { str } from './values/repr';

export const FILENAME = '<snippet>';

export function lastLine(exc: PyExc): string {
  const msg = str(exc);
  return msg === '' ? exc.type.qualifiedName : `${exc.type.qualifiedName}: ${msg}`;
}

export function formatTraceback(exc: PyExc, lines: string[]): string {
  const out = ['Traceback (most recent call last):'];
  for (const e of exc.tb) {
    out.push(`  File "${FILENAME}", line ${e.line}, in ${e.name}`);
    const src = lines[e.line - 1]?.trim();
    if (src) out.push(`    ${src}`);
  }
  out.push(lastLine(exc));
  return out.join('\n');
}

export function formatSyntaxError(
  message: string,
  line: number,
  col: number,
  lines: string[],
): string {
  const out = [`  File "${FILENAME}", line ${line}`];
  const raw = lines[line - 1];
  if (raw !== undefined && raw.trim() !== '') {
    const indent = raw.length - raw.trimStart().length;
    out.push(`    ${raw.trim()}`);
    out.push(`    ${' '.repeat(Math.max(0, col - 1 - indent))}^`);
  }
  out.push(`SyntaxError: ${message}`);
  return out.join('\n');
}
