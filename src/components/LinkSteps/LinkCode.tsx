// A ready-made code sample with Copy and "Open in editor" (handed to the page's snippet
// editor by the caller, e.g. the page world slot's openInEditor).
import { useState } from 'react';
import styles from './styles.module.css';

export interface LinkCodeProps {
  code: string;
  /** Accessible name of the code region, e.g. "link_artifact code for this collection". */
  label: string;
  /** Puts the code in the page's snippet editor; returns false when there is none. */
  openInEditor?: (code: string) => boolean;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function LinkCode({ code, label, openInEditor }: LinkCodeProps) {
  const [notice, setNotice] = useState('');
  return (
    <div className={styles.code}>
      <section aria-label={label}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll; keyboard users must reach them */}
        <pre tabIndex={0}>
          <code>{code}</code>
        </pre>
      </section>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={async () =>
            setNotice(
              (await copyText(code))
                ? 'Copied.'
                : 'Copy failed: select the code and copy it by hand.',
            )
          }
        >
          Copy
        </button>
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={() =>
            setNotice(
              openInEditor?.(code)
                ? 'The code is in the snippet editor on this page.'
                : 'No snippet editor on this page: copy the code, or paste it into the playground.',
            )
          }
        >
          Open in editor
        </button>
      </div>
      <p className={styles.notice} role="status">
        {notice}
      </p>
    </div>
  );
}
