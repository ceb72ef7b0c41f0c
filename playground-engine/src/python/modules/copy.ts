// The `copy` module: copy() and deepcopy() of containers, instances of your classes
// (dataclasses included, through their __dict__), dict/tuple subclasses (Counter,
// namedtuple) and host values, honouring __copy__/__deepcopy__ where a class has them.

import { E, pyErr } from '../values/exceptions';
import { dictSet, setAdd } from '../values/hashing';
import { findInMro } from '../values/instances';
import {
  type NativeContext,
  PyDict,
  PyDictSub,
  PyExc,
  PyInstance,
  PyList,
  PySet,
  PyTuple,
  PyTupleSub,
  type PyValue,
} from '../values/objects';
import { typeName } from '../values/typename';
import { NativeObject, fn, makeModule } from './native';

type Memo = Map<object, PyValue>;

function copyOf(ctx: NativeContext, v: PyValue, deep: boolean, memo: Memo): PyValue {
  if (v === null || typeof v !== 'object') return v;
  const hit = memo.get(v);
  if (hit !== undefined) return hit;
  const again = (x: PyValue) => (deep ? copyOf(ctx, x, deep, memo) : x);
  const cls =
    v instanceof PyInstance || v instanceof PyDictSub || v instanceof PyTupleSub ? v.cls : null;
  const own = cls ? findInMro(cls, deep ? '__deepcopy__' : '__copy__', true) : undefined;
  if (own !== undefined && own !== null) {
    const memoDict = new PyDict();
    return ctx.callSync(own, deep ? [v, memoDict] : [v]);
  }
  if (v instanceof PyDictSub) {
    const c = new PyDictSub(v.cls);
    memo.set(v, c);
    for (const [k, x] of v.map.values()) dictSet(c, again(k), again(x));
    for (const [k, x] of v.attrs.map.values()) dictSet(c.attrs, k, again(x));
    return c;
  }
  if (v instanceof PyTupleSub) {
    if (!deep) return v;
    const c = new PyTupleSub(v.items.map(again), v.cls);
    memo.set(v, c);
    return c;
  }
  if (v instanceof PyList) {
    const c = new PyList([]);
    memo.set(v, c);
    c.items = v.items.map(again);
    return c;
  }
  if (v instanceof PyTuple) {
    if (!deep) return v;
    const items = v.items.map(again);
    return items.every((x, i) => x === v.items[i]) ? v : new PyTuple(items);
  }
  if (v instanceof PyDict) {
    const c = new PyDict();
    memo.set(v, c);
    for (const [k, x] of v.map.values()) dictSet(c, again(k), again(x));
    return c;
  }
  if (v instanceof PySet) {
    const c = new PySet();
    for (const x of v.map.values()) setAdd(c, again(x));
    return c;
  }
  if (v instanceof PyInstance) {
    const c = new PyInstance(v.cls);
    memo.set(v, c);
    for (const [k, x] of v.dict.map.values()) dictSet(c.dict, k, again(x));
    return c;
  }
  if (v instanceof PyExc) {
    const c = new PyExc(v.type, v.args.map(again));
    for (const [k, x] of v.dict.map.values()) dictSet(c.dict, k, again(x));
    return c;
  }
  // Host values: mutable ones (deque) know how to copy themselves; the rest are immutable.
  if (v instanceof NativeObject) {
    const m = v.getAttr('__copy__');
    if (m !== undefined) {
      const c = ctx.callSync(m, []);
      if (deep && c instanceof NativeObject && 'items' in c && Array.isArray(c.items))
        c.items = (c.items as PyValue[]).map(again);
      return c;
    }
    return v;
  }
  // Functions, classes, modules: copied by reference, as CPython does.
  return v;
}

export function makeCopyModule() {
  const copyError = E.Exception;
  return makeModule('copy', {
    copy: fn('copy', ['x'], (a, ctx) => copyOf(ctx, a.get('x')!, false, new Map())),
    deepcopy: fn('deepcopy', ['x', 'memo=', '_nil='], (a, ctx) => {
      const m = a.get('memo');
      if (m !== undefined && m !== null && !(m instanceof PyDict))
        throw pyErr(E.TypeError, `memo must be a dict, not ${typeName(m)}`);
      return copyOf(ctx, a.get('x')!, true, new Map());
    }),
    Error: copyError,
    error: copyError,
  });
}
