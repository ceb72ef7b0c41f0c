// A modal dialog (the Registry App's sidebar or the Artifact browser's modal): aria-modal,
// focus trapped inside, Esc closes, and focus goes back where the reader was.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { focusableIn, trapTab } from '../../../playground/ui/focus';
import styles from './styles.module.css';

export interface DialogProps {
  title: string;
  onClose: () => void;
  /** Where focus goes on close; default: the element focused when the dialog opened. */
  returnFocus?: () => HTMLElement | null | undefined;
  variant?: 'sidebar' | 'modal';
  children: ReactNode;
}

export default function Dialog({
  title,
  onClose,
  returnFocus,
  variant = 'sidebar',
  children,
}: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const returnRef = useRef(returnFocus);
  returnRef.current = returnFocus;

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const opener = root.ownerDocument.activeElement as HTMLElement | null;
    (focusableIn(root)[0] ?? root).focus();
    // Esc on the document too: focus can land on <body> (e.g. a control that was removed).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        onCloseRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      const target = returnRef.current?.() ?? opener;
      // After unmount; the target may itself be re-rendering, so wait a frame.
      queueMicrotask(() => {
        if (target?.isConnected) target.focus();
      });
    };
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click outside closes, as a convenience; Esc is the keyboard way
    <div className={styles.backdrop} onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={variant === 'sidebar' ? styles.sidebar : styles.modal}
        onKeyDown={(e) => {
          if (ref.current) trapTab(e, ref.current);
        }}
      >
        <div className={styles.header}>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          <button
            type="button"
            className={styles.close}
            aria-label={`Close ${title}`}
            onClick={onClose}
          >
            ×
          </button>
        </div>
        <div className={styles.body}>{children}</div>
      </div>
    </div>
  );
}
