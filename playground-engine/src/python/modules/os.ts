// The `os` and `os.path` modules: `os.environ` (an `_Environ`, environ.ts) from the run's env,
// paths on the in-memory file system.

import { arity, params } from '../builtins/args';
import { E, pyErr } from '../values/exceptions';
import {
  type NativeContext,
  PyBuiltin,
  PyDict,
  PyList,
  PyModule,
  PyTuple,
  type PyValue,
} from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';
import { environEntries, makeEnviron } from './environ';
import { CWD, type MemFs, normalizePath } from './files';
import { fsPathOf } from './native';

function fn(
  name: string,
  f: (args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue,
): [string, PyBuiltin] {
  return [name, new PyBuiltin(name, (_c, a, k) => f(a, k))];
}

function pathArg(name: string, v: PyValue): string {
  const p = fsPathOf(v);
  if (p === undefined) {
    throw pyErr(
      E.TypeError,
      `${name}: path should be string, bytes or os.PathLike, not ${typeName(v)}`,
    );
  }
  return p;
}

/** posixmodule.c's conversion of a putenv / unsetenv argument (PyUnicode_FSConverter). */
function envArg(v: PyValue): string {
  const s = fsPathOf(v);
  if (s === undefined)
    throw pyErr(E.TypeError, `expected str, bytes or os.PathLike object, not ${typeName(v)}`);
  if (s.includes('\0')) throw pyErr(E.ValueError, 'embedded null byte');
  return s;
}

/** libc's setenv / unsetenv refuse an empty name (and unsetenv one with '='): EINVAL. */
const einval = () => pyErr(E.OSError, '[Errno 22] Invalid argument');

function join(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (p.startsWith('/')) out = p;
    else if (out === '' || out.endsWith('/')) out += p;
    else out += `/${p}`;
  }
  return out;
}

function splitext(p: string): [string, string] {
  const base = p.slice(p.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return [p, ''];
  const cut = p.length - base.length + dot;
  return [p.slice(0, cut), p.slice(cut)];
}

/**
 * `os.environ` as a library reads it now: the module's current `environ` (a snippet may
 * have set, deleted or replaced entries), its str keys and values only.
 */
export function environOf(os: PyModule): Record<string, string> {
  const value = os.attrs.get('environ');
  const environ = value instanceof PyDict ? value : environEntries(value);
  const out: Record<string, string> = {};
  if (!environ) return out;
  for (const [k, v] of environ.map.values()) {
    if (typeof k === 'string' && typeof v === 'string') out[k] = v;
  }
  return out;
}

export function makeOsModules(
  fs: MemFs,
  env: Record<string, string>,
  rt: NativeContext,
): { os: PyModule; path: PyModule } {
  const { type: environType, environ } = makeEnviron(rt, env);

  const path = new PyModule(
    'posixpath',
    new Map<string, PyValue>([
      fn('join', (a) => {
        if (a.length === 0)
          throw pyErr(E.TypeError, "join() missing 1 required positional argument: 'a'");
        return join(a.map((p) => pathArg('join() argument', p)));
      }),
      fn('exists', (a) => {
        arity('exists', a, 1, 1);
        const p = fsPathOf(a[0]);
        return p !== undefined && fs.exists(p);
      }),
      fn('isfile', (a) => {
        arity('isfile', a, 1, 1);
        const p = fsPathOf(a[0]);
        return p !== undefined && fs.isFile(p);
      }),
      fn('isdir', (a) => {
        arity('isdir', a, 1, 1);
        const p = fsPathOf(a[0]);
        return p !== undefined && fs.isDir(p);
      }),
      fn('basename', (a) => {
        const p = pathArg('basename', a[0]);
        return p.slice(p.lastIndexOf('/') + 1);
      }),
      fn('dirname', (a) => {
        const p = pathArg('dirname', a[0]);
        const i = p.lastIndexOf('/');
        return i < 0 ? '' : p.slice(0, i).replace(/\/+$/, '') || '/';
      }),
      fn('splitext', (a) => new PyTuple(splitext(pathArg('splitext', a[0])))),
      fn('normpath', (a) => normalizePath(pathArg('normpath', a[0]))),
      fn('abspath', (a) => {
        const p = pathArg('abspath', a[0]);
        return normalizePath(p.startsWith('/') ? p : `${CWD}/${p}`);
      }),
    ]),
  );

  const os = new PyModule(
    'os',
    new Map<string, PyValue>([
      ['environ', environ],
      ['_Environ', environType],
      ['path', path],
      ['sep', '/'],
      // os.py: `return environ.get(key, default)`, the module's environ as it is now.
      [
        'getenv',
        new PyBuiltin('getenv', (ctx, a, k) => {
          const [key, dflt] = params('getenv', a, k, ['key', 'default'], 1);
          const get = ctx.getAttr(os.attrs.get('environ') ?? null, 'get');
          return ctx.callSync(get, [key as PyValue, dflt ?? null]);
        }),
      ],
      // CPython: they change the C-level environment only; os.environ (what wandb reads)
      // stays as it was. Nothing in a snippet reads the C environment.
      fn('putenv', (a) => {
        arity('putenv', a, 2, 2);
        const name = envArg(a[0]);
        envArg(a[1]);
        if (name.includes('=')) throw pyErr(E.ValueError, 'illegal environment variable name');
        if (name === '') throw einval();
        return null;
      }),
      fn('unsetenv', (a) => {
        arity('unsetenv', a, 1, 1);
        const name = envArg(a[0]);
        if (name === '' || name.includes('=')) throw einval();
        return null;
      }),
      fn('getcwd', () => CWD),
      fn('fspath', (a) => {
        arity('fspath', a, 1, 1);
        const p = fsPathOf(a[0]);
        if (p === undefined)
          throw pyErr(
            E.TypeError,
            `expected str, bytes or os.PathLike object, not ${typeName(a[0])}`,
          );
        return p;
      }),
      fn('listdir', (a) => new PyList(fs.list(a.length ? pathArg('listdir', a[0]) : '.'))),
      fn('makedirs', (a, k) => {
        const [p, existOk] = params('makedirs', a, k, ['name', 'mode', 'exist_ok'], 1);
        const name = pathArg('makedirs', p as PyValue);
        if (fs.exists(name) && existOk !== true)
          throw pyErr(E.FileExistsError, `[Errno 17] File exists: ${repr(name)}`);
        fs.makedirs(name);
        return null;
      }),
      fn('mkdir', (a) => {
        const name = pathArg('mkdir', a[0]);
        if (fs.exists(name))
          throw pyErr(E.FileExistsError, `[Errno 17] File exists: ${repr(name)}`);
        fs.mkdir(name);
        return null;
      }),
      fn('remove', (a) => {
        const name = pathArg('remove', a[0]);
        if (!fs.isFile(name))
          throw pyErr(E.FileNotFoundError, `[Errno 2] No such file or directory: ${repr(name)}`);
        fs.remove(name);
        return null;
      }),
    ]),
  );
  return { os, path };
}
