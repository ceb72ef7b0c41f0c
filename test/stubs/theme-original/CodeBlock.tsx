import type { ReactNode } from 'react';

// vitest stub for @theme-original/CodeBlock: marks where the theme's (highlighted) block renders.
export default function CodeBlock({ children }: { children?: ReactNode }) {
  return (
    <div data-testid="theme-code-block">
      <pre>
        <code>{children}</code>
      </pre>
    </div>
  );
}
