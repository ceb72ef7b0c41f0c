// The standard library by module name. Each entry is a factory, built the first
// time a run imports the module (and once per run), so a rarely used module costs
// nothing until a snippet asks for it; any entry can later become an on-demand chunk.

import { E, pyErr } from '../values/exceptions';
import type { PyModule } from '../values/objects';
import { makeArgparseModule } from './argparse';
import { makeJsonModule } from './json';
import { makeLoggingModule } from './logging';
import { makeMathModule } from './math';
import { makeOsModules } from './os';
import { makeRandomModule } from './random';
import { makePathlibModule } from './pathlib';
import { makeReModule } from './re';
import { makeSysModule } from './sys';
import { makeTextwrapModule } from './textwrap';
import { makeFutureModule, makeTypingModule } from './typing';
import { CPYTHON_STDLIB, type StdlibName } from './names';
import type { StdlibServices } from './services';

export type StdlibFactory = (s: StdlibServices) => PyModule;

const osPair = new WeakMap<StdlibServices, ReturnType<typeof makeOsModules>>();
const osModules = (s: StdlibServices) => {
  let pair = osPair.get(s);
  if (!pair) {
    pair = makeOsModules(s.fs, s.env);
    osPair.set(s, pair);
  }
  return pair;
};

/** Keyed by exactly the names in names.ts (the type checker holds the two together). */
export const STDLIB: Readonly<Record<StdlibName, StdlibFactory>> = {
  os: (s) => osModules(s).os,
  'os.path': (s) => osModules(s).path,
  json: () => makeJsonModule(),
  random: makeRandomModule,
  re: () => makeReModule(),
  pathlib: makePathlibModule,
  sys: makeSysModule,
  typing: () => makeTypingModule(),
  __future__: () => makeFutureModule(),
  textwrap: () => makeTextwrapModule(),
  argparse: makeArgparseModule,
  logging: makeLoggingModule,
  math: () => makeMathModule(),
};

/** One run's importer: builds each module on first import and caches it. */
export function stdlibImporter(services: Omit<StdlibServices, 'importModule'>) {
  const cache = new Map<string, PyModule>();
  const s: StdlibServices = { ...services, importModule: (name) => importModule(name) };
  function importModule(name: string): PyModule | undefined {
    const hit = cache.get(name);
    if (hit) return hit;
    const factory = Object.hasOwn(STDLIB, name) ? STDLIB[name as StdlibName] : undefined;
    if (!factory) {
      // A CPython module we leave out: say so, rather than CPython's "No module named".
      if (CPYTHON_STDLIB.has(name))
        throw pyErr(E.NotImplementedError, `not supported in the playground: the ${name} module`);
      return undefined;
    }
    const m = factory(s);
    cache.set(name, m);
    return m;
  }
  return importModule;
}
