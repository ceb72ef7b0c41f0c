// The `re` module over JS regular expressions (see re-translate.ts): Pattern and
// Match objects with CPython's API, reprs and errors; findall/finditer/sub/split
// with Python's rules for empty matches; sub templates parsed as sre_parse does.
// A JS regex cannot be interrupted, so a catastrophically backtracking pattern is
// outside the step budget (listed in ASSUMPTIONS.md).

import { arity } from '../builtins/args';
import { E, pyErr, typeForName } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import {
  type NativeContext,
  PyBuiltin,
  PyDict,
  PyIterator,
  PyList,
  PyTuple,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr, strRepr } from '../values/repr';
import { typeName } from '../values/typename';
import { type Args, type ClassLike, NativeClass, NativeObject, fn, makeModule } from './native';
import {
  FLAGS,
  PatternError,
  PatternUnsupported,
  type Translated,
  translate,
} from './re-translate';

export const ReError = typeForName('re.error');

function reError(msg: string, pattern: string, pos: number | null): never {
  let text = msg;
  if (pos !== null) {
    text += ` at position ${pos}`;
    if (pattern.includes('\n')) {
      const before = pattern.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      text += ` (line ${line}, column ${col})`;
    }
  }
  throw pyErr(ReError, text);
}

function subject(v: PyValue | undefined): string {
  if (typeof v === 'string') return v;
  throw pyErr(E.TypeError, `expected string or bytes-like object, got '${typeName(v ?? null)}'`);
}

const FLAG_NAMES: [number, string][] = [
  [FLAGS.TEMPLATE, 're.TEMPLATE'],
  [FLAGS.IGNORECASE, 're.IGNORECASE'],
  [FLAGS.LOCALE, 're.LOCALE'],
  [FLAGS.MULTILINE, 're.MULTILINE'],
  [FLAGS.DOTALL, 're.DOTALL'],
  [FLAGS.UNICODE, 're.UNICODE'],
  [FLAGS.VERBOSE, 're.VERBOSE'],
  [FLAGS.DEBUG, 're.DEBUG'],
  [FLAGS.ASCII, 're.ASCII'],
];

type Mode = 'search' | 'match' | 'full';

class PatternObj extends NativeObject {
  private readonly regexes = new Map<Mode, RegExp>();
  constructor(
    readonly pattern: string,
    readonly t: Translated,
  ) {
    super();
  }
  get cls(): ClassLike {
    return patternClass;
  }
  repr(): string {
    const shown = strRepr(this.pattern.slice(0, 200));
    const flags = this.t.flags & ~FLAGS.UNICODE;
    return `re.compile(${shown}${flags ? `, ${new RegexFlag(flags).repr()}` : ''})`;
  }
  override eq(other: PyValue): boolean {
    return (
      other instanceof PatternObj &&
      other.pattern === this.pattern &&
      other.t.flags === this.t.flags
    );
  }
  override hashKey(): string {
    return `re${this.t.flags}:${this.pattern}`;
  }

  regex(mode: Mode): RegExp {
    let r = this.regexes.get(mode);
    if (!r) {
      const src = mode === 'full' ? `(?:${this.t.source})(?![\\s\\S])` : this.t.source;
      try {
        r = new RegExp(src, `${mode === 'search' ? 'g' : 'y'}du${this.t.jsFlags}`);
      } catch (e) {
        throw pyErr(
          E.NotImplementedError,
          `not supported in the playground: this regular expression (${(e as Error).message})`,
        );
      }
      this.regexes.set(mode, r);
    }
    return r;
  }

  /** One match starting the search at `pos`, on the string cut at `endpos`. */
  exec(s: string, pos: number, endpos: number, mode: Mode): RegExpExecArray | null {
    const r = this.regex(mode);
    const text = endpos < s.length ? s.slice(0, endpos) : s;
    if (pos > text.length) return null;
    r.lastIndex = pos;
    return r.exec(text);
  }

  /** Every match as sre finds them: after an empty match, the next may not be empty at the same spot. */
  *all(s: string, pos: number, endpos: number, ctx: NativeContext): Generator<RegExpExecArray> {
    const end = Math.min(endpos, s.length);
    let at = pos;
    let mustAdvance = false;
    while (at <= end) {
      ctx.tick();
      let m = this.exec(s, at, end, 'search');
      if (m && mustAdvance && m[0] === '' && m.index === at) {
        if (at >= end) return;
        m = this.exec(s, at + 1, end, 'search');
      }
      if (!m) return;
      yield m;
      const stop = m.index + m[0].length;
      mustAdvance = m[0] === '';
      at = stop;
    }
  }
}

class MatchObj extends NativeObject {
  constructor(
    readonly pat: PatternObj,
    readonly m: RegExpExecArray,
    readonly string: string,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super();
  }
  get cls(): ClassLike {
    return matchClass;
  }
  repr(): string {
    const [a, b] = this.span(0);
    return `<re.Match object; span=(${a}, ${b}), match=${repr(this.m[0])}>`;
  }
  override truthy(): boolean {
    return true;
  }
  override getItem(key: PyValue): PyValue {
    return this.group(key);
  }

  index(g: PyValue): number {
    if (typeof g === 'bigint' || typeof g === 'boolean') {
      const i = Number(g);
      if (i >= 0 && i <= this.pat.t.groups) return i;
    } else if (typeof g === 'string') {
      const i = this.pat.t.groupIndex.get(g);
      if (i !== undefined) return i;
    }
    throw pyErr(E.IndexError, 'no such group');
  }
  value(i: number, dflt: PyValue = null): PyValue {
    const v = this.m[i];
    return v === undefined ? dflt : v;
  }
  group(g: PyValue): PyValue {
    return this.value(this.index(g));
  }
  span(i: number): [number, number] {
    const ix = this.m.indices?.[i];
    return ix ? [ix[0], ix[1]] : [-1, -1];
  }
  groups(dflt: PyValue): PyTuple {
    const out: PyValue[] = [];
    for (let i = 1; i <= this.pat.t.groups; i++) out.push(this.value(i, dflt));
    return new PyTuple(out);
  }
  lastindex(): number | null {
    let best: number | null = null;
    let bestEnd = -1;
    for (let i = 1; i <= this.pat.t.groups; i++) {
      const [, e] = this.span(i);
      // The group that closed last: the latest end, the outermost (first) one on a tie.
      if (e >= 0 && (best === null || e > bestEnd)) {
        best = i;
        bestEnd = e;
      }
    }
    return best;
  }
}

const patternClass = new NativeClass<PatternObj>('Pattern', 're');
const matchClass = new NativeClass<MatchObj>('Match', 're');

function toPos(v: PyValue | undefined, len: number, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  let n = typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? Number(v) : Number.NaN;
  if (Number.isNaN(n))
    throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (n < 0) n = Math.max(0, n + len);
  return Math.min(n, len);
}

/** re.IGNORECASE and friends: ints that print as `re.IGNORECASE|re.MULTILINE`. */
class RegexFlag extends NativeObject {
  constructor(readonly value: number) {
    super();
  }
  get cls(): ClassLike {
    return flagClass;
  }
  repr(): string {
    if (this.value === 0) return 're.NOFLAG';
    let rest = this.value;
    const names: string[] = [];
    for (const [bit, name] of FLAG_NAMES) {
      if (rest & bit) {
        names.push(name);
        rest &= ~bit;
      }
    }
    if (rest) names.push(`0x${rest.toString(16)}`);
    return names.join('|');
  }
  override binop(op: string, other: PyValue): PyValue | undefined {
    const o =
      other instanceof RegexFlag ? other.value : typeof other === 'bigint' ? Number(other) : null;
    if (o === null) return undefined;
    if (op === '|') return new RegexFlag(this.value | o);
    if (op === '&') return new RegexFlag(this.value & o);
    if (op === '^') return new RegexFlag(this.value ^ o);
    return undefined;
  }
  override eq(other: PyValue): boolean {
    const o =
      other instanceof RegexFlag ? other.value : typeof other === 'bigint' ? Number(other) : null;
    return o === this.value;
  }
  override hashKey(): string {
    return `i${this.value}`;
  }
  override truthy(): boolean {
    return this.value !== 0;
  }
}
const flagClass = new NativeClass<RegexFlag>('RegexFlag', 're');
flagClass
  .prop('value', (f) => BigInt(f.value))
  .prop('name', (f) => (f.value ? f.repr().replace(/re\./g, '') : 'NOFLAG'));

function flagsArg(v: PyValue | undefined): number {
  if (v === undefined || v === null) return 0;
  if (v instanceof RegexFlag) return v.value;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return Number(v);
  throw pyErr(E.TypeError, `unsupported operand type(s) for &: '${typeName(v)}' and 'int'`);
}

export function compilePattern(p: PyValue | undefined, flags: PyValue | undefined): PatternObj {
  if (p instanceof PatternObj) {
    if (flagsArg(flags))
      throw pyErr(E.ValueError, 'cannot process flags argument with a compiled pattern');
    return p;
  }
  if (typeof p !== 'string')
    throw pyErr(E.TypeError, 'first argument must be string or compiled pattern');
  try {
    return new PatternObj(p, translate(p, flagsArg(flags)));
  } catch (e) {
    if (e instanceof PatternError) reError(e.msg, p, e.pos);
    if (e instanceof PatternUnsupported)
      throw pyErr(
        E.NotImplementedError,
        `not supported in the playground: ${e.message} in re patterns`,
      );
    throw e;
  }
}

// ---- substitution templates (sre_parse.parse_template) ----------------------------

type Piece = string | number;

function parseTemplate(tpl: string, pat: PatternObj): Piece[] {
  const out: Piece[] = [];
  let lit = '';
  const flush = () => {
    if (lit) out.push(lit);
    lit = '';
  };
  const group = (n: number, at: number) => {
    if (n > pat.t.groups) reError(`invalid group reference ${n}`, tpl, at);
    flush();
    out.push(n);
  };
  const ESC: Record<string, string> = {
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\\': '\\',
  };
  let i = 0;
  while (i < tpl.length) {
    const ch = tpl[i];
    if (ch !== '\\') {
      lit += ch;
      i++;
      continue;
    }
    const at = i;
    const c = tpl[i + 1];
    i += 2;
    if (c === undefined) reError('bad escape (end of pattern)', tpl, at);
    if (c === 'g') {
      if (tpl[i] !== '<') reError('missing <', tpl, i);
      const close = tpl.indexOf('>', i + 1);
      if (close < 0) reError('missing >, unterminated name', tpl, i + 1);
      const name = tpl.slice(i + 1, close);
      if (name === '') reError('missing group name', tpl, i + 1);
      let n: number;
      if (/^\d+$/.test(name)) n = Number(name);
      else if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) {
        const g = pat.t.groupIndex.get(name);
        if (g === undefined) throw pyErr(E.IndexError, `unknown group name '${name}'`);
        n = g;
      } else reError(`bad character in group name '${name}'`, tpl, i + 1);
      group(n, i + 1);
      i = close + 1;
    } else if (c === '0') {
      let d = '';
      while (d.length < 2 && /[0-7]/.test(tpl[i] ?? '')) d += tpl[i++];
      lit += String.fromCharCode(Number.parseInt(d || '0', 8) & 0xff);
    } else if (/\d/.test(c)) {
      let d = c;
      if (/\d/.test(tpl[i] ?? '')) {
        d += tpl[i++];
        if (/[0-7]/.test(d[0]) && /[0-7]/.test(d[1]) && /[0-7]/.test(tpl[i] ?? '')) {
          d += tpl[i++];
          const v = Number.parseInt(d, 8);
          if (v > 0o377) reError(`octal escape value \\${d} outside of range 0-0o377`, tpl, at);
          lit += String.fromCharCode(v);
          continue;
        }
      }
      group(Number(d), at + 1);
    } else if (Object.hasOwn(ESC, c)) lit += ESC[c];
    else if (/[A-Za-z]/.test(c)) reError(`bad escape \\${c}`, tpl, at);
    else lit += `\\${c}`;
  }
  flush();
  return out;
}

function expand(pieces: Piece[], m: MatchObj): string {
  return pieces.map((p) => (typeof p === 'string' ? p : (m.m[p] ?? ''))).join('');
}

async function subn(
  pat: PatternObj,
  repl: PyValue,
  s: string,
  count: number,
  ctx: NativeContext,
): Promise<[string, number]> {
  let pieces: Piece[] | null = null;
  if (typeof repl === 'string') pieces = parseTemplate(repl, pat);
  let out = '';
  let last = 0;
  let n = 0;
  for (const m of pat.all(s, 0, s.length, ctx)) {
    if (count > 0 && n >= count) break;
    const mo = new MatchObj(pat, m, s, 0, s.length);
    let r: string;
    if (pieces) r = expand(pieces, mo);
    else {
      const v = await ctx.call(repl, [mo]);
      if (typeof v !== 'string')
        throw pyErr(
          E.TypeError,
          `sequence item ${n * 2}: expected str instance, ${typeName(v)} found`,
        );
      r = v;
    }
    out += s.slice(last, m.index) + r;
    last = m.index + m[0].length;
    n++;
  }
  return [out + s.slice(last), n];
}

function split(pat: PatternObj, s: string, maxsplit: number, ctx: NativeContext): PyList {
  const out: PyValue[] = [];
  let last = 0;
  let n = 0;
  for (const m of pat.all(s, 0, s.length, ctx)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    out.push(s.slice(last, m.index));
    for (let i = 1; i <= pat.t.groups; i++) out.push(m[i] ?? null);
    last = m.index + m[0].length;
    n++;
  }
  out.push(s.slice(last));
  return new PyList(out);
}

function findall(
  pat: PatternObj,
  s: string,
  pos: number,
  endpos: number,
  ctx: NativeContext,
): PyList {
  const out: PyValue[] = [];
  for (const m of pat.all(s, pos, endpos, ctx)) {
    const g = pat.t.groups;
    if (g === 0) out.push(m[0]);
    else if (g === 1) out.push(m[1] ?? '');
    else out.push(new PyTuple(Array.from({ length: g }, (_, i) => m[i + 1] ?? '')));
  }
  return new PyList(out);
}

function finditer(
  pat: PatternObj,
  s: string,
  pos: number,
  endpos: number,
  ctx: NativeContext,
): PyIterator {
  const it = pat.all(s, pos, endpos, ctx);
  return new PyIterator('callable_iterator', () => {
    const r = it.next();
    return r.done ? STOP : new MatchObj(pat, r.value, s, pos, endpos);
  });
}

function matchOne(pat: PatternObj, a: Args, mode: Mode): PyValue {
  const s = subject(a.get('string'));
  const pos = toPos(a.get('pos'), s.length, 0);
  const endpos = toPos(a.get('endpos'), s.length, s.length);
  const m = pat.exec(s, pos, endpos, mode);
  return m ? new MatchObj(pat, m, s, pos, endpos) : null;
}

const maxsplitOf = (v: PyValue | undefined) => (v === undefined ? 0 : Number(v));

patternClass
  .prop('pattern', (p) => p.pattern)
  .prop('flags', (p) => BigInt(p.t.flags))
  .prop('groups', (p) => BigInt(p.t.groups))
  .prop('groupindex', (p) => {
    const d = new PyDict();
    for (const [k, v] of p.t.groupIndex) dictSet(d, k, BigInt(v));
    return d;
  })
  .method('match', ['string', 'pos=', 'endpos='], (p, a) => matchOne(p, a, 'match'))
  .method('search', ['string', 'pos=', 'endpos='], (p, a) => matchOne(p, a, 'search'))
  .method('fullmatch', ['string', 'pos=', 'endpos='], (p, a) => matchOne(p, a, 'full'))
  .method('findall', ['string', 'pos=', 'endpos='], (p, a, ctx) => {
    const s = subject(a.get('string'));
    return findall(
      p,
      s,
      toPos(a.get('pos'), s.length, 0),
      toPos(a.get('endpos'), s.length, s.length),
      ctx,
    );
  })
  .method('finditer', ['string', 'pos=', 'endpos='], (p, a, ctx) => {
    const s = subject(a.get('string'));
    return finditer(
      p,
      s,
      toPos(a.get('pos'), s.length, 0),
      toPos(a.get('endpos'), s.length, s.length),
      ctx,
    );
  })
  .method('sub', ['repl', 'string', 'count='], async (p, a, ctx) => {
    const [r] = await subn(
      p,
      a.get('repl')!,
      subject(a.get('string')),
      maxsplitOf(a.get('count')),
      ctx,
    );
    return r;
  })
  .method('subn', ['repl', 'string', 'count='], async (p, a, ctx) => {
    const [r, n] = await subn(
      p,
      a.get('repl')!,
      subject(a.get('string')),
      maxsplitOf(a.get('count')),
      ctx,
    );
    return new PyTuple([r, BigInt(n)]);
  })
  .method('split', ['string', 'maxsplit='], (p, a, ctx) =>
    split(p, subject(a.get('string')), maxsplitOf(a.get('maxsplit')), ctx),
  );

const spanTuple = ([a, b]: [number, number]) => new PyTuple([BigInt(a), BigInt(b)]);

matchClass
  .prop('string', (m) => m.string)
  .prop('re', (m) => m.pat)
  .prop('pos', (m) => BigInt(m.pos))
  .prop('endpos', (m) => BigInt(m.endpos))
  .prop('lastindex', (m) => {
    const i = m.lastindex();
    return i === null ? null : BigInt(i);
  })
  .prop('lastgroup', (m) => {
    const i = m.lastindex();
    for (const [k, v] of m.pat.t.groupIndex) if (v === i) return k;
    return null;
  })
  .prop(
    'regs',
    (m) => new PyTuple(Array.from({ length: m.pat.t.groups + 1 }, (_, i) => spanTuple(m.span(i)))),
  )
  .method('group', ['*groups'], (m, a) => {
    const gs = (a.get('groups') as PyTuple).items;
    if (gs.length === 0) return m.value(0);
    if (gs.length === 1) return m.group(gs[0]);
    return new PyTuple(gs.map((g) => m.group(g)));
  })
  .method('groups', ['default='], (m, a) => m.groups(a.get('default') ?? null))
  .method('groupdict', ['default='], (m, a) => {
    const d = new PyDict();
    for (const [k, i] of m.pat.t.groupIndex) dictSet(d, k, m.value(i, a.get('default') ?? null));
    return d;
  })
  .method('start', ['group='], (m, a) => BigInt(m.span(m.index(a.get('group') ?? 0n))[0]))
  .method('end', ['group='], (m, a) => BigInt(m.span(m.index(a.get('group') ?? 0n))[1]))
  .method('span', ['group='], (m, a) => spanTuple(m.span(m.index(a.get('group') ?? 0n))))
  .method('expand', ['template'], (m, a) => {
    const t = a.get('template');
    if (typeof t !== 'string')
      throw pyErr(E.TypeError, `expected str instance, ${typeName(t ?? null)} found`);
    return expand(parseTemplate(t, m.pat), m);
  });

const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

export function makeReModule() {
  const withPattern = (
    name: string,
    spec: string[],
    run: (p: PatternObj, a: Args, ctx: NativeContext) => PyValue | Promise<PyValue>,
  ) => fn(name, spec, (a, ctx) => run(compilePattern(a.get('pattern'), a.get('flags')), a, ctx));
  const flagMembers: Record<string, PyValue> = {
    NOFLAG: new RegexFlag(0),
    RegexFlag: flagClass.type,
  };
  for (const [name, bit] of Object.entries(FLAGS)) flagMembers[name] = new RegexFlag(bit);
  for (const [short, long] of [
    ['I', 'IGNORECASE'],
    ['L', 'LOCALE'],
    ['M', 'MULTILINE'],
    ['S', 'DOTALL'],
    ['U', 'UNICODE'],
    ['X', 'VERBOSE'],
    ['A', 'ASCII'],
    ['T', 'TEMPLATE'],
  ])
    flagMembers[short] = flagMembers[long];
  return makeModule(
    're',
    {
      ...flagMembers,
      error: ReError,
      Pattern: patternClass.type,
      Match: matchClass.type,
      compile: fn('compile', ['pattern', 'flags='], (a) =>
        compilePattern(a.get('pattern'), a.get('flags')),
      ),
      match: withPattern('match', ['pattern', 'string', 'flags='], (p, a) =>
        matchOne(p, a, 'match'),
      ),
      search: withPattern('search', ['pattern', 'string', 'flags='], (p, a) =>
        matchOne(p, a, 'search'),
      ),
      fullmatch: withPattern('fullmatch', ['pattern', 'string', 'flags='], (p, a) =>
        matchOne(p, a, 'full'),
      ),
      findall: withPattern('findall', ['pattern', 'string', 'flags='], (p, a, ctx) => {
        const s = subject(a.get('string'));
        return findall(p, s, 0, s.length, ctx);
      }),
      finditer: withPattern('finditer', ['pattern', 'string', 'flags='], (p, a, ctx) => {
        const s = subject(a.get('string'));
        return finditer(p, s, 0, s.length, ctx);
      }),
      sub: withPattern(
        'sub',
        ['pattern', 'repl', 'string', 'count=', 'flags='],
        async (p, a, ctx) => {
          const [r] = await subn(
            p,
            a.get('repl')!,
            subject(a.get('string')),
            maxsplitOf(a.get('count')),
            ctx,
          );
          return r;
        },
      ),
      subn: withPattern(
        'subn',
        ['pattern', 'repl', 'string', 'count=', 'flags='],
        async (p, a, ctx) => {
          const [r, n] = await subn(
            p,
            a.get('repl')!,
            subject(a.get('string')),
            maxsplitOf(a.get('count')),
            ctx,
          );
          return new PyTuple([r, BigInt(n)]);
        },
      ),
      split: withPattern('split', ['pattern', 'string', 'maxsplit=', 'flags='], (p, a, ctx) =>
        split(p, subject(a.get('string')), maxsplitOf(a.get('maxsplit')), ctx),
      ),
      escape: new PyBuiltin('escape', (_c, args) => {
        arity('escape', args, 1, 1);
        const s = args[0];
        if (typeof s !== 'string')
          throw pyErr(E.TypeError, `expected str instance, ${typeName(s)} found`);
        let out = '';
        for (const ch of s) out += SPECIAL.has(ch) ? `\\${ch}` : ch;
        return out;
      }),
      purge: fn('purge', [], () => null),
    },
    ['template', 'Scanner'],
  );
}
