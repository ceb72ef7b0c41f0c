// Python regular expressions to JavaScript ones. A small parser of Python's syntax
// (sre_parse) that emits an equivalent JS source for the `u` flag, reproduces
// CPython's re.error messages and positions for bad patterns, and refuses clearly
// what JS cannot express (atomic groups, possessive quantifiers, conditionals).
// JS's own `.`, `^`, `$`, `\w`, `\b` differ from Python's, so they are spelled out.

export const FLAGS = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

const INLINE: Record<string, number> = {
  a: FLAGS.ASCII,
  i: FLAGS.IGNORECASE,
  L: FLAGS.LOCALE,
  m: FLAGS.MULTILINE,
  s: FLAGS.DOTALL,
  u: FLAGS.UNICODE,
  x: FLAGS.VERBOSE,
};

/** A bad pattern, as re.error reports it. */
export class PatternError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {
    super(msg);
  }
}

/** Valid Python, but beyond what the playground can run in a JS regex. */
export class PatternUnsupported extends Error {}

export interface Translated {
  source: string;
  /** Python's flags after inline flags (UNICODE added for str patterns, as CPython does). */
  flags: number;
  groups: number;
  groupIndex: Map<string, number>;
  /** JS flags besides the matching mode ('i' when IGNORECASE). */
  jsFlags: string;
}

const WORD_U = '\\p{L}\\p{N}_';
const WORD_A = 'A-Za-z0-9_';
const SPACE_U =
  ' \\t\\n\\x0b\\x0c\\r\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_A = ' \\t\\n\\x0b\\x0c\\r';
const DIGIT_U = '\\p{Nd}';
const DIGIT_A = '0-9';

const SPECIAL_OUT = new Set('^$\\.*+?()[]{}|/');
const SPECIAL_IN = new Set('\\]-^[');

function codeEscape(c: number): string {
  return c > 0xffff ? `\\u{${c.toString(16)}}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

function literalOut(c: number): string {
  const ch = String.fromCodePoint(c);
  if (SPECIAL_OUT.has(ch)) return `\\${ch}`;
  if (c < 0x20 || c === 0x7f || (c >= 0x2028 && c <= 0x2029)) return codeEscape(c);
  return ch;
}

function literalIn(c: number): string {
  const ch = String.fromCodePoint(c);
  if (SPECIAL_IN.has(ch)) return `\\${ch}`;
  if (c < 0x20 || c === 0x7f || (c >= 0x2028 && c <= 0x2029)) return codeEscape(c);
  return ch;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const DIGITS = '0123456789';
const OCT = '01234567';
const HEX = /^[0-9a-fA-F]+$/;

interface Node {
  src: string;
  min: number;
  max: number;
  /** Quantifiable as is (JS forbids quantifying lookarounds and anchors in `u` mode). */
  atom: boolean;
}

/** A class item: a single code point, a range, or a shorthand set. */
type ClassItem =
  | { k: 'char'; c: number }
  | { k: 'range'; lo: number; hi: number }
  | { k: 'set'; inner: string; negated: boolean };

class Parser {
  i = 0;
  groups = 1;
  readonly names = new Map<string, number>();
  private readonly open = new Set<number>();
  flags: number;
  /** Case-insensitivity switched on by a scoped (?i:...) group. */
  private localI = false;
  private dotall: boolean;
  private multiline: boolean;
  private verbose: boolean;

  constructor(
    readonly p: string,
    flags: number,
  ) {
    this.flags = flags;
    this.dotall = !!(flags & FLAGS.DOTALL);
    this.multiline = !!(flags & FLAGS.MULTILINE);
    this.verbose = !!(flags & FLAGS.VERBOSE);
  }

  get ascii(): boolean {
    return !!(this.flags & FLAGS.ASCII);
  }

  error(msg: string, at: number): never {
    throw new PatternError(msg, at);
  }
  unsupported(what: string): never {
    throw new PatternUnsupported(what);
  }

  peek(n = 0): string {
    return this.p[this.i + n] ?? '';
  }
  eof(): boolean {
    return this.i >= this.p.length;
  }

  /** Leading global flags: `(?i)`, `(?ms)`... Returns them folded into `flags`. */
  globalFlags(): void {
    for (;;) {
      const m = /^\(\?([aiLmsux]+)\)/.exec(this.p.slice(this.i));
      if (!m) return;
      for (const f of m[1]) this.flags |= INLINE[f];
      this.i += m[0].length;
      this.dotall = !!(this.flags & FLAGS.DOTALL);
      this.multiline = !!(this.flags & FLAGS.MULTILINE);
      this.verbose = !!(this.flags & FLAGS.VERBOSE);
      if (this.verbose) this.skipVerbose();
    }
  }

  skipVerbose(): void {
    while (!this.eof()) {
      const ch = this.peek();
      if (' \t\n\r\v\f'.includes(ch)) this.i++;
      else if (ch === '#') {
        while (!this.eof() && this.peek() !== '\n') this.i++;
      } else return;
    }
  }

  parse(): Node {
    this.globalFlags();
    const n = this.alternation();
    if (!this.eof()) {
      if (this.peek() === ')') this.error('unbalanced parenthesis', this.i);
      this.error('unexpected end of pattern', this.i);
    }
    return n;
  }

  alternation(): Node {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    return {
      src: branches.map((b) => b.src).join('|'),
      min: Math.min(...branches.map((b) => b.min)),
      max: Math.max(...branches.map((b) => b.max)),
      atom: false,
    };
  }

  sequence(): Node {
    let src = '';
    let min = 0;
    let max = 0;
    let count = 0;
    for (;;) {
      if (this.verbose) this.skipVerbose();
      if (this.eof() || this.peek() === '|' || this.peek() === ')') break;
      const at = this.i;
      const ch = this.peek();
      if ('*+?'.includes(ch) || (ch === '{' && this.quantifierAhead())) {
        this.error('nothing to repeat', at);
      }
      let node = this.atom();
      if (node === null) continue;
      node = this.quantified(node);
      src += node.src;
      min += node.min;
      max += node.max;
      count++;
    }
    return { src, min, max, atom: count === 1 };
  }

  /** `{m}`, `{m,}`, `{,n}` or `{m,n}` at the cursor (else `{` is a literal, as in Python). */
  quantifierAhead(): RegExpExecArray | null {
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(this.p.slice(this.i));
    return m && (m[1] !== '' || m[2] !== '') ? m : null;
  }

  quantified(node: Node): Node {
    let result = node;
    let quantified = false;
    for (;;) {
      if (this.verbose) this.skipVerbose();
      const at = this.i;
      const ch = this.peek();
      let lo: number;
      let hi: number;
      let q: string;
      if (ch === '*' || ch === '+' || ch === '?') {
        this.i++;
        q = ch;
        lo = ch === '+' ? 1 : 0;
        hi = ch === '?' ? 1 : Infinity;
      } else if (ch === '{') {
        const m = this.quantifierAhead();
        if (!m) return result;
        this.i += m[0].length;
        lo = m[1] === '' ? 0 : Number(m[1]);
        hi = m[2] === '' ? lo : m[3] === '' ? Infinity : Number(m[3]);
        if (hi < lo) this.error('min repeat greater than max repeat', at + 1);
        q = `{${lo}${m[2] ? `,${m[3]}` : ''}}`;
      } else return result;
      if (quantified) this.error('multiple repeat', at);
      if (this.peek() === '?') {
        this.i++;
        q += '?';
      } else if (this.peek() === '+') {
        this.unsupported('possessive quantifiers (*+, ++, ?+, {m,n}+)');
      }
      const base = node.atom ? node.src : `(?:${node.src})`;
      result = {
        src: base + q,
        min: node.min * lo,
        max: hi === 0 ? 0 : node.max * hi,
        atom: false,
      };
      quantified = true;
    }
  }

  atom(): Node | null {
    const at = this.i;
    const ch = this.peek();
    this.i++;
    switch (ch) {
      case '(':
        return this.group(at);
      case '[':
        return this.charClass(at);
      case '.':
        return { src: this.dotall ? '[\\s\\S]' : '[^\\n]', min: 1, max: 1, atom: true };
      case '^':
        return {
          src: this.multiline ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])',
          min: 0,
          max: 0,
          atom: false,
        };
      case '$':
        return {
          src: this.multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))',
          min: 0,
          max: 0,
          atom: false,
        };
      case '\\':
        return this.escape(at);
      default: {
        const c = this.p.codePointAt(at)!;
        if (c > 0xffff) this.i++;
        return { src: this.caseLiteral(c), min: 1, max: 1, atom: true };
      }
    }
  }

  caseLiteral(c: number): string {
    if (this.localI && isAsciiLetter(c)) {
      const ch = String.fromCodePoint(c);
      return `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    }
    return literalOut(c);
  }

  group(at: number): Node {
    let capture: number | null = null;
    let prefix = '(?:';
    let look: 'ahead' | 'behind' | null = null;
    let restoreI: boolean | null = null;
    let restoreFlags: [boolean, boolean, boolean] | null = null;
    if (this.peek() === '?') {
      this.i++;
      const c = this.peek();
      if (c === ':') this.i++;
      else if (c === 'P') {
        this.i++;
        const k = this.peek();
        if (k === '<') {
          this.i++;
          const name = this.groupName('>');
          if (this.names.has(name)) {
            this.error(
              `redefinition of group name '${name}' as group ${this.groups}; was group ${this.names.get(name)}`,
              this.i - name.length - 1,
            );
          }
          capture = this.groups++;
          this.names.set(name, capture);
          prefix = `(?<${name}>`;
        } else if (k === '=') {
          this.i++;
          const start = this.i;
          const name = this.groupName(')');
          const g = this.names.get(name);
          if (g === undefined) this.error(`unknown group name '${name}'`, start);
          if (this.open.has(g)) this.error('cannot refer to an open group', start);
          return { src: `\\k<${name}>`, min: 0, max: Infinity, atom: true };
        } else if (k === '') {
          this.error('unexpected end of pattern', this.i);
        } else this.error(`unknown extension ?P${k}`, this.i - 2);
      } else if (c === '=' || c === '!') {
        this.i++;
        prefix = `(?${c}`;
        look = 'ahead';
      } else if (c === '<' && (this.peek(1) === '=' || this.peek(1) === '!')) {
        prefix = `(?<${this.peek(1)}`;
        this.i += 2;
        look = 'behind';
      } else if (c === '#') {
        const end = this.p.indexOf(')', this.i);
        if (end < 0) this.error('missing ), unterminated comment', at);
        this.i = end + 1;
        return { src: '', min: 0, max: 0, atom: false };
      } else if (c === '>') {
        this.unsupported('atomic groups (?>...)');
      } else if (c === '(') {
        this.unsupported('conditional groups (?(id)yes|no)');
      } else if (/[aiLmsux-]/.test(c)) {
        const m = /^([aiLmsux]*)(?:-([imsx]*))?([:)])/.exec(this.p.slice(this.i));
        if (!m) this.error(`unknown extension ?${c}`, this.i - 1);
        if (m[3] === ')') this.error('global flags not at the start of the expression', at);
        this.i += m[0].length;
        const on = m[1];
        const off = m[2] ?? '';
        if (/[aLu]/.test(on)) this.unsupported(`scoped flags (?${on}:...)`);
        if (off.includes('i') && this.flags & FLAGS.IGNORECASE)
          this.unsupported('turning IGNORECASE off inside a group (?-i:...)');
        restoreI = this.localI;
        restoreFlags = [this.dotall, this.multiline, this.verbose];
        if (on.includes('i') && !(this.flags & FLAGS.IGNORECASE)) this.localI = true;
        if (off.includes('i')) this.localI = false;
        if (on.includes('s')) this.dotall = true;
        if (off.includes('s')) this.dotall = false;
        if (on.includes('m')) this.multiline = true;
        if (off.includes('m')) this.multiline = false;
        if (on.includes('x')) this.verbose = true;
        if (off.includes('x')) this.verbose = false;
      } else if (c === '') {
        this.error('unexpected end of pattern', this.i);
      } else {
        this.error(`unknown extension ?${c}`, this.i - 1);
      }
    } else {
      capture = this.groups++;
      prefix = '(';
    }
    if (capture !== null) this.open.add(capture);
    const inner = this.alternation();
    if (this.peek() !== ')') this.error('missing ), unterminated subpattern', at);
    this.i++;
    if (capture !== null) this.open.delete(capture);
    if (restoreI !== null) this.localI = restoreI;
    if (restoreFlags) [this.dotall, this.multiline, this.verbose] = restoreFlags;
    if (look === 'behind' && inner.min !== inner.max)
      throw new PatternError('look-behind requires fixed-width pattern', null);
    if (look) return { src: `${prefix}${inner.src})`, min: 0, max: 0, atom: false };
    return { src: `${prefix}${inner.src})`, min: inner.min, max: inner.max, atom: true };
  }

  groupName(end: string): string {
    const start = this.i;
    const close = this.p.indexOf(end, start);
    if (close < 0) this.error('missing >, unterminated name', start);
    const name = this.p.slice(start, close);
    if (name === '') this.error('missing group name', start);
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name))
      this.error(`bad character in group name '${name}'`, start);
    this.i = close + 1;
    return name;
  }

  classSets(which: string): ClassItem {
    const lower = which.toLowerCase();
    const inner =
      lower === 'd'
        ? this.ascii
          ? DIGIT_A
          : DIGIT_U
        : lower === 'w'
          ? this.ascii
            ? WORD_A
            : WORD_U
          : this.ascii
            ? SPACE_A
            : SPACE_U;
    return { k: 'set', inner, negated: which !== lower };
  }

  escape(at: number): Node {
    const c = this.peek();
    if (c === '') this.error('bad escape (end of pattern)', at);
    this.i++;
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S': {
        const set = this.classSets(c) as Extract<ClassItem, { k: 'set' }>;
        return { src: `[${set.negated ? '^' : ''}${set.inner}]`, min: 1, max: 1, atom: true };
      }
      case 'b':
      case 'B': {
        const w = `[${this.ascii ? WORD_A : WORD_U}]`;
        const src =
          c === 'b'
            ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`
            : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
        return { src, min: 0, max: 0, atom: false };
      }
      case 'A':
        return { src: '(?<![\\s\\S])', min: 0, max: 0, atom: false };
      case 'Z':
        return { src: '(?![\\s\\S])', min: 0, max: 0, atom: false };
    }
    if (DIGITS.includes(c) && c !== '0') {
      let digits = c;
      if (DIGITS.includes(this.peek())) {
        digits += this.peek();
        if (OCT.includes(digits[0]) && OCT.includes(digits[1]) && OCT.includes(this.peek(1))) {
          digits += this.peek(1);
          this.i += 2;
          const v = Number.parseInt(digits, 8);
          if (v > 0o377) this.error(`octal escape value \\${digits} outside of range 0-0o377`, at);
          return { src: this.caseLiteral(v), min: 1, max: 1, atom: true };
        }
        this.i++;
      }
      const g = Number(digits);
      if (g >= this.groups) this.error(`invalid group reference ${g}`, at + 1);
      if (this.open.has(g)) this.error('cannot refer to an open group', at);
      return { src: `\\${g}`, min: 0, max: Infinity, atom: true };
    }
    const v = this.literalEscape(c, at, false);
    return { src: this.caseLiteral(v), min: 1, max: 1, atom: true };
  }

  /** An escape that stands for one code point (shared by classes and the outside). */
  literalEscape(c: string, at: number, inClass: boolean): number {
    const simple: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
    if (Object.hasOwn(simple, c)) return simple[c];
    if (inClass && c === 'b') return 8;
    if (c === 'x' || c === 'u' || c === 'U') {
      const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const hex = this.p.slice(this.i, this.i + len);
      if (hex.length < len || !HEX.test(hex)) {
        const got = /^[0-9a-fA-F]*/.exec(hex)![0];
        this.error(`incomplete escape \\${c}${got}`, at);
      }
      this.i += len;
      const v = Number.parseInt(hex, 16);
      if (v > 0x10ffff) this.error(`bad escape \\${c}${hex}`, at);
      return v;
    }
    if (c === 'N') this.unsupported('named Unicode escapes (\\N{...})');
    if (c === '0' || (inClass && OCT.includes(c))) {
      let digits = c;
      while (digits.length < 3 && OCT.includes(this.peek())) {
        digits += this.peek();
        this.i++;
      }
      const v = Number.parseInt(digits, 8);
      if (v > 0o377) this.error(`octal escape value \\${digits} outside of range 0-0o377`, at);
      return v;
    }
    if (/[A-Za-z0-9]/.test(c)) this.error(`bad escape \\${c}`, at);
    const cp = this.p.codePointAt(this.i - 1)!;
    if (cp > 0xffff) this.i++;
    return cp;
  }

  classItem(): ClassItem {
    const at = this.i;
    const ch = this.peek();
    this.i++;
    if (ch === '\\') {
      const c = this.peek();
      if (c === '') this.error('bad escape (end of pattern)', at);
      this.i++;
      if ('dDwWsS'.includes(c)) return this.classSets(c);
      return { k: 'char', c: this.literalEscape(c, at, true) };
    }
    const cp = this.p.codePointAt(at)!;
    if (cp > 0xffff) this.i++;
    return { k: 'char', c: cp };
  }

  charClass(at: number): Node {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const items: ClassItem[] = [];
    let first = true;
    for (;;) {
      if (this.eof()) this.error('unterminated character set', at);
      if (this.peek() === ']' && !first) {
        this.i++;
        break;
      }
      first = false;
      const start = this.i;
      const item = this.classItem();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++;
        const hiItem = this.classItem();
        if (item.k !== 'char' || hiItem.k !== 'char')
          this.error(`bad character range ${this.p.slice(start, this.i)}`, start);
        if (hiItem.c < item.c)
          this.error(`bad character range ${this.p.slice(start, this.i)}`, start);
        items.push({ k: 'range', lo: item.c, hi: hiItem.c });
      } else items.push(item);
    }
    return { src: this.emitClass(items, negated), min: 1, max: 1, atom: true };
  }

  emitClass(items: ClassItem[], negated: boolean): string {
    let plain = '';
    const negSets: string[] = [];
    for (const it of items) {
      if (it.k === 'char') {
        plain += literalIn(it.c);
        if (this.localI && isAsciiLetter(it.c))
          plain +=
            literalIn(String.fromCodePoint(it.c).toUpperCase().codePointAt(0)!) +
            literalIn(String.fromCodePoint(it.c).toLowerCase().codePointAt(0)!);
      } else if (it.k === 'range') {
        plain += `${literalIn(it.lo)}-${literalIn(it.hi)}`;
        if (this.localI) {
          const lo = String.fromCodePoint(it.lo);
          const hi = String.fromCodePoint(it.hi);
          if (/^[a-z]$/.test(lo) && /^[a-z]$/.test(hi))
            plain += `${lo.toUpperCase()}-${hi.toUpperCase()}`;
          else if (/^[A-Z]$/.test(lo) && /^[A-Z]$/.test(hi))
            plain += `${lo.toLowerCase()}-${hi.toLowerCase()}`;
          else if (it.lo < 128 && it.hi >= 65)
            this.unsupported(
              'a case-insensitive range mixing letters and other characters in (?i:...)',
            );
        }
      } else if (it.negated) negSets.push(it.inner);
      else plain += it.inner;
    }
    if (negSets.length === 0) return `[${negated ? '^' : ''}${plain}]`;
    // [..\W..]: a union with negated sets, which a JS class cannot hold.
    const union = [plain ? `[${plain}]` : '', ...negSets.map((s) => `[^${s}]`)]
      .filter(Boolean)
      .join('|');
    return negated ? `(?:(?!${union})[\\s\\S])` : `(?:${union})`;
  }
}

const cache = new Map<string, Translated>();

/** Translates a Python pattern; throws PatternError (re.error) or PatternUnsupported. */
export function translate(pattern: string, flags: number): Translated {
  const key = `${flags}:${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (flags & FLAGS.LOCALE)
    throw new PatternError('cannot use LOCALE flag with a str pattern', null);
  const p = new Parser(pattern, flags);
  const node = p.parse();
  let f = p.flags;
  if (f & FLAGS.LOCALE)
    throw new PatternError("bad inline flags: cannot use 'L' flag with a str pattern", null);
  if (f & FLAGS.ASCII && f & FLAGS.UNICODE && flags & FLAGS.UNICODE && flags & FLAGS.ASCII)
    throw new PatternError('ASCII and UNICODE flags are incompatible', null);
  if (!(f & FLAGS.ASCII)) f |= FLAGS.UNICODE;
  const out: Translated = {
    source: node.src,
    flags: f,
    groups: p.groups - 1,
    groupIndex: p.names,
    jsFlags: f & FLAGS.IGNORECASE ? 'i' : '',
  };
  if (cache.size > 200) cache.clear();
  cache.set(key, out);
  return out;
}
