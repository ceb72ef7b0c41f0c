// Module names, kept apart from the modules themselves so that the editor's analysis can
// tell importable, unsupported and third-party modules apart without loading any module.

/** Standard-library modules the playground implements (the keys of registry.ts's table). */
export const STDLIB_NAMES = [
  'os',
  'os.path',
  'json',
  'random',
  're',
  'pathlib',
  'sys',
  'typing',
  '__future__',
  'textwrap',
  'argparse',
  'logging',
  'math',
  'datetime',
  'time',
  'collections',
  'itertools',
  'functools',
  'dataclasses',
  'enum',
  'abc',
  'contextlib',
  'copy',
  'tempfile',
  'shutil',
  'glob',
  'fnmatch',
  'string',
  'uuid',
  'urllib',
  'urllib.parse',
  'shlex',
  'platform',
  'getpass',
  'warnings',
  'hashlib',
  'base64',
  'operator',
  'bisect',
  'heapq',
] as const;

export type StdlibName = (typeof STDLIB_NAMES)[number];

/** Modules bound by the playground itself besides the standard library (python/wandb). */
export const BOUND_MODULES = ['wandb'] as const;

/** The `wandb` modules the binding serves (python/wandb/module.ts builds them). */
export const WANDB_MODULES = [
  'wandb',
  'wandb.errors',
  'wandb.errors.errors',
  'wandb.errors.term',
  'wandb.apis',
  'wandb.apis.public',
  'wandb.apis.public.registries',
  'wandb.apis.public.runs',
  'wandb.sdk',
  'wandb.sdk.artifacts',
  'wandb.sdk.artifacts.artifact',
  'wandb.sdk.artifacts.artifact_ttl',
  'wandb.sdk.artifacts.exceptions',
  'wandb.sdk.lib',
  'wandb.sdk.lib.config_util',
  'wandb.sdk.wandb_run',
  'wandb.sdk.wandb_settings',
] as const;

/** What 0.28's `wandb/` and `wandb/sdk/` hold: a submodule of these the binding leaves out. */
const WANDB_PACKAGE: Record<string, readonly string[]> = {
  wandb: `_analytics _filters _iterutils _pydantic _strutils agents analytics apis automations cli
    data_types docker env errors filesync integration jupyter mpmain plot proto sandbox sdk
    sklearn sync trigger util vendor wandb_agent wandb_controller wandb_run`.split(/\s+/),
  'wandb.sdk': `artifacts data_types integration_utils interface internal launch lib mailbox verify
    wandb_alerts wandb_config wandb_helper wandb_init wandb_login wandb_metric wandb_require
    wandb_run wandb_settings wandb_setup wandb_summary wandb_sweep wandb_watch`.split(/\s+/),
};

/**
 * A module of the real wandb package that the binding does not serve (`wandb.util`,
 * `wandb.apis.internal`): importing it says so, where a name wandb does not have is CPython's
 * ModuleNotFoundError. Below the listed levels every lower-case name counts as wandb's own.
 */
export function isLeftOutWandbModule(name: string): boolean {
  if ((WANDB_MODULES as readonly string[]).includes(name)) return false;
  const parts = name.split('.');
  if (parts[0] !== 'wandb' || parts.length < 2) return false;
  // wandb's modules are lower-case: `from wandb.apis.public import Nope` is an ImportError.
  if (parts.some((p) => /^[A-Z]/.test(p))) return false;
  if (!WANDB_PACKAGE.wandb.includes(parts[1])) return false;
  return parts[1] !== 'sdk' || parts.length < 3 || WANDB_PACKAGE['wandb.sdk'].includes(parts[2]);
}

/** CPython 3.11's `sys.stdlib_module_names` (public ones): importable in CPython, so a
 * missing one is "not supported in the playground", never "No module named". */
export const CPYTHON_STDLIB: ReadonlySet<string> = new Set(
  `
  __future__ abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop
  base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code
  codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars
  copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils
  doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch
  fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip
  hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress
  itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math
  mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath
  nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools
  pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd
  py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource
  rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib
  sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat
  statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny
  tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize
  tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest
  urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc
  zipapp zipfile zipimport zlib zoneinfo
`
    .trim()
    .split(/\s+/),
);

/** Submodules of modules the playground has, which it leaves out. */
export const CPYTHON_SUBMODULES: ReadonlySet<string> = new Set([
  'collections.abc',
  'logging.handlers',
  'logging.config',
  'json.decoder',
  'json.encoder',
  'json.tool',
  'importlib.metadata',
  'urllib.request',
  'urllib.error',
  'urllib.response',
  'urllib.robotparser',
]);

export type ImportKind = 'supported' | 'unsupported-stdlib' | 'third-party';

/** What importing `name` (dotted or not) does in the playground. */
export function importKind(name: string): ImportKind {
  const top = name.split('.')[0];
  if (CPYTHON_SUBMODULES.has(name)) return 'unsupported-stdlib';
  if ((STDLIB_NAMES as readonly string[]).includes(top)) return 'supported';
  if (isLeftOutWandbModule(name)) return 'unsupported-stdlib';
  if ((BOUND_MODULES as readonly string[]).includes(top)) return 'supported';
  if (CPYTHON_STDLIB.has(top)) return 'unsupported-stdlib';
  return 'third-party';
}
