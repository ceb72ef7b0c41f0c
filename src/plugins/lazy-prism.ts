import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** theme-classic's client module that imports Prism on every page (its extension omitted, as
 * Docusaurus writes it in .docusaurus/client-modules.js). */
export const PRISM_CLIENT_MODULE = require
  .resolve('@docusaurus/theme-classic/lib/prism-include-languages')
  .replace(/\.js$/, '');
export const NO_PRISM_LANGUAGES = require.resolve('../clientModules/noPrismLanguages.ts');

/**
 * Keeps Prism (its ~30 bundled grammars, built when the module is evaluated) out of the code every
 * page runs at load: the client bundle gets an empty module in place of the theme's
 * `prism-include-languages`, and Prism loads with the highlighted code block. That module only
 * exists to add `prism.additionalLanguages`, so the plugin refuses a config that sets some.
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
      if (isServer) return {};
      return {
        resolve: {
          alias: {
            [`${PRISM_CLIENT_MODULE}$`]: NO_PRISM_LANGUAGES,
            [`${PRISM_CLIENT_MODULE}.js$`]: NO_PRISM_LANGUAGES,
          },
        },
      };
    },
  };
}
