// Markdown tables render through ScrollableTable (keyboard access when they scroll sideways).
import ScrollableTable from '@site/src/components/ScrollableTable';
import MDXComponents from '@theme-original/MDXComponents';

export default { ...MDXComponents, table: ScrollableTable };
