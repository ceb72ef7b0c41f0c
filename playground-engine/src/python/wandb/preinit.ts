// wandb.config and wandb.summary before wandb.init (and after finish):
// wandb/sdk/lib/preinit.py `PreInitObject`. Any public attribute or item raises wandb.Error
// naming what was used; `print(wandb.config)` is object's own repr.

import { method, nativeClass } from '../modules/classkit';
import { E, pyErr, typeForName } from '../values/exceptions';
import { dictSet, hashKey } from '../values/hashing';
import { type NativeContext, PyInstance, type PyType, type PyValue } from '../values/objects';
import { repr } from '../values/repr';

const nameOf = (self: PyValue) =>
  String((self as PyInstance).dict.map.get(hashKey('_name'))?.[1] ?? '');
const error = (text: string) => pyErr(typeForName('wandb.errors.Error'), text);

export function makePreInitType(rt: NativeContext): PyType {
  const item = method('__getitem__', (_c, self, [key]) => {
    throw error(`You must call wandb.init() before ${nameOf(self)}[${repr(key)}]`);
  });
  return nativeClass(
    rt,
    'PreInitObject',
    {
      __getitem__: item,
      __setitem__: item,
      __getattr__: method('__getattr__', (_c, self, [key]) => {
        if (typeof key === 'string' && key.startsWith('_')) throw pyErr(E.AttributeError);
        throw error(`You must call wandb.init() before ${nameOf(self)}.${String(key)}`);
      }),
      __setattr__: method('__setattr__', (_c, self, [key, value]) => {
        if (typeof key === 'string' && key.startsWith('_')) {
          dictSet((self as PyInstance).dict, key, value);
          return null;
        }
        throw error(`You must call wandb.init() before ${nameOf(self)}.${String(key)}`);
      }),
    },
    { module: 'wandb.sdk.lib.preinit' },
  );
}

/** PreInitObject("wandb.config"): `_name` set as its __init__ does (object.__setattr__). */
export function newPreInit(cls: PyType, name: string): PyInstance {
  const inst = new PyInstance(cls);
  dictSet(inst.dict, '_name', name);
  return inst;
}
