// `pathlib.Path` (a PosixPath) over the run's in-memory file system: pure path
// arithmetic as CPython's PurePosixPath does it, and file operations with
// CPython's OSError messages. The working directory is CWD (/home/user).

import { PyBytes, encodeStr } from '../values/bytes';
import { E, pyErr } from '../values/exceptions';
import {
  type NativeContext,
  PyIterator,
  PyList,
  PyTuple,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr, strRepr } from '../values/repr';
import { typeName } from '../values/typename';
import { CWD, type MemFs, makeOpen, normalizePath, textOfBytes } from './files';
import { globWalk, segmentRegex } from './globbing';
import {
  type Args,
  type ClassLike,
  NativeClass,
  NativeObject,
  argBool,
  fn,
  fsPathOf,
  makeModule,
  notSupported,
  pathArg,
} from './native';
import type { StdlibServices } from './services';

/** A path's root ('/' or '') and segments, as PurePosixPath parses it. */
function parse(text: string): { root: string; segs: string[] } {
  const root = text.startsWith('/') ? '/' : '';
  return { root, segs: text.split('/').filter((s) => s !== '' && s !== '.') };
}

export class PathObj extends NativeObject {
  readonly root: string;
  readonly segs: string[];
  constructor(
    readonly mod: PathModule,
    text: string,
  ) {
    super();
    const p = parse(text);
    this.root = p.root;
    this.segs = p.segs;
  }
  get cls(): ClassLike {
    return this.mod.posix;
  }
  get text(): string {
    const body = this.segs.join('/');
    return this.root + body || '.';
  }
  override fspath(): string {
    return this.text;
  }
  override toStr(): string {
    return this.text;
  }
  repr(): string {
    return `PosixPath(${strRepr(this.text)})`;
  }
  override eq(other: PyValue): boolean {
    return other instanceof PathObj && other.text === this.text;
  }
  override hashKey(): string {
    return `path:${this.text}`;
  }
  override compare(other: PyValue): number | undefined {
    if (!(other instanceof PathObj)) return undefined;
    const a = [this.root, ...this.segs];
    const b = [other.root, ...other.segs];
    for (let i = 0; i < Math.min(a.length, b.length); i++)
      if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return a.length - b.length;
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue | undefined {
    if (op !== '/') return undefined;
    const o = fsPathOf(other);
    if (o === undefined) return undefined;
    return reflected ? this.mod.make(joinText(o, this.text)) : this.join(o);
  }

  join(...others: string[]): PathObj {
    let t = this.text;
    for (const o of others) t = joinText(t, o);
    return this.mod.make(t);
  }
  get name(): string {
    return this.segs.length ? this.segs[this.segs.length - 1] : '';
  }
  get suffix(): string {
    const n = this.name;
    const i = n.lastIndexOf('.');
    return i > 0 && i < n.length - 1 ? n.slice(i) : '';
  }
  get stem(): string {
    const n = this.name;
    const i = n.lastIndexOf('.');
    return i > 0 && i < n.length - 1 ? n.slice(0, i) : n;
  }
  get parent(): PathObj {
    if (!this.segs.length) return this;
    return this.mod.make(this.root + this.segs.slice(0, -1).join('/') || '.');
  }
  withName(name: string): PathObj {
    if (!this.name) throw pyErr(E.ValueError, `${this.repr()} has an empty name`);
    if (!name || name === '.' || name.includes('/'))
      throw pyErr(E.ValueError, `Invalid name ${repr(name)}`);
    return this.mod.make(this.root + [...this.segs.slice(0, -1), name].join('/'));
  }
  /** Where the in-memory file system finds it (absolute paths under CWD work too). */
  get fsPath(): string {
    return this.text;
  }
}

function joinText(a: string, b: string): string {
  if (b.startsWith('/')) return b;
  if (a === '.' || a === '') return b;
  return a.endsWith('/') ? a + b : `${a}/${b}`;
}

const notFound = (p: string) =>
  pyErr(E.FileNotFoundError, `[Errno 2] No such file or directory: ${repr(p)}`);
const exists = (p: string) => pyErr(E.FileExistsError, `[Errno 17] File exists: ${repr(p)}`);

export class PathModule {
  readonly base: NativeClass<PathObj>;
  readonly posix: NativeClass<PathObj>;
  private readonly open;

  constructor(readonly fs: MemFs) {
    this.open = makeOpen(fs);
    const ctor = {
      spec: ['*args'],
      make: (a: Args) => {
        const parts = (a.get('args') as PyTuple).items.map((v) => pathArg(v));
        return this.make(parts.reduce(joinText, '.'));
      },
    };
    this.base = new NativeClass<PathObj>('Path', 'pathlib', ctor);
    this.posix = new NativeClass<PathObj>('PosixPath', 'pathlib', ctor, this.base.type);
    this.define(this.posix);
  }

  make(text: string): PathObj {
    return new PathObj(this, text);
  }

  private define(c: NativeClass<PathObj>): void {
    const fs = this.fs;
    const str = (a: Args, name: string) => {
      const v = a.get(name);
      if (typeof v !== 'string')
        throw pyErr(E.TypeError, `${name} must be str, not ${typeName(v ?? null)}`);
      return v;
    };
    const others = (a: Args) => (a.get('other') as PyTuple).items.map((v) => pathArg(v));
    const relativeTo = (p: PathObj, other: string[]): PathObj | string => {
      const base = this.make(other.reduce(joinText, '.'));
      const ok =
        base.root === p.root &&
        base.segs.length <= p.segs.length &&
        base.segs.every((s, i) => p.segs[i] === s);
      if (!ok)
        return `${repr(p.text)} is not in the subpath of ${repr(base.text)} OR one path is relative and the other is absolute.`;
      return this.make(p.segs.slice(base.segs.length).join('/') || '.');
    };
    const rename = (p: PathObj, target: PyValue | undefined) => {
      const t = pathArg(target);
      if (!fs.exists(p.text)) throw notFound(p.text);
      fs.rename(p.text, t);
      return this.make(t);
    };
    const absolute = (p: PathObj) => (p.root ? p.text : joinText(CWD, p.text));
    const children = (names: string[], ctx: NativeContext) => {
      let i = 0;
      return new PyIterator('generator', () => {
        ctx.tick();
        return i < names.length ? this.make(names[i++]) : STOP;
      });
    };
    const glob = (p: PathObj, pattern: string, ctx: NativeContext) => {
      if (pattern === '') throw pyErr(E.ValueError, `Unacceptable pattern: ${repr(pattern)}`);
      if (pattern.startsWith('/'))
        throw pyErr(E.NotImplementedError, 'Non-relative patterns are unsupported');
      const segs = pattern.split('/').filter((s) => s !== '' && s !== '.');
      const base = p.text === '.' ? '' : p.text;
      const found = fs.isDir(p.text)
        ? globWalk(fs, base, segs, { dotfiles: true, recursive: true })
        : [];
      return children(
        found.map((f) => f || '.'),
        ctx,
      );
    };
    c.prop('name', (p) => p.name)
      .prop('stem', (p) => p.stem)
      .prop('suffix', (p) => p.suffix)
      .prop('suffixes', (p) => {
        const n = p.name;
        if (n.endsWith('.')) return new PyList([]);
        return new PyList(
          n
            .replace(/^\.+/, '')
            .split('.')
            .slice(1)
            .map((s) => `.${s}`),
        );
      })
      .prop('parent', (p) => p.parent)
      .prop('parents', (p) => {
        const out: PyValue[] = [];
        for (let q = p; q.segs.length; q = q.parent) out.push(q.parent);
        return new PyTuple(out);
      })
      .prop('parts', (p) => new PyTuple(p.root ? [p.root, ...p.segs] : p.segs))
      .prop('root', (p) => p.root)
      .prop('anchor', (p) => p.root)
      .prop('drive', () => '')
      .method('__fspath__', [], (p) => p.text)
      .method('__str__', [], (p) => p.text)
      .method('as_posix', [], (p) => p.text)
      .method('is_absolute', [], (p) => p.root === '/')
      .method('joinpath', ['*other'], (p, a) => p.join(...others(a)))
      .method('with_name', ['name'], (p, a) => p.withName(str(a, 'name')))
      .method('with_stem', ['stem'], (p, a) => p.withName(str(a, 'stem') + p.suffix))
      .method('with_suffix', ['suffix'], (p, a) => {
        const s = str(a, 'suffix');
        if ((s && !s.startsWith('.')) || s === '.' || s.includes('/'))
          throw pyErr(E.ValueError, `Invalid suffix ${repr(s)}`);
        if (!p.name) throw pyErr(E.ValueError, `${p.repr()} has an empty name`);
        return p.withName(p.stem + s);
      })
      .method('relative_to', ['*other'], (p, a) => {
        const r = relativeTo(p, others(a));
        if (typeof r === 'string') throw pyErr(E.ValueError, r);
        return r;
      })
      .method('is_relative_to', ['*other'], (p, a) => typeof relativeTo(p, others(a)) !== 'string')
      .method('match', ['path_pattern'], (p, a) => {
        const pat = parse(str(a, 'path_pattern'));
        if (!pat.segs.length) throw pyErr(E.ValueError, 'empty pattern');
        if (pat.root && (p.root !== pat.root || p.segs.length !== pat.segs.length)) return false;
        if (pat.segs.length > p.segs.length) return false;
        const tail = p.segs.slice(p.segs.length - pat.segs.length);
        return pat.segs.every((s, i) => segmentRegex(s).test(tail[i]));
      })
      .method('absolute', [], (p) => this.make(absolute(p)))
      .method('resolve', ['strict='], (p) => this.make(normalizePath(absolute(p))))
      .method('expanduser', [], (p) =>
        p.segs[0] === '~' && !p.root
          ? this.make(joinText(CWD, p.segs.slice(1).join('/') || '.'))
          : p,
      )
      .method('exists', [], (p) => fs.exists(p.text))
      .method('is_file', [], (p) => fs.isFile(p.text))
      .method('is_dir', [], (p) => fs.isDir(p.text))
      .method('is_symlink', [], () => false)
      .method('read_text', ['encoding=', 'errors='], (p) => {
        if (fs.isDir(p.text))
          throw pyErr(E.IsADirectoryError, `[Errno 21] Is a directory: ${repr(p.text)}`);
        const t = fs.read(p.text);
        if (t === undefined) throw notFound(p.text);
        return t;
      })
      .method('write_text', ['data', 'encoding=', 'errors=', 'newline='], (p, a) => {
        const d = a.get('data')!;
        if (typeof d !== 'string') throw pyErr(E.TypeError, `data must be str, not ${typeName(d)}`);
        if (fs.isDir(p.text))
          throw pyErr(E.IsADirectoryError, `[Errno 21] Is a directory: ${repr(p.text)}`);
        if (!fs.isFile(p.text) && !fs.parentExists(p.text)) throw notFound(p.text);
        fs.write(p.text, d);
        return BigInt(d.length);
      })
      .method('read_bytes', [], (p) => {
        if (fs.isDir(p.text))
          throw pyErr(E.IsADirectoryError, `[Errno 21] Is a directory: ${repr(p.text)}`);
        const t = fs.read(p.text);
        if (t === undefined) throw notFound(p.text);
        return encodeStr(t);
      })
      .method('write_bytes', ['data'], (p, a) => {
        const d = a.get('data')!;
        if (!(d instanceof PyBytes))
          throw pyErr(
            E.TypeError,
            `memoryview: a bytes-like object is required, not '${typeName(d)}'`,
          );
        if (fs.isDir(p.text))
          throw pyErr(E.IsADirectoryError, `[Errno 21] Is a directory: ${repr(p.text)}`);
        if (!fs.isFile(p.text) && !fs.parentExists(p.text)) throw notFound(p.text);
        fs.write(p.text, textOfBytes(d));
        return BigInt(d.data.length);
      })
      .method('open', ['mode=', 'buffering=', 'encoding=', 'errors=', 'newline='], (p, a, ctx) =>
        this.open.fn(ctx, [p.text, a.get('mode') ?? 'r'], null),
      )
      .method('touch', ['mode=', 'exist_ok='], (p, a) => {
        if (fs.exists(p.text)) {
          if (!argBool(a, 'exist_ok', true)) throw exists(p.text);
          return null;
        }
        if (!fs.parentExists(p.text)) throw notFound(p.text);
        fs.write(p.text, '');
        return null;
      })
      .method('mkdir', ['mode=', 'parents=', 'exist_ok='], (p, a) => {
        const existOk = argBool(a, 'exist_ok', false);
        if (fs.exists(p.text)) {
          if (existOk && fs.isDir(p.text)) return null;
          throw exists(p.text);
        }
        if (!fs.parentExists(p.text)) {
          if (!argBool(a, 'parents', false)) throw notFound(p.text);
          for (let q = p.parent; q.segs.length && !fs.exists(q.text); q = q.parent)
            fs.mkdir(q.text);
          // parents are created outermost first in CPython; the order is invisible here.
        }
        fs.mkdir(p.text);
        return null;
      })
      .method('rmdir', [], (p) => {
        if (!fs.exists(p.text)) throw notFound(p.text);
        if (!fs.isDir(p.text))
          throw pyErr(E.OSError, `[Errno 20] Not a directory: ${repr(p.text)}`);
        if (fs.list(p.text).length)
          throw pyErr(E.OSError, `[Errno 39] Directory not empty: ${repr(p.text)}`);
        fs.removeDir(p.text);
        return null;
      })
      .method('unlink', ['missing_ok='], (p, a) => {
        if (fs.isDir(p.text))
          throw pyErr(E.IsADirectoryError, `[Errno 21] Is a directory: ${repr(p.text)}`);
        if (!fs.isFile(p.text)) {
          if (argBool(a, 'missing_ok', false)) return null;
          throw notFound(p.text);
        }
        fs.remove(p.text);
        return null;
      })
      .method('rename', ['target'], (p, a) => rename(p, a.get('target')))
      .method('replace', ['target'], (p, a) => rename(p, a.get('target')))
      .method('iterdir', [], (p, _a, ctx) => {
        if (!fs.exists(p.text)) throw notFound(p.text);
        if (!fs.isDir(p.text))
          throw pyErr(E.OSError, `[Errno 20] Not a directory: ${repr(p.text)}`);
        return children(
          fs.list(p.text).map((n) => joinText(p.text, n)),
          ctx,
        );
      })
      .method('glob', ['pattern'], (p, a, ctx) => glob(p, str(a, 'pattern'), ctx))
      .method('rglob', ['pattern'], (p, a, ctx) => glob(p, `**/${str(a, 'pattern')}`, ctx))
      .method('stat', [], () => notSupported('Path.stat'));
  }
}

export function makePathlibModule(s: StdlibServices) {
  const m = new PathModule(s.fs);
  const cwd = fn('cwd', [], () => m.make(CWD));
  const home = fn('home', [], () => m.make(CWD));
  m.base.static('cwd', cwd).static('home', home);
  m.posix.prop('cwd', () => cwd).prop('home', () => home);
  const path = m.base.type;
  return makeModule(
    'pathlib',
    { Path: path, PosixPath: m.posix.type, PurePath: path, PurePosixPath: m.posix.type },
    ['WindowsPath', 'PureWindowsPath'],
  );
}
