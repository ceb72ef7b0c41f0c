// Python's backslash escapes in a (non-raw) string literal. A leaf: the runtime's parser and
// the analyser both read string literals, and neither may import the other.

const SIMPLE: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** Process backslash escapes in the body of a non-raw literal. Unknown escapes stay as written. */
export function decodeEscapes(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      continue;
    }
    const next = body[i + 1];
    if (next === '\r' && body[i + 2] === '\n') {
      i += 2;
      continue;
    }
    if (Object.hasOwn(SIMPLE, next)) {
      out += SIMPLE[next];
      i++;
      continue;
    }
    if (/[0-7]/.test(next)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCodePoint(Number.parseInt(m, 8));
      i += m.length;
      continue;
    }
    const hexLen = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hexLen) {
      const hex = body.slice(i + 2, i + 2 + hexLen);
      if (hex.length === hexLen && /^[0-9a-fA-F]+$/.test(hex)) {
        const cp = Number.parseInt(hex, 16);
        if (cp <= 0x10ffff) {
          out += String.fromCodePoint(cp);
          i += 1 + hexLen;
          continue;
        }
      }
      throw new Error(`truncated \\${next}${'X'.repeat(hexLen)} escape`);
    }
    out += ch;
  }
  return out;
}
