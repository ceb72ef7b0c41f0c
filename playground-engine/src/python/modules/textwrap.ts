// `textwrap`, ported from CPython 3.11's Lib/textwrap.py: the same chunking regex
// (compiled through our re translator, so it means what it means in CPython), the same
// greedy line filling, long-word breaking and max_lines placeholder. argparse's help
// formatting uses wrap() too.

import { truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { PyList, type PyValue } from '../values/objects';
import { type Args, argBool, fn, makeModule } from './native';
import { FLAGS, translate } from './re-translate';

const WS = '\\t\\n\\x0b\\x0c\\r ';
const WORD_PUNCT = `[\\w!"'&.,?]`;
const LETTER = '[^\\d\\W]';
const NOWS = `[^${WS}]`;
const WORDSEP_PY = `
        ( # any whitespace
          [${WS}]+
        | # em-dash between words
          (?<=${WORD_PUNCT}) -{2,} (?=\\w)
        | # word, possibly hyphenated
          ${NOWS}+? (?:
            # hyphenated word
              -(?: (?<=${LETTER}{2}-) | (?<=${LETTER}-${LETTER}-))
              (?= ${LETTER} -? ${LETTER})
            | # end of word
              (?=[${WS}]|\\Z)
            | # em-dash
              (?<=${WORD_PUNCT}) (?=-{2,}\\w)
            )
        )`;

let wordsep: RegExp | undefined;
const wordsepRe = () => {
  wordsep ??= new RegExp(translate(WORDSEP_PY, FLAGS.VERBOSE).source, 'gu');
  return wordsep;
};

export interface WrapOptions {
  width: number;
  initialIndent: string;
  subsequentIndent: string;
  expandTabs: boolean;
  replaceWhitespace: boolean;
  dropWhitespace: boolean;
  breakLongWords: boolean;
  breakOnHyphens: boolean;
  tabsize: number;
  maxLines: number | null;
  placeholder: string;
}

const DEFAULTS: WrapOptions = {
  width: 70,
  initialIndent: '',
  subsequentIndent: '',
  expandTabs: true,
  replaceWhitespace: true,
  dropWhitespace: true,
  breakLongWords: true,
  breakOnHyphens: true,
  tabsize: 8,
  maxLines: null,
  placeholder: ' [...]',
};

function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const n = tabsize > 0 ? tabsize - (col % tabsize) : 0;
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

function split(text: string, o: WrapOptions): string[] {
  if (o.breakOnHyphens) {
    const out: string[] = [];
    let last = 0;
    for (const m of text.matchAll(wordsepRe())) {
      if (m.index > last) out.push(text.slice(last, m.index));
      if (m[1]) out.push(m[1]);
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return out.filter((c) => c !== '');
  }
  return text.split(/([\t\n\v\f\r ]+)/).filter((c) => c !== '');
}

const blank = (s: string) => s.trim() === '' && !/[^\s]/.test(s);

function handleLongWord(
  chunks: string[],
  cur: string[],
  curLen: number,
  width: number,
  o: WrapOptions,
) {
  const spaceLeft = width < 1 ? 1 : width - curLen;
  if (o.breakLongWords) {
    let end = spaceLeft;
    const chunk = chunks[chunks.length - 1];
    if (o.breakOnHyphens && chunk.length > spaceLeft) {
      const hyphen = chunk.lastIndexOf('-', spaceLeft - 1);
      if (hyphen > 0 && /[^-]/.test(chunk.slice(0, hyphen))) end = hyphen + 1;
    }
    cur.push(chunk.slice(0, end));
    chunks[chunks.length - 1] = chunk.slice(end);
  } else if (cur.length === 0) cur.push(chunks.pop()!);
}

export function wrap(text: string, opts: Partial<WrapOptions> = {}): string[] {
  const o = { ...DEFAULTS, ...opts };
  let t = o.expandTabs ? expandTabs(text, o.tabsize) : text;
  if (o.replaceWhitespace) t = t.replace(/[\t\n\v\f\r]/g, ' ');
  const chunks = split(t, o).reverse();
  const lines: string[] = [];
  if (o.width <= 0) throw pyErr(E.ValueError, `invalid width ${o.width} (must be > 0)`);
  if (o.maxLines !== null) {
    const indent = o.maxLines > 1 ? o.subsequentIndent : o.initialIndent;
    if (indent.length + o.placeholder.trimStart().length > o.width)
      throw pyErr(E.ValueError, 'placeholder too large for max width');
  }
  while (chunks.length) {
    const cur: string[] = [];
    let curLen = 0;
    const indent = lines.length ? o.subsequentIndent : o.initialIndent;
    const width = o.width - indent.length;
    if (o.dropWhitespace && blank(chunks[chunks.length - 1]) && lines.length) chunks.pop();
    while (chunks.length) {
      const l = chunks[chunks.length - 1].length;
      if (curLen + l <= width) {
        cur.push(chunks.pop()!);
        curLen += l;
      } else break;
    }
    if (chunks.length && chunks[chunks.length - 1].length > width) {
      handleLongWord(chunks, cur, curLen, width, o);
      curLen = cur.reduce((n, c) => n + c.length, 0);
    }
    if (o.dropWhitespace && cur.length && blank(cur[cur.length - 1])) {
      curLen -= cur[cur.length - 1].length;
      cur.pop();
    }
    if (!cur.length) continue;
    if (
      o.maxLines === null ||
      lines.length + 1 < o.maxLines ||
      ((!chunks.length || (o.dropWhitespace && chunks.length === 1 && blank(chunks[0]))) &&
        curLen <= width)
    ) {
      lines.push(indent + cur.join(''));
      continue;
    }
    let placed = false;
    while (cur.length) {
      if (!blank(cur[cur.length - 1]) && curLen + o.placeholder.length <= width) {
        cur.push(o.placeholder);
        lines.push(indent + cur.join(''));
        placed = true;
        break;
      }
      curLen -= cur[cur.length - 1].length;
      cur.pop();
    }
    if (!placed) {
      const prev = lines.length ? lines[lines.length - 1].trimEnd() : null;
      if (prev !== null && prev.length + o.placeholder.length <= o.width)
        lines[lines.length - 1] = prev + o.placeholder;
      else lines.push(indent + o.placeholder.trimStart());
    }
    break;
  }
  return lines;
}

export function dedent(text: string): string {
  let t = text.replace(/^[ \t]+$/gm, '');
  let margin: string | null = null;
  for (const m of t.matchAll(/^([ \t]*)(?:[^ \t\n])/gm)) {
    const ind = m[1];
    if (margin === null) margin = ind;
    else if (ind.startsWith(margin)) continue;
    else if (margin.startsWith(ind)) margin = ind;
    else {
      let i = 0;
      while (i < margin.length && i < ind.length && margin[i] === ind[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin) {
    const m = margin;
    t = t
      .split('\n')
      .map((l) => (l.startsWith(m) ? l.slice(m.length) : l))
      .join('\n');
  }
  return t;
}

function options(a: Args): Partial<WrapOptions> {
  const o: Partial<WrapOptions> = {};
  const num = (k: string) => {
    const v = a.get(k);
    if (v === undefined) return undefined;
    if (typeof v !== 'bigint') throw pyErr(E.TypeError, `'${k}' must be an int`);
    return Number(v);
  };
  const w = num('width');
  if (w !== undefined) o.width = w;
  const t = num('tabsize');
  if (t !== undefined) o.tabsize = t;
  const ml = a.get('max_lines');
  if (ml !== undefined && ml !== null) o.maxLines = Number(ml);
  for (const [k, key] of [
    ['initial_indent', 'initialIndent'],
    ['subsequent_indent', 'subsequentIndent'],
    ['placeholder', 'placeholder'],
  ] as const) {
    const v = a.get(k);
    if (typeof v === 'string') o[key] = v;
  }
  for (const [k, key] of [
    ['expand_tabs', 'expandTabs'],
    ['replace_whitespace', 'replaceWhitespace'],
    ['drop_whitespace', 'dropWhitespace'],
    ['break_long_words', 'breakLongWords'],
    ['break_on_hyphens', 'breakOnHyphens'],
  ] as const) {
    if (a.has(k)) o[key] = argBool(a, k, DEFAULTS[key]);
  }
  return o;
}

const OPTS = [
  '*',
  'initial_indent=',
  'subsequent_indent=',
  'expand_tabs=',
  'replace_whitespace=',
  'fix_sentence_endings=',
  'break_long_words=',
  'drop_whitespace=',
  'break_on_hyphens=',
  'tabsize=',
  'max_lines=',
  'placeholder=',
];

function textArg(v: PyValue | undefined): string {
  if (typeof v !== 'string')
    throw pyErr(
      E.AttributeError,
      `'${v === null ? 'NoneType' : typeof v}' object has no attribute 'expandtabs'`,
    );
  return v;
}

export function makeTextwrapModule() {
  return makeModule(
    'textwrap',
    {
      wrap: fn(
        'wrap',
        ['text', 'width=', ...OPTS],
        (a) => new PyList(wrap(textArg(a.get('text')), options(a))),
      ),
      fill: fn('fill', ['text', 'width=', ...OPTS], (a) =>
        wrap(textArg(a.get('text')), options(a)).join('\n'),
      ),
      shorten: fn('shorten', ['text', 'width', ...OPTS], (a) => {
        const text = textArg(a.get('text')).trim().split(/\s+/).filter(Boolean).join(' ');
        return wrap(text, { ...options(a), maxLines: 1 }).join('\n');
      }),
      dedent: fn('dedent', ['text'], (a) => dedent(textArg(a.get('text')))),
      indent: fn('indent', ['text', 'prefix', 'predicate='], async (a, ctx) => {
        const text = textArg(a.get('text'));
        const prefix = String(a.get('prefix'));
        const pred = a.get('predicate');
        let out = '';
        for (const line of text.split(/(?<=\n)/)) {
          const ok =
            pred === undefined || pred === null ? line.trim() !== '' : await ctx.call(pred, [line]);
          out += ok === true || (ok !== false && truthy(ok)) ? prefix + line : line;
        }
        return out;
      }),
    },
    ['TextWrapper'],
  );
}
