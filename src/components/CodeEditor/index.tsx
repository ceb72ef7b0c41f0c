import BrowserOnly from '@docusaurus/BrowserOnly';
import { useColorMode } from '@docusaurus/theme-common';
import { Component, lazy, type ReactNode, Suspense, useId, useState } from 'react';
import type { MonacoEditorProps } from './MonacoEditor';
import styles from './styles.module.css';

export type CodeEditorProps = Omit<MonacoEditorProps, 'dark'> & {
  /**
   * 'mount' (default): load Monaco right away (the reader pressed Edit).
   * 'interaction': show the code and load Monaco on the first focus or click, so a page
   * whose main UI is the editor (/playground) still has no Monaco in its initial load.
   */
  activate?: 'mount' | 'interaction';
};

// Monaco is fetched only when an editor is first shown.
const LazyMonaco = lazy(() => import('./MonacoEditor'));

/**
 * A Python editor: Monaco, loaded on demand. Until it arrives (or if it cannot
 * load) the reader sees the code, and a plain textarea keeps editing possible.
 */
export default function CodeEditor({ activate = 'mount', ...props }: CodeEditorProps) {
  const hintId = useId();
  const [active, setActive] = useState(activate === 'mount');
  const loading = (
    <pre className={`${styles.fallback} ${styles.grow}`} aria-busy="true">
      <code>{props.value}</code>
    </pre>
  );
  return (
    <div className={`${styles.editor} ${props.fill ? styles.fill : ''}`}>
      {active ? (
        <BrowserOnly fallback={loading}>
          {() => (
            <EditorBoundary fallback={<PlainEditor {...props} hintId={hintId} />}>
              <Suspense fallback={loading}>
                <ColorModeEditor
                  {...props}
                  autoFocus={props.autoFocus || activate === 'interaction'}
                />
              </Suspense>
            </EditorBoundary>
          )}
        </BrowserOnly>
      ) : (
        // Read-only until activated: focusing or clicking it loads Monaco in its place.
        <textarea
          className={`${styles.plain} ${styles.preview} ${styles.grow}`}
          readOnly
          value={props.value}
          rows={Math.min(Math.max(props.value.split('\n').length, 4), 30)}
          // Lines scroll sideways as they do in Monaco, instead of wrapping mid-expression.
          wrap="off"
          spellCheck={false}
          aria-label={`${props.ariaLabel} (focus to load the editor)`}
          aria-describedby={hintId}
          data-testid="code-preview"
          onFocus={() => setActive(true)}
          onPointerDown={() => setActive(true)}
        />
      )}
      <p id={hintId} className={styles.hint}>
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd>) runs · <kbd>Ctrl</kbd>+
        <kbd>.</kbd> shows quick fixes · <kbd>Esc</kbd> leaves the editor, then <kbd>Tab</kbd> moves
        on
      </p>
    </div>
  );
}

function ColorModeEditor(props: CodeEditorProps) {
  const { colorMode } = useColorMode();
  return <LazyMonaco {...props} dark={colorMode === 'dark'} />;
}

/** If Monaco fails to load, keep the snippet editable and runnable with a textarea. */
function PlainEditor({
  value,
  onChange,
  onRun,
  ariaLabel,
  hintId,
}: CodeEditorProps & { hintId: string }) {
  return (
    <textarea
      className={`${styles.plain} ${styles.grow}`}
      aria-label={ariaLabel}
      aria-describedby={hintId}
      value={value}
      spellCheck={false}
      rows={Math.min(Math.max(value.split('\n').length, 4), 24)}
      wrap="off"
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          onRun();
        }
      }}
    />
  );
}

class EditorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
