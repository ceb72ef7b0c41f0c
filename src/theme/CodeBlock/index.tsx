import type { WrapperProps } from '@docusaurus/types';
import DeferredCodeBlock from '@site/src/components/DeferredCodeBlock';
import RunnableSnippet from '@site/src/components/RunnableSnippet';
import {
  isRunnableBlock,
  parseSnippetMeta,
  withHighlightedLine,
} from '@site/src/playground/snippetMeta';
import type CodeBlockType from '@theme/CodeBlock';

type Props = WrapperProps<typeof CodeBlockType>;

/**
 * Wraps the theme's CodeBlock: a python block whose meta names a world
 * (```python world=docs expect=ok```) becomes a RunnableSnippet. Every block's code is
 * server-rendered as plain text and becomes the theme's highlighted CodeBlock near the
 * viewport (DeferredCodeBlock).
 */
export default function CodeBlockWrapper(props: Props) {
  const meta = parseSnippetMeta(props.metastring);
  if (
    typeof props.children !== 'string' ||
    !meta.world ||
    !isRunnableBlock(props.className, meta)
  ) {
    return <DeferredCodeBlock {...props} />;
  }
  const code = props.children.replace(/\n$/, '');
  return (
    <RunnableSnippet
      code={code}
      worldId={meta.world}
      expect={meta.expect}
      title={meta.title}
      sdkVersion={meta.sdk}
      namesOff={meta.attrs.names === 'off'}
      renderStatic={(current, line) => (
        <DeferredCodeBlock {...props} metastring={withHighlightedLine(props.metastring, line)}>
          {current}
        </DeferredCodeBlock>
      )}
    />
  );
}
