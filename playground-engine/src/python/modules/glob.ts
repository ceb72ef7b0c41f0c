// The `glob` module over the in-memory file system: glob, iglob, escape, has_magic,
// with CPython's rules for hidden names and `**` (only with recursive=True). Results
// come in name order (CPython's order is the directory's, which is arbitrary).

import { PyIterator, PyList, type PyValue, STOP } from '../values/objects';
import { globWalk, hasMagic } from './globbing';
import { argBool, fn, makeModule, opt, pathArg } from './native';
import type { StdlibServices } from './services';

export function makeGlobModule(s: StdlibServices) {
  const run = (
    pattern: string,
    recursive: boolean,
    hidden: boolean,
    rootDir?: string,
  ): string[] => {
    if (pattern === '') return [];
    const abs = pattern.startsWith('/');
    const segs = pattern
      .split('/')
      .filter((x, i) => x !== '' || i === 0)
      .filter((x) => x !== '');
    const trailing = pattern.endsWith('/');
    const root = rootDir ?? '';
    const base = abs ? '/' : root;
    const found = globWalk(s.fs, base, segs, {
      dotfiles: hidden,
      recursive,
      starStarFiles: true,
    });
    return found
      .filter((p) => !trailing || s.fs.isDir(p))
      .map((p) => {
        let out = rootDir !== undefined && !abs ? p.slice(root.length).replace(/^\//, '') : p;
        if (trailing && !out.endsWith('/')) out += '/';
        return out;
      });
  };
  const glob = (a: Map<string, PyValue>) => {
    const root = opt(a, 'root_dir');
    return run(
      pathArg(a.get('pathname')),
      argBool(a, 'recursive', false),
      argBool(a, 'include_hidden', false),
      root === undefined ? undefined : pathArg(root),
    );
  };
  const spec = ['pathname', '*', 'root_dir=', 'dir_fd=', 'recursive=', 'include_hidden='];
  return makeModule('glob', {
    glob: fn('glob', spec, (a) => new PyList(glob(a))),
    iglob: fn('iglob', spec, (a, ctx) => {
      const found = glob(a);
      let i = 0;
      return new PyIterator('generator', () => {
        ctx.tick();
        return i < found.length ? found[i++] : STOP;
      });
    }),
    escape: fn('escape', ['pathname'], (a) =>
      pathArg(a.get('pathname')).replace(/([*?[])/g, '[$1]'),
    ),
    has_magic: fn('has_magic', ['s'], (a) => hasMagic(pathArg(a.get('s')))),
  });
}
