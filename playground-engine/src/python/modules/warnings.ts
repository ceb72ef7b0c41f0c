// The `warnings` module: warn() prints CPython's two-line report to stderr
// (`<snippet>:LINE: UserWarning: message` and the source line), once per location by
// default; filters (simplefilter, filterwarnings with the actions default, always,
// ignore, once, error), resetwarnings and catch_warnings(record=True).

import { isInstance } from '../builtins/types';
import { E, exceptionType, pyErr } from '../values/exceptions';
import { PyExc, PyList, PyType, type PyValue } from '../values/objects';
import { repr, str } from '../values/repr';
import { FILENAME } from '../traceback';
import { type ClassLike, NativeClass, NativeObject, argStr, fn, makeModule, opt } from './native';
import type { StdlibServices } from './services';

type Action = 'default' | 'always' | 'ignore' | 'once' | 'module' | 'error';
interface Filter {
  action: Action;
  message: RegExp | null;
  category: PyType;
  lineno: number;
}

const ACTIONS = ['default', 'always', 'ignore', 'once', 'module', 'error'];

class Record extends NativeObject {
  constructor(
    readonly klass: NativeClass<Record>,
    readonly message: PyExc,
    readonly lineno: number,
    readonly line: string | null,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return `{message : ${repr(this.message)}, category : ${repr(this.message.type.name)}, filename : ${repr(FILENAME)}, lineno : ${this.lineno}, line : None}`;
  }
}

class Catcher extends NativeObject {
  saved: Filter[] | null = null;
  log: PyList | null = null;
  constructor(
    readonly klass: NativeClass<Catcher>,
    readonly record: boolean,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return `catch_warnings(record=${this.record ? 'True' : 'False'})`;
  }
}

export function makeWarningsModule(s: StdlibServices) {
  const W = (n: string) => exceptionType(n)!;
  const defaults = (): Filter[] =>
    // CPython 3.11's default filters, as seen from __main__ (DeprecationWarning shows there).
    ['PendingDeprecationWarning', 'ImportWarning', 'ResourceWarning'].map((n) => ({
      action: 'ignore' as Action,
      message: null,
      category: W(n),
      lineno: 0,
    }));
  let filters = defaults();
  const seen = new Set<string>();
  let recording: PyList | null = null;
  const recordClass = new NativeClass<Record>('WarningMessage', 'warnings');
  recordClass
    .prop('message', (r) => r.message)
    .prop('category', (r) => r.message.type)
    .prop('filename', () => FILENAME)
    .prop('lineno', (r) => BigInt(r.lineno))
    .prop('line', () => null);

  const format = (msg: string, cat: PyType, lineno: number, line: string | null) => {
    const src = line?.trim();
    return `${FILENAME}:${lineno}: ${cat.name}: ${msg}\n${src ? `  ${src}\n` : ''}`;
  };

  const category = (v: PyValue | undefined, fallback: PyType): PyType => {
    if (v === undefined || v === null) return fallback;
    if (!(v instanceof PyType) || !v.isSubclassOf(W('Warning')))
      throw pyErr(
        E.TypeError,
        `category must be a Warning subclass, not '${v instanceof PyType ? 'type' : ((v as { typeName?: string }).typeName ?? typeof v)}'`,
      );
    return v;
  };

  const addFilter = (f: Filter, append: boolean) => {
    if (!ACTIONS.includes(f.action)) throw pyErr(E.ValueError, `invalid action: ${repr(f.action)}`);
    filters = filters.filter(
      (g) =>
        !(
          g.action === f.action &&
          g.category === f.category &&
          g.lineno === f.lineno &&
          String(g.message) === String(f.message)
        ),
    );
    if (append) filters.push(f);
    else filters.unshift(f);
    seen.clear();
  };

  const catcher: NativeClass<Catcher> = new NativeClass<Catcher>('catch_warnings', 'warnings', {
    spec: ['*', 'record=', 'module=', 'action=', 'category=', 'lineno=', 'append='],
    make: (a) => new Catcher(catcher, a.get('record') === true),
  });
  catcher
    .method('__enter__', [], (c) => {
      c.saved = filters.slice();
      if (!c.record) return null;
      c.log = new PyList([]);
      recording = c.log;
      return c.log;
    })
    .method('__exit__', ['typ', 'value', 'tb'], (c) => {
      if (c.saved) filters = c.saved;
      if (c.record) recording = null;
      seen.clear();
      return null;
    });

  return makeModule(
    'warnings',
    {
      warn: fn('warn', ['message', 'category=', 'stacklevel=', 'source='], (a, ctx) => {
        const m = a.get('message')!;
        let exc: PyExc;
        if (m instanceof PyExc && isInstance(m, W('Warning'))) exc = m;
        else exc = new PyExc(category(opt(a, 'category'), W('UserWarning')), [str(m)]);
        const level = Number(a.get('stacklevel') ?? 1n);
        const lines = ctx.stackLines?.() ?? [];
        const lineno = lines[Math.min(Math.max(level, 1), lines.length) - 1] ?? 0;
        const text = str(exc);
        const f = filters.find(
          (g) =>
            exc.type.isSubclassOf(g.category) &&
            (g.message === null || g.message.test(text)) &&
            (g.lineno === 0 || g.lineno === lineno),
        );
        const action: Action = f?.action ?? 'default';
        if (action === 'ignore') return null;
        if (action === 'error') throw exc;
        const key =
          action === 'once' || action === 'module'
            ? `${exc.type.name}|${text}`
            : `${exc.type.name}|${text}|${lineno}`;
        if (action !== 'always') {
          if (seen.has(key)) return null;
          seen.add(key);
        }
        const line = s.sourceLines[lineno - 1] ?? null;
        if (recording) {
          recording.items.push(new Record(recordClass, exc, lineno, line));
          return null;
        }
        s.write(format(text, exc.type, lineno, line), 'stderr');
        return null;
      }),
      simplefilter: fn('simplefilter', ['action', 'category=', 'lineno=', 'append='], (a) => {
        addFilter(
          {
            action: argStr(a, 'action') as Action,
            message: null,
            category: category(opt(a, 'category'), W('Warning')),
            lineno: Number(a.get('lineno') ?? 0n),
          },
          a.get('append') === true,
        );
        return null;
      }),
      filterwarnings: fn(
        'filterwarnings',
        ['action', 'message=', 'category=', 'module=', 'lineno=', 'append='],
        (a) => {
          const msg = opt(a, 'message');
          addFilter(
            {
              action: argStr(a, 'action') as Action,
              message: typeof msg === 'string' && msg ? new RegExp(`^(?:${msg})`, 'i') : null,
              category: category(opt(a, 'category'), W('Warning')),
              lineno: Number(a.get('lineno') ?? 0n),
            },
            a.get('append') === true,
          );
          return null;
        },
      ),
      resetwarnings: fn('resetwarnings', [], () => {
        filters = [];
        seen.clear();
        return null;
      }),
      formatwarning: fn(
        'formatwarning',
        ['message', 'category', 'filename', 'lineno', 'line='],
        (a) => {
          const cat = a.get('category');
          const line = opt(a, 'line');
          const src = typeof line === 'string' ? line.trim() : null;
          return `${str(a.get('filename')!)}:${str(a.get('lineno')!)}: ${cat instanceof PyType ? cat.name : str(cat ?? null)}: ${str(a.get('message')!)}\n${src ? `  ${src}\n` : ''}`;
        },
      ),
      catch_warnings: catcher.type,
      WarningMessage: recordClass.type,
    },
    ['showwarning', 'warn_explicit'],
  );
}
