// The `tempfile` module in the in-memory file system: names under /tmp drawn from the
// world's deterministic source (so a run is reproducible), TemporaryDirectory and
// NamedTemporaryFile that remove themselves when closed, mkdtemp and mkstemp.

import { E, pyErr } from '../values/exceptions';
import { PyTuple, type PyValue, type PyHost, STOP } from '../values/objects';
import { repr } from '../values/repr';
import { makeOpen } from './files';
import { fileExists, joinTo } from './fsmodules';
import {
  type Args,
  type ClassLike,
  NativeClass,
  NativeObject,
  fn,
  makeModule,
  opt,
  pathArg,
} from './native';
import type { StdlibServices } from './services';

const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';
export const TMP = '/tmp';

class TempDir extends NativeObject {
  closed = false;
  constructor(
    readonly klass: NativeClass<TempDir>,
    readonly name: string,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return `<TemporaryDirectory ${repr(this.name)}>`;
  }
}

/** A NamedTemporaryFile: the open file, plus `name` and removal on close. */
class TempFile extends NativeObject {
  constructor(
    readonly klass: NativeClass<TempFile>,
    readonly file: PyHost,
    readonly name: string,
    readonly remove: () => void,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  override getAttr(name: string): PyValue | undefined {
    return this.klass.attr(this, name) ?? this.file.getAttr(name);
  }
  override iterate() {
    return this.file.iterate() ?? (() => STOP);
  }
  repr(): string {
    return `<tempfile._TemporaryFileWrapper object for ${repr(this.name)}>`;
  }
}

export function makeTempfileModule(s: StdlibServices) {
  const fs = s.fs;
  if (!fs.isDir(TMP)) fs.mkdir(TMP);
  const open = makeOpen(fs);
  let fd = 3;
  const randomName = () => {
    let out = '';
    for (let i = 0; i < 8; i++) out += CHARS[s.entropy() % CHARS.length];
    return out;
  };
  /** A fresh path `dir/prefix + random + suffix`, as _mkstemp_inner picks it. */
  const fresh = (a: Args): string => {
    const str = (k: string, d: string) => {
      const v = opt(a, k);
      return v === undefined ? d : pathArg(v);
    };
    const dir = str('dir', TMP);
    if (!fs.isDir(dir))
      throw pyErr(E.FileNotFoundError, `[Errno 2] No such file or directory: ${repr(dir)}`);
    for (let i = 0; i < 100; i++) {
      const p = joinTo(dir, str('prefix', 'tmp') + randomName() + str('suffix', ''));
      if (!fs.exists(p)) return p;
    }
    throw fileExists(dir);
  };
  const mkdtemp = (a: Args) => {
    const p = fresh(a);
    fs.mkdir(p);
    return p;
  };

  const tempDir: NativeClass<TempDir> = new NativeClass<TempDir>('TemporaryDirectory', 'tempfile', {
    spec: ['suffix=', 'prefix=', 'dir=', 'ignore_cleanup_errors='],
    make: (a) => new TempDir(tempDir, mkdtemp(a)),
  });
  const cleanup = (d: TempDir) => {
    if (!d.closed) fs.removeTree(d.name);
    d.closed = true;
    return null;
  };
  tempDir
    .prop('name', (d) => d.name)
    .method('__enter__', [], (d) => d.name)
    .method('__exit__', ['exc', 'value', 'tb'], (d) => cleanup(d))
    .method('cleanup', [], (d) => cleanup(d));

  const tempFile: NativeClass<TempFile> = new NativeClass<TempFile>(
    '_TemporaryFileWrapper',
    'tempfile',
  );
  const closeFile = (t: TempFile, ctx: Parameters<Parameters<typeof tempFile.method>[2]>[2]) => {
    const close = t.file.getAttr('close');
    if (close) ctx.callSync(close, []);
    t.remove();
    return null;
  };
  tempFile
    .prop('name', (t) => t.name)
    .method('__enter__', [], (t) => t)
    .method('__exit__', ['exc', 'value', 'tb'], (t, _a, ctx) => closeFile(t, ctx))
    .method('close', [], (t, _a, ctx) => closeFile(t, ctx));

  return makeModule(
    'tempfile',
    {
      gettempdir: fn('gettempdir', [], () => TMP),
      gettempprefix: fn('gettempprefix', [], () => 'tmp'),
      tempdir: null,
      mkdtemp: fn('mkdtemp', ['suffix=', 'prefix=', 'dir='], (a) => mkdtemp(a)),
      mkstemp: fn('mkstemp', ['suffix=', 'prefix=', 'dir=', 'text='], (a) => {
        const p = fresh(a);
        fs.write(p, '');
        return new PyTuple([BigInt(fd++), p]);
      }),
      TemporaryDirectory: tempDir.type,
      NamedTemporaryFile: fn(
        'NamedTemporaryFile',
        [
          'mode=',
          'buffering=',
          'encoding=',
          'newline=',
          'suffix=',
          'prefix=',
          'dir=',
          'delete=',
          '*',
          'errors=',
        ],
        (a, ctx) => {
          // The default 'w+b' is binary: bytes in and out (UTF-8 text underneath, files.ts).
          const mode = String(a.get('mode') ?? 'w+b');
          const p = fresh(a);
          const file = ctx.callSync(open, [p, mode]) as PyHost;
          const del = a.get('delete') !== false;
          return new TempFile(tempFile, file, p, () => {
            if (del) fs.remove(p);
          });
        },
      ),
    },
    ['TemporaryFile', 'SpooledTemporaryFile', 'mktemp'],
  );
}
