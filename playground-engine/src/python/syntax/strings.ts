// Decoding Python string literal source text (prefix, quotes, escapes).
import { decodeEscapes } from '../../text/escapes';

export { decodeEscapes };

export interface StringDelims {
  prefix: string;
  quote: string;
  raw: boolean;
  bytes: boolean;
  format: boolean;
}

export function stringDelims(text: string): StringDelims {
  const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(text);
  const prefix = (m?.[1] ?? '').toLowerCase();
  return {
    prefix,
    quote: m?.[2] ?? '"',
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    format: prefix.includes('f'),
  };
}

/** The value of one (non-f) string literal token's text. */
export function decodeStringLiteral(text: string): string {
  const d = stringDelims(text);
  const body = text.slice(d.prefix.length + d.quote.length, text.length - d.quote.length);
  return d.raw ? body : decodeEscapes(body);
}
