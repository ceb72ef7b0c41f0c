// The `platform` module: the machine the playground imitates (CPython 3.11.7 on 64-bit
// Linux, as sys reports), with fixed values a page can show (ASSUMPTIONS.md).

import { PyTuple } from '../values/objects';
import { fn, makeModule, structSeqClass, StructSeq } from './native';

const UNAME = ['Linux', 'playground', '6.1.0', '#1 SMP', 'x86_64'];

export function makePlatformModule() {
  const unameClass = structSeqClass('uname_result', [
    'system',
    'node',
    'release',
    'version',
    'machine',
  ]);
  return makeModule(
    'platform',
    {
      system: fn('system', [], () => UNAME[0]),
      node: fn('node', [], () => UNAME[1]),
      release: fn('release', [], () => UNAME[2]),
      version: fn('version', [], () => UNAME[3]),
      machine: fn('machine', [], () => UNAME[4]),
      processor: fn('processor', [], () => ''),
      architecture: fn(
        'architecture',
        ['executable=', 'bits=', 'linkage='],
        () => new PyTuple(['64bit', 'ELF']),
      ),
      uname: fn('uname', [], () => new StructSeq(unameClass, UNAME)),
      platform: fn('platform', ['aliased=', 'terse='], () => 'Linux-6.1.0-x86_64-with-glibc2.36'),
      python_version: fn('python_version', [], () => '3.11.7'),
      python_version_tuple: fn('python_version_tuple', [], () => new PyTuple(['3', '11', '7'])),
      python_implementation: fn('python_implementation', [], () => 'CPython'),
      python_compiler: fn('python_compiler', [], () => 'GCC 12.2.0'),
      python_build: fn('python_build', [], () => new PyTuple(['main', 'Dec  4 2023 18:10:18'])),
      libc_ver: fn(
        'libc_ver',
        ['executable=', 'lib=', 'version=', 'chunksize='],
        () => new PyTuple(['glibc', '2.36']),
      ),
      mac_ver: fn(
        'mac_ver',
        ['release=', 'versioninfo=', 'machine='],
        () => new PyTuple(['', new PyTuple(['', '', '']), '']),
      ),
      win32_ver: fn(
        'win32_ver',
        ['release=', 'version=', 'csd=', 'ptype='],
        () => new PyTuple(['', '', '', '']),
      ),
    },
    ['freedesktop_os_release', 'java_ver'],
  );
}
