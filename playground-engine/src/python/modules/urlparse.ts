// `urllib.parse`, ported from CPython 3.11's urllib/parse.py: urlparse/urlsplit (with
// hostname, port, username, password), urlunparse/urlunsplit, urljoin, quote/unquote
// (UTF-8, CPython's safe characters), urlencode, parse_qs/parse_qsl.

import { iterate } from '../interp/iteration';
import { E, pyErr } from '../values/exceptions';
import { dictSet, hashKey } from '../values/hashing';
import { PyDict, PyList, PyTuple, type PyValue, STOP } from '../values/objects';
import { str } from '../values/repr';
import { typeName } from '../values/typename';
import { utf8 } from './digests';
import { type Args, StructSeq, argBool, fn, makeModule, opt, structSeqClass } from './native';

const USES_RELATIVE = [
  '',
  'ftp',
  'http',
  'gopher',
  'nntp',
  'imap',
  'wais',
  'file',
  'https',
  'shttp',
  'mms',
  'prospero',
  'rtsp',
  'rtspu',
  'sftp',
  'svn',
  'svn+ssh',
  'ws',
  'wss',
];
const USES_NETLOC = [
  '',
  'ftp',
  'http',
  'gopher',
  'nntp',
  'telnet',
  'imap',
  'wais',
  'file',
  'mms',
  'https',
  'shttp',
  'snews',
  'prospero',
  'rtsp',
  'rtspu',
  'rsync',
  'svn',
  'svn+ssh',
  'sftp',
  'nfs',
  'git',
  'git+ssh',
  'ws',
  'wss',
];
const USES_PARAMS = [
  '',
  'ftp',
  'hdl',
  'prospero',
  'http',
  'imap',
  'https',
  'shttp',
  'rtsp',
  'rtspu',
  'sip',
  'sips',
  'mms',
  'sftp',
  'tel',
];
const SCHEME_CHARS = /^[a-zA-Z][a-zA-Z0-9+\-.]*$/;

type Split = [string, string, string, string, string];

function splitNetloc(url: string, start = 0): [string, string] {
  let delim = url.length;
  for (const c of '/?#') {
    const i = url.indexOf(c, start);
    if (i >= 0) delim = Math.min(delim, i);
  }
  return [url.slice(start, delim), url.slice(delim)];
}

export function urlsplit(input: string, scheme = '', allowFragments = true): Split {
  // CPython strips leading C0 controls and spaces, then removes tabs and newlines anywhere.
  let start = 0;
  while (start < input.length && input.charCodeAt(start) <= 0x20) start++;
  let url = input.slice(start).replace(/[\t\r\n]/g, '');
  scheme = scheme.replace(/[\t\r\n]/g, '');
  let netloc = '';
  let query = '';
  let fragment = '';
  const i = url.indexOf(':');
  if (i > 0 && SCHEME_CHARS.test(url.slice(0, i))) {
    scheme = url.slice(0, i).toLowerCase();
    url = url.slice(i + 1);
  }
  if (url.startsWith('//')) {
    [netloc, url] = splitNetloc(url, 2);
    if (
      (netloc.includes('[') && !netloc.includes(']')) ||
      (netloc.includes(']') && !netloc.includes('['))
    )
      throw pyErr(E.ValueError, 'Invalid IPv6 URL');
  }
  if (allowFragments && url.includes('#')) {
    const j = url.indexOf('#');
    fragment = url.slice(j + 1);
    url = url.slice(0, j);
  }
  if (url.includes('?')) {
    const j = url.indexOf('?');
    query = url.slice(j + 1);
    url = url.slice(0, j);
  }
  return [scheme, netloc, url, query, fragment];
}

function splitParams(url: string): [string, string] {
  let i: number;
  if (url.includes('/')) {
    i = url.indexOf(';', url.lastIndexOf('/'));
    if (i < 0) return [url, ''];
  } else i = url.indexOf(';');
  return [url.slice(0, i), url.slice(i + 1)];
}

export function urlparse(url: string, scheme = '', allowFragments = true): string[] {
  const [sch, netloc, path0, query, fragment] = urlsplit(url, scheme, allowFragments);
  let path = path0;
  let params = '';
  if (USES_PARAMS.includes(sch) && path.includes(';')) [path, params] = splitParams(path);
  return [sch, netloc, path, params, query, fragment];
}

export function urlunsplit([scheme, netloc, path, query, fragment]: string[]): string {
  let url = path;
  if (netloc || (scheme && USES_NETLOC.includes(scheme) && url.slice(0, 2) !== '//')) {
    if (url && url[0] !== '/') url = `/${url}`;
    url = `//${netloc}${url}`;
  }
  if (scheme) url = `${scheme}:${url}`;
  if (query) url = `${url}?${query}`;
  if (fragment) url = `${url}#${fragment}`;
  return url;
}

export function urlunparse([scheme, netloc, path, params, query, fragment]: string[]): string {
  return urlunsplit([scheme, netloc, params ? `${path};${params}` : path, query, fragment]);
}

export function urljoin(base: string, url: string, allowFragments = true): string {
  if (!base) return url;
  if (!url) return base;
  const [bscheme, bnetloc, bpath, bparams, bquery] = urlparse(base, '', allowFragments);
  let [scheme, netloc, path, params, query, fragment] = urlparse(url, bscheme, allowFragments);
  if (scheme !== bscheme || !USES_RELATIVE.includes(scheme)) return url;
  if (USES_NETLOC.includes(scheme)) {
    if (netloc) return urlunparse([scheme, netloc, path, params, query, fragment]);
    netloc = bnetloc;
  }
  if (!path && !params) {
    path = bpath;
    params = bparams;
    if (!query) query = bquery;
    return urlunparse([scheme, netloc, path, params, query, fragment]);
  }
  const baseParts = bpath.split('/');
  if (baseParts[baseParts.length - 1] !== '') baseParts.pop();
  let segments: string[];
  if (path.startsWith('/')) segments = path.split('/');
  else {
    segments = [...baseParts, ...path.split('/')];
    segments = [
      segments[0],
      ...segments.slice(1, -1).filter(Boolean),
      ...(segments.length > 1 ? [segments[segments.length - 1]] : []),
    ];
  }
  const resolved: string[] = [];
  for (const seg of segments) {
    if (seg === '..') resolved.pop();
    else if (seg !== '.') resolved.push(seg);
  }
  const last = segments[segments.length - 1];
  if (last === '.' || last === '..') resolved.push('');
  return urlunparse([scheme, netloc, resolved.join('/') || '/', params, query, fragment]);
}

const ALWAYS_SAFE = /[A-Za-z0-9_.\-~]/;

export function quote(text: string, safe = '/'): string {
  let out = '';
  for (const ch of text) {
    if (ALWAYS_SAFE.test(ch) || (safe.includes(ch) && ch.charCodeAt(0) < 128)) out += ch;
    else for (const b of utf8(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function unquote(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = Uint8Array.from(run.match(/%../g)!.map((h) => Number.parseInt(h.slice(1), 16)));
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  });
}

const quotePlus = (text: string, safe = '') =>
  text.includes(' ') ? quote(text, `${safe} `).replaceAll(' ', '+') : quote(text, safe);

function parseQsl(
  qs: string,
  keepBlank: boolean,
  strict: boolean,
  sep: string,
): [string, string][] {
  const out: [string, string][] = [];
  if (!qs) return out;
  for (const nameValue of qs.split(sep)) {
    if (!nameValue && !strict) continue;
    const nv = nameValue.split('=');
    const pair = nv.length > 1 ? [nv[0], nv.slice(1).join('=')] : nv;
    if (pair.length !== 2) {
      if (strict) throw pyErr(E.ValueError, `bad query field: '${nameValue}'`);
      if (keepBlank) pair.push('');
      else continue;
    }
    if (pair[1].length || keepBlank)
      out.push([unquote(pair[0].replaceAll('+', ' ')), unquote(pair[1].replaceAll('+', ' '))]);
  }
  return out;
}

const strArg = (a: Args, k: string, d = '') => {
  const v = opt(a, k);
  if (v === undefined) return d;
  if (typeof v !== 'string')
    throw pyErr(
      E.TypeError,
      `not supported in the playground: a ${typeName(v)} argument to urllib.parse (use str)`,
    );
  return v;
};

export function makeUrlparseModule() {
  const withNetloc = (c: ReturnType<typeof structSeqClass>, netlocAt: number) => {
    const netloc = (s: StructSeq) => s.tuple.items[netlocAt] as string;
    const userinfo = (s: StructSeq) => {
      const n = netloc(s);
      const at = n.lastIndexOf('@');
      return at < 0 ? null : n.slice(0, at);
    };
    const hostport = (s: StructSeq) => netloc(s).slice(netloc(s).lastIndexOf('@') + 1);
    c.prop('username', (s) => {
      const u = userinfo(s);
      return u === null ? null : u.split(':')[0];
    })
      .prop('password', (s) => {
        const u = userinfo(s);
        return u === null || !u.includes(':') ? null : u.slice(u.indexOf(':') + 1);
      })
      .prop('hostname', (s) => {
        const hp = hostport(s);
        let host: string;
        if (hp.startsWith('[')) host = hp.slice(1, hp.indexOf(']'));
        else host = hp.split(':')[0];
        return host ? host.toLowerCase() : null;
      })
      .prop('port', (s) => {
        const hp = hostport(s);
        const after = hp.startsWith('[') ? hp.slice(hp.indexOf(']') + 1) : hp;
        const i = after.indexOf(':');
        if (i < 0) return null;
        const p = after.slice(i + 1);
        if (!p) return null;
        if (!/^\d+$/.test(p))
          throw pyErr(E.ValueError, `Port could not be cast to integer value as '${p}'`);
        const n = Number(p);
        if (n > 65535) throw pyErr(E.ValueError, 'Port out of range 0-65535');
        return BigInt(n);
      });
    return c;
  };
  const parseClass = withNetloc(
    structSeqClass('ParseResult', ['scheme', 'netloc', 'path', 'params', 'query', 'fragment']),
    1,
  );
  const splitClass = withNetloc(
    structSeqClass('SplitResult', ['scheme', 'netloc', 'path', 'query', 'fragment']),
    1,
  );
  parseClass.method('geturl', [], (s) => urlunparse(s.tuple.items as string[]));
  splitClass.method('geturl', [], (s) => urlunsplit(s.tuple.items as string[]));
  for (const c of [parseClass, splitClass]) {
    c.method('_replace', ['**kwargs'], (s, a) => {
      const items = s.tuple.items.slice();
      const kw = a.get('kwargs') as PyDict;
      for (const [k, v] of kw.map.values()) {
        const i = c.fields.indexOf(k as string);
        if (i < 0) throw pyErr(E.ValueError, `Got unexpected field names: ['${k as string}']`);
        items[i] = v;
      }
      return new StructSeq(c, items);
    });
    c.method('_asdict', [], (s) => {
      const d = new PyDict();
      c.fields.forEach((f, i) => {
        dictSet(d, f, s.tuple.items[i]);
      });
      return d;
    });
  }
  const parts = (v: PyValue | undefined, n: number): string[] => {
    const items: PyValue[] = [];
    const pull = iterate(v ?? null);
    for (let x = pull(); x !== STOP; x = pull()) items.push(x);
    if (items.length !== n)
      throw pyErr(E.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
    return items.map((x) => (x === null ? '' : str(x)));
  };
  return makeModule(
    'urllib.parse',
    {
      urlparse: fn(
        'urlparse',
        ['url', 'scheme=', 'allow_fragments='],
        (a) =>
          new StructSeq(
            parseClass,
            urlparse(strArg(a, 'url'), strArg(a, 'scheme'), argBool(a, 'allow_fragments', true)),
          ),
      ),
      urlsplit: fn(
        'urlsplit',
        ['url', 'scheme=', 'allow_fragments='],
        (a) =>
          new StructSeq(
            splitClass,
            urlsplit(strArg(a, 'url'), strArg(a, 'scheme'), argBool(a, 'allow_fragments', true)),
          ),
      ),
      urlunparse: fn('urlunparse', ['components'], (a) =>
        urlunparse(parts(a.get('components'), 6)),
      ),
      urlunsplit: fn('urlunsplit', ['components'], (a) =>
        urlunsplit(parts(a.get('components'), 5)),
      ),
      urljoin: fn('urljoin', ['base', 'url', 'allow_fragments='], (a) =>
        urljoin(strArg(a, 'base'), strArg(a, 'url'), argBool(a, 'allow_fragments', true)),
      ),
      quote: fn('quote', ['string', 'safe=', 'encoding=', 'errors='], (a) =>
        quote(strArg(a, 'string'), strArg(a, 'safe', '/')),
      ),
      quote_plus: fn('quote_plus', ['string', 'safe=', 'encoding=', 'errors='], (a) =>
        quotePlus(strArg(a, 'string'), strArg(a, 'safe', '')),
      ),
      unquote: fn('unquote', ['string', 'encoding=', 'errors='], (a) =>
        unquote(strArg(a, 'string')),
      ),
      unquote_plus: fn('unquote_plus', ['string', 'encoding=', 'errors='], (a) =>
        unquote(strArg(a, 'string').replaceAll('+', ' ')),
      ),
      urlencode: fn(
        'urlencode',
        ['query', 'doseq=', 'safe=', 'encoding=', 'errors=', 'quote_via='],
        (a, ctx) => {
          const q = a.get('query')!;
          const doseq = argBool(a, 'doseq', false);
          const safe = strArg(a, 'safe', '');
          const via = opt(a, 'quote_via');
          const enc = (v: PyValue) => {
            const text = str(v);
            return via === undefined
              ? quotePlus(text, safe)
              : String(ctx.callSync(via, [text, safe]));
          };
          let pairs: [PyValue, PyValue][];
          if (q instanceof PyDict) pairs = [...q.map.values()];
          else {
            pairs = [];
            try {
              const pull = iterate(q);
              for (let x = pull(); x !== STOP; x = pull()) {
                const kv = x instanceof PyTuple || x instanceof PyList ? x.items : null;
                if (kv?.length !== 2) throw new Error('bad');
                pairs.push([kv[0], kv[1]]);
              }
            } catch {
              throw pyErr(E.TypeError, 'not a valid non-string sequence or mapping object');
            }
          }
          const out: string[] = [];
          for (const [k, v] of pairs) {
            if (doseq && typeof v !== 'string' && (v instanceof PyList || v instanceof PyTuple)) {
              for (const x of v.items) out.push(`${enc(k)}=${enc(x)}`);
            } else out.push(`${enc(k)}=${enc(v)}`);
          }
          return out.join('&');
        },
      ),
      parse_qsl: fn(
        'parse_qsl',
        [
          'qs',
          'keep_blank_values=',
          'strict_parsing=',
          'encoding=',
          'errors=',
          'max_num_fields=',
          'separator=',
        ],
        (a) =>
          new PyList(
            parseQsl(
              strArg(a, 'qs'),
              argBool(a, 'keep_blank_values', false),
              argBool(a, 'strict_parsing', false),
              strArg(a, 'separator', '&'),
            ).map(([k, v]) => new PyTuple([k, v])),
          ),
      ),
      parse_qs: fn(
        'parse_qs',
        [
          'qs',
          'keep_blank_values=',
          'strict_parsing=',
          'encoding=',
          'errors=',
          'max_num_fields=',
          'separator=',
        ],
        (a) => {
          const d = new PyDict();
          for (const [k, v] of parseQsl(
            strArg(a, 'qs'),
            argBool(a, 'keep_blank_values', false),
            argBool(a, 'strict_parsing', false),
            strArg(a, 'separator', '&'),
          )) {
            const e = d.map.get(hashKey(k));
            if (e) (e[1] as PyList).items.push(v);
            else dictSet(d, k, new PyList([v]));
          }
          return d;
        },
      ),
      ParseResult: parseClass.type,
      SplitResult: splitClass.type,
    },
    ['urldefrag', 'quote_from_bytes', 'unquote_to_bytes', 'urlencode_bytes'],
  );
}
