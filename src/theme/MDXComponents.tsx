// Markdown tables render through ScrollableTable (keyboard access when they scroll sideways);
// <MyName> marks an inline value that follows "Use my names".
import MyName from '@site/src/components/MyName';
import ScrollableTable from '@site/src/components/ScrollableTable';
import MDXComponents from '@theme-original/MDXComponents';

export default { ...MDXComponents, table: ScrollableTable, MyName };
