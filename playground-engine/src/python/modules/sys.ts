// The `sys` module: argv from the run options, exit() raising SystemExit, stdout and
// stderr as file objects over the run's two streams, and the interpreter's identity
// (CPython 3.11 on Linux, which is what the playground imitates).

import { E, pyErr } from '../values/exceptions';
import { PyExc, PyList, type PyValue } from '../values/objects';
import { typeName } from '../values/typename';
import {
  type ClassLike,
  NativeClass,
  NativeObject,
  StructSeq,
  fn,
  makeModule,
  structSeqClass,
} from './native';
import type { StdlibServices } from './services';

export const VERSION_INFO: PyValue[] = [3n, 11n, 7n, 'final', 0n];

type Stream = 'stdout' | 'stderr';

class StreamObj extends NativeObject {
  constructor(
    readonly klass: NativeClass<StreamObj>,
    readonly stream: Stream,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return `<_io.TextIOWrapper name='<${this.stream}>' mode='w' encoding='utf-8'>`;
  }
}

function streamClass(s: StdlibServices): NativeClass<StreamObj> {
  return new NativeClass<StreamObj>('TextIOWrapper', '_io')
    .method('write', ['s'], (o, a) => {
      const t = a.get('s')!;
      if (typeof t !== 'string')
        throw pyErr(E.TypeError, `write() argument must be str, not ${typeName(t)}`);
      s.write(t, o.stream);
      return BigInt(t.length);
    })
    .method('writelines', ['lines'], (o, a) => {
      const v = a.get('lines');
      const items = v instanceof PyList ? v.items : [];
      for (const t of items) if (typeof t === 'string') s.write(t, o.stream);
      return null;
    })
    .method('flush', [], () => null)
    .method('isatty', [], () => false)
    .method('fileno', [], (o) => (o.stream === 'stdout' ? 1n : 2n))
    .prop('name', (o) => `<${o.stream}>`)
    .prop('encoding', () => 'utf-8')
    .prop('mode', () => 'w');
}

export function makeSysModule(s: StdlibServices) {
  const streams = streamClass(s);
  const versionInfo = structSeqClass('sys.version_info', [
    'major',
    'minor',
    'micro',
    'releaselevel',
    'serial',
  ]);
  return makeModule(
    'sys',
    {
      argv: new PyList([...s.argv]),
      stdout: new StreamObj(streams, 'stdout'),
      stderr: new StreamObj(streams, 'stderr'),
      exit: fn('exit', ['status='], (a) => {
        const code = a.get('status');
        throw new PyExc(E.SystemExit, code === undefined ? [] : [code]);
      }),
      version_info: new StructSeq(versionInfo, VERSION_INFO),
      version: '3.11.7 (main, Dec  4 2023, 18:10:11) [GCC 13.2.0]',
      hexversion: 0x30b07f0n,
      platform: 'linux',
      byteorder: 'little',
      maxsize: 9223372036854775807n,
      executable: '/usr/bin/python3',
      path: new PyList(['']),
      getrecursionlimit: fn('getrecursionlimit', [], () => 1000n),
      setrecursionlimit: fn('setrecursionlimit', ['limit'], () => null),
      getdefaultencoding: fn('getdefaultencoding', [], () => 'utf-8'),
    },
    [
      'stdin',
      'modules',
      'exc_info',
      'getsizeof',
      'settrace',
      'setprofile',
      'exception',
      '_getframe',
    ],
  );
}
