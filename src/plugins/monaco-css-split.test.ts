import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import monacoCssSplit, { NOT_MONACO } from './monaco-css-split';

type Cfg = { optimization?: { splitChunks?: { cacheGroups?: Record<string, unknown> } } };

function run(config: Cfg, isServer = false) {
  const plugin = monacoCssSplit({} as LoadContext);
  // biome-ignore lint/suspicious/noExplicitAny: the plugin only reads optimization.splitChunks
  (plugin.configureWebpack as any)(config, isServer, {});
  return config;
}

describe('monaco-css-split', () => {
  it('keeps Monaco CSS out of the global styles chunk, and everything else in it', () => {
    const cfg = run({
      optimization: { splitChunks: { cacheGroups: { styles: { name: 'styles' } } } },
    });
    const styles = cfg.optimization!.splitChunks!.cacheGroups!.styles as { test: RegExp };
    const test = styles.test;
    expect(test).toBe(NOT_MONACO);
    expect(test.test('/site/node_modules/monaco-editor/esm/vs/editor/editor.css')).toBe(false);
    expect(test.test('C:\\site\\node_modules\\monaco-editor\\min\\x.css')).toBe(false);
    expect(test.test('/site/src/css/custom.css')).toBe(true);
    expect(test.test('/site/node_modules/infima/dist/css/default/default.css')).toBe(true);
  });
  it('leaves the server bundle alone', () => {
    const cfg: Cfg = { optimization: {} };
    expect(() => run(cfg, true)).not.toThrow();
  });
  it('fails loudly if Docusaurus renames the styles cache group', () => {
    expect(() => run({ optimization: { splitChunks: { cacheGroups: {} } } })).toThrow(
      /cacheGroups\.styles/,
    );
  });
});
