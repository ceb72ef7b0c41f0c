import type { ReactNode } from 'react';

// vitest stub for @docusaurus/BrowserOnly: tests run "in the browser".
export default function BrowserOnly({
  children,
}: {
  children: () => ReactNode;
  fallback?: ReactNode;
}) {
  return <>{children()}</>;
}
