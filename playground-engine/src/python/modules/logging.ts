// `logging`, after CPython 3.11's Lib/logging/__init__.py: the logger hierarchy under
// the root logger, levels, `%`/`{`/`$` formats over the record's attributes, stream
// and file handlers, basicConfig, and the last-resort handler that prints bare
// messages of WARNING and above to stderr. Times come from the world's clock.

import { nowMillis } from './clock';
import { strFormat } from '../builtins/str-format';
import { E, pyErr } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import { type NativeContext, PyDict, PyList, PyTuple, type PyValue } from '../values/objects';
import { printf } from '../values/printf';
import { repr, str } from '../values/repr';
import type { MemFs } from './files';
import {
  type Args,
  type ClassLike,
  NativeClass,
  NativeObject,
  fn,
  makeModule,
  pathArg,
} from './native';
import type { StdlibServices } from './services';
import { momentOfMillis, strftime } from './strftime';

const LEVELS: [string, number][] = [
  ['CRITICAL', 50],
  ['ERROR', 40],
  ['WARNING', 30],
  ['INFO', 20],
  ['DEBUG', 10],
  ['NOTSET', 0],
];
const BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s';
// Formatter() and basicConfig() defaults per style, as logging._STYLES has them.
const DEFAULT_FORMAT = { '%': '%(message)s', '{': '{message}', $: '$' + '{message}' };
const BASIC_FORMATS = {
  '%': BASIC_FORMAT,
  '{': '{levelname}:{name}:{message}',
  $: '$' + '{levelname}:$' + '{name}:$' + '{message}',
};

interface Record_ {
  attrs: Map<string, PyValue>;
  levelno: number;
}

class FormatterObj extends NativeObject {
  constructor(
    readonly mod: LoggingModule,
    readonly fmt: string | null,
    readonly datefmt: string | null,
    readonly style: '%' | '{' | '$',
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.mod.formatterClass;
  }
  repr(): string {
    return '<logging.Formatter object>';
  }
  get format(): string {
    return this.fmt ?? DEFAULT_FORMAT[this.style];
  }
  usesTime(): boolean {
    const f = this.format;
    return this.style === '%'
      ? f.includes('%(asctime)')
      : this.style === '{'
        ? f.includes('{asctime')
        : f.includes('asctime');
  }
  render(r: Record_, ctx: NativeContext): string {
    if (this.usesTime()) r.attrs.set('asctime', this.mod.formatTime(r, this.datefmt));
    const d = new PyDict();
    for (const [k, v] of r.attrs) dictSet(d, k, v);
    const f = this.format;
    if (this.style === '%') return printf(f, d);
    if (this.style === '{') return strFormat(ctx, f, [], new Map(r.attrs));
    return f.replace(/\$(?:\{(\w+)\}|(\w+))/g, (w, a, b) => {
      const v = r.attrs.get(a ?? b);
      return v === undefined ? w : str(v);
    });
  }
}

class HandlerObj extends NativeObject {
  level = 0;
  formatter: FormatterObj | null = null;
  constructor(
    readonly mod: LoggingModule,
    readonly kind: 'stream' | 'file' | 'null',
    /** The stream object for StreamHandler (sys.stderr by default). */
    readonly stream: PyValue,
    readonly file: string | null,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.kind === 'file'
      ? this.mod.fileHandlerClass
      : this.kind === 'null'
        ? this.mod.nullHandlerClass
        : this.mod.streamHandlerClass;
  }
  repr(): string {
    const lvl = this.mod.levelName(this.level);
    if (this.kind === 'file') return `<FileHandler ${this.file} (${lvl})>`;
    if (this.kind === 'null') return `<NullHandler (${lvl})>`;
    return `<StreamHandler ${this.mod.streamName(this.stream)} (${lvl})>`;
  }
  async emit(r: Record_, ctx: NativeContext): Promise<void> {
    if (this.kind === 'null') return;
    const text = `${(this.formatter ?? this.mod.defaultFormatter).render(r, ctx)}\n`;
    if (this.kind === 'file') {
      const fs: MemFs = this.mod.s.fs;
      fs.write(this.file!, (fs.read(this.file!) ?? '') + text);
      return;
    }
    await ctx.call(ctx.getAttr(this.stream, 'write'), [text]);
  }
}

class LoggerObj extends NativeObject {
  level = 0;
  readonly handlers = new PyList([]);
  propagate = true;
  disabled = false;
  constructor(
    readonly mod: LoggingModule,
    readonly name: string,
    readonly parent: LoggerObj | null,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.mod.loggerClass;
  }
  repr(): string {
    const lvl = this.mod.levelName(this.effectiveLevel());
    return this.parent === null ? `<RootLogger root (${lvl})>` : `<Logger ${this.name} (${lvl})>`;
  }
  override setAttr(name: string, value: PyValue): boolean {
    if (name === 'propagate') this.propagate = value !== false && value !== null && value !== 0n;
    else if (name === 'disabled') this.disabled = value === true;
    else if (name === 'level') this.level = Number(value);
    else return false;
    return true;
  }
  effectiveLevel(): number {
    for (let l: LoggerObj | null = this; l; l = l.parent) if (l.level) return l.level;
    return 0;
  }
  enabledFor(level: number): boolean {
    return !this.disabled && level >= this.mod.disabledBelow && level >= this.effectiveLevel();
  }
}

class LoggingModule {
  readonly loggers = new Map<string, LoggerObj>();
  readonly root: LoggerObj;
  readonly names = new Map<number, string>(LEVELS.map(([n, v]) => [v, n]));
  readonly levels = new Map<string, number>([...LEVELS, ['WARN', 30], ['FATAL', 50]]);
  disabledBelow = 0;
  readonly started: number;
  readonly loggerClass: NativeClass<LoggerObj>;
  readonly formatterClass: NativeClass<FormatterObj>;
  readonly streamHandlerClass: NativeClass<HandlerObj>;
  readonly fileHandlerClass: NativeClass<HandlerObj>;
  readonly nullHandlerClass: NativeClass<HandlerObj>;
  readonly defaultFormatter: FormatterObj;

  constructor(readonly s: StdlibServices) {
    this.started = nowMillis(s);
    this.formatterClass = new NativeClass<FormatterObj>('Formatter', 'logging', {
      spec: ['fmt=', 'datefmt=', 'style=', 'validate=', '*', 'defaults='],
      make: (a) => this.makeFormatter(a),
    });
    this.defaultFormatter = new FormatterObj(this, null, null, '%');
    this.loggerClass = new NativeClass<LoggerObj>('Logger', 'logging');
    const handler = (name: string, spec: string[], make: (a: Args) => HandlerObj) =>
      new NativeClass<HandlerObj>(name, 'logging', { spec, make });
    this.streamHandlerClass = handler(
      'StreamHandler',
      ['stream='],
      (a) => new HandlerObj(this, 'stream', a.get('stream') ?? this.stderr(), null),
    );
    this.fileHandlerClass = handler(
      'FileHandler',
      ['filename', 'mode=', 'encoding=', 'delay=', 'errors='],
      (a) => this.fileHandler(a),
    );
    this.nullHandlerClass = handler(
      'NullHandler',
      [],
      () => new HandlerObj(this, 'null', null, null),
    );
    this.root = new LoggerObj(this, 'root', null);
    this.root.level = 30;
    this.defineClasses();
  }

  stderr(): PyValue {
    return this.s.sys().attrs.get('stderr') ?? null;
  }
  streamName(stream: PyValue): string {
    const n = stream instanceof NativeObject ? stream.getAttr('name') : undefined;
    return typeof n === 'string' ? n : '';
  }

  fileHandler(a: Args): HandlerObj {
    const path = pathArg(a.get('filename'));
    const mode = a.get('mode') ?? 'a';
    const fs = this.s.fs;
    if (!fs.parentExists(path))
      throw pyErr(E.FileNotFoundError, `[Errno 2] No such file or directory: ${repr(path)}`);
    if (mode === 'w' || !fs.isFile(path)) fs.write(path, '');
    return new HandlerObj(this, 'file', null, path);
  }

  makeFormatter(a: Args): FormatterObj {
    const style = a.get('style') ?? '%';
    if (style !== '%' && style !== '{' && style !== '$')
      throw pyErr(E.ValueError, `Style must be one of: %,{,$`);
    const fmt = a.get('fmt');
    const datefmt = a.get('datefmt');
    return new FormatterObj(
      this,
      fmt === undefined || fmt === null ? null : str(fmt),
      datefmt === undefined || datefmt === null ? null : str(datefmt),
      style,
    );
  }

  levelName(level: number): string {
    return this.names.get(level) ?? `Level ${level}`;
  }

  /** A level argument: an int, or a registered name (Logger.setLevel's _checkLevel). */
  checkLevel(v: PyValue | undefined): number {
    if (typeof v === 'bigint') return Number(v);
    if (typeof v === 'boolean') return Number(v);
    if (typeof v === 'string') {
      const n = this.levels.get(v);
      if (n === undefined) throw pyErr(E.ValueError, `Unknown level: ${repr(v)}`);
      return n;
    }
    throw pyErr(E.TypeError, `Level not an integer or a valid string: ${repr(v ?? null)}`);
  }

  getLogger(name: string | null): LoggerObj {
    if (name === null || name === '' || name === 'root')
      return name === 'root' ? this.named('root') : this.root;
    return this.named(name);
  }
  private named(name: string): LoggerObj {
    let l = this.loggers.get(name);
    if (!l) {
      const dot = name.lastIndexOf('.');
      const parent = dot > 0 ? this.named(name.slice(0, dot)) : this.root;
      l = new LoggerObj(this, name, parent);
      this.loggers.set(name, l);
    }
    return l;
  }

  formatTime(r: Record_, datefmt: string | null): string {
    const ms = Number(r.attrs.get('created')) * 1000;
    const m = momentOfMillis(ms);
    if (datefmt !== null) return strftime(datefmt, m);
    return `${strftime('%Y-%m-%d %H:%M:%S', m)},${String(Math.floor(ms % 1000)).padStart(3, '0')}`;
  }

  async log(logger: LoggerObj, level: number, a: Args, ctx: NativeContext): Promise<null> {
    if (!logger.enabledFor(level)) return null;
    const msg = a.get('msg') ?? null;
    const args = (a.get('args') as PyTuple | undefined)?.items ?? [];
    let message = str(msg);
    if (args.length) {
      const one = args.length === 1 && args[0] instanceof PyDict ? args[0] : new PyTuple(args);
      try {
        message = printf(message, one);
      } catch {
        // CPython's Handler.handleError: report on stderr, keep running.
        this.s.write(
          `--- Logging error ---\nMessage: ${repr(msg)}\nArguments: ${repr(new PyTuple(args))}\n`,
          'stderr',
        );
        return null;
      }
    }
    const created = nowMillis(this.s) / 1000;
    const attrs = new Map<string, PyValue>([
      ['name', logger.name],
      ['msg', msg],
      ['args', new PyTuple(args)],
      ['levelname', this.levelName(level)],
      ['levelno', BigInt(level)],
      ['pathname', 'snippet.py'],
      ['filename', 'snippet.py'],
      ['module', 'snippet'],
      ['lineno', 0n],
      ['funcName', '<module>'],
      ['created', created],
      ['msecs', Math.floor((created - Math.floor(created)) * 1000) + 0.0],
      ['relativeCreated', created * 1000 - this.started],
      ['thread', 140000000000000n],
      ['threadName', 'MainThread'],
      ['processName', 'MainProcess'],
      ['process', 4242n],
      ['message', message],
    ]);
    const extra = a.get('extra');
    if (extra instanceof PyDict) {
      for (const [, [k, v]] of extra.map) {
        const key = str(k);
        if (attrs.has(key) || key === 'asctime')
          throw pyErr(E.KeyError, `"Attempt to overwrite ${repr(key)} in LogRecord"`);
        attrs.set(key, v);
      }
    }
    const record: Record_ = { attrs, levelno: level };
    let found = 0;
    for (let l: LoggerObj | null = logger; l; l = l.propagate ? l.parent : null) {
      for (const h of l.handlers.items) {
        if (!(h instanceof HandlerObj)) continue;
        found++;
        if (level >= h.level) await h.emit(record, ctx);
      }
    }
    if (found === 0 && level >= 30) this.s.write(`${message}\n`, 'stderr');
    return null;
  }

  async basicConfig(a: Args): Promise<null> {
    const force = a.get('force') === true;
    if (force) this.root.handlers.items.length = 0;
    if (this.root.handlers.items.length) return null;
    const handlersV = a.get('handlers');
    const stream = a.get('stream');
    const filename = a.get('filename');
    if (
      handlersV !== undefined &&
      handlersV !== null &&
      (stream !== undefined || filename !== undefined)
    )
      throw pyErr(
        E.ValueError,
        "'stream' or 'filename' should not be specified together with 'handlers'",
      );
    if (stream !== undefined && stream !== null && filename !== undefined && filename !== null)
      throw pyErr(E.ValueError, "'stream' and 'filename' should not be specified together");
    let handlers: HandlerObj[];
    if (handlersV instanceof PyList || handlersV instanceof PyTuple)
      handlers = handlersV.items.filter((h): h is HandlerObj => h instanceof HandlerObj);
    else if (filename !== undefined && filename !== null)
      handlers = [
        this.fileHandler(
          new Map([
            ['filename', filename],
            ['mode', a.get('filemode') ?? 'a'],
          ]),
        ),
      ];
    else handlers = [new HandlerObj(this, 'stream', stream ?? this.stderr(), null)];
    const style = a.get('style') ?? '%';
    if (style !== '%' && style !== '{' && style !== '$')
      throw pyErr(E.ValueError, 'Style must be one of: %,{,$');
    const fmt = a.get('format');
    const datefmt = a.get('datefmt');
    const formatter = new FormatterObj(
      this,
      fmt === undefined || fmt === null ? BASIC_FORMATS[style] : str(fmt),
      datefmt === undefined || datefmt === null ? null : str(datefmt),
      style,
    );
    for (const h of handlers) {
      if (h.formatter === null) h.formatter = formatter;
      this.root.handlers.items.push(h);
    }
    const level = a.get('level');
    if (level !== undefined && level !== null) this.root.level = this.checkLevel(level);
    return null;
  }

  private defineClasses(): void {
    const logMethods: [string, number | null][] = [
      ['debug', 10],
      ['info', 20],
      ['warning', 30],
      ['warn', 30],
      ['error', 40],
      ['exception', 40],
      ['critical', 50],
      ['fatal', 50],
      ['log', null],
    ];
    const spec = ['msg', '*args', 'exc_info=', 'stack_info=', 'stacklevel=', 'extra='];
    for (const [name, level] of logMethods) {
      this.loggerClass.method(name, level === null ? ['level', ...spec] : spec, (l, a, ctx) =>
        this.log(l, level ?? this.logLevelArg(a.get('level')), a, ctx),
      );
    }
    this.loggerClass
      .prop('name', (l) => l.name)
      .prop('level', (l) => BigInt(l.level))
      .prop('parent', (l) => l.parent)
      .prop('propagate', (l) => l.propagate)
      .prop('disabled', (l) => l.disabled)
      .prop('handlers', (l) => l.handlers)
      .method('setLevel', ['level'], (l, a) => {
        l.level = this.checkLevel(a.get('level'));
        return null;
      })
      .method('getEffectiveLevel', [], (l) => BigInt(l.effectiveLevel()))
      .method('isEnabledFor', ['level'], (l, a) => l.enabledFor(this.checkLevel(a.get('level'))))
      .method('addHandler', ['hdlr'], (l, a) => {
        const h = a.get('hdlr')!;
        if (!l.handlers.items.includes(h)) l.handlers.items.push(h);
        return null;
      })
      .method('removeHandler', ['hdlr'], (l, a) => {
        const i = l.handlers.items.indexOf(a.get('hdlr')!);
        if (i >= 0) l.handlers.items.splice(i, 1);
        return null;
      })
      .method('hasHandlers', [], (l) => {
        for (let x: LoggerObj | null = l; x; x = x.propagate ? x.parent : null)
          if (x.handlers.items.length) return true;
        return false;
      })
      .method('getChild', ['suffix'], (l, a) =>
        this.getLogger(
          l.parent === null ? str(a.get('suffix')!) : `${l.name}.${str(a.get('suffix')!)}`,
        ),
      );
    for (const c of [this.streamHandlerClass, this.fileHandlerClass, this.nullHandlerClass]) {
      c.prop('level', (h) => BigInt(h.level))
        .prop('formatter', (h) => h.formatter)
        .prop('stream', (h) => h.stream)
        .prop('baseFilename', (h) => h.file)
        .method('setLevel', ['level'], (h, a) => {
          h.level = this.checkLevel(a.get('level'));
          return null;
        })
        .method('setFormatter', ['fmt'], (h, a) => {
          const f = a.get('fmt');
          h.formatter = f instanceof FormatterObj ? f : null;
          return null;
        })
        .method('flush', [], () => null)
        .method('close', [], () => null);
    }
    this.formatterClass
      .method('format', ['record'], () => {
        throw pyErr(
          E.NotImplementedError,
          'not supported in the playground: calling Formatter.format directly',
        );
      })
      .prop('datefmt', (f) => f.datefmt);
  }

  logLevelArg(v: PyValue | undefined): number {
    if (typeof v === 'bigint') return Number(v);
    throw pyErr(E.TypeError, 'level must be an integer');
  }
}

export function makeLoggingModule(s: StdlibServices) {
  const m = new LoggingModule(s);
  const members: Record<string, PyValue> = {};
  for (const [name, v] of m.levels) members[name] = BigInt(v);
  const rootCall = (name: string, level: number | null) =>
    fn(
      name,
      level === null
        ? ['level', 'msg', '*args', 'exc_info=', 'stack_info=', 'stacklevel=', 'extra=']
        : ['msg', '*args', 'exc_info=', 'stack_info=', 'stacklevel=', 'extra='],
      async (a, ctx) => {
        if (!m.root.handlers.items.length) await m.basicConfig(new Map());
        return m.log(m.root, level ?? m.logLevelArg(a.get('level')), a, ctx);
      },
    );
  Object.assign(members, {
    getLogger: fn('getLogger', ['name='], (a) => {
      const n = a.get('name');
      if (n !== undefined && n !== null && typeof n !== 'string')
        throw pyErr(E.TypeError, 'A logger name must be a string');
      return m.getLogger(n === undefined ? null : n);
    }),
    basicConfig: fn('basicConfig', ['**kwargs'], (a) => {
      const kw = new Map(
        [...(a.get('kwargs') as PyDict).map.values()].map(([k, v]) => [String(k), v]),
      );
      const known = [
        'filename',
        'filemode',
        'format',
        'datefmt',
        'style',
        'level',
        'stream',
        'handlers',
        'force',
        'encoding',
        'errors',
      ];
      const bad = [...kw.keys()].filter((k) => !known.includes(k));
      if (bad.length) throw pyErr(E.ValueError, `Unrecognised argument(s): ${bad.join(', ')}`);
      return m.basicConfig(kw);
    }),
    debug: rootCall('debug', 10),
    info: rootCall('info', 20),
    warning: rootCall('warning', 30),
    warn: rootCall('warn', 30),
    error: rootCall('error', 40),
    exception: rootCall('exception', 40),
    critical: rootCall('critical', 50),
    fatal: rootCall('fatal', 50),
    log: rootCall('log', null),
    root: m.root,
    Logger: m.loggerClass.type,
    Formatter: m.formatterClass.type,
    Handler: m.streamHandlerClass.type,
    StreamHandler: m.streamHandlerClass.type,
    FileHandler: m.fileHandlerClass.type,
    NullHandler: m.nullHandlerClass.type,
    BASIC_FORMAT,
    getLevelName: fn('getLevelName', ['level'], (a) => {
      const v = a.get('level')!;
      if (typeof v === 'bigint') return m.levelName(Number(v));
      if (typeof v === 'string') {
        const n = m.levels.get(v);
        return n === undefined ? `Level ${v}` : BigInt(n);
      }
      return `Level ${str(v)}`;
    }),
    addLevelName: fn('addLevelName', ['level', 'levelName'], (a) => {
      const lvl = Number(a.get('level'));
      const name = str(a.get('levelName')!);
      m.names.set(lvl, name);
      m.levels.set(name, lvl);
      return null;
    }),
    disable: fn('disable', ['level='], (a) => {
      const v = a.get('level');
      m.disabledBelow = v === undefined ? 51 : m.checkLevel(v) + 1;
      return null;
    }),
    shutdown: fn('shutdown', [], () => null),
    captureWarnings: fn('captureWarnings', ['capture'], () => null),
  });
  return makeModule('logging', members, [
    'handlers',
    'config',
    'LogRecord',
    'LoggerAdapter',
    'Filter',
    'setLoggerClass',
    'makeLogRecord',
    'getLogRecordFactory',
  ]);
}
