// The `uuid` module: UUID objects (hex, int, str, urn, version, comparisons), uuid4
// from the world's deterministic source (reproducible runs), uuid3/uuid5 by name
// (md5/sha1, CPython's exact values) and the standard namespaces.

import { E, pyErr } from '../values/exceptions';
import type { PyValue } from '../values/objects';
import { strRepr } from '../values/repr';
import { typeName } from '../values/typename';
import { md5, sha1, utf8 } from './digests';
import { type ClassLike, NativeClass, NativeObject, fn, makeModule } from './native';
import type { StdlibServices } from './services';

class Uuid extends NativeObject {
  constructor(
    readonly klass: NativeClass<Uuid>,
    /** 32 lowercase hex digits. */
    readonly hex: string,
  ) {
    super();
  }
  get cls(): ClassLike {
    return this.klass;
  }
  get text(): string {
    const h = this.hex;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  repr(): string {
    return `UUID(${strRepr(this.text)})`;
  }
  override toStr(): string {
    return this.text;
  }
  override eq(o: PyValue): boolean {
    return o instanceof Uuid && o.hex === this.hex;
  }
  override compare(o: PyValue): number | undefined {
    if (!(o instanceof Uuid)) return undefined;
    return this.hex < o.hex ? -1 : this.hex > o.hex ? 1 : 0;
  }
  override hashKey(): string {
    return `uuid:${this.hex}`;
  }
}

const bytesHex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const hexBytes = (h: string) => Uint8Array.from(h.match(/../g)!.map((x) => Number.parseInt(x, 16)));

/** Set the version nibble and the RFC 4122 variant bits, as UUID(bytes=..., version=n) does. */
function stamp(bytes: Uint8Array, version: number): string {
  const b = bytes.slice(0, 16);
  b[6] = (b[6] & 0x0f) | (version << 4);
  b[8] = (b[8] & 0x3f) | 0x80;
  return bytesHex(b);
}

export function makeUuidModule(s: StdlibServices) {
  const klass: NativeClass<Uuid> = new NativeClass<Uuid>('UUID', 'uuid', {
    spec: ['hex=', 'bytes=', 'bytes_le=', 'fields=', 'int=', 'version=', '*', 'is_safe='],
    make: (a) => {
      const h = a.get('hex');
      const i = a.get('int');
      if (typeof h === 'string') {
        const clean = h.replace(/^urn:uuid:/, '').replace(/[{}-]/g, '');
        if (!/^[0-9a-fA-F]{32}$/.test(clean))
          throw pyErr(E.ValueError, 'badly formed hexadecimal UUID string');
        return new Uuid(klass, clean.toLowerCase());
      }
      if (typeof i === 'bigint') {
        if (i < 0n || i >= 1n << 128n)
          throw pyErr(E.ValueError, 'int is out of range (need a 128-bit value)');
        return new Uuid(klass, i.toString(16).padStart(32, '0'));
      }
      if (h !== undefined)
        throw pyErr(
          E.TypeError,
          `one of the hex, bytes, bytes_le, fields, or int arguments must be given`,
        );
      throw pyErr(
        E.TypeError,
        'one of the hex, bytes, bytes_le, fields, or int arguments must be given',
      );
    },
  });
  klass
    .prop('hex', (u) => u.hex)
    .prop('int', (u) => BigInt(`0x${u.hex}`))
    .prop('urn', (u) => `urn:uuid:${u.text}`)
    .prop('version', (u) =>
      u.hex[16] >= '8' && u.hex[16] <= 'b' ? BigInt(Number.parseInt(u.hex[12], 16)) : null,
    )
    .prop('variant', () => 'specified in RFC 4122')
    .method('__str__', [], (u) => u.text);
  const ns = (h: string) => new Uuid(klass, h);
  const NAMESPACE_DNS = ns('6ba7b8109dad11d180b400c04fd430c8');
  const NAMESPACE_URL = ns('6ba7b8119dad11d180b400c04fd430c8');
  const NAMESPACE_OID = ns('6ba7b8129dad11d180b400c04fd430c8');
  const NAMESPACE_X500 = ns('6ba7b8149dad11d180b400c04fd430c8');
  const byName =
    (digest: (m: Uint8Array) => Uint8Array, version: number) => (a: Map<string, PyValue>) => {
      const space = a.get('namespace');
      const name = a.get('name');
      if (!(space instanceof Uuid))
        throw pyErr(
          E.AttributeError,
          `'${typeName(space ?? null)}' object has no attribute 'bytes'`,
        );
      if (typeof name !== 'string')
        throw pyErr(
          E.TypeError,
          `not supported in the playground: a ${typeName(name ?? null)} name (use str)`,
        );
      const n = utf8(name);
      const msg = new Uint8Array(16 + n.length);
      msg.set(hexBytes(space.hex));
      msg.set(n, 16);
      return new Uuid(klass, stamp(digest(msg), version));
    };
  return makeModule(
    'uuid',
    {
      UUID: klass.type,
      uuid4: fn('uuid4', [], () => {
        const b = new Uint8Array(16);
        for (let i = 0; i < 16; i += 4) {
          const x = s.entropy() >>> 0;
          b[i] = x >>> 24;
          b[i + 1] = (x >>> 16) & 0xff;
          b[i + 2] = (x >>> 8) & 0xff;
          b[i + 3] = x & 0xff;
        }
        return new Uuid(klass, stamp(b, 4));
      }),
      uuid5: fn('uuid5', ['namespace', 'name'], byName(sha1, 5)),
      uuid3: fn('uuid3', ['namespace', 'name'], byName(md5, 3)),
      NAMESPACE_DNS,
      NAMESPACE_URL,
      NAMESPACE_OID,
      NAMESPACE_X500,
      RFC_4122: 'specified in RFC 4122',
    },
    ['uuid1', 'getnode'],
  );
}
