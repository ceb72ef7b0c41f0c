// str.format(): replacement fields, auto/manual numbering, conversions and nested specs.

import { E, keyError, pyErr } from '../values/exceptions';
import { formatValue } from '../values/format';
import type { Kwargs, NativeContext, PyValue } from '../values/objects';
import { repr, str } from '../values/repr';
import { getItem } from '../interp/subscript';

interface State {
  auto: number;
  mode: 'none' | 'auto' | 'manual';
}

function lookupField(
  ctx: NativeContext,
  field: string,
  args: PyValue[],
  kwargs: Kwargs | null,
  st: State,
): PyValue {
  const m = /^([^.[]*)(.*)$/s.exec(field)!;
  const head = m[1];
  let rest = m[2];
  let value: PyValue;
  if (head === '' || /^\d+$/.test(head)) {
    let index: number;
    if (head === '') {
      if (st.mode === 'manual') {
        throw pyErr(
          E.ValueError,
          'cannot switch from manual field specification to automatic field numbering',
        );
      }
      st.mode = 'auto';
      index = st.auto++;
    } else {
      if (st.mode === 'auto') {
        throw pyErr(
          E.ValueError,
          'cannot switch from automatic field numbering to manual field specification',
        );
      }
      st.mode = 'manual';
      index = Number(head);
    }
    if (index >= args.length) {
      throw pyErr(
        E.IndexError,
        `Replacement index ${index} out of range for positional args tuple`,
      );
    }
    value = args[index];
  } else {
    const v = kwargs?.get(head);
    if (v === undefined) throw keyError(head);
    value = v;
  }
  while (rest) {
    const attr = /^\.([A-Za-z_]\w*)/.exec(rest);
    if (attr) {
      value = ctx.getAttr(value, attr[1]);
      rest = rest.slice(attr[0].length);
      continue;
    }
    const idx = /^\[([^\]]*)\]/.exec(rest);
    if (!idx) throw pyErr(E.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    const key: PyValue = /^\d+$/.test(idx[1]) ? BigInt(idx[1]) : idx[1];
    value = getItem(value, key);
    rest = rest.slice(idx[0].length);
  }
  return value;
}

/** Split at the first top-level '!' or ':' of a field (brackets may contain them). */
function splitField(body: string): { field: string; conv?: string; spec: string } {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (depth === 0 && (ch === '!' || ch === ':')) {
      const field = body.slice(0, i);
      if (ch === ':') return { field, spec: body.slice(i + 1) };
      const conv = body[i + 1];
      if (body[i + 2] !== undefined && body[i + 2] !== ':') {
        throw pyErr(E.ValueError, "expected ':' after conversion specifier");
      }
      return { field, conv, spec: body.slice(i + 3) };
    }
  }
  return { field: body, spec: '' };
}

function render(
  ctx: NativeContext,
  template: string,
  args: PyValue[],
  kwargs: Kwargs | null,
  st: State,
  depth: number,
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === '{') {
      if (template[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      // Find the matching close brace, allowing one level of nested fields in the spec.
      let j = i + 1;
      let nest = 1;
      while (j < template.length && nest > 0) {
        if (template[j] === '{') nest++;
        else if (template[j] === '}') nest--;
        if (nest > 0) j++;
      }
      if (j >= template.length) throw pyErr(E.ValueError, "expected '}' before end of string");
      const { field, conv, spec } = splitField(template.slice(i + 1, j));
      if (depth > 1) throw pyErr(E.ValueError, 'Max string recursion exceeded');
      let value = lookupField(ctx, field, args, kwargs, st);
      if (conv === 'r' || conv === 'a') value = repr(value);
      else if (conv === 's') value = str(value);
      else if (conv !== undefined) {
        throw pyErr(E.ValueError, `Unknown conversion specifier ${conv}`);
      }
      const fullSpec = spec.includes('{') ? render(ctx, spec, args, kwargs, st, depth + 1) : spec;
      out += formatValue(value, fullSpec);
      i = j + 1;
    } else if (ch === '}') {
      if (template[i + 1] !== '}')
        throw pyErr(E.ValueError, "Single '}' encountered in format string");
      out += '}';
      i += 2;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

export function strFormat(
  ctx: NativeContext,
  template: string,
  args: PyValue[],
  kwargs: Kwargs | null,
): string {
  return render(ctx, template, args, kwargs, { auto: 0, mode: 'none' }, 0);
}
