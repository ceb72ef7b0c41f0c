import BrowserOnly from '@docusaurus/BrowserOnly';
import { useColorMode } from '@docusaurus/theme-common';
import { Component, lazy, type ReactNode, Suspense, useId } from 'react';
import type { MonacoEditorProps } from './MonacoEditor';
import styles from './styles.module.css';

export type CodeEditorProps = Omit<MonacoEditorProps, 'dark'>;

// Monaco is fetched only when an editor is first shown.
const LazyMonaco = lazy(() => import('./MonacoEditor'));

/**
 * A Python editor: Monaco, loaded on demand. Until it arrives (or if it cannot
 * load) the reader sees the code, and a plain textarea keeps editing possible.
 */
export default function CodeEditor(props: CodeEditorProps) {
  const hintId = useId();
  const loading = (
    <pre className={styles.fallback} aria-busy="true">
      <code>{props.value}</code>
    </pre>
  );
  return (
    <div className={styles.editor}>
      <BrowserOnly fallback={loading}>
        {() => (
          <EditorBoundary fallback={<PlainEditor {...props} hintId={hintId} />}>
            <Suspense fallback={loading}>
              <ColorModeEditor {...props} />
            </Suspense>
          </EditorBoundary>
        )}
      </BrowserOnly>
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
      className={styles.plain}
      aria-label={ariaLabel}
      aria-describedby={hintId}
      value={value}
      spellCheck={false}
      rows={Math.min(Math.max(value.split('\n').length, 4), 24)}
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
