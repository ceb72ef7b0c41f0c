// The editor-facing result of `analyze`. Offsets are 0-based UTF-16 indexes into the
// analysed code (what JS strings, Monaco models and CodeMirror use).
import type { WorldEdit } from '../world/edits';

export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** A quick fix: text edits to the code, or edits to the world (a name the world lacks). */
export interface Fix {
  title: string;
  edits?: TextEdit[];
  world?: WorldEdit[];
}

export type DiagnosticCode =
  | 'path-too-many-parts'
  | 'registry-prefix-typo'
  | 'registry-not-found'
  | 'org-is-team'
  | 'org-unknown'
  | 'placeholder'
  | 'alias-chars'
  | 'alias-in-path'
  | 'artifact-name'
  | 'reserved-type'
  | 'undefined-name'
  | 'third-party-import'
  | 'unsupported-module'
  | 'entity-unknown';

export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  from: number;
  to: number;
  code: DiagnosticCode;
  fixes?: Fix[];
}
