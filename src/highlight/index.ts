// What the theme's code block imports from prism-react-renderer (`Highlight`, `Prism`), over the
// site's own Prism (./prism.ts) instead of the library's, whose module builds every grammar it
// bundles when evaluated. The lazy-prism plugin points `prism-react-renderer` here in the site's
// bundles. Same render props, class names and theme styles as prism-react-renderer 2's Highlight
// (its components/highlight.ts, useGetLineProps, useGetTokenProps, useTokenize, themeToDict).
import clsx from 'clsx';
import type { Highlight as LibraryHighlight, PrismTheme, Token } from 'prism-react-renderer';
import type { TokenStream } from 'prismjs';
import type { CSSProperties } from 'react';
import { normalizeTokens } from './normalizeTokens';
import Prism from './prism';

export { normalizeTokens, Prism };

type HighlightProps = Parameters<typeof LibraryHighlight>[0];
type ThemeDict = Record<string, CSSProperties> & { root: CSSProperties; plain: CSSProperties };

/** Each token type's style for `language` (a theme entry may be limited to some languages). */
export function themeToDict(theme: PrismTheme, language: string): ThemeDict {
  const dict: Record<string, CSSProperties> = {};
  for (const { types, style, languages } of theme.styles) {
    if (languages && !languages.includes(language)) continue;
    for (const type of types) dict[type] = { ...dict[type], ...(style as CSSProperties) };
  }
  const plain = theme.plain as CSSProperties;
  return { ...dict, root: plain, plain: { ...plain, backgroundColor: undefined } };
}

function tokenStyle(dict: ThemeDict, { types, empty }: Token): CSSProperties | undefined {
  if (types.length === 1 && types[0] === 'plain') {
    return empty ? { display: 'inline-block' } : undefined;
  }
  if (types.length === 1 && empty) return dict[types[0]];
  return Object.assign(empty ? { display: 'inline-block' } : {}, ...types.map((t) => dict[t]));
}

/** The lines of `code` as typed tokens: Prism's tokens for a known language, else one plain token a line. */
export function tokenize(prism: typeof Prism, code: string, language: string): Token[][] {
  const grammar = prism.languages[language];
  if (!grammar) return normalizeTokens([code]);
  const env = { code, grammar, language, tokens: [] as TokenStream };
  prism.hooks.run('before-tokenize', env);
  env.tokens = prism.tokenize(code, grammar);
  prism.hooks.run('after-tokenize', env);
  return normalizeTokens(env.tokens);
}

/**
 * prism-react-renderer's Highlight: hands `children` the lines' tokens and the props of each line
 * and token. Its hooks (useMemo/useCallback) are left out: the theme's block renders it once per
 * code, and nothing compares the functions it hands out.
 */
export function Highlight({
  children,
  language: lang,
  code,
  theme,
  prism = Prism,
}: HighlightProps) {
  const language = lang.toLowerCase();
  const dict = themeToDict(theme ?? { plain: {}, styles: [] }, language);
  return children({
    tokens: tokenize(prism, code, language),
    className: `prism-code language-${language}`,
    style: dict.root,
    getLineProps: ({ className, style, line: _line, ...rest }) => ({
      ...rest,
      className: clsx('token-line', className),
      style: style ? { ...dict.plain, ...style } : dict.plain,
    }),
    getTokenProps: ({ token, className, style, ...rest }) => {
      const own = tokenStyle(dict, token);
      return {
        ...rest,
        className: clsx('token', ...token.types, className),
        children: token.content,
        style: style ? { ...own, ...style } : own,
      };
    },
  });
}
