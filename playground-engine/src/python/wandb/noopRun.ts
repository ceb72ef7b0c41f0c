// wandb/sdk/lib/noop_run.py (0.27.1 on): what a mode="disabled" run does instead of the Run's
// methods. `NoopRun` subclasses Run, so what it does not replace is the Run's own.

import { nativeClass, method as classMethod } from '../modules/classkit';
import { findInMro } from '../values/instances';
import { type NativeContext, PyBuiltin, PyExc, PyInstance, type PyValue } from '../values/objects';
import type { PyRun } from './run';

/** NoopRun's `lambda *args, **kwargs: None`s. */
const RETURNS_NONE = `alert finish_artifact get_project_url get_sweep_url get_url link_artifact
  link_model use_artifact log_code log_model use_model mark_preempting restore status watch
  write_logs unwatch upsert_artifact _finish`.split(/\s+/);

/** The attributes NoopRun replaces, bound to `py` (PyRun.overrides). */
export function noopRunAttrs(rt: NativeContext, py: PyRun, noopRun: boolean): Map<string, PyValue> {
  // `_Noop`: every attribute is the object and calling it returns it (log_artifact's result).
  // Before 0.27.1 it is make_disabled_run's local `_ChainableNoOp`, which does the same.
  const noopType = nativeClass(
    rt,
    noopRun ? '_Noop' : '_ChainableNoOp',
    {
      __getattr__: classMethod('__getattr__', (_ctx, self) => self),
      __call__: classMethod('__call__', (_ctx, self) => self),
    },
    { module: noopRun ? 'wandb.sdk.lib.noop_run' : 'wandb.sdk.wandb_init' },
  );
  const bound = (name: string, qualname: string, fn: PyBuiltin['fn']) => {
    const b = new PyBuiltin(name, fn, py);
    b.qualname = qualname;
    return b;
  };
  const lambda = (name: string, f: PyBuiltin['fn']) => bound(name, 'NoopRun.<locals>.<lambda>', f);
  const attrs = new Map<string, PyValue>(
    RETURNS_NONE.map((name) => [name, lambda(name, () => null)]),
  );
  const { summary } = py.parts;
  // `log(data, *args, **kwargs)`: `self.summary.update(data)`, nothing else.
  attrs.set(
    'log',
    bound('log', 'NoopRun.log', (ctx, args) => {
      const update = findInMro(summary.cls, 'update') as PyBuiltin;
      update.fn(ctx, [summary, ...args.slice(0, 1)], null);
      return null;
    }),
  );
  attrs.set(
    'finish',
    bound('finish', 'NoopRun.finish', async () => {
      await py.run.finish();
      py.parts.onFinish();
      return null;
    }),
  );
  attrs.set(
    'save',
    bound('save', 'NoopRun.save', () => false),
  );
  attrs.set(
    'log_artifact',
    bound('log_artifact', 'NoopRun.log_artifact', () => new PyInstance(noopType)),
  );
  // Run.__exit__ prints the traceback, then calls `_finish`, a no-op here: wandb.run stays.
  attrs.set(
    '__exit__',
    bound('__exit__', 'Run.__exit__', (_ctx, args) => {
      if (args[1] instanceof PyExc) py.parts.printTraceback(args[1]);
      return null;
    }),
  );
  attrs.set('step', 0n);
  // `url`, `project_url`, `sweep_url`: None, without the offline warning.
  for (const name of ['url', 'project_url', 'sweep_url']) attrs.set(name, null);
  return attrs;
}
