import type { AnchorHTMLAttributes } from 'react';

// vitest stub for @docusaurus/Link: a plain anchor.
export default function Link({
  to,
  href,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string }) {
  return <a href={to ?? href} {...rest} />;
}
