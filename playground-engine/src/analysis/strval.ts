// A statically known string whose every character remembers where it was written, so a
// diagnostic on part of a computed path can point at the exact source text (and a fix can
// edit it there).
import { decodeEscapes } from '../text/escapes';

export interface Span {
  from: number;
  to: number;
}

/** Where a plain literal piece lives, and how new text must be escaped to go inside it. */
export interface LiteralInfo {
  /** Start offset of the literal node: two chars are in the same literal iff equal. */
  id: number;
  quote: string;
  raw: boolean;
  fstring: boolean;
}

export interface KnownChar {
  kind: 'char';
  c: string;
  /** Source text that produced this char (1 char, an escape, or `{{`). */
  from: number;
  to: number;
  lit: LiteralInfo;
  /** Set when the char came in through an f-string replacement: that `{...}` at the use site. */
  via?: Span;
}

/** A piece whose value is not known statically (e.g. `{run.id}`). */
export interface Hole {
  kind: 'hole';
  from: number;
  to: number;
}

export type Piece = KnownChar | Hole;

export interface StrVal {
  kind: 'str';
  pieces: Piece[];
  /** The whole expression at the use site. */
  span: Span;
}

export interface ListVal {
  kind: 'list';
  items: (Value | null)[];
  span: Span;
}

export type Value = StrVal | ListVal;

export const isFullyKnown = (s: StrVal): s is StrVal & { pieces: KnownChar[] } =>
  s.pieces.every((p) => p.kind === 'char');

export const textOf = (chars: readonly KnownChar[]): string => chars.map((c) => c.c).join('');

/**
 * Source range of chars[i..j). When the chars were written side by side in one literal the
 * range is exactly that text and `editable` is true (a fix may replace it). Otherwise the
 * range is the use-site hull (the replacements that brought them in) and no edit is safe.
 */
export function rangeOf(
  chars: readonly KnownChar[],
  i: number,
  j: number,
  fallback: Span,
): Span & { editable: boolean } {
  if (i >= j || i < 0 || j > chars.length) {
    // Empty part: a zero-width range where it would be, or the whole expression.
    const next = chars[i];
    const prev = chars[i - 1];
    if (next) {
      const pos = (next.via ?? next).from;
      return { from: pos, to: pos, editable: false };
    }
    if (prev) {
      const pos = (prev.via ?? prev).to;
      return { from: pos, to: pos, editable: false };
    }
    return { ...fallback, editable: false };
  }
  const first = chars[i];
  let contiguous = true;
  for (let k = i + 1; k < j; k++) {
    const a = chars[k - 1];
    const b = chars[k];
    if (b.lit.id !== first.lit.id || b.from < a.to || !sameVia(a, b)) {
      contiguous = false;
      break;
    }
  }
  if (contiguous) return { from: first.from, to: chars[j - 1].to, editable: true };
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (let k = i; k < j; k++) {
    const s = chars[k].via ?? chars[k];
    from = Math.min(from, s.from);
    to = Math.max(to, s.to);
  }
  return { from, to, editable: false };
}

const sameVia = (a: KnownChar, b: KnownChar) =>
  a.via === b.via || (a.via?.from === b.via?.from && a.via?.to === b.via?.to);

/**
 * Escape `text` to sit inside `lit`, or null when that cannot be done plainly (a raw
 * string cannot hold a trailing backslash, a short string no newline, and so on).
 */
export function escapeFor(text: string, lit: LiteralInfo): string | null {
  if (/[\r\n]/.test(text) && lit.quote.length === 1) return null;
  let out = text;
  if (lit.raw) {
    if (out.includes('\\') || out.includes(lit.quote[0])) return null;
  } else {
    out = out.replace(/\\/g, '\\\\');
    out = out.split(lit.quote[0]).join(`\\${lit.quote[0]}`);
  }
  if (lit.fstring) out = out.replace(/\{/g, '{{').replace(/\}/g, '}}');
  return out;
}

/** Decode one `Escape` token of a non-raw literal; '' for a line continuation. */
export function decodeEscape(src: string): string {
  // The runtime's decoder is the one place escapes are defined; it throws on a truncated
  // \x or \u escape (a SyntaxError when run), which the analyzer keeps as written.
  try {
    return decodeEscapes(src);
  } catch {
    return src;
  }
}

/** Prefix letters and quote of a literal's source text, e.g. `rf'''` → raw, f-string, `'''`. */
export function literalShape(
  src: string,
): { prefixLen: number; quote: string; raw: boolean; fstring: boolean; bytes: boolean } | null {
  const m = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(src);
  if (!m) return null;
  const prefix = m[1].toLowerCase();
  return {
    prefixLen: m[1].length,
    quote: m[2],
    raw: prefix.includes('r'),
    fstring: prefix.includes('f'),
    bytes: prefix.includes('b'),
  };
}
