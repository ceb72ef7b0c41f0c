import type { LoadContext, Plugin } from '@docusaurus/types';

// Docusaurus puts every CSS module in one global `styles` chunk that each page loads. Monaco's
// ≈22 KB gz of CSS would then ship to every reader; excluding it from that cache group lets it
// load with the lazy editor chunk instead. A RegExp `test` works with both Rspack and webpack.
export const NOT_MONACO = /^(?!.*[\\/]node_modules[\\/]monaco-editor[\\/])/;

type CacheGroups = Record<string, false | Record<string, unknown>>;

export default function monacoCssSplit(_context: LoadContext): Plugin {
  return {
    name: 'monaco-css-split',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      const splitChunks = config.optimization?.splitChunks;
      const groups = (splitChunks ? splitChunks.cacheGroups : undefined) as CacheGroups | undefined;
      const styles = groups?.styles;
      if (!styles) {
        throw new Error(
          'monaco-css-split: Docusaurus no longer has optimization.splitChunks.cacheGroups.styles; update the plugin',
        );
      }
      styles.test = NOT_MONACO;
      return {};
    },
  };
}
