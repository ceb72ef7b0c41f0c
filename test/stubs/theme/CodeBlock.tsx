import type { ReactNode } from 'react';

// vitest stub for @theme/CodeBlock: a plain pre/code, like the SSR output.
export default function CodeBlock({
  children,
  title,
}: {
  children?: ReactNode;
  title?: string;
  className?: string;
  metastring?: string;
  language?: string;
}) {
  return (
    <div>
      {title ? <div>{title}</div> : null}
      <pre>
        <code>{children}</code>
      </pre>
    </div>
  );
}
