import Buttons from '@theme/CodeBlock/Buttons';
import Container from '@theme/CodeBlock/Container';
import Content from '@theme/CodeBlock/Content';
import type { Props } from '@theme/CodeBlock/Layout';
import Title from '@theme/CodeBlock/Title';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { useVisible } from '@site/src/playground/useVisible';
import clsx from 'clsx';
import { type ReactNode, type Ref, useRef } from 'react';
import styles from './styles.module.css';

/**
 * The block before it is highlighted: the same box as the theme's <pre> (Infima's pre, the
 * theme's padding and colours), so nothing moves when it is swapped. The word-wrap hook
 * measures the <pre> it is given on mount: this one, until the highlighted one replaces it.
 */
function PlainCode({ code, preRef }: { code: string; preRef: Ref<HTMLPreElement> }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the block may scroll sideways, and a scrollable region must be focusable (axe), as the theme's own <pre> is
    <pre ref={preRef} tabIndex={0} className={clsx(styles.plain, 'thin-scrollbar', 'prism-code')}>
      <code className={styles.plainLines}>{code}</code>
    </pre>
  );
}

/**
 * The theme's code block layout, with the costly parts deferred: until the block comes near
 * the viewport it is the code as plain text in one <pre><code> (server-rendered, readable and
 * searchable without JavaScript). Near the viewport it becomes the theme's own highlighted
 * content (a span per token and per line) with its copy and word-wrap buttons. A long page
 * (Troubleshooting: 54 blocks) then loads with a few elements per block instead of dozens.
 */
export default function CodeBlockLayout({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const ref = useRef<HTMLDivElement>(null);
  // About one phone screen ahead, so scrolling shows highlighted code.
  const near = useVisible(ref, '800px');
  return (
    <Container as="div" ref={ref} className={clsx(className, metadata.className)}>
      {metadata.title && (
        <div className={styles.codeBlockTitle}>
          <Title>{metadata.title}</Title>
        </div>
      )}
      <div className={styles.codeBlockContent}>
        {near ? (
          <>
            <Content />
            <Buttons />
          </>
        ) : (
          <PlainCode code={metadata.code} preRef={wordWrap.codeBlockRef} />
        )}
      </div>
    </Container>
  );
}
