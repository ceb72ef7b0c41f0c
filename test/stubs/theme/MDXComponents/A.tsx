import type { ComponentProps } from 'react';

// vitest stub for @theme/MDXComponents/A: the theme's link, marked.
export default function MDXA(props: ComponentProps<'a'>) {
  return <a data-theme-link="" {...props} />;
}
