// A code block that costs almost nothing until the reader comes near it: the server renders its
// code as plain text in one <pre><code> (readable and searchable without JavaScript), and
// hydration keeps it so. Near the viewport (about one phone screen ahead) it becomes the theme's
// CodeBlock: highlighted, with its copy and word-wrap buttons. The theme's CodeBlock parses its
// metadata, measures the block for word wrap and remounts once after hydration; on a page of 54
// blocks (Troubleshooting) doing that for every block at load blocked the main thread. Blocks that
// come near together turn one per task (oneByOne), so a screenful of them is no long task.
import { useThemeConfig } from '@docusaurus/theme-common';
import { parseCodeBlockTitle } from '@docusaurus/theme-common/internal';
import { oneByOne } from '@site/src/playground/nearInTurn';
import { useNearInTurn } from '@site/src/playground/useNearInTurn';
import type { Props } from '@theme/CodeBlock';
import clsx from 'clsx';
import { type ComponentType, lazy, type ReactNode, type Ref, Suspense, useRef } from 'react';
import styles from './styles.module.css';

// The theme's block, and Prism with it, load with the first block that comes near; blocks turn
// once it is there. If it fails to load, the blocks stay plain (the code is still there).
const loadCodeBlock = () => import('@theme-original/CodeBlock');
let ThemeCodeBlock: ComponentType<Props> | undefined;
const turns = oneByOne(() =>
  loadCodeBlock().then((m) => {
    ThemeCodeBlock = m.default;
  }),
);
// JSX code blocks (element children) render the theme's block from the start.
const CodeBlock = lazy(loadCodeBlock);

/** The theme's language and its `language-…` class (createCodeBlockMetadata does the same). */
function languageClassName(props: Props, defaultLanguage: string | undefined): string {
  const language = (
    props.language ??
    props.className
      ?.split(' ')
      .find((c) => c.startsWith('language-'))
      ?.slice('language-'.length) ??
    defaultLanguage ??
    'text'
  ).toLowerCase();
  const own = `language-${language}`;
  return clsx(props.className, !props.className?.includes(own) && own);
}

/**
 * The block before it is highlighted: the theme's box (container, optional title, content) with
 * the code as one text node, so nothing moves when the theme's block replaces it. Its colours
 * come from CSS variables of each colour mode (plainCodeColoursPlugin), right from the first paint.
 */
function PlainCodeBlock({
  code,
  className,
  title,
  ref,
}: {
  code: string;
  className: string;
  title: ReactNode;
  ref: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} className={clsx(className, styles.container, 'theme-code-block')}>
      {title ? <div className={styles.title}>{title}</div> : null}
      <div className={styles.content}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the block may scroll sideways, and a scrollable region must be focusable (axe), as the theme's own <pre> is */}
        <pre tabIndex={0} className={clsx(styles.plain, 'thin-scrollbar', 'prism-code')}>
          <code className={styles.lines}>{code}</code>
        </pre>
      </div>
    </div>
  );
}

export default function DeferredCodeBlock(props: Props): ReactNode {
  const { prism } = useThemeConfig();
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearInTurn(ref, '800px', turns);
  const code = props.children;
  // Element children (JSX code blocks) have no plain text to show: the theme renders them (the
  // server waits for it; hydration keeps its HTML until the chunk is there).
  if (typeof code !== 'string') {
    return (
      <Suspense fallback={null}>
        <CodeBlock {...props} />
      </Suspense>
    );
  }
  const plain = (
    <PlainCodeBlock
      ref={ref}
      code={code.replace(/\n$/, '')}
      className={languageClassName(props, prism.defaultLanguage)}
      title={parseCodeBlockTitle(props.metastring) || (props.title ?? '')}
    />
  );
  // A block's turn comes only once the theme's block has loaded.
  return near && ThemeCodeBlock ? <ThemeCodeBlock {...props} /> : plain;
}
