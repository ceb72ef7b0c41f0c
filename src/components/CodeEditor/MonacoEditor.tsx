import type { Diagnostic, WorldEdit } from 'playground-engine';
import { useEffect, useRef } from 'react';
import { MARKER_OWNER, monaco, setDiagnostics, setWorldFixer } from './monacoSetup';
import styles from './styles.module.css';

export interface MonacoEditorProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  /** Esc pressed with no widget open: the parent moves focus out of the editor. */
  onEscape(): void;
  /** Static analysis of the current text (the engine's `analyze`). */
  getDiagnostics?(code: string): Promise<Diagnostic[]>;
  /**
   * Applies a diagnostic's world fix (the quick-fix menu offers world fixes only when this is
   * set, from the first render); the diagnostics are checked again once it resolves.
   */
  onWorldFix?(edits: WorldEdit[]): Promise<unknown> | undefined;
  /** 1-based line to highlight (the failing line of the last run). */
  errorLine?: number;
  ariaLabel: string;
  dark: boolean;
  autoFocus?: boolean;
  maxHeight?: number;
  /** Fill the parent's height instead of growing with the content (the playground's pane). */
  fill?: boolean;
}

const DEBOUNCE_MS = 300;
let modelCounter = 0;

// Esc closes Monaco's own widgets first; only a bare Esc leaves the editor.
const ESC_WHEN =
  '!suggestWidgetVisible && !findWidgetVisible && !renameInputVisible && !parameterHintsVisible' +
  ' && !inSnippetMode && !codeActionMenuVisible && !editorHoverVisible && !markersNavigationVisible';

export default function MonacoEditor(props: MonacoEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const latest = useRef(props);
  latest.current = props;
  // Values this editor reported through onChange that the parent may not have rendered yet.
  const emitted = useRef(new Set<string>());
  const { value, dark, errorLine, ariaLabel, autoFocus, maxHeight = 480, fill = false } = props;

  // Create once; everything that changes later is pushed in by the effects below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once per mount on purpose
  useEffect(() => {
    if (!host.current) return;
    const model = monaco.editor.createModel(
      latest.current.value,
      'python',
      monaco.Uri.parse(`inmemory://snippet/${++modelCounter}.py`),
    );
    const editor = monaco.editor.create(host.current, {
      model,
      ariaLabel,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      fontSize: 14,
      lineNumbersMinChars: 3,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
      fixedOverflowWidgets: true,
      tabSize: 4,
      renderLineHighlight: 'none',
    });
    editorRef.current = editor;

    const fitHeight = () => {
      if (fill) return; // the pane sets the height; automaticLayout follows it
      const h = Math.min(Math.max(editor.getContentHeight(), 80), maxHeight);
      if (host.current) host.current.style.height = `${h}px`;
      editor.layout();
    };
    fitHeight();
    const sizeSub = editor.onDidContentSizeChange(fitHeight);

    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;
    const check = () => {
      const get = latest.current.getDiagnostics;
      if (!get) return;
      const text = model.getValue();
      const mine = ++generation;
      get(text)
        .then((list) => {
          // Drop results for text that has changed since, or a disposed model.
          if (mine === generation && !model.isDisposed() && model.getValue() === text) {
            setDiagnostics(model, text, list);
          }
        })
        .catch(() => monaco.editor.setModelMarkers(model, MARKER_OWNER, []));
    };
    check();
    if (latest.current.onWorldFix) {
      setWorldFixer(model, (edits) => {
        void Promise.resolve(latest.current.onWorldFix?.(edits)).then(check);
      });
    }
    const changeSub = model.onDidChangeContent(() => {
      const text = model.getValue();
      if (emitted.current.size > 200) emitted.current.clear();
      emitted.current.add(text);
      latest.current.onChange(text);
      clearTimeout(timer);
      timer = setTimeout(check, DEBOUNCE_MS);
    });

    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.onRun());
    editor.addCommand(monaco.KeyCode.Escape, () => latest.current.onEscape(), ESC_WHEN);
    if (autoFocus) editor.focus();

    return () => {
      clearTimeout(timer);
      setWorldFixer(model, null);
      sizeSub.dispose();
      changeSub.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, []);

  // Outside changes (Reset, "Open in editor") replace the text but keep undo history. While
  // typing, the parent re-renders with values this editor emitted a moment ago: never apply
  // those, or fast typing would be overwritten by stale text.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    if (model.getValue() === value) {
      emitted.current.clear();
      return;
    }
    if (emitted.current.has(value)) return;
    editor.executeEdits('external', [{ range: model.getFullModelRange(), text: value }]);
    editor.pushUndoStop();
  }, [value]);

  useEffect(() => {
    monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
  }, [dark]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !errorLine) return;
    const decorations = editor.createDecorationsCollection([
      {
        range: new monaco.Range(errorLine, 1, errorLine, 1),
        options: {
          isWholeLine: true,
          className: styles.errorLine,
          linesDecorationsClassName: styles.errorGutter,
        },
      },
    ]);
    return () => decorations.clear();
  }, [errorLine]);

  return (
    <div
      ref={host}
      className={`${styles.monacoHost} ${fill ? styles.fillHost : ''}`}
      data-testid="monaco-host"
    />
  );
}
