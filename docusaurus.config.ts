import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { themes as prismThemes } from 'prism-react-renderer';
import {
  accessiblePrismTheme,
  HIGHLIGHTED_LINE_BG,
  highlightedLinePlugin,
  plainCodeColoursPlugin,
} from './src/plugins/accessible-prism';
import lazyPrism from './src/plugins/lazy-prism';
import lezerNoHighlight from './src/plugins/lezer-no-highlight';
import monacoCssSplit from './src/plugins/monaco-css-split';

// Stock themes fail AA on some tokens, and on the highlighted (error) line; see
// src/plugins/accessible-prism.ts.
const codeThemes = {
  light: accessiblePrismTheme(prismThemes.github, { alsoOn: [HIGHLIGHTED_LINE_BG.light] }),
  dark: accessiblePrismTheme(prismThemes.dracula, { alsoOn: [HIGHLIGHTED_LINE_BG.dark] }),
};

// The site may live under a sub-path (project pages); BASE_URL sets it at build time.
const baseUrl = normalizeBaseUrl(process.env.BASE_URL);

function normalizeBaseUrl(raw: string | undefined): string {
  if (!raw) return '/';
  if (!/^\/[\w\-./]*$/.test(raw)) {
    throw new Error(`BASE_URL must be a path like /registry-docs/, got ${JSON.stringify(raw)}`);
  }
  return raw.endsWith('/') ? raw : `${raw}/`;
}

const config: Config = {
  title: 'Link artifacts to a W&B registry',
  tagline: 'Read it, run it, click it: a live simulator of W&B registry linking.',
  url: 'http://127.0.0.1',
  baseUrl,
  trailingSlash: false,
  // Site assets live in static/ (simple vector art made for this site, no brand marks).
  favicon: 'favicon.ico',
  headTags: [
    {
      tagName: 'link',
      attributes: { rel: 'icon', type: 'image/svg+xml', href: `${baseUrl}favicon.svg` },
    },
    {
      tagName: 'link',
      attributes: { rel: 'apple-touch-icon', href: `${baseUrl}img/apple-touch-icon.png` },
    },
    { tagName: 'link', attributes: { rel: 'manifest', href: `${baseUrl}manifest.webmanifest` } },
    { tagName: 'meta', attributes: { name: 'theme-color', content: '#a35a00' } },
  ],
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw' },
    // The site contract uses `### Title {#id}` for troubleshooting anchors; future.v4 turns
    // this MDX 1 syntax off by default, so turn it back on (comments/admonitions stay v4).
    mdx1Compat: { headingIds: true },
  },
  future: {
    v4: true,
    // Every other Faster option stays on (v4 defaults them to true). Rspack's persistent cache
    // is off: several builds of this tree at once (e2e, bench, people) deadlock on its lock,
    // and a cold build takes only ≈15 s.
    faster: { rspackPersistentCache: false },
  },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      {
        docs: { sidebarPath: './sidebars.ts', routeBasePath: 'docs' },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    monacoCssSplit,
    lezerNoHighlight,
    lazyPrism,
    highlightedLinePlugin,
    () => plainCodeColoursPlugin(codeThemes),
  ],
  clientModules: ['./src/clientModules/searchAria.ts'],
  themes: [
    [
      // Offline search: the index is built at build time and fetched on first focus of the box.
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: 'docs',
        explicitSearchResultPath: true,
      },
    ],
  ],
  themeConfig: {
    image: 'img/social-card.png',
    // The fallback description for pages that set none (the search page); a page's own
    // description replaces it (Helmet keeps the last meta tag of a name).
    metadata: [
      {
        name: 'description',
        content:
          'How to link an artifact version to a W&B registry, with a live simulator you can run in the browser.',
      },
    ],
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Registry linking',
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Docs' },
        { to: '/playground', label: 'Playground', position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'Runs entirely in your browser. No data leaves the page.',
    },
    prism: { theme: codeThemes.light, darkTheme: codeThemes.dark },
  } satisfies Preset.ThemeConfig,
};

export default config;
