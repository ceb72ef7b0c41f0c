// run.config (wandb/sdk/wandb_config.py `Config`) and the pre-init placeholders
// wandb.config / wandb.summary (wandb/sdk/lib/preinit.py `PreInitObject`), as Python
// classes whose methods are natives: their items are Python values, kept as the SDK keeps
// them (`_items`), so `run.config.lr` is the float that was given.

import { method, nativeClass } from '../modules/classkit';
import { signedMethod } from './convert';
import { pyEq } from '../values/compare';
import { defineExceptionType, E, keyError, pyErr, typeForName } from '../values/exceptions';
import { dictSet, hashKey } from '../values/hashing';
import { findInMro, isCallable } from '../values/instances';
import {
  type NativeContext,
  PyBuiltin,
  PyDict,
  PyInstance,
  PyIterator,
  PyList,
  PyTuple,
  type PyType,
  type PyValue,
  STOP,
} from '../values/objects';
import { repr, str } from '../values/repr';
import { typeName } from '../values/typename';

const CONFIG_ERROR = defineExceptionType(
  'wandb.sdk.lib.config_util.ConfigError',
  typeForName('wandb.errors.Error'),
);

/** What a Config reports to its run (`_config_callback`): may raise the finished-run error. */
export type ConfigCallback = (items: PyDict) => void;

const callbacks = new WeakMap<PyInstance, ConfigCallback>();

const field = (self: PyValue, name: string): PyValue | undefined =>
  (self as PyInstance).dict.map.get(hashKey(name))?.[1];
const itemsOf = (self: PyValue): PyDict => field(self, '_items') as PyDict;

/** keys(): the items not starting with "_". */
const publicEntries = (self: PyValue): [PyValue, PyValue][] =>
  [...itemsOf(self).map.values()].filter(([k]) => !(typeof k === 'string' && k.startsWith('_')));

/** wandb/util.py json_friendly_val, for the values a script puts in a config. */
export function jsonFriendly(ctx: NativeContext, v: PyValue): PyValue {
  if (v instanceof PyDict) {
    const out = new PyDict();
    for (const [k, x] of v.map.values()) dictSet(out, k, jsonFriendly(ctx, x));
    return out;
  }
  if (v instanceof PyList || v instanceof PyTuple) {
    return new PyList(v.items.map((x) => jsonFriendly(ctx, x)));
  }
  if (typeof v === 'number' && Number.isNaN(v)) return null;
  if (v === null || typeof v !== 'object') return v;
  const t = typeName(v);
  if (t === 'set' || t === 'frozenset') {
    const items = [...(v as unknown as { map: Map<string, PyValue> }).map.values()];
    return new PyList(items.map((x) => jsonFriendly(ctx, x)));
  }
  if (t === 'bytes') return ctx.callSync(ctx.getAttr(v, 'decode'), ['utf-8']);
  if (t === 'datetime' || t === 'date') return ctx.callSync(ctx.getAttr(v, 'isoformat'), []);
  if (isCallable(v)) {
    try {
      return `${str(ctx.getAttr(v, '__module__'))}.${str(ctx.getAttr(v, '__qualname__'))}`;
    } catch {
      // A builtin function: its __module__ is "builtins".
      return v instanceof PyBuiltin ? `builtins.${v.name}` : str(v);
    }
  }
  if (v instanceof PyInstance && v.cls.mro.some((c) => c.name === 'Enum' && c.module === 'enum')) {
    return ctx.getAttr(v, 'name');
  }
  // A dataclass instance: dataclasses.asdict, made JSON friendly in turn.
  const fields = v instanceof PyInstance ? findInMro(v.cls, '__dataclass_fields__') : undefined;
  if (fields instanceof PyDict) {
    const out = new PyDict();
    for (const [k] of fields.map.values()) {
      dictSet(out, k, jsonFriendly(ctx, ctx.getAttr(v, str(k))));
    }
    return out;
  }
  // Anything else that is not a builtin becomes its str().
  return str(v);
}

export function makeConfigType(rt: NativeContext): PyType {
  const setItem = (ctx: NativeContext, self: PyValue, key: PyValue, val: PyValue) => {
    const [k, v] = sanitize(ctx, self, key, val, false);
    dictSet(itemsOf(self), k, v);
    callbacks.get(self as PyInstance)?.(itemsOf(self));
    return null;
  };
  return nativeClass(
    rt,
    'Config',
    {
      __repr__: method('__repr__', (_c, self) => repr(publicDict(self))),
      keys: signedMethod(
        'Config.keys',
        (_c, self) => new PyList(publicEntries(self).map(([k]) => k)),
      ),
      items: signedMethod(
        'Config.items',
        (_c, self) => new PyList(publicEntries(self).map(([k, v]) => new PyTuple([k, v]))),
      ),
      as_dict: signedMethod('Config.as_dict', (_c, self) => publicDict(self)),
      _as_dict: method('_as_dict', (_c, self) => itemsOf(self)),
      __getitem__: method('__getitem__', (_c, self, [key]) => {
        const e = itemsOf(self).map.get(hashKey(key));
        if (!e) throw keyError(key);
        return e[1];
      }),
      __iter__: method('__iter__', (_c, self) => {
        const keys = [...itemsOf(self).map.values()].map(([k]) => k);
        let i = 0;
        return new PyIterator('dict_keyiterator', () => (i < keys.length ? keys[i++] : STOP));
      }),
      __contains__: method('__contains__', (_c, self, [key]) =>
        itemsOf(self).map.has(hashKey(key)),
      ),
      __setitem__: method('__setitem__', (ctx, self, [key, val]) => setItem(ctx, self, key, val)),
      __setattr__: method('__setattr__', (ctx, self, [key, val]) => setItem(ctx, self, key, val)),
      __getattr__: method('__getattr__', (_c, self, [key]) => {
        const e = itemsOf(self).map.get(hashKey(key));
        if (e) return e[1];
        throw pyErr(
          E.AttributeError,
          `<class 'wandb.sdk.wandb_config.Config'> object has no attribute ${repr(key)}`,
        );
      }),
      get: method('get', (_c, self, args) => {
        // `self._items.get(*args)`: dict.get's own arity errors.
        if (args.length < 1) throw pyErr(E.TypeError, 'get expected at least 1 argument, got 0');
        if (args.length > 2)
          throw pyErr(E.TypeError, `get expected at most 2 arguments, got ${args.length}`);
        const e = itemsOf(self).map.get(hashKey(args[0]));
        return e ? e[1] : (args[1] ?? null);
      }),
      update: signedMethod('Config.update', (ctx, self, b) => {
        const allow = b.get('allow_val_change') ?? null;
        const parsed = parseConfig(b.get('d') ?? null);
        const sanitized: [PyValue, PyValue][] = [];
        for (const [k, v] of parsed.map.values()) {
          sanitized.push(sanitize(ctx, self, k, v, allow !== null && allow !== false));
        }
        for (const [k, v] of sanitized) dictSet(itemsOf(self), k, v);
        callbacks.get(self as PyInstance)?.(itemsOf(self));
        return null;
      }),
      setdefaults: signedMethod('Config.setdefaults', (ctx, self, b) => {
        const parsed = parseConfig(b.get('d') ?? null);
        for (const [k, v] of parsed.map.values()) {
          if (itemsOf(self).map.has(hashKey(k))) continue;
          const [sk, sv] = sanitize(ctx, self, k, v, false);
          dictSet(itemsOf(self), sk, sv);
        }
        callbacks.get(self as PyInstance)?.(itemsOf(self));
        return null;
      }),
      persist: signedMethod('Config.persist', (_c, self) => {
        callbacks.get(self as PyInstance)?.(itemsOf(self));
        return null;
      }),
    },
    { module: 'wandb.sdk.wandb_config' },
  );
}

function publicDict(self: PyValue): PyDict {
  const d = new PyDict();
  for (const [k, v] of publicEntries(self)) dictSet(d, k, v);
  return d;
}

/**
 * wandb_helper.parse_config: a dict, or an object with a __dict__ (an argparse.Namespace,
 * an instance); a str names a YAML file, which the playground does not read.
 */
export function parseConfig(d: PyValue): PyDict {
  if (d instanceof PyDict) return d;
  if (d instanceof PyInstance) return d.dict;
  const ns = d as { typeName?: string; attrs?: unknown };
  if (ns?.typeName === 'Namespace' && ns.attrs instanceof Map) {
    const out = new PyDict();
    for (const [k, v] of ns.attrs as Map<string, PyValue>) dictSet(out, k, v);
    return out;
  }
  if (typeof d === 'string') {
    throw pyErr(E.NotImplementedError, 'not supported in the playground: a config file path');
  }
  throw pyErr(E.TypeError, 'config must be a dict or have a __dict__ attribute.');
}

/** Config._sanitize: the key loses leading/trailing '-', the value is made JSON friendly. */
function sanitize(
  ctx: NativeContext,
  self: PyValue,
  key: PyValue,
  val: PyValue,
  allowValChange: boolean,
): [PyValue, PyValue] {
  if (typeof key !== 'string') {
    throw pyErr(E.AttributeError, `'${typeName(key)}' object has no attribute 'strip'`);
  }
  const k = key.replace(/^-+|-+$/g, '');
  const v = typeName(val) === 'Artifact' ? val : jsonFriendly(ctx, val);
  const old = itemsOf(self).map.get(hashKey(k));
  if (!allowValChange && old && !pyEq(v, old[1])) {
    throw pyErr(
      CONFIG_ERROR,
      `Attempted to change value of key "${k}" from ${str(old[1])} to ${str(v)}\nIf you really want to do this, pass allow_val_change=True to config.update()`,
    );
  }
  return [k, v];
}

/**
 * A run's Config: `_items` starts as `{"_wandb": {}}` (Run._init), then takes the init
 * config through `_update` (sanitized, no callback: init sends it with the run).
 */
export function newConfig(
  ctx: NativeContext,
  cls: PyType,
  initial: PyDict,
  callback: ConfigCallback,
): PyInstance {
  const inst = new PyInstance(cls);
  const items = new PyDict();
  dictSet(items, '_wandb', new PyDict());
  dictSet(inst.dict, '_items', items);
  for (const [k, v] of initial.map.values()) {
    const [sk, sv] = sanitize(ctx, inst, k, v, true);
    dictSet(items, sk, sv);
  }
  callbacks.set(inst, callback);
  return inst;
}

/** The items the server keeps (all but `_wandb`, which wandb-core fills itself). */
export function configForServer(config: PyInstance): PyDict {
  const out = new PyDict();
  for (const [k, v] of itemsOf(config).map.values()) if (k !== '_wandb') dictSet(out, k, v);
  return out;
}
