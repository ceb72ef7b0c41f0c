// The `shutil` module over the in-memory file system: copyfile, copy, copy2, copytree
// (ignore, dirs_exist_ok), rmtree, move, ignore_patterns, which; CPython's errors.

import { E, exceptionType, pyErr } from '../values/exceptions';
import { PyBuiltin, PyExc, PyList, PySet, type PyTuple, PyType } from '../values/objects';
import { repr } from '../values/repr';
import { iterate } from '../interp/iteration';
import { setAdd } from '../values/hashing';
import { STOP } from '../values/objects';
import { fnmatchCase } from './fnmatch';
import { baseName, fileExists, isADirectory, joinTo, notFound } from './fsmodules';
import { argBool, fn, makeModule, opt, pathArg } from './native';
import type { StdlibServices } from './services';
import { normalizePath } from './files';

export function makeShutilModule(s: StdlibServices) {
  const fs = s.fs;
  const ShutilError: PyType = new PyType(
    'Error',
    E.OSError,
    (_c, args) => new PyExc(ShutilError, args),
    'shutil',
  );
  const SameFileError: PyType = new PyType(
    'SameFileError',
    ShutilError,
    (_c, args) => new PyExc(SameFileError, args),
    'shutil',
  );
  const same = (a: string, b: string) => normalizePath(a) === normalizePath(b);
  const copyfile = (src: string, dst: string) => {
    if (same(src, dst))
      throw new PyExc(SameFileError, [`${repr(src)} and ${repr(dst)} are the same file`]);
    const text = fs.read(src);
    if (text === undefined) {
      if (fs.isDir(src)) throw isADirectory(src);
      throw notFound(src);
    }
    if (fs.isDir(dst)) throw isADirectory(dst);
    if (!fs.parentExists(dst)) throw notFound(dst);
    fs.write(dst, text);
  };
  /** The destination of copy/move: inside `dst` when it is a directory. */
  const target = (src: string, dst: string) => (fs.isDir(dst) ? joinTo(dst, baseName(src)) : dst);
  const copy = fn('copy', ['src', 'dst', '*', 'follow_symlinks='], (a) => {
    const src = pathArg(a.get('src'));
    const dst = target(src, pathArg(a.get('dst')));
    copyfile(src, dst);
    return dst;
  });
  return makeModule(
    'shutil',
    {
      copyfile: fn('copyfile', ['src', 'dst', '*', 'follow_symlinks='], (a) => {
        copyfile(pathArg(a.get('src')), pathArg(a.get('dst')));
        return a.get('dst')!;
      }),
      copy,
      copy2: copy,
      copytree: fn(
        'copytree',
        [
          'src',
          'dst',
          'symlinks=',
          'ignore=',
          'copy_function=',
          'ignore_dangling_symlinks=',
          'dirs_exist_ok=',
        ],
        (a, ctx) => {
          const src = pathArg(a.get('src'));
          const dst = pathArg(a.get('dst'));
          if (!fs.isDir(src)) throw notFound(src);
          if (fs.exists(dst) && !argBool(a, 'dirs_exist_ok', false)) throw fileExists(dst);
          const ignore = opt(a, 'ignore');
          const walk = (from: string, to: string) => {
            fs.makedirs(to);
            const names = fs.list(from);
            let skip = new Set<string>();
            if (ignore !== undefined) {
              const r = ctx.callSync(ignore, [from, new PyList(names)]);
              const pull = iterate(r);
              for (let x = pull(); x !== STOP; x = pull()) if (typeof x === 'string') skip.add(x);
            }
            for (const n of names) {
              ctx.tick();
              if (skip.has(n)) continue;
              const f = joinTo(from, n);
              if (fs.isDir(f)) walk(f, joinTo(to, n));
              else fs.write(joinTo(to, n), fs.read(f) ?? '');
            }
            skip = new Set();
          };
          walk(src, dst);
          return a.get('dst')!;
        },
      ),
      rmtree: fn('rmtree', ['path', 'ignore_errors=', 'onerror=', '*', 'dir_fd='], (a) => {
        const p = pathArg(a.get('path'));
        if (!fs.isDir(p)) {
          if (argBool(a, 'ignore_errors', false)) return null;
          if (fs.isFile(p))
            throw pyErr(
              exceptionType('NotADirectoryError')!,
              `[Errno 20] Not a directory: ${repr(p)}`,
            );
          throw notFound(p);
        }
        fs.removeTree(p);
        return null;
      }),
      move: fn('move', ['src', 'dst', 'copy_function='], (a) => {
        const src = pathArg(a.get('src'));
        const dst = target(src, pathArg(a.get('dst')));
        if (!fs.exists(src)) throw notFound(src);
        if (fs.isDir(src) && fs.exists(dst))
          throw new PyExc(ShutilError, [`Destination path ${repr(dst)} already exists`]);
        fs.rename(src, dst);
        return dst;
      }),
      ignore_patterns: fn('ignore_patterns', ['*patterns'], (a) => {
        const pats = (a.get('patterns') as PyTuple).items.map((p) => String(p));
        return new PyBuiltin('_ignore_patterns', (_c, [, names]) => {
          const out = new PySet();
          const pull = iterate(names);
          for (let x = pull(); x !== STOP; x = pull())
            if (typeof x === 'string' && pats.some((p) => fnmatchCase(x as string, p)))
              setAdd(out, x);
          return out;
        });
      }),
      which: fn('which', ['cmd', 'mode=', 'path='], () => null),
      Error: ShutilError,
      SameFileError,
    },
    [
      'disk_usage',
      'make_archive',
      'unpack_archive',
      'chown',
      'copymode',
      'copystat',
      'get_terminal_size',
    ],
  );
}
