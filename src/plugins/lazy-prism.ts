import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** theme-classic's client module that imports Prism on every page (its extension omitted, as
 * Docusaurus writes it in .docusaurus/client-modules.js). */
export const PRISM_CLIENT_MODULE = require
  .resolve('@docusaurus/theme-classic/lib/prism-include-languages')
  .replace(/\.js$/, '');
export const NO_PRISM_LANGUAGES = require.resolve('../clientModules/noPrismLanguages.ts');
/** The site's stand-in for prism-react-renderer: its Highlight over a Prism with the docs' grammars. */
export const SITE_HIGHLIGHT = require.resolve('../highlight/index.ts');

/**
 * Keeps Prism out of the code every page runs at load, and small when it loads: the client bundle
 * gets an empty module in place of the theme's `prism-include-languages`, so Prism loads with the
 * highlighted code block; and both bundles get src/highlight in place of prism-react-renderer,
 * whose module builds its ~30 bundled grammars when evaluated, where the site's Prism has the
 * grammars of the languages the docs use. Languages are added there, not with
 * `prism.additionalLanguages` (the module that adds those is gone), so the plugin refuses a config
 * that sets some.
 */
export default function lazyPrism(context: LoadContext): Plugin {
  const themeConfig = context.siteConfig.themeConfig as {
    prism?: { additionalLanguages?: string[] };
  };
  const extra = themeConfig.prism?.additionalLanguages ?? [];
  if (extra.length > 0) {
    throw new Error(
      `lazy-prism: prism.additionalLanguages (${extra.join(', ')}) need theme-classic's prism-include-languages; remove this plugin or load them with the code block`,
    );
  }
  return {
    name: 'lazy-prism',
    configureWebpack(_config, isServer) {
      // The server renders the same tokens as the client hydrates (JSX code blocks).
      const highlight = { 'prism-react-renderer$': SITE_HIGHLIGHT };
      if (isServer) return { resolve: { alias: highlight } };
      return {
        resolve: {
          alias: {
            ...highlight,
            [`${PRISM_CLIENT_MODULE}$`]: NO_PRISM_LANGUAGES,
            [`${PRISM_CLIENT_MODULE}.js$`]: NO_PRISM_LANGUAGES,
          },
        },
      };
    },
  };
}
