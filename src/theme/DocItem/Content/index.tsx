import type { WrapperProps } from '@docusaurus/types';
import PageWorldBar from '@site/src/components/RunnableSnippet/PageWorldBar';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';

type Props = WrapperProps<typeof ContentType>;

/**
 * Adds the page-level bar ("Use my names", "Reset world") after the doc's content: it floats
 * at the foot of the screen (styles in RunnableSnippet) and ends in its own place after the text.
 */
export default function ContentWrapper(props: Props) {
  return (
    <>
      <Content {...props} />
      <PageWorldBar />
    </>
  );
}
