import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

// The engine's Python parser (@lezer/python) imports @lezer/highlight only to attach editor
// highlighting tags, which the site never reads: resolve it to a stub in the client bundle
// (lezer-highlight-stub.ts says why). Tests and Node use the real package.
export const HIGHLIGHT_STUB = path.join(__dirname, 'lezer-highlight-stub.ts');

export default function lezerNoHighlight(_context: LoadContext): Plugin {
  return {
    name: 'lezer-no-highlight',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return { resolve: { alias: { '@lezer/highlight$': HIGHLIGHT_STUB } } };
    },
  };
}
