// `argparse`, after CPython 3.11's Lib/argparse.py: the same usage and help layout
// (HelpFormatter's widths, wrapping and sections, for an 80-column terminal), the same
// error texts, `prog: error: ...` on stderr with exit status 2, and -h/--help on stdout
// with status 0. parse_args() reads sys.argv[1:] of the run.

import { E, pyErr, typeForName } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import {
  type NativeContext,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFunction,
  PyList,
  PyTuple,
  PyType,
  type PyValue,
} from '../values/objects';
import { pyEq } from '../values/compare';
import { printf } from '../values/printf';
import { repr, str } from '../values/repr';
import { typeName } from '../values/typename';
import { type Args, type ClassLike, NativeClass, NativeObject, fn, makeModule } from './native';
import type { StdlibServices } from './services';
import { wrap } from './textwrap';

const ArgumentError = typeForName('argparse.ArgumentError');
const ArgumentTypeError = typeForName('argparse.ArgumentTypeError');
const SUPPRESS = '==SUPPRESS==';
const WIDTH = 78;
const MAX_HELP_POSITION = 24;

type Kind =
  | 'store'
  | 'store_const'
  | 'store_true'
  | 'store_false'
  | 'append'
  | 'append_const'
  | 'count'
  | 'help'
  | 'version'
  | 'extend';
const KINDS = new Set<string>([
  'store',
  'store_const',
  'store_true',
  'store_false',
  'append',
  'append_const',
  'count',
  'help',
  'version',
  'extend',
]);

type Nargs = null | '?' | '*' | '+' | number;

interface Action {
  optionStrings: string[];
  dest: string;
  kind: Kind;
  nargs: Nargs;
  konst: PyValue;
  default: PyValue;
  type: PyValue | null;
  choices: PyValue[] | null;
  required: boolean;
  help: string | null;
  metavar: PyValue | null;
  version?: string;
  group: Group;
}

interface Group {
  title: string | null;
  description: string | null;
  actions: Action[];
}

// ---- Namespace ------------------------------------------------------------------

export class NamespaceObj extends NativeObject {
  readonly attrs = new Map<string, PyValue>();
  get cls(): ClassLike {
    return namespaceClass;
  }
  override getAttr(name: string): PyValue | undefined {
    return this.attrs.get(name);
  }
  override setAttr(name: string, value: PyValue): boolean {
    this.attrs.set(name, value);
    return true;
  }
  repr(): string {
    const entries = [...this.attrs];
    const ident = entries
      .filter(([k]) => /^[A-Za-z_]\w*$/.test(k))
      .map(([k, v]) => `${k}=${repr(v)}`);
    const other = entries.filter(([k]) => !/^[A-Za-z_]\w*$/.test(k));
    if (other.length)
      ident.push(`**{${other.map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`);
    return `Namespace(${ident.join(', ')})`;
  }
  override eq(other: PyValue): boolean {
    if (!(other instanceof NamespaceObj) || other.attrs.size !== this.attrs.size) return false;
    for (const [k, v] of this.attrs)
      if (!other.attrs.has(k) || !pyEq(v, other.attrs.get(k)!)) return false;
    return true;
  }
  override contains(item: PyValue): boolean {
    return typeof item === 'string' && this.attrs.has(item);
  }
  /** vars(ns): its attributes as a dict. */
  asDict(): PyDict {
    const d = new PyDict();
    for (const [k, v] of this.attrs) dictSet(d, k, v);
    return d;
  }
}

const namespaceClass = new NativeClass<NamespaceObj>('Namespace', 'argparse', {
  spec: ['**kwargs'],
  make: (a) => {
    const ns = new NamespaceObj();
    for (const [, [k, v]] of (a.get('kwargs') as PyDict).map) ns.attrs.set(String(k), v);
    return ns;
  },
});
namespaceClass.method('__contains__', ['key'], (ns, a) => ns.contains(a.get('key')!));

// ---- formatting -----------------------------------------------------------------

const ws = (t: string) => t.replace(/[ \t\n\r\f\v]+/g, ' ').trim();

function metavarOf(a: Action, dflt: string): string[] | string {
  if (a.metavar !== null) {
    if (a.metavar instanceof PyTuple) return a.metavar.items.map((x) => str(x));
    return str(a.metavar);
  }
  if (a.choices) return `{${a.choices.map((c) => str(c)).join(',')}}`;
  return dflt;
}

function formatArgs(a: Action, dflt: string): string {
  const m = metavarOf(a, dflt);
  const at = (i: number) => (Array.isArray(m) ? (m[i] ?? m[0]) : m);
  const n = a.nargs;
  if (n === null) return at(0);
  if (n === '?') return `[${at(0)}]`;
  if (n === '*')
    return Array.isArray(m) && m.length === 2 ? `[${m[0]} [${m[1]} ...]]` : `[${at(0)} ...]`;
  if (n === '+') return `${at(0)} [${Array.isArray(m) ? (m[1] ?? m[0]) : m} ...]`;
  return Array.from({ length: n }, (_, i) => at(i)).join(' ');
}

const positionalDefault = (a: Action) => a.dest;
const optionalDefault = (a: Action) => a.dest.toUpperCase();
const takesValue = (a: Action) => a.kind === 'store' || a.kind === 'append' || a.kind === 'extend';

function invocation(a: Action): string {
  if (!a.optionStrings.length) {
    const m = metavarOf(a, positionalDefault(a));
    return Array.isArray(m) ? m.join(' ') : m;
  }
  if (!takesValue(a)) return a.optionStrings.join(', ');
  const args = formatArgs(a, optionalDefault(a));
  return a.optionStrings.map((o) => `${o} ${args}`).join(', ');
}

function actionUsage(a: Action): string {
  if (!a.optionStrings.length) return formatArgs(a, positionalDefault(a));
  const part = takesValue(a)
    ? `${a.optionStrings[0]} ${formatArgs(a, optionalDefault(a))}`
    : a.optionStrings[0];
  return a.required ? part : `[${part}]`;
}

type Formatter = 'plain' | 'defaults' | 'raw-description' | 'raw-text';

class ParserObj extends NativeObject {
  readonly actions: Action[] = [];
  readonly groups: Group[];
  readonly defaults = new Map<string, PyValue>();
  constructor(
    readonly mod: ArgparseModule,
    readonly prog: string,
    readonly usage: string | null,
    readonly description: string | null,
    readonly epilog: string | null,
    readonly formatter: Formatter,
    readonly exitOnError: boolean,
    readonly allowAbbrev: boolean,
  ) {
    super();
    this.groups = [
      { title: 'positional arguments', description: null, actions: [] },
      { title: 'options', description: null, actions: [] },
    ];
  }
  get cls(): ClassLike {
    return this.mod.parserClass;
  }
  repr(): string {
    return `ArgumentParser(prog=${repr(this.prog)}, usage=${repr(this.usage)}, description=${repr(this.description)}, formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=True)`;
  }

  formatUsage(): string {
    if (this.usage !== null) return `usage: ${this.usage.replace(/%\(prog\)s/g, this.prog)}\n\n`;
    const prefix = 'usage: ';
    const opts = this.actions.filter((a) => a.optionStrings.length && a.help !== SUPPRESS);
    const pos = this.actions.filter((a) => !a.optionStrings.length && a.help !== SUPPRESS);
    const optParts = opts.map(actionUsage);
    const posParts = pos.map(actionUsage);
    let usage = [this.prog, ...optParts, ...posParts].join(' ');
    const textWidth = WIDTH;
    if (prefix.length + usage.length > textWidth) {
      const getLines = (parts: string[], indent: string, pre?: string) => {
        const lines: string[] = [];
        let line: string[] = [];
        let len = pre !== undefined ? pre.length - 1 : indent.length - 1;
        for (const part of parts) {
          if (len + 1 + part.length > textWidth && line.length) {
            lines.push(indent + line.join(' '));
            line = [];
            len = indent.length - 1;
          }
          line.push(part);
          len += part.length + 1;
        }
        if (line.length) lines.push(indent + line.join(' '));
        if (pre !== undefined && lines.length) lines[0] = lines[0].slice(indent.length);
        return lines;
      };
      let lines: string[];
      if (prefix.length + this.prog.length <= 0.75 * textWidth) {
        const indent = ' '.repeat(prefix.length + this.prog.length + 1);
        if (optParts.length) {
          lines = getLines([this.prog, ...optParts], indent, prefix);
          lines.push(...getLines(posParts, indent));
        } else if (posParts.length) lines = getLines([this.prog, ...posParts], indent, prefix);
        else lines = [this.prog];
      } else {
        const indent = ' '.repeat(prefix.length);
        const parts = [...optParts, ...posParts];
        lines = getLines(parts, indent);
        if (lines.length > 1) {
          lines = [...getLines(optParts, indent), ...getLines(posParts, indent)];
        }
        lines = [this.prog, ...lines];
      }
      usage = lines.join('\n');
    }
    return `${prefix}${usage}\n\n`;
  }

  fillText(text: string, indent: string): string {
    const t = text.replace(/%\(prog\)s/g, this.prog);
    if (this.formatter === 'raw-description' || this.formatter === 'raw-text')
      return `${t
        .split(/(?<=\n)/)
        .map((l) => indent + l)
        .join('')}\n\n`;
    return `${wrap(ws(t), { width: Math.max(WIDTH - indent.length, 11), initialIndent: indent, subsequentIndent: indent }).join('\n')}\n\n`;
  }

  helpText(a: Action): string {
    let h = a.help ?? '';
    if (this.formatter === 'defaults' && !h.includes('%(default)') && a.default !== SUPPRESS) {
      if (a.optionStrings.length || a.nargs === '?' || a.nargs === '*')
        h += ' (default: %(default)s)';
    }
    if (!h.includes('%')) return h;
    const params = new PyDict();
    const put = (k: string, v: PyValue) => {
      if (v === SUPPRESS) return;
      let x = v;
      if (x instanceof PyType || x instanceof PyBuiltin) x = x.name;
      else if (x instanceof PyFunction) x = x.info.name;
      dictSet(params, k, x);
    };
    put('option_strings', new PyList(a.optionStrings));
    put('dest', a.dest);
    put('nargs', a.nargs === null ? null : typeof a.nargs === 'number' ? BigInt(a.nargs) : a.nargs);
    put('const', a.konst);
    put('default', a.default);
    put('type', a.type);
    put('choices', a.choices ? a.choices.map((c) => str(c)).join(', ') : null);
    put('required', a.required);
    put('help', a.help);
    put('metavar', a.metavar);
    put('prog', this.prog);
    return printf(h, params);
  }

  formatHelp(): string {
    let out = this.formatUsage();
    if (this.description !== null) out += this.fillText(this.description, '');
    const all = this.groups.flatMap((g) => g.actions).filter((a) => a.help !== SUPPRESS);
    const maxLen = Math.max(0, ...all.map((a) => invocation(a).length + 2));
    const helpPosition = Math.min(maxLen + 2, MAX_HELP_POSITION);
    const helpWidth = Math.max(WIDTH - helpPosition, 11);
    const actionWidth = helpPosition - 2 - 2;
    for (const g of this.groups) {
      let items = '';
      if (g.description !== null) items += this.fillText(g.description, '  ');
      for (const a of g.actions) {
        if (a.help === SUPPRESS) continue;
        const inv = invocation(a);
        let header: string;
        let indentFirst = 0;
        if (a.help === null) header = `  ${inv}\n`;
        else if (inv.length <= actionWidth) header = `  ${inv.padEnd(actionWidth)}  `;
        else {
          header = `  ${inv}\n`;
          indentFirst = helpPosition;
        }
        items += header;
        if (a.help?.trim()) {
          const text = this.helpText(a);
          const lines =
            this.formatter === 'raw-text' ? text.split('\n') : wrap(ws(text), { width: helpWidth });
          if (lines.length) {
            items += `${' '.repeat(indentFirst)}${lines[0]}\n`;
            for (const l of lines.slice(1)) items += `${' '.repeat(helpPosition)}${l}\n`;
          } else if (!header.endsWith('\n')) items += '\n';
        } else if (!header.endsWith('\n')) items += '\n';
      }
      if (items) out += `\n${g.title !== null ? `${g.title}:\n` : ''}${items}\n`;
    }
    if (this.epilog !== null) out += this.fillText(this.epilog, '');
    return `${out.replace(/\n\n\n+/g, '\n\n').replace(/^\n+|\n+$/g, '')}\n`;
  }
}

function actionName(a: Action): string {
  if (a.optionStrings.length) return a.optionStrings.join('/');
  if (a.metavar !== null && a.metavar !== SUPPRESS) return str(a.metavar);
  return a.dest;
}

const NEGATIVE = /^-\d+$|^-\d*\.\d+$/;

// ---- the module --------------------------------------------------------------------

class ArgparseModule {
  readonly parserClass: NativeClass<ParserObj>;
  readonly groupClass: NativeClass<GroupObj>;
  private readonly formatters: Map<PyType, Formatter>;

  constructor(private readonly s: StdlibServices) {
    const fmt = (name: string) => new PyType(name, null, undefined, 'argparse');
    this.formatters = new Map([
      [fmt('HelpFormatter'), 'plain'],
      [fmt('ArgumentDefaultsHelpFormatter'), 'defaults'],
      [fmt('RawDescriptionHelpFormatter'), 'raw-description'],
      [fmt('RawTextHelpFormatter'), 'raw-text'],
    ]);
    this.parserClass = new NativeClass<ParserObj>('ArgumentParser', 'argparse', {
      spec: [
        'prog=',
        'usage=',
        'description=',
        'epilog=',
        'parents=',
        'formatter_class=',
        'prefix_chars=',
        'fromfile_prefix_chars=',
        'argument_default=',
        'conflict_handler=',
        'add_help=',
        'allow_abbrev=',
        'exit_on_error=',
      ],
      make: (a) => this.makeParser(a),
    });
    this.groupClass = new NativeClass<GroupObj>('_ArgumentGroup', 'argparse');
    this.defineParser();
  }

  get formatterTypes(): Record<string, PyValue> {
    const out: Record<string, PyValue> = {};
    for (const t of this.formatters.keys()) out[t.name] = t;
    return out;
  }

  argv(): PyValue[] {
    const argv = this.s.sys().attrs.get('argv');
    return argv instanceof PyList ? argv.items : [];
  }

  private makeParser(a: Args): ParserObj {
    const optStr = (k: string) => {
      const v = a.get(k);
      return v === undefined || v === null ? null : str(v);
    };
    const argv0 = this.argv()[0];
    const prog =
      optStr('prog') ??
      (typeof argv0 === 'string' ? argv0.slice(argv0.lastIndexOf('/') + 1) : 'snippet.py');
    const fc = a.get('formatter_class');
    const formatter = (fc instanceof PyType && this.formatters.get(fc)) || 'plain';
    const p = new ParserObj(
      this,
      prog,
      optStr('usage'),
      optStr('description'),
      optStr('epilog'),
      formatter,
      a.get('exit_on_error') !== false,
      a.get('allow_abbrev') !== false,
    );
    if (a.get('add_help') !== false) {
      this.addAction(
        p,
        p.groups[1],
        ['-h', '--help'],
        new Map<string, PyValue>([
          ['action', 'help'],
          ['help', 'show this help message and exit'],
        ]),
      );
    }
    return p;
  }

  /** add_argument's checks and defaults, as argparse's _get_optional_kwargs/_get_positional_kwargs. */
  addAction(p: ParserObj, g: Group, names: PyValue[], kw: Map<string, PyValue>): Action {
    const strs = names.map((n) => {
      if (typeof n !== 'string')
        throw pyErr(E.TypeError, `'${typeName(n)}' object is not subscriptable`);
      return n;
    });
    const get = (k: string) => kw.get(k);
    const kindV = get('action') ?? 'store';
    if (typeof kindV !== 'string' || !KINDS.has(kindV)) {
      if (kindV instanceof PyType)
        throw pyErr(
          E.NotImplementedError,
          'not supported in the playground: custom argparse Action classes',
        );
      throw pyErr(E.ValueError, `unknown action "${str(kindV)}"`);
    }
    const kind = kindV as Kind;
    let optionStrings: string[] = [];
    let dest: string;
    const positional = strs.length === 0 || (strs.length === 1 && !strs[0].startsWith('-'));
    if (positional) {
      if (kw.has('required'))
        throw pyErr(E.TypeError, "'required' is an invalid argument for positionals");
      if (strs.length === 0 && !kw.has('dest'))
        throw pyErr(E.TypeError, "add_argument() missing 1 required positional argument: 'dest'");
      if (strs.length && kw.has('dest'))
        throw pyErr(E.ValueError, 'dest supplied twice for positional argument');
      dest = strs.length ? strs[0] : str(get('dest')!);
    } else {
      for (const o of strs) {
        if (!o.startsWith('-'))
          throw pyErr(
            E.ValueError,
            `invalid option string ${repr(o)}: must start with a character '-'`,
          );
      }
      optionStrings = strs;
      const d = get('dest');
      if (d !== undefined && d !== null) dest = str(d);
      else {
        const long = strs.find((o) => o.startsWith('--') && o.length > 2) ?? strs[0];
        dest = long.replace(/^-+/, '').replace(/-/g, '_');
        if (!dest) throw pyErr(E.ValueError, `dest= is required for options like ${repr(strs[0])}`);
      }
    }
    for (const o of optionStrings) {
      const clash = p.actions.find((a) => a.optionStrings.includes(o));
      if (clash)
        throw pyErr(
          ArgumentError,
          `argument ${optionStrings.join('/')}: conflicting option string: ${o}`,
        );
    }
    let nargs: Nargs = null;
    const nv = get('nargs');
    if (nv !== undefined && nv !== null) {
      if (typeof nv === 'bigint') nargs = Number(nv);
      else if (nv === '?' || nv === '*' || nv === '+') nargs = nv;
      else throw pyErr(E.ValueError, 'invalid nargs value');
    }
    if (!takesValue({ kind } as Action) && nv !== undefined)
      throw pyErr(E.TypeError, `__init__() got an unexpected keyword argument 'nargs'`);
    if (nargs === 0 && takesValue({ kind } as Action))
      throw pyErr(
        E.ValueError,
        'nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate',
      );
    const flagDefault: Partial<Record<Kind, PyValue>> = {
      store_true: false,
      store_false: true,
      help: SUPPRESS,
      version: SUPPRESS,
    };
    let dflt = kw.has('default')
      ? get('default')!
      : (flagDefault[kind] ?? (p.defaults.has(dest) ? p.defaults.get(dest)! : null));
    if (kind === 'help' || kind === 'version') dest = SUPPRESS;
    if (kind === 'help' || kind === 'version') dflt = SUPPRESS;
    const choicesV = get('choices');
    let choices: PyValue[] | null = null;
    if (choicesV !== undefined && choicesV !== null) {
      if (choicesV instanceof PyList || choicesV instanceof PyTuple) choices = choicesV.items;
      else if (typeof choicesV === 'string') choices = [...choicesV];
      else if (choicesV instanceof PyDict) choices = [...choicesV.map.values()].map(([k]) => k);
      else
        throw pyErr(
          E.NotImplementedError,
          `not supported in the playground: choices of type ${typeName(choicesV)}`,
        );
    }
    const helpV = get('help');
    const metavar = get('metavar') ?? null;
    const action: Action = {
      optionStrings,
      dest,
      kind,
      nargs,
      konst: get('const') ?? (kind === 'store_true' ? true : kind === 'store_false' ? false : null),
      default: dflt,
      type: get('type') ?? null,
      choices,
      required:
        get('required') === true ||
        (positional && (nargs === null || nargs === '+' || typeof nargs === 'number')),
      help: helpV === undefined || helpV === null ? null : str(helpV),
      metavar,
      version: kind === 'version' ? str(get('version') ?? null) : undefined,
      group: g,
    };
    if (
      action.type !== null &&
      !(
        action.type instanceof PyType ||
        action.type instanceof PyBuiltin ||
        action.type instanceof PyFunction ||
        action.type instanceof NativeObject
      )
    )
      throw pyErr(E.ValueError, `${repr(action.type)} is not callable`);
    p.actions.push(action);
    (positional && g === p.groups[1] ? p.groups[0] : g).actions.push(action);
    return action;
  }

  /** Prints usage and `prog: error: message` to stderr, then exits 2 (ArgumentParser.error). */
  fail(p: ParserObj, message: string): never {
    this.s.write(p.formatUsage().replace(/\n\n$/, '\n'), 'stderr');
    this.s.write(`${p.prog}: error: ${message}\n`, 'stderr');
    throw new PyExc(E.SystemExit, [2n]);
  }

  async convert(p: ParserObj, a: Action, text: string, ctx: NativeContext): Promise<PyValue> {
    let v: PyValue = text;
    if (a.type !== null) {
      try {
        v = await ctx.call(a.type, [text]);
      } catch (e) {
        if (!(e instanceof PyExc)) throw e;
        if (e.type.isSubclassOf(ArgumentTypeError)) throw argError(a, str(e.args[0] ?? ''));
        if (e.type.isSubclassOf(E.TypeError) || e.type.isSubclassOf(E.ValueError)) {
          const t = a.type;
          const name =
            t instanceof PyType || t instanceof PyBuiltin
              ? t.name
              : t instanceof PyFunction
                ? t.info.name
                : repr(t);
          throw argError(a, `invalid ${name} value: ${repr(text)}`);
        }
        throw e;
      }
    }
    if (a.choices && !a.choices.some((c) => pyEq(c, v)))
      throw argError(
        a,
        `invalid choice: ${repr(v)} (choose from ${a.choices.map((c) => repr(c)).join(', ')})`,
      );
    void p;
    return v;
  }

  async parse(
    p: ParserObj,
    argsV: PyValue | undefined,
    nsV: PyValue | undefined,
    ctx: NativeContext,
    known: boolean,
  ): Promise<PyValue> {
    let argv: string[];
    if (argsV === undefined || argsV === null)
      argv = this.argv()
        .slice(1)
        .map((x) => str(x));
    else if (argsV instanceof PyList || argsV instanceof PyTuple)
      argv = argsV.items.map((x) => {
        if (typeof x !== 'string')
          throw pyErr(E.TypeError, `'${typeName(x)}' object is not subscriptable`);
        return x;
      });
    else throw pyErr(E.TypeError, `'${typeName(argsV)}' object is not iterable`);
    const ns = nsV instanceof NamespaceObj ? nsV : new NamespaceObj();
    try {
      const extras = await this.parseInto(p, argv, ns, ctx);
      if (extras.length && !known) this.fail(p, `unrecognized arguments: ${extras.join(' ')}`);
      return known ? new PyTuple([ns, new PyList(extras)]) : ns;
    } catch (e) {
      if (e instanceof ArgFailure) {
        if (!p.exitOnError) throw pyErr(ArgumentError, e.message);
        this.fail(p, e.message);
      }
      throw e;
    }
  }

  private async parseInto(
    p: ParserObj,
    argv: string[],
    ns: NamespaceObj,
    ctx: NativeContext,
  ): Promise<string[]> {
    for (const a of p.actions) {
      if (a.dest !== SUPPRESS && !ns.attrs.has(a.dest) && a.default !== SUPPRESS)
        ns.attrs.set(a.dest, a.default);
    }
    for (const [k, v] of p.defaults) if (!ns.attrs.has(k)) ns.attrs.set(k, v);
    const negLike = p.actions.some((a) => a.optionStrings.some((o) => NEGATIVE.test(o)));
    const isOption = (t: string) =>
      t.startsWith('-') && t !== '-' && t !== '--' && !(NEGATIVE.test(t) && !negLike);
    const seen = new Set<Action>();
    const extras: string[] = [];
    const findOption = (t: string): { action: Action; value?: string; rest?: string } | null => {
      const [flag, explicit] =
        t.includes('=') && t.startsWith('--')
          ? [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)]
          : [t, undefined];
      const exact = p.actions.find((a) => a.optionStrings.includes(flag));
      if (exact) return { action: exact, value: explicit };
      if (t.startsWith('--')) {
        if (!p.allowAbbrev) return null;
        const hits = p.actions.flatMap((a) =>
          a.optionStrings
            .filter((o) => o.startsWith('--') && o.startsWith(flag))
            .map((o) => ({ a, o })),
        );
        if (hits.length === 1) return { action: hits[0].a, value: explicit };
        if (hits.length > 1)
          throw new ArgFailure(
            `ambiguous option: ${flag} could match ${hits.map((h) => h.o).join(', ')}`,
          );
        return null;
      }
      // -xVALUE or -vvv: a short option with something attached.
      const short = p.actions.find((a) => a.optionStrings.includes(t.slice(0, 2)));
      if (short && t.length > 2) {
        if (t[2] === '=') return { action: short, value: t.slice(3) };
        return takesValue(short)
          ? { action: short, value: t.slice(2) }
          : { action: short, rest: `-${t.slice(2)}` };
      }
      return null;
    };
    // As _parse_known_args: 'O' for an option string, 'A' for an argument, '-' for '--'.
    let dashed = false;
    const pattern = argv.map((t) => {
      if (dashed) return 'A';
      if (t === '--') {
        dashed = true;
        return '-';
      }
      return isOption(t) ? 'O' : 'A';
    });
    let positionals = p.actions.filter((a) => !a.optionStrings.length);
    const minOf = (a: Action) =>
      a.nargs === null || a.nargs === '+' ? 1 : typeof a.nargs === 'number' ? a.nargs : 0;
    /** Positionals matched greedily against the arguments before the next option (match_partial). */
    const consumePositionals = async (start: number): Promise<number> => {
      const chunk: string[] = [];
      let end = start;
      while (end < argv.length && pattern[end] !== 'O') {
        if (pattern[end] === 'A') chunk.push(argv[end]);
        end++;
      }
      let n = positionals.length;
      while (n > 0 && positionals.slice(0, n).reduce((t, a) => t + minOf(a), 0) > chunk.length) n--;
      let used = 0;
      for (let idx = 0; idx < n; idx++) {
        const a = positionals[idx];
        const later = positionals.slice(idx + 1, n).reduce((t, b) => t + minOf(b), 0);
        const avail = chunk.length - used - later;
        const take =
          a.nargs === null
            ? 1
            : typeof a.nargs === 'number'
              ? a.nargs
              : a.nargs === '?'
                ? Math.min(1, avail)
                : avail;
        await this.apply(p, a, chunk.slice(used, used + take), ns, ctx, take > 0);
        seen.add(a);
        used += take;
      }
      positionals = positionals.slice(n);
      // Past the consumed arguments (and the '--' markers among them).
      let i = start;
      for (let taken = 0; taken < used; i++) if (pattern[i] === 'A') taken++;
      return i;
    };
    const consumeOptional = async (start: number): Promise<number> => {
      let i = start + 1;
      const hit = findOption(argv[start]);
      if (!hit) {
        extras.push(argv[start]);
        return i;
      }
      let chain: typeof hit | null = hit;
      while (chain) {
        const { action: a, value, rest } = chain;
        chain = null;
        let values: string[] = [];
        if (!takesValue(a)) {
          if (value !== undefined) throw argError(a, `ignored explicit argument ${repr(value)}`);
        } else if (value !== undefined) {
          values = [value];
          if (
            a.nargs !== null &&
            a.nargs !== '?' &&
            a.nargs !== 1 &&
            a.nargs !== '*' &&
            a.nargs !== '+'
          )
            throw argError(a, `expected ${a.nargs} arguments`);
        } else {
          const following: string[] = [];
          for (let j = i; j < argv.length && pattern[j] === 'A'; j++) following.push(argv[j]);
          const n = a.nargs;
          if (n === null) {
            if (!following.length) throw argError(a, 'expected one argument');
            values = following.slice(0, 1);
          } else if (n === '?') values = following.slice(0, 1);
          else if (n === '*') values = following;
          else if (n === '+') {
            if (!following.length) throw argError(a, 'expected at least one argument');
            values = following;
          } else {
            if (following.length < n)
              throw argError(a, `expected ${n} argument${n === 1 ? '' : 's'}`);
            values = following.slice(0, n);
          }
          i += values.length;
        }
        await this.apply(p, a, values, ns, ctx, value !== undefined || values.length > 0);
        seen.add(a);
        if (rest !== undefined) {
          const next = findOption(rest);
          if (!next) extras.push(rest);
          else chain = next;
        }
      }
      return i;
    };
    const optionAt = pattern.flatMap((c, i) => (c === 'O' ? [i] : []));
    let start = 0;
    const lastOption = optionAt.length ? optionAt[optionAt.length - 1] : -1;
    while (start <= lastOption) {
      const next = optionAt.find((i) => i >= start)!;
      if (start !== next) {
        const endPos = await consumePositionals(start);
        if (endPos > start) {
          start = endPos;
          continue;
        }
        start = endPos;
      }
      if (pattern[start] !== 'O') {
        extras.push(...argv.slice(start, next));
        start = next;
      }
      start = await consumeOptional(start);
    }
    const stop = await consumePositionals(start);
    extras.push(...argv.slice(stop));
    const missing = p.actions.filter((a) => a.required && !seen.has(a)).map(actionName);
    if (missing.length)
      throw new ArgFailure(`the following arguments are required: ${missing.join(', ')}`);
    for (const a of p.actions) {
      if (seen.has(a) || typeof a.default !== 'string' || a.default === SUPPRESS) continue;
      if (ns.attrs.get(a.dest) === a.default && a.type !== null)
        ns.attrs.set(a.dest, await this.convert(p, a, a.default, ctx));
    }
    return extras;
  }

  private async apply(
    p: ParserObj,
    a: Action,
    strs: string[],
    ns: NamespaceObj,
    ctx: NativeContext,
    given: boolean,
  ): Promise<void> {
    switch (a.kind) {
      case 'help':
        this.s.write(p.formatHelp(), 'stdout');
        throw new PyExc(E.SystemExit, [0n]);
      case 'version':
        this.s.write(`${(a.version ?? '').replace(/%\(prog\)s/g, p.prog)}\n`, 'stdout');
        throw new PyExc(E.SystemExit, [0n]);
      case 'store_true':
      case 'store_false':
      case 'store_const':
        ns.attrs.set(a.dest, a.konst);
        return;
      case 'append_const': {
        const cur = ns.attrs.get(a.dest);
        ns.attrs.set(a.dest, new PyList([...(cur instanceof PyList ? cur.items : []), a.konst]));
        return;
      }
      case 'count': {
        const cur = ns.attrs.get(a.dest);
        ns.attrs.set(a.dest, (typeof cur === 'bigint' ? cur : 0n) + 1n);
        return;
      }
    }
    const vals: PyValue[] = [];
    for (const s of strs) vals.push(await this.convert(p, a, s, ctx));
    let value: PyValue;
    if (a.nargs === null) value = vals[0];
    else if (a.nargs === '?') {
      if (given) value = vals[0];
      else if (a.optionStrings.length) value = a.konst;
      else
        value =
          typeof a.default === 'string' && a.type !== null
            ? await this.convert(p, a, a.default, ctx)
            : a.default;
    } else if (a.nargs === '*' && !given && !a.optionStrings.length)
      value = a.default !== null ? a.default : new PyList([]);
    else value = new PyList(vals);
    if (a.kind === 'append' || a.kind === 'extend') {
      const cur = ns.attrs.get(a.dest);
      const items = cur instanceof PyList ? [...cur.items] : [];
      if (a.kind === 'extend' && value instanceof PyList) items.push(...value.items);
      else items.push(value);
      value = new PyList(items);
    }
    ns.attrs.set(a.dest, value);
  }

  private defineParser(): void {
    const addArgument = (p: ParserObj, g: Group, a: Args) =>
      this.addAction(
        p,
        g,
        (a.get('args') as PyTuple).items,
        new Map([...(a.get('kwargs') as PyDict).map.values()].map(([k, v]) => [String(k), v])),
      );
    this.groupClass.method('add_argument', ['*args', '**kwargs'], (g, a) => {
      addArgument(g.parser, g.group, a);
      return null;
    });
    this.parserClass
      .prop('prog', (p) => p.prog)
      .prop('description', (p) => p.description)
      .prop('epilog', (p) => p.epilog)
      .prop('usage', (p) => p.usage)
      .method('add_argument', ['*args', '**kwargs'], (p, a) => {
        addArgument(p, p.groups[1], a);
        return null;
      })
      .method('add_argument_group', ['title=', 'description='], (p, a) => {
        const opt = (k: string) => {
          const v = a.get(k);
          return v === undefined || v === null ? null : str(v);
        };
        const g: Group = { title: opt('title'), description: opt('description'), actions: [] };
        p.groups.push(g);
        return new GroupObj(this.groupClass, p, g);
      })
      .method(
        'add_mutually_exclusive_group',
        ['required='],
        (p) => new GroupObj(this.groupClass, p, p.groups[1]),
      )
      .method('set_defaults', ['**kwargs'], (p, a) => {
        for (const [, [k, v]] of (a.get('kwargs') as PyDict).map) {
          p.defaults.set(String(k), v);
          for (const act of p.actions) if (act.dest === k) act.default = v;
        }
        return null;
      })
      .method('get_default', ['dest'], (p, a) => {
        const d = str(a.get('dest')!);
        const act = p.actions.find((x) => x.dest === d);
        return act ? act.default : (p.defaults.get(d) ?? null);
      })
      .method('parse_args', ['args=', 'namespace='], (p, a, ctx) =>
        this.parse(p, a.get('args'), a.get('namespace'), ctx, false),
      )
      .method('parse_known_args', ['args=', 'namespace='], (p, a, ctx) =>
        this.parse(p, a.get('args'), a.get('namespace'), ctx, true),
      )
      .method('format_usage', [], (p) => p.formatUsage().replace(/\n\n$/, '\n'))
      .method('format_help', [], (p) => p.formatHelp())
      .method('print_usage', ['file='], (p) => {
        this.s.write(p.formatUsage().replace(/\n\n$/, '\n'), 'stdout');
        return null;
      })
      .method('print_help', ['file='], (p) => {
        this.s.write(p.formatHelp(), 'stdout');
        return null;
      })
      .method('error', ['message'], (p, a) => this.fail(p, str(a.get('message')!)))
      .method('exit', ['status=', 'message='], (_p, a) => {
        const m = a.get('message');
        if (m !== undefined && m !== null) this.s.write(str(m), 'stderr');
        throw new PyExc(E.SystemExit, [a.get('status') ?? 0n]);
      })
      .method('add_subparsers', ['**kwargs'], () => {
        throw pyErr(
          E.NotImplementedError,
          'not supported in the playground: argparse subcommands (add_subparsers)',
        );
      });
  }
}

class GroupObj extends NativeObject {
  constructor(
    readonly klass: NativeClass<GroupObj>,
    readonly parser: ParserObj,
    readonly group: Group,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return '<argparse._ArgumentGroup object>';
  }
}

/** A parse failure: becomes `prog: error: ...` and exit 2 (or ArgumentError). */
class ArgFailure extends Error {}

function argError(a: Action, message: string): ArgFailure {
  return new ArgFailure(`argument ${actionName(a)}: ${message}`);
}

export function makeArgparseModule(s: StdlibServices) {
  const m = new ArgparseModule(s);
  return makeModule(
    'argparse',
    {
      ArgumentParser: m.parserClass.type,
      Namespace: namespaceClass.type,
      ArgumentError,
      ArgumentTypeError,
      SUPPRESS,
      OPTIONAL: '?',
      ZERO_OR_MORE: '*',
      ONE_OR_MORE: '+',
      REMAINDER: '...',
      ...m.formatterTypes,
      FileType: fn('FileType', ['mode=', 'bufsize=', 'encoding=', 'errors='], () => {
        throw pyErr(E.NotImplementedError, 'not supported in the playground: argparse.FileType');
      }),
    },
    ['Action', 'BooleanOptionalAction', 'MetavarTypeHelpFormatter'],
  );
}
