import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  // @docusaurus/tsconfig sets jsx: preserve; vitest needs the automatic runtime.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: [
      // Docusaurus aliases do not resolve outside its bundler: map them to small stubs.
      { find: /^@docusaurus\/(.*)$/, replacement: here('./test/stubs/docusaurus/$1.tsx') },
      { find: /^@theme\/(.*)$/, replacement: here('./test/stubs/theme/$1.tsx') },
      { find: /^@theme-original\/(.*)$/, replacement: here('./test/stubs/theme-original/$1.tsx') },
      { find: /^@site\/(.*)$/, replacement: here('./$1') },
    ],
  },
  test: {
    include: [
      'playground-engine/**/*.test.ts',
      'src/**/*.test.{ts,tsx}',
      'test/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
