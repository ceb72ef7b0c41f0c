import type { WrapperProps } from '@docusaurus/types';
import PageWorldBar from '@site/src/components/RunnableSnippet/PageWorldBar';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';

type Props = WrapperProps<typeof ContentType>;

/** Adds the page-level "Reset world" control above the doc's content. */
export default function ContentWrapper(props: Props) {
  return (
    <>
      <PageWorldBar />
      <Content {...props} />
    </>
  );
}
