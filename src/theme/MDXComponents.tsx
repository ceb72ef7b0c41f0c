// Markdown tables render through ScrollableTable (keyboard access when they scroll sideways);
// <MyName> marks an inline value that follows "Use my names"; links to other pages of the site
// skip the theme's per-link IntersectionObserver (ProseLink).
import MyName from '@site/src/components/MyName';
import ProseLink from '@site/src/components/ProseLink';
import ScrollableTable from '@site/src/components/ScrollableTable';
import MDXComponents from '@theme-original/MDXComponents';

export default { ...MDXComponents, a: ProseLink, table: ScrollableTable, MyName };
