import type { LoadContext } from '@docusaurus/types';
import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import { styleTags, tags } from './lezer-highlight-stub';
import lezerNoHighlight, { HIGHLIGHT_STUB } from './lezer-no-highlight';

describe('lezer-no-highlight', () => {
  it('resolves @lezer/highlight (exactly) to the stub in the client bundle only', () => {
    const plugin = lezerNoHighlight({} as LoadContext);
    // biome-ignore lint/suspicious/noExplicitAny: the plugin reads neither config nor utils
    const configure = plugin.configureWebpack as any;
    expect(configure({}, false, {})).toEqual({
      resolve: { alias: { '@lezer/highlight$': HIGHLIGHT_STUB } },
    });
    expect(configure({}, true, {})).toEqual({});
  });

  it('the stub takes what @lezer/python gives it, and a parser with it parses as before', () => {
    const spec = {
      'async "*"': tags.modifier,
      'FunctionDefinition/VariableName': tags.function(tags.definition(tags.variableName)),
      FormatString: tags.special(tags.string),
    };
    const plain = parser.configure({ props: [styleTags(spec)] });
    const code = 'def f(x):\n    return f"{x!r}"\n';
    expect(plain.parse(code).toString()).toBe(parser.parse(code).toString());
  });
});
