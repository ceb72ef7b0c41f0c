// The `json` module: dumps and loads with CPython's output format (separators,
// ensure_ascii, float repr) and its error messages.

import { params } from '../builtins/args';
import { checkStringLength } from '../budgets';
import { truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { floatRepr } from '../values/floats';
import { dictSet } from '../values/hashing';
import { PyBuiltin, PyDict, PyList, PyModule, PyTuple, type PyValue } from '../values/objects';
import { intToStr } from '../values/repr';
import { typeName } from '../values/typename';

function quote(s: string, ascii: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (ascii && c > 0x7e) {
      if (c > 0xffff) {
        const v = c - 0x10000;
        out += `\\u${(0xd800 + (v >> 10)).toString(16)}\\u${(0xdc00 + (v & 0x3ff)).toString(16)}`;
      } else out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

function floatJson(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  return floatRepr(v);
}

interface DumpOpts {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ascii: boolean;
}

function dump(v: PyValue, o: DumpOpts, level: number, seen: Set<object>): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'bigint') return intToStr(v);
  if (typeof v === 'number') return floatJson(v);
  if (typeof v === 'string') return quote(v, o.ascii);
  const nl = o.indent === null ? '' : `\n${o.indent.repeat(level + 1)}`;
  const end = o.indent === null ? '' : `\n${o.indent.repeat(level)}`;
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.items.length === 0) return '[]';
    if (seen.has(v)) throw pyErr(E.ValueError, 'Circular reference detected');
    seen.add(v);
    const parts = v.items.map((x) => dump(x, o, level + 1, seen));
    seen.delete(v);
    return `[${nl}${parts.join(o.itemSep + nl)}${end}]`;
  }
  if (v instanceof PyDict) {
    if (v.map.size === 0) return '{}';
    if (seen.has(v)) throw pyErr(E.ValueError, 'Circular reference detected');
    seen.add(v);
    let entries = [...v.map.values()].map(([k, x]): [string, PyValue] => {
      let key: string;
      if (typeof k === 'string') key = k;
      else if (typeof k === 'bigint') key = intToStr(k);
      else if (typeof k === 'number') key = floatJson(k);
      else if (typeof k === 'boolean') key = k ? 'true' : 'false';
      else if (k === null) key = 'null';
      else
        throw pyErr(E.TypeError, `keys must be str, int, float, bool or None, not ${typeName(k)}`);
      return [key, x];
    });
    if (o.sortKeys) entries = entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const parts = entries.map(
      ([k, x]) => `${quote(k, o.ascii)}${o.keySep}${dump(x, o, level + 1, seen)}`,
    );
    seen.delete(v);
    return `{${nl}${parts.join(o.itemSep + nl)}${end}}`;
  }
  throw pyErr(E.TypeError, `Object of type ${typeName(v)} is not JSON serializable`);
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  fail(msg: string, at = this.i): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    const col = at - before.lastIndexOf('\n');
    throw pyErr(E.JSONDecodeError, `${msg}: line ${line} column ${col} (char ${at})`);
  }
  ws(): void {
    while (/[ \t\n\r]/.test(this.s[this.i] ?? '')) this.i++;
  }
  value(): PyValue {
    this.ws();
    const ch = this.s[this.i];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    for (const [lit, v] of [
      ['null', null],
      ['true', true],
      ['false', false],
      ['NaN', Number.NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
    ] as const) {
      if (this.s.startsWith(lit, this.i)) {
        this.i += lit.length;
        return v;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (!m) this.fail('Expecting value');
    this.i += m[0].length;
    if (m[2] || m[3]) return Number(m[0]);
    return BigInt(m[0]);
  }
  string(): string {
    const start = this.i;
    this.i++;
    let out = '';
    for (;;) {
      const ch = this.s[this.i];
      if (ch === undefined) this.fail('Unterminated string starting at', start);
      if (ch === '"') {
        this.i++;
        return out;
      }
      if (ch < ' ') this.fail('Invalid control character at');
      if (ch === '\\') {
        const e = this.s[this.i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && Object.hasOwn(simple, e)) {
          out += simple[e];
          this.i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(Number.parseInt(this.s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
        } else this.fail('Invalid \\escape');
      } else {
        out += ch;
        this.i++;
      }
    }
  }
  array(): PyList {
    this.i++;
    const items: PyValue[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return new PyList(items);
    }
    for (;;) {
      items.push(this.value());
      this.ws();
      const ch = this.s[this.i];
      if (ch === ']') {
        this.i++;
        return new PyList(items);
      }
      if (ch !== ',') this.fail("Expecting ',' delimiter");
      this.i++;
    }
  }
  object(): PyDict {
    this.i++;
    const d = new PyDict();
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return d;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const k = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail("Expecting ':' delimiter");
      this.i++;
      dictSet(d, k, this.value());
      this.ws();
      const ch = this.s[this.i];
      if (ch === '}') {
        this.i++;
        return d;
      }
      if (ch !== ',') this.fail("Expecting ',' delimiter");
      this.i++;
    }
  }
}

export function makeJsonModule(): PyModule {
  const dumps = new PyBuiltin('dumps', (_c, a, k) => {
    const [obj, , ensureAscii, , , , indentV, separators, , sortKeys] = params(
      'dumps',
      a.slice(0, 1),
      k,
      [
        'obj',
        'skipkeys',
        'ensure_ascii',
        'check_circular',
        'allow_nan',
        'cls',
        'indent',
        'separators',
        'default',
        'sort_keys',
      ],
      1,
    );
    if (a.length > 1)
      throw pyErr(E.TypeError, `dumps() takes 1 positional argument but ${a.length} were given`);
    let indent: string | null = null;
    if (indentV !== undefined && indentV !== null) {
      indent = typeof indentV === 'string' ? indentV : ' '.repeat(Number(indentV));
    }
    let itemSep = indent === null ? ', ' : ',';
    let keySep = ': ';
    if (separators instanceof PyTuple && separators.items.length === 2) {
      itemSep = String(separators.items[0]);
      keySep = String(separators.items[1]);
    }
    const out = dump(
      obj as PyValue,
      {
        indent,
        itemSep,
        keySep,
        sortKeys: sortKeys !== undefined && truthy(sortKeys),
        ascii: ensureAscii === undefined || truthy(ensureAscii),
      },
      0,
      new Set(),
    );
    checkStringLength(out.length);
    return out;
  });
  const loads = new PyBuiltin('loads', (_c, a, k) => {
    const [s] = params('loads', a, k, ['s'], 1);
    if (typeof s !== 'string') {
      throw pyErr(
        E.TypeError,
        `the JSON object must be str, bytes or bytearray, not ${typeName(s as PyValue)}`,
      );
    }
    const p = new Parser(s);
    const v = p.value();
    p.ws();
    if (p.i < s.length) p.fail('Extra data');
    return v;
  });
  return new PyModule(
    'json',
    new Map<string, PyValue>([
      ['dumps', dumps],
      ['loads', loads],
      ['JSONDecodeError', E.JSONDecodeError],
    ]),
  );
}
