// The `contextlib` module: contextmanager (a generator's code before `yield` is
// __enter__, after it __exit__, with exceptions thrown into the generator as CPython's
// _GeneratorContextManager does), suppress, nullcontext and closing.

import { isInstance } from '../builtins/types';
import { E, pyErr } from '../values/exceptions';
import {
  PyBuiltin,
  PyExc,
  PyFunction,
  PyGenerator,
  type PyTuple,
  type PyValue,
} from '../values/objects';
import { type ClassLike, NativeClass, NativeObject, fn, makeModule } from './native';

/** Apply `ok`/`err` to a value that may still be a Promise, staying synchronous when it is not. */
function settle<T>(
  run: () => PyValue | Promise<PyValue>,
  ok: (v: PyValue) => T,
  err: (e: unknown) => T,
): T | Promise<T> {
  let r: PyValue | Promise<PyValue>;
  try {
    r = run();
  } catch (e) {
    return err(e);
  }
  return r instanceof Promise ? r.then(ok, err) : ok(r);
}

const isStop = (e: unknown): e is PyExc =>
  e instanceof PyExc && e.type.isSubclassOf(E.StopIteration);

class GenCM extends NativeObject {
  constructor(
    readonly klass: NativeClass<GenCM>,
    readonly gen: PyGenerator,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return '<contextlib._GeneratorContextManager object>';
  }
}

class Simple extends NativeObject {
  constructor(
    readonly klass: NativeClass<Simple>,
    readonly value: PyValue,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return `<contextlib.${this.klass.name} object>`;
  }
}

export function makeContextlibModule() {
  const genCM: NativeClass<GenCM> = new NativeClass<GenCM>(
    '_GeneratorContextManager',
    'contextlib',
  );
  genCM
    .method('__enter__', [], (cm) =>
      settle(
        () => cm.gen.send(null),
        (v) => v,
        (e) => {
          if (isStop(e)) throw pyErr(E.RuntimeError, "generator didn't yield");
          throw e;
        },
      ),
    )
    .method('__exit__', ['typ', 'value', 'traceback'], (cm, a) => {
      const value = a.get('value') ?? null;
      if (a.get('typ') === null || a.get('typ') === undefined) {
        return settle(
          () => cm.gen.send(null),
          () => {
            throw pyErr(E.RuntimeError, "generator didn't stop");
          },
          (e) => {
            if (isStop(e)) return false;
            throw e;
          },
        );
      }
      if (!(value instanceof PyExc)) return false;
      return settle(
        () => cm.gen.throwIn(value),
        () => {
          throw pyErr(E.RuntimeError, "generator didn't stop after throw()");
        },
        (e) => {
          // Suppressed when the generator finished; re-raised (False) when it let it through.
          if (isStop(e)) return e !== value;
          if (e === value) return false;
          throw e;
        },
      );
    });

  const suppress: NativeClass<Simple> = new NativeClass<Simple>('suppress', 'contextlib', {
    spec: ['*exceptions'],
    make: (a) => new Simple(suppress, a.get('exceptions')!),
  });
  suppress
    .method('__enter__', [], () => null)
    .method('__exit__', ['typ', 'value', 'traceback'], (s, a) => {
      const v = a.get('value');
      return v instanceof PyExc && isInstance(v, s.value as PyTuple);
    });

  const nullcontext: NativeClass<Simple> = new NativeClass<Simple>('nullcontext', 'contextlib', {
    spec: ['enter_result='],
    make: (a) => new Simple(nullcontext, a.get('enter_result') ?? null),
  });
  nullcontext
    .method('__enter__', [], (s) => s.value)
    .method('__exit__', ['typ', 'value', 'traceback'], () => null);

  const closing: NativeClass<Simple> = new NativeClass<Simple>('closing', 'contextlib', {
    spec: ['thing'],
    make: (a) => new Simple(closing, a.get('thing')!),
  });
  closing
    .method('__enter__', [], (s) => s.value)
    .method('__exit__', ['typ', 'value', 'traceback'], (s, _a, ctx) => {
      const r = ctx.call(ctx.getAttr(s.value, 'close'), []);
      return r instanceof Promise ? r.then(() => null) : null;
    });

  return makeModule(
    'contextlib',
    {
      contextmanager: fn('contextmanager', ['func'], (a) => {
        const func = a.get('func')!;
        const helper = new PyBuiltin(
          func instanceof PyFunction ? func.name : 'helper',
          (ctx, args, kwargs) =>
            settle(
              () => ctx.call(func, args, kwargs),
              (g) => {
                if (!(g instanceof PyGenerator))
                  throw pyErr(
                    E.TypeError,
                    `'${typeof g === 'object' && g ? g.typeName : typeof g}' object is not an iterator`,
                  );
                return new GenCM(genCM, g);
              },
              (e) => {
                throw e;
              },
            ),
        );
        helper.attrs = new Map([['__wrapped__', func]]);
        if (func instanceof PyFunction) helper.attrs.set('__doc__', func.doc);
        return helper;
      }),
      suppress: suppress.type,
      nullcontext: nullcontext.type,
      closing: closing.type,
    },
    [
      'ExitStack',
      'AsyncExitStack',
      'redirect_stdout',
      'redirect_stderr',
      'AbstractContextManager',
      'ContextDecorator',
      'asynccontextmanager',
      'chdir',
    ],
  );
}
