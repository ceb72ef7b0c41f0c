/**
 * Loads Monaco's core API plus only what the snippets need. This module is
 * reached only through React.lazy, so none of it is in a page's initial JS.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import type { Diagnostic, WorldEdit } from 'playground-engine';
import { diagnosticToMarker, fixableAt, fixToRangeEdits } from '@site/src/playground/editorGlue';

// The worker is bundled locally from monaco-editor; nothing comes from a CDN.
self.MonacoEnvironment = {
  getWorker: () =>
    new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), {
      type: 'module',
    }),
};

export const MARKER_OWNER = 'playground';

/** Diagnostics last computed for each model, with the text they were computed on. */
const lastDiagnostics = new WeakMap<
  monaco.editor.ITextModel,
  { text: string; list: Diagnostic[] }
>();

export function setDiagnostics(model: monaco.editor.ITextModel, text: string, list: Diagnostic[]) {
  lastDiagnostics.set(model, { text, list });
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    list.map((d) => diagnosticToMarker(text, d)),
  );
}

/**
 * Editors that can apply a world fix (the playground's, on its own world). A model without
 * one is offered text fixes only; world fixes then show in the run output instead.
 */
const worldFixers = new WeakMap<monaco.editor.ITextModel, (edits: WorldEdit[]) => void>();

export function setWorldFixer(
  model: monaco.editor.ITextModel,
  apply: ((edits: WorldEdit[]) => void) | null,
) {
  if (apply) worldFixers.set(model, apply);
  else worldFixers.delete(model);
}

const WORLD_FIX_COMMAND = 'playground.applyWorldFix';

let registered = false;

/** One code action provider for python, reading the quick fixes of each model's diagnostics. */
function registerQuickFixes() {
  if (registered) return;
  registered = true;
  monaco.editor.registerCommand(WORLD_FIX_COMMAND, (_accessor, uri: string, edits: WorldEdit[]) => {
    const model = monaco.editor.getModel(monaco.Uri.parse(uri));
    if (model) worldFixers.get(model)?.(edits);
  });
  monaco.languages.registerCodeActionProvider('python', {
    provideCodeActions(model, range) {
      const entry = lastDiagnostics.get(model);
      // Offsets only mean something against the exact text they were computed on.
      if (!entry || entry.text !== model.getValue()) return { actions: [], dispose() {} };
      const actions: monaco.languages.CodeAction[] = [];
      for (const d of fixableAt(entry.text, entry.list, range)) {
        for (const fix of d.fixes ?? []) {
          // A world fix changes the setup, not the text: a command hands it to the editor's owner.
          if (!fix.edits?.length) {
            if (!fix.world?.length || !worldFixers.has(model)) continue;
            actions.push({
              title: fix.title,
              kind: 'quickfix',
              isPreferred: actions.length === 0,
              diagnostics: [diagnosticToMarker(entry.text, d)],
              command: {
                id: WORLD_FIX_COMMAND,
                title: fix.title,
                arguments: [model.uri.toString(), fix.world],
              },
            });
            continue;
          }
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: actions.length === 0,
            diagnostics: [diagnosticToMarker(entry.text, d)],
            edit: {
              edits: fixToRangeEdits(entry.text, fix).map((e) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: e,
              })),
            },
          });
        }
      }
      return { actions, dispose() {} };
    },
  });
}

registerQuickFixes();

export { monaco };
