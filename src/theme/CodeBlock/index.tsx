import type { WrapperProps } from '@docusaurus/types';
import RunnableSnippet from '@site/src/components/RunnableSnippet';
import {
  isRunnableBlock,
  parseSnippetMeta,
  withHighlightedLine,
} from '@site/src/playground/snippetMeta';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';

type Props = WrapperProps<typeof CodeBlockType>;

/**
 * Wraps the theme's CodeBlock: a python block whose meta names a world
 * (```python world=docs expect=ok```) becomes a RunnableSnippet. The static
 * block is still the original CodeBlock, so it is server-rendered as usual.
 */
export default function CodeBlockWrapper(props: Props) {
  const meta = parseSnippetMeta(props.metastring);
  if (
    typeof props.children !== 'string' ||
    !meta.world ||
    !isRunnableBlock(props.className, meta)
  ) {
    return <CodeBlock {...props} />;
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
        <CodeBlock {...props} metastring={withHighlightedLine(props.metastring, line)}>
          {current}
        </CodeBlock>
      )}
    />
  );
}
