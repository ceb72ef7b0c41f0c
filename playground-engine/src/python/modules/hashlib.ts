// The `hashlib` module: md5, sha1, sha256 (and sha512) over bytes, with update(),
// digest(), hexdigest(), copy(), name, digest_size; hashlib.new(name).

import { PyBytes } from '../values/bytes';
import { E, pyErr } from '../values/exceptions';
import type { PyValue } from '../values/objects';
import { typeName } from '../values/typename';
import { hex, md5, sha1, sha256, sha512 } from './digests';
import { type ClassLike, NativeClass, NativeObject, fn, makeModule } from './native';

const ALGOS: Record<string, { f: (m: Uint8Array) => Uint8Array; size: number; block: number }> = {
  md5: { f: md5, size: 16, block: 64 },
  sha1: { f: sha1, size: 20, block: 64 },
  sha256: { f: sha256, size: 32, block: 64 },
  sha512: { f: sha512, size: 64, block: 128 },
};

class Hash extends NativeObject {
  constructor(
    readonly klass: NativeClass<Hash>,
    readonly name: string,
    public data: Uint8Array,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  repr(): string {
    return `<${this.name} _hashlib.HASH object>`;
  }
  update(v: PyValue | undefined): void {
    const b = bytesArg(v);
    const out = new Uint8Array(this.data.length + b.length);
    out.set(this.data);
    out.set(b, this.data.length);
    this.data = out;
  }
  digest(): Uint8Array {
    return ALGOS[this.name].f(this.data);
  }
}

function bytesArg(v: PyValue | undefined): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === 'string') throw pyErr(E.TypeError, 'Strings must be encoded before hashing');
  throw pyErr(E.TypeError, `object supporting the buffer API required`);
}

export function makeHashlibModule() {
  const klass: NativeClass<Hash> = new NativeClass<Hash>('HASH', '_hashlib');
  klass
    .prop('name', (h) => h.name)
    .prop('digest_size', (h) => BigInt(ALGOS[h.name].size))
    .prop('block_size', (h) => BigInt(ALGOS[h.name].block))
    .method('update', ['obj'], (h, a) => {
      h.update(a.get('obj'));
      return null;
    })
    .method('digest', [], (h) => new PyBytes(h.digest()))
    .method('hexdigest', [], (h) => hex(h.digest()))
    .method('copy', [], (h) => new Hash(klass, h.name, h.data.slice()));
  const make = (name: string, v: PyValue | undefined) => {
    const h = new Hash(klass, name, new Uint8Array());
    if (v !== undefined && v !== null) h.update(v);
    return h;
  };
  const ctor = (name: string) =>
    fn(name, ['string=', '*', 'usedforsecurity='], (a) => make(name, a.get('string')));
  return makeModule(
    'hashlib',
    {
      md5: ctor('md5'),
      sha1: ctor('sha1'),
      sha256: ctor('sha256'),
      sha512: ctor('sha512'),
      new: fn('new', ['name', 'data=', '*', 'usedforsecurity='], (a) => {
        const n = a.get('name');
        if (typeof n !== 'string')
          throw pyErr(E.TypeError, `new() argument 'name' must be str, not ${typeName(n ?? null)}`);
        const key = n.toLowerCase();
        if (!ALGOS[key]) throw pyErr(E.ValueError, `unsupported hash type ${n}`);
        return make(key, a.get('data'));
      }),
    },
    [
      'sha224',
      'sha384',
      'sha3_256',
      'sha3_512',
      'blake2b',
      'blake2s',
      'shake_128',
      'shake_256',
      'pbkdf2_hmac',
      'scrypt',
      'file_digest',
    ],
  );
}
