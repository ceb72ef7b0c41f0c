// prism-react-renderer 2's normalizeTokens (utils/normalizeTokens.ts), which the theme's block
// renders from: Prism's nested tokens become lines of flat tokens, each with the types of the
// tokens it sits in, an empty line holding one empty plain token.
import type { Token } from 'prism-react-renderer';
import type { TokenStream } from 'prismjs';

const NEWLINE = /\r\n|\r|\n/;

function markEmpty(line: Token[]): void {
  if (line.length === 0) line.push({ types: ['plain'], content: '\n', empty: true });
  else if (line.length === 1 && line[0].content === '') {
    line[0].content = '\n';
    line[0].empty = true;
  }
}

/** `types` and then `add` (an alias may be several), unless `add` is already the innermost type. */
const withType = (types: string[], add: string | string[]) =>
  types[types.length - 1] === add ? types : types.concat(add);

export function normalizeTokens(tokens: TokenStream): Token[][] {
  let line: Token[] = [];
  const lines = [line];
  const walk = (stream: TokenStream, outer: string[], depth: number) => {
    for (const token of Array.isArray(stream) ? stream : [stream]) {
      let types: string[];
      let content: TokenStream;
      if (typeof token === 'string') {
        types = depth > 0 ? outer : ['plain'];
        content = token;
      } else {
        types = withType(outer, token.type);
        if (token.alias) types = withType(types, token.alias);
        content = token.content;
      }
      if (typeof content !== 'string') {
        walk(content, types, depth + 1);
        continue;
      }
      const parts = content.split(NEWLINE);
      line.push({ types, content: parts[0] });
      for (const part of parts.slice(1)) {
        markEmpty(line);
        line = [{ types, content: part }];
        lines.push(line);
      }
    }
  };
  walk(tokens, [], 0);
  markEmpty(line);
  return lines;
}
