import type { ReactNode } from 'react';

// vitest stub for @theme/Layout.
export default function Layout({
  children,
}: {
  children?: ReactNode;
  title?: string;
  description?: string;
}) {
  return <div data-testid="layout">{children}</div>;
}
