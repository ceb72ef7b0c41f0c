// The `fnmatch` module: shell-style patterns (`*`, `?`, `[seq]`, `[!seq]`) on names.

import { iterate } from '../interp/iteration';
import { PyList, type PyValue, STOP } from '../values/objects';
import { segmentRegex } from './globbing';
import { argStr, fn, makeModule } from './native';

export function fnmatchCase(name: string, pattern: string): boolean {
  return segmentRegex(pattern).test(name);
}

export function makeFnmatchModule() {
  return makeModule('fnmatch', {
    // On POSIX, fnmatch is case-sensitive like fnmatchcase (os.path.normcase does nothing).
    fnmatch: fn('fnmatch', ['name', 'pat'], (a) =>
      fnmatchCase(argStr(a, 'name'), argStr(a, 'pat')),
    ),
    fnmatchcase: fn('fnmatchcase', ['name', 'pat'], (a) =>
      fnmatchCase(argStr(a, 'name'), argStr(a, 'pat')),
    ),
    filter: fn('filter', ['names', 'pat'], (a, ctx) => {
      const pat = argStr(a, 'pat');
      const out: PyValue[] = [];
      const pull = iterate(a.get('names')!);
      for (let x = pull(); x !== STOP; x = pull()) {
        ctx.tick();
        if (typeof x === 'string' && fnmatchCase(x, pat)) out.push(x);
      }
      return new PyList(out);
    }),
    translate: fn(
      'translate',
      ['pat'],
      (a) => `(?s:${segmentRegex(argStr(a, 'pat')).source.slice(4, -2)})\\Z`,
    ),
  });
}
