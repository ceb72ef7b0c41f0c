// The standard library by module name. Each entry is a factory, built the first
// time a run imports the module (and once per run). Apart from the few modules every
// run may touch (os, os.path, sys), each one is a dynamic import, so the bundler
// makes it an on-demand chunk that loads only when a snippet imports it.

import { E, pyErr } from '../values/exceptions';
import type { PyModule } from '../values/objects';
import { makeModule } from './native';
import { CPYTHON_STDLIB, CPYTHON_SUBMODULES, type StdlibName } from './names';
import { makeOsModules } from './os';
import type { StdlibServices } from './services';
import { makeSysModule } from './sys';

export type StdlibFactory = (s: StdlibServices) => PyModule | Promise<PyModule>;

const osPair = new WeakMap<StdlibServices, ReturnType<typeof makeOsModules>>();
const osModules = (s: StdlibServices) => {
  let pair = osPair.get(s);
  if (!pair) {
    pair = makeOsModules(s.fs, s.env, s.runtime());
    osPair.set(s, pair);
  }
  return pair;
};

const urllibPair = new WeakMap<StdlibServices, Promise<PyModule>>();
const urllibParse = (s: StdlibServices) => {
  let m = urllibPair.get(s);
  if (!m) {
    m = import('./urlparse').then((u) => u.makeUrlparseModule());
    urllibPair.set(s, m);
  }
  return m;
};

/** Keyed by exactly the names in names.ts (the type checker holds the two together). */
export const STDLIB: Readonly<Record<StdlibName, StdlibFactory>> = {
  os: (s) => osModules(s).os,
  'os.path': (s) => osModules(s).path,
  json: () => import('./json').then((m) => m.makeJsonModule()),
  sys: makeSysModule,
  random: (s) => import('./random').then((m) => m.makeRandomModule(s)),
  re: () => import('./re').then((m) => m.makeReModule()),
  pathlib: (s) => import('./pathlib').then((m) => m.makePathlibModule(s)),
  typing: () => import('./typing').then((m) => m.makeTypingModule()),
  __future__: () => import('./typing').then((m) => m.makeFutureModule()),
  textwrap: () => import('./textwrap').then((m) => m.makeTextwrapModule()),
  argparse: (s) => import('./argparse').then((m) => m.makeArgparseModule(s)),
  logging: (s) => import('./logging').then((m) => m.makeLoggingModule(s)),
  math: () => import('./math').then((m) => m.makeMathModule()),
  datetime: (s) => import('./datetime').then((m) => m.makeDatetimeModule(s)),
  time: (s) => import('./time').then((m) => m.makeTimeModule(s)),
  collections: (s) => import('./collections').then((m) => m.makeCollectionsModule(s)),
  itertools: () => import('./itertools').then((m) => m.makeItertoolsModule()),
  functools: (s) => import('./functools').then((m) => m.makeFunctoolsModule(s)),
  dataclasses: (s) => import('./dataclasses').then((m) => m.makeDataclassesModule(s)),
  enum: (s) => import('./enum').then((m) => m.makeEnumModule(s)),
  abc: (s) => import('./abc').then((m) => m.makeAbcModule(s)),
  contextlib: () => import('./contextlib').then((m) => m.makeContextlibModule()),
  copy: () => import('./copy').then((m) => m.makeCopyModule()),
  tempfile: (s) => import('./tempfile').then((m) => m.makeTempfileModule(s)),
  shutil: (s) => import('./shutil').then((m) => m.makeShutilModule(s)),
  glob: (s) => import('./glob').then((m) => m.makeGlobModule(s)),
  fnmatch: () => import('./fnmatch').then((m) => m.makeFnmatchModule()),
  string: (s) => import('./string').then((m) => m.makeStringModule(s)),
  uuid: (s) => import('./uuid').then((m) => m.makeUuidModule(s)),
  // `import urllib.parse` binds `urllib`, whose `parse` is the same module object.
  urllib: (s) => urllibParse(s).then((parse) => makeModule('urllib', { parse })),
  'urllib.parse': (s) => urllibParse(s),
  shlex: () => import('./shlex').then((m) => m.makeShlexModule()),
  platform: () => import('./platform').then((m) => m.makePlatformModule()),
  getpass: (s) => import('./getpass').then((m) => m.makeGetpassModule(s)),
  warnings: (s) => import('./warnings').then((m) => m.makeWarningsModule(s)),
  hashlib: () => import('./hashlib').then((m) => m.makeHashlibModule()),
  base64: () => import('./base64').then((m) => m.makeBase64Module()),
  operator: (s) => import('./operator').then((m) => m.makeOperatorModule(s)),
  bisect: () => import('./bisect').then((m) => m.makeBisectModule()),
  heapq: () => import('./bisect').then((m) => m.makeHeapqModule()),
};

/**
 * One run's importer: builds each module on first import and caches it (a module that
 * loads on demand is cached as its promise, so two imports build it once). Unknown
 * names answer undefined at once, so ModuleNotFoundError stays in order.
 */
export function stdlibImporter(services: Omit<StdlibServices, 'sys'>) {
  const cache = new Map<string, PyModule | Promise<PyModule>>();
  const s: StdlibServices = { ...services, sys: () => importModule('sys') as PyModule };
  function importModule(name: string): PyModule | Promise<PyModule> | undefined {
    const hit = cache.get(name);
    if (hit) return hit;
    const factory = Object.hasOwn(STDLIB, name) ? STDLIB[name as StdlibName] : undefined;
    if (!factory) {
      // A CPython module we leave out: say so, rather than CPython's "No module named".
      // A submodule we leave out of a module we have is named whole (collections.abc).
      if (CPYTHON_SUBMODULES.has(name))
        throw pyErr(E.NotImplementedError, `not supported in the playground: the ${name} module`);
      if (CPYTHON_STDLIB.has(name))
        throw pyErr(E.NotImplementedError, `not supported in the playground: the ${name} module`);
      return undefined;
    }
    const m = factory(s);
    cache.set(name, m);
    if (m instanceof Promise)
      m.then((built) => cache.set(name, built)).catch(() => cache.delete(name));
    return m;
  }
  return importModule;
}
