import { existsSync, readFileSync } from 'node:fs';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import lazyPrism, { NO_PRISM_LANGUAGES, PRISM_CLIENT_MODULE, SITE_HIGHLIGHT } from './lazy-prism';

const context = (prism: object) =>
  ({ siteConfig: { themeConfig: { prism } } }) as unknown as LoadContext;

function configure(isServer: boolean) {
  const plugin = lazyPrism(context({}));
  // biome-ignore lint/suspicious/noExplicitAny: the plugin reads neither the config nor utils
  return (plugin.configureWebpack as any)({}, isServer, {});
}

describe('lazy-prism', () => {
  it("replaces theme-classic's Prism client module in the client bundle", () => {
    // The module it replaces exists and is the one that imports Prism.
    expect(readFileSync(`${PRISM_CLIENT_MODULE}.js`, 'utf8')).toMatch(
      /from 'prism-react-renderer'/,
    );
    expect(existsSync(NO_PRISM_LANGUAGES)).toBe(true);
    expect(configure(false).resolve.alias).toEqual({
      'prism-react-renderer$': SITE_HIGHLIGHT,
      [`${PRISM_CLIENT_MODULE}$`]: NO_PRISM_LANGUAGES,
      [`${PRISM_CLIENT_MODULE}.js$`]: NO_PRISM_LANGUAGES,
    });
  });

  it("gives both bundles the site's Highlight in place of prism-react-renderer", () => {
    expect(existsSync(SITE_HIGHLIGHT)).toBe(true);
    expect(configure(true)).toEqual({
      resolve: { alias: { 'prism-react-renderer$': SITE_HIGHLIGHT } },
    });
  });

  it('refuses a config with additional Prism languages, naming them', () => {
    expect(() => lazyPrism(context({ additionalLanguages: ['bash', 'diff'] }))).toThrow(
      /additionalLanguages \(bash, diff\)/,
    );
  });
});
