// The per-run in-memory file system behind open(), os.path and the SDK's add_file.

import { arity, expectStr, params } from '../builtins/args';
import { checkStringLength } from '../budgets';
import { PyBytes, encodeStr } from '../values/bytes';
import { E, pyErr, typeForName } from '../values/exceptions';
import { PyBuiltin, PyHost, PyList, type PyValue, STOP } from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';
import { pathArg } from './native';
import { CWD, normalizePath } from '../../text/posixPath';

export { CWD, normalizePath } from '../../text/posixPath';

/** The file system's key for a path: normalized, and relative when it lies under CWD. */
function fsKey(path: string): string {
  const p = normalizePath(path);
  if (p === CWD) return '.';
  return p.startsWith(`${CWD}/`) ? p.slice(CWD.length + 1) : p;
}

export class MemFs {
  private readonly files = new Map<string, string>();
  private readonly dirs = new Set<string>(['.', '/']);
  /** The files as the run found them: what `written()` compares against. */
  private readonly initial: ReadonlyMap<string, string>;

  constructor(initial?: Record<string, string>) {
    for (const [p, text] of Object.entries(initial ?? {})) this.write(p, text);
    this.initial = new Map(this.files);
  }

  /**
   * The files that are new or changed since the run started, sorted by path (relative to the
   * working directory when under it): what the snippet and the SDK's downloads left on disk.
   */
  written(): { path: string; text: string }[] {
    return [...this.files]
      .filter(([p, text]) => this.initial.get(p) !== text)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, text]) => ({ path, text }));
  }

  read(path: string): string | undefined {
    return this.files.get(fsKey(path));
  }
  exists(path: string): boolean {
    const p = fsKey(path);
    return this.files.has(p) || this.dirs.has(p) || p === '/home' || p === CWD;
  }
  isFile(path: string): boolean {
    return this.files.has(fsKey(path));
  }
  isDir(path: string): boolean {
    const p = fsKey(path);
    return this.dirs.has(p) || p === '/home';
  }
  /** The directory that would hold `path` exists (creating a file needs it). */
  parentExists(path: string): boolean {
    const p = fsKey(path);
    const cut = p.lastIndexOf('/');
    return this.isDir(cut < 0 ? '.' : cut === 0 ? '/' : p.slice(0, cut));
  }
  write(path: string, text: string): void {
    const p = fsKey(path);
    this.files.set(p, text);
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) this.dirs.add(parts.slice(0, i).join('/') || '/');
  }
  remove(path: string): void {
    this.files.delete(fsKey(path));
  }
  mkdir(path: string): void {
    this.dirs.add(fsKey(path));
  }
  /** A directory and every missing ancestor (os.makedirs, copytree). */
  makedirs(path: string): void {
    const parts = fsKey(path).split('/');
    for (let i = 1; i <= parts.length; i++) this.dirs.add(parts.slice(0, i).join('/') || '/');
  }
  removeDir(path: string): void {
    this.dirs.delete(fsKey(path));
  }
  /** Moves a file, or a directory with everything under it. */
  rename(src: string, dst: string): void {
    const from = fsKey(src);
    const to = fsKey(dst);
    if (this.files.has(from)) {
      const text = this.files.get(from)!;
      this.files.delete(from);
      this.write(to, text);
      return;
    }
    const prefix = `${from}/`;
    for (const [k, v] of [...this.files]) {
      if (!k.startsWith(prefix)) continue;
      this.files.delete(k);
      this.write(`${to}/${k.slice(prefix.length)}`, v);
    }
    for (const d of [...this.dirs]) {
      if (d !== from && !d.startsWith(prefix)) continue;
      this.dirs.delete(d);
      this.dirs.add(d === from ? to : `${to}/${d.slice(prefix.length)}`);
    }
  }
  list(dir: string): string[] {
    const d = fsKey(dir);
    const prefix = d === '.' ? '' : d === '/' ? '/' : `${d}/`;
    const names = new Set<string>();
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p !== d && p.startsWith(prefix) && p !== '.' && p !== '/')
        names.add(p.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }
  /** Everything under directory `dir`, as paths relative to it (files and directories). */
  under(dir: string): { files: string[]; dirs: string[] } {
    const d = fsKey(dir);
    const prefix = d === '.' ? '' : d === '/' ? '/' : `${d}/`;
    const rel = (p: string) => p.slice(prefix.length);
    const files = [...this.files.keys()]
      .filter((p) => p.startsWith(prefix))
      .map(rel)
      .sort();
    const dirs = [...this.dirs]
      .filter((p) => p !== d && p !== '.' && p !== '/' && p.startsWith(prefix))
      .map(rel)
      .sort();
    return { files, dirs };
  }
  /** Removes a directory and everything under it. */
  removeTree(dir: string): void {
    const d = fsKey(dir);
    const prefix = `${d}/`;
    for (const k of [...this.files.keys()]) if (k.startsWith(prefix)) this.files.delete(k);
    for (const k of [...this.dirs]) if (k === d || k.startsWith(prefix)) this.dirs.delete(k);
  }
  /** The files under `dir`, relative to it, sorted (what os.walk visits). */
  walk(dir: string): string[] {
    return this.under(dir).files;
  }
  /** A plain snapshot, e.g. for showing the files a run wrote. */
  toJSON(): Record<string, string> {
    return Object.fromEntries(this.files);
  }
}

const UnsupportedOperation = typeForName('io.UnsupportedOperation');

class PyFile extends PyHost {
  private closed = false;
  private pos = 0;
  private readonly methods: Map<string, PyBuiltin>;

  constructor(
    private readonly fs: MemFs,
    private readonly path: string,
    private readonly mode: string,
  ) {
    super();
    const m = (name: string, fn: (args: PyValue[]) => PyValue) =>
      [name, new PyBuiltin(name, (_c, a) => fn(a), this)] as const;
    this.methods = new Map([
      m('read', (a) => {
        arity('read', a, 0, 1);
        const text = this.readable();
        const n =
          a[0] === undefined || a[0] === null || (typeof a[0] === 'bigint' && a[0] < 0n)
            ? Infinity
            : Number(a[0]);
        if (this.binary) {
          // Binary reads count bytes of the file's UTF-8 text.
          const rest = encodeStr(text.slice(this.pos)).data;
          const out = rest.slice(0, Math.min(n, rest.length));
          this.pos += new TextDecoder().decode(out).length;
          return new PyBytes(out);
        }
        const out = text.slice(this.pos, this.pos + n);
        this.pos += out.length;
        return out;
      }),
      m('readline', () => {
        const line = this.readline();
        return this.binary ? encodeStr(line) : line;
      }),
      m('readlines', () => {
        const text = this.readable();
        const rest = text.slice(this.pos);
        this.pos = text.length;
        const lines = rest.split(/(?<=\n)/).filter((l) => l !== '');
        return new PyList(this.binary ? lines.map((l) => encodeStr(l)) : lines);
      }),
      m('write', (a) => {
        arity('write', a, 1, 1);
        this.writable();
        const given = a[0];
        if (this.binary && !(given instanceof PyBytes))
          throw pyErr(E.TypeError, `a bytes-like object is required, not '${typeName(given)}'`);
        if (!this.binary && given instanceof PyBytes)
          throw pyErr(E.TypeError, 'write() argument must be str, not bytes');
        const s = given instanceof PyBytes ? textOfBytes(given) : given;
        if (typeof s !== 'string')
          throw pyErr(E.TypeError, `write() argument must be str, not ${typeName(s)}`);
        const cur = this.fs.read(this.path) ?? '';
        checkStringLength(cur.length + s.length);
        this.fs.write(this.path, cur + s);
        // Writes go to the end (the file is only ever appended to): so does the position.
        this.pos = cur.length + s.length;
        return BigInt(given instanceof PyBytes ? given.data.length : s.length);
      }),
      m('close', () => {
        this.closed = true;
        return null;
      }),
      // Writes reach the in-memory file at once: nothing to flush.
      m('flush', () => {
        this.open();
        return null;
      }),
      m('tell', () => {
        this.open();
        return BigInt(this.offsetOf(this.pos));
      }),
      // seek(offset, whence=0): from the start, the current position or the end; binary
      // offsets count bytes of the UTF-8 text.
      m('seek', (a) => {
        arity('seek', a, 1, 2);
        const text = this.fs.read(this.path) ?? '';
        this.open();
        const [off, whence = 0n] = a;
        if (typeof off !== 'bigint')
          throw pyErr(E.TypeError, `'${typeName(off)}' object cannot be interpreted as an integer`);
        const base =
          whence === 0n ? 0 : whence === 1n ? this.offsetOf(this.pos) : this.offsetOf(text.length);
        const target = base + Number(off);
        if (target < 0) throw pyErr(E.ValueError, `negative seek position ${target}`);
        this.pos = this.binary
          ? new TextDecoder().decode(encodeStr(text).data.slice(0, target)).length
          : Math.min(target, text.length);
        return BigInt(target);
      }),
      m('__enter__', () => {
        this.open();
        return this;
      }),
      m('__exit__', () => {
        this.closed = true;
        return false;
      }),
    ]);
  }

  private readline(): string {
    const text = this.readable();
    const nl = text.indexOf('\n', this.pos);
    const end = nl < 0 ? text.length : nl + 1;
    const out = text.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  private open(): void {
    if (this.closed) throw pyErr(E.ValueError, 'I/O operation on closed file.');
  }
  private readable(): string {
    this.open();
    if (!this.mode.includes('r') && !this.mode.includes('+'))
      throw pyErr(UnsupportedOperation, 'not readable');
    return this.fs.read(this.path) ?? '';
  }
  private writable(): void {
    this.open();
    if (this.mode.includes('r') && !this.mode.includes('+'))
      throw pyErr(UnsupportedOperation, 'not writable');
  }

  /** A position in the text as `tell()` counts it: characters, or bytes in binary mode. */
  private offsetOf(pos: number): number {
    if (!this.binary) return pos;
    return encodeStr((this.fs.read(this.path) ?? '').slice(0, pos)).data.length;
  }

  override getAttr(name: string): PyValue | undefined {
    if (name === 'name') return this.path;
    if (name === 'mode') return this.binary ? bufferedMode(this.mode) : this.mode;
    if (name === 'closed') return this.closed;
    return this.methods.get(name);
  }
  get binary(): boolean {
    return this.mode.includes('b');
  }
  get typeName() {
    if (!this.binary) return 'TextIOWrapper';
    if (this.mode.includes('+')) return 'BufferedRandom';
    return this.mode.includes('r') ? 'BufferedReader' : 'BufferedWriter';
  }
  override iterate() {
    return () => {
      const line = this.readline();
      if (line === '') return STOP;
      return this.binary ? encodeStr(line) : line;
    };
  }
  repr(): string {
    if (this.binary) return `<_io.${this.typeName} name=${repr(this.path)}>`;
    return `<_io.TextIOWrapper name=${repr(this.path)} mode=${repr(this.mode)} encoding='UTF-8'>`;
  }
}

/**
 * The text a bytes value stands for in the in-memory file system (files are text):
 * UTF-8 only, so what is written reads back the same.
 */
export function textOfBytes(b: PyBytes): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b.data);
  } catch {
    throw pyErr(
      E.NotImplementedError,
      'not supported in the playground: binary file contents that are not UTF-8 text',
    );
  }
}

/** The open() builtin bound to one run's file system. */
export function makeOpen(fs: MemFs): PyBuiltin {
  return new PyBuiltin('open', (_c, args, kwargs) => {
    const [file, modeV] = params(
      'open',
      args,
      kwargs,
      ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
      1,
    );
    const path = pathArg(file);
    const mode = modeV === undefined ? 'r' : expectStr("open() argument 'mode'", modeV);
    if (!/^[rwax]\+?[tb]?$|^[rwax][tb]\+?$/.test(mode))
      throw pyErr(E.ValueError, `invalid mode: '${mode}'`);
    if (fs.isDir(path))
      throw pyErr(E.IsADirectoryError, `[Errno 21] Is a directory: ${repr(path)}`);
    const exists = fs.isFile(path);
    if (mode[0] === 'r' && !exists) {
      throw pyErr(E.FileNotFoundError, `[Errno 2] No such file or directory: ${repr(path)}`);
    }
    if (mode[0] === 'x' && exists)
      throw pyErr(E.FileExistsError, `[Errno 17] File exists: ${repr(path)}`);
    if (!exists && !fs.parentExists(path))
      throw pyErr(E.FileNotFoundError, `[Errno 2] No such file or directory: ${repr(path)}`);
    if (mode[0] === 'w' || mode[0] === 'x' || (mode[0] === 'a' && !exists)) fs.write(path, '');
    return new PyFile(fs, path, mode);
  });
}

/** FileIO's mode for a binary open(): `w+b` and `r+b` are `rb+`, `a+b` `ab+`, `bw` `wb`. */
function bufferedMode(mode: string): string {
  const plus = mode.includes('+');
  const kind = ['r', 'w', 'a', 'x'].find((c) => mode.includes(c)) ?? 'r';
  if (plus) return kind === 'a' ? 'ab+' : kind === 'x' ? 'xb+' : 'rb+';
  return `${kind}b`;
}
