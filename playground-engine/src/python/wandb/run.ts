// The object wandb.init() returns, with the real Run method signatures.

import { type Run, runTagProblems } from '../../sdk/run';
import type { RunHistory } from '../../sdk/runHistory';
import type { WandbSdk } from '../../sdk/wandbSdk';
import { E, pyErr } from '../values/exceptions';
import { projectUrl, runUrl } from '../../sdk/console';
import { onDemand } from './lazy';
import { truthy } from '../values/compare';
import { hashKey } from '../values/hashing';
import {
  type PyBuiltin,
  PyDict,
  PyHost,
  type PyInstance,
  PyType,
  PyExc,
  PyPending,
  PyTuple,
  type PyValue,
} from '../values/objects';
import { fakeAddress } from '../values/identity';
import { typeName } from '../values/typename';
import { PyArtifact, wrapArtifact } from './artifact';
import { guardSync, method, optStr, stringsArg } from './convert';
import { jsonFriendly } from './config';
import { CHECKED_BEFORE_BINDING, type Qualname } from './signatures';
import type { runSettings as RunSettings } from './settings';

/** `wandb.Run`, what `type(run)` is (wandb/sdk/wandb_run.py); only wandb.init() makes one. */
export const RUN_TYPE = new PyType('Run', null, undefined, 'wandb.sdk.wandb_run');

/** What a run's Python side is made of, beside the SDK run. */
export interface PyRunParts {
  artifactType: PyType;
  /** run.config: the Config object (config.ts). */
  config: PyInstance;
  /** run.summary: the Summary view (summary.ts). */
  summary: PyInstance;
  /** The run's history, in Python values. */
  history: RunHistory<PyValue>;
  /**
   * Called once the run has finished: wandb.run and the module's names are reset if wandb.run
   * is this run, or whatever it is (`always`: `unset_globals` before 0.19.10).
   */
  onFinish: (always?: boolean) => void;
  /** `traceback.print_exception` of an exception leaving `with wandb.init() as run:`. */
  printTraceback: (exc: PyExc) => void;
  /** wandb.Settings, the class `run.settings` is an instance of. */
  settingsType: PyType;
  /** The fields init set (settings= and its keyword arguments), for `run.settings`. */
  initFields: [field: string, value: PyValue][];
}

export class PyRun extends PyHost {
  private readonly methods: Map<string, PyBuiltin>;
  /** A mode="disabled" run's NoopRun attributes (noopRun.ts), read before the Run's own. */
  overrides?: Map<string, PyValue>;

  /** `run.finish(exit_code, quiet)`, which `wandb.finish` calls on wandb.run. */
  readonly finish: (exitCode?: PyValue, quiet?: PyValue) => Promise<null>;

  constructor(
    readonly run: Run,
    private readonly sdk: WandbSdk,
    readonly parts: PyRunParts,
  ) {
    super();
    const r = run;
    const { artifactType, onFinish, history } = parts;
    // `_raise_if_finished` runs before the arguments are bound (CHECKED_BEFORE_BINDING).
    const m = (q: Qualname, f: Parameters<typeof method>[1]) => {
      const short = q.slice(q.lastIndexOf('.') + 1);
      const before =
        CHECKED_BEFORE_BINDING[q] === 'raise_if_finished'
          ? () => guardSync(() => r.assertActive(short))
          : undefined;
      return [short, method(q, f, this, before)] as const;
    };
    // Run.finish: the quiet warning, then `_finish`, which returns at once on a finished run;
    // `_atexit_cleanup` takes `exit_code or 0` (a disabled run has no interface and stops
    // before), and `_make_exit` puts it in the exit record, where protobuf may refuse it.
    this.finish = async (exitCode?: PyValue, quiet?: PyValue) => {
      warnQuietDeprecated(sdk, quiet);
      if (r.finished) {
        if (sdk.behaviour.finishAgainUnsetsGlobals) {
          sdk.forgetCurrentRun();
          onFinish(true);
        }
        return null;
      }
      let code = 0;
      try {
        if (!r.disabled && exitCode !== undefined && truthy(exitCode))
          code = Number(protobufInt(exitCode, 'wandb_internal.RunExitRecord.exit_code', 32));
      } catch (e) {
        r.abandonFinish();
        onFinish();
        throw e;
      }
      await r.finish(code);
      onFinish();
      return null;
    };
    const finish = this.finish;
    this.methods = new Map([
      m('Run.log_artifact', async (b) => {
        const src = b.get('artifact_or_path');
        // Anything else reaches the SDK's TypeError (after the alias check, as there).
        const arg = src instanceof PyArtifact ? src.artifact : (src as string);
        const logged = await r.logArtifact(arg, {
          name: optStr('name', b.get('name')) ?? null,
          type: optStr('type', b.get('type')) ?? null,
          aliases: stringsArg(b.get('aliases')) ?? null,
          tags: stringsArg(b.get('tags')) ?? null,
        });
        return wrapArtifact(logged, artifactType);
      }),
      m('Run.link_artifact', async (b) => {
        const art = b.get('artifact');
        if (!(art instanceof PyArtifact)) {
          throw pyErr(
            E.AttributeError,
            `'${typeName(art as PyValue)}' object has no attribute 'is_draft'`,
          );
        }
        const target = b.get('target_path');
        if (typeof target !== 'string') {
          throw pyErr(E.TypeError, `target_path must be a str, not ${typeName(target as PyValue)}`);
        }
        return wrapArtifact(
          await r.linkArtifact(art.artifact, target, stringsArg(b.get('aliases'))),
          artifactType,
        );
      }),
      m('Run.use_artifact', async (b) => {
        const a = b.get('artifact_or_name');
        const used = await r.useArtifact(
          a instanceof PyArtifact ? a.artifact : a,
          optStr('type', b.get('type')) ?? null,
          stringsArg(b.get('aliases')) ?? null,
          (b.get('use_as') ?? null) !== null,
        );
        return a instanceof PyArtifact ? a : wrapArtifact(used, artifactType);
      }),
      m('Run.log', (b, ctx) => {
        guardSync(() => r.assertActive('log'));
        const data = b.get('data');
        // Run._log: a Mapping with str keys, else TypeError.
        if (!(data instanceof PyDict)) {
          throw pyErr(E.TypeError, 'wandb.log must be passed a dictionary');
        }
        if ([...data.map.values()].some(([k]) => typeof k !== 'string')) {
          throw pyErr(E.TypeError, 'Key values passed to `wandb.log` must be strings.');
        }
        const step = b.get('step');
        // publish_partial_history: `partial_history.step.num = step`, an int64.
        if (step !== undefined && step !== null)
          protobufInt(step, 'wandb_internal.HistoryStep.num', 64);
        const commit = b.get('commit');
        const row: [string, PyValue][] = [...data.map.values()].map(([k, v]) => [
          k as string,
          jsonFriendly(ctx, v),
        ]);
        // interface.publish_partial_history: `_timestamp` = time.time() unless given.
        if (!data.map.has(hashKey('_timestamp'))) row.push(['_timestamp', sdk.clock() / 1000]);
        history.log(
          row,
          typeof step === 'bigint' ? Number(step) : null,
          commit === undefined || commit === null ? null : truthy(commit),
        );
        return null;
      }),
      m('Run.finish', (b) => finish(b.get('exit_code'), b.get('quiet'))),
      m('Run.__enter__', () => this),
      // `traceback.print_exception(...)` to stderr, then `_finish(exit_code=1)`; returns None,
      // so the exception goes on.
      m('Run.__exit__', async (b) => {
        const exc = b.get('exc_val');
        if (exc instanceof PyExc) parts.printTraceback(exc);
        const excType = b.get('exc_type');
        await r.exit(excType !== undefined && excType !== null);
        onFinish();
        return null;
      }),
      m('Run.project_name', () => {
        deprecated(sdk, 'project_name', 'run.project');
        return r.project;
      }),
      m('Run.get_url', () => {
        deprecated(sdk, 'get_url', 'run.url');
        return this.url('run');
      }),
      m('Run.get_project_url', () => {
        deprecated(sdk, 'get_project_url', 'run.project_url');
        return this.url('project');
      }),
      m('Run.get_sweep_url', () => {
        deprecated(sdk, 'get_sweep_url', 'run.sweep_url');
        return this.url('sweep');
      }),
      m('Run.log_model', async (b) => {
        const path = b.get('path');
        await r.logModel(
          path instanceof PyArtifact ? path.artifact : (path as string),
          optStr('name', b.get('name')) ?? null,
          stringsArg(b.get('aliases')) ?? null,
        );
        return null;
      }),
      m('Run.use_model', async (b) => {
        const name = b.get('name');
        return r.useModel(name instanceof PyArtifact ? name.artifact : name);
      }),
      // `@_raise_if_finished`, then `publish_preempting()`: nothing printed, None returned.
      m('Run.mark_preempting', () => {
        guardSync(() => r.assertActive('mark_preempting'));
        return null;
      }),
      ...UNSIMULATED.map(([q, what]) =>
        m(q, () => {
          const name = q.slice(4);
          // watch and unwatch have no `@_raise_if_finished`.
          if (name !== 'watch' && name !== 'unwatch') guardSync(() => r.assertActive(name));
          throw pyErr(
            E.NotImplementedError,
            `not supported in the playground: run.${name}() (${what})`,
          );
        }),
      ),
      m('Run.link_model', async (b) => {
        const path = b.get('path');
        const model = b.get('registered_model_name');
        if (typeof path !== 'string')
          throw pyErr(E.TypeError, `path must be a str, not ${typeName(path as PyValue)}`);
        if (typeof model !== 'string') {
          throw pyErr(
            E.TypeError,
            `registered_model_name must be a str, not ${typeName(model as PyValue)}`,
          );
        }
        const linked = await r.linkModel(
          path,
          model,
          optStr('name', b.get('name')) ?? null,
          stringsArg(b.get('aliases')),
        );
        return wrapArtifact(linked, artifactType);
      }),
    ]);
  }

  get typeName(): string {
    return 'Run';
  }

  override get pyType(): PyType {
    return RUN_TYPE;
  }

  override getAttr(name: string): PyValue | undefined {
    const own = this.overrides?.get(name);
    if (own !== undefined) return own;
    const r = this.run;
    const dir = `${r.wandbDir}/${r.console?.dir ?? ''}`;
    switch (name) {
      case 'id':
        return r.id;
      case 'entity':
        return r.entity;
      case 'project':
        return r.project;
      case 'name':
        return r.name === '' ? null : r.name;
      case 'notes':
        return r.notes;
      case 'tags':
        return new PyTuple(r.tags ?? []);
      case 'group':
        return r.group ?? '';
      case 'job_type':
        return r.jobType ?? '';
      case 'config':
        return this.parts.config;
      case 'summary':
        return this.parts.summary;
      case 'step':
        return BigInt(this.parts.history.currentStep);
      case 'starting_step':
        return 0n;
      case 'path':
        // `_get_path`: the parts that are set (an offline run has no entity).
        return [r.entity, r.project, r.id].filter(Boolean).join('/');
      case 'offline':
        return r.offline && !r.disabled;
      case 'disabled':
        return r.disabled;
      case 'resumed':
        return false;
      case 'sweep_id':
        return null;
      case 'start_time':
        return r.startMillis / 1000;
      case 'dir':
        return `${dir}/files`;
      case 'sync_dir':
        return dir;
      case 'settings':
        return new PyPending(onDemand().then((m) => this.settings(m.runSettings)));
      case 'url':
        return this.url('run');
      case 'project_url':
        return this.url('project');
      case 'sweep_url':
        return this.url('sweep');
    }
    return this.methods.get(name);
  }

  override setAttr(name: string, value: PyValue): boolean {
    const r = this.run;
    if (name === 'name' || name === 'notes') {
      // A non-str went to setAttrWait (pydantic's error loads on demand).
      // name=None: `run.name` reads None (the simulator keeps '' for it).
      if (name === 'name') guardSync(() => r.rename((value as string | null) ?? ''));
      else guardSync(() => r.setNotes(value as string | null));
      return true;
    }
    if (name === 'tags') {
      guardSync(() => r.assertActive('tags'));
      const tags = tagsArg(value) ?? [];
      // The setter warns instead of raising pydantic's error (Settings.validate_run_tags).
      const problems = runTagProblems(tags);
      if (problems) {
        this.sdk.termlog('warn', `Invalid tag detected: ${problems} Tags not updated.`);
        return true;
      }
      guardSync(() => r.setTags(tags));
      return true;
    }
    return false;
  }

  /** `run.name = 5`: validate_assignment's `string_type` error for `run_name` / `run_notes`. */
  override setAttrWait(name: string, value: PyValue): Promise<void> | undefined {
    if (name !== 'name' && name !== 'notes') return undefined;
    // `str | None` fields: None is valid.
    if (typeof value === 'string' || value === null) return undefined;
    return onDemand().then((m) => {
      throw m.stringType(`run_${name}`, value);
    });
  }

  /** `run.settings`: the run's Settings as `_set_run_obj` and the setters leave them. */
  private settings(make: typeof RunSettings): PyValue {
    const r = this.run;
    const mode = r.disabled ? 'disabled' : r.offline ? 'offline' : 'online';
    const s = r.console?.settings;
    return make(
      this.parts.settingsType,
      this.sdk,
      { silent: s?.silent ?? false, quiet: s?.quiet ?? false },
      this.parts.initFields,
      {
        mode,
        entity: r.entity || null,
        project: r.project,
        run_id: r.id,
        run_name: r.name || null,
        run_notes: r.notes,
        run_group: r.group,
        run_job_type: r.jobType ?? null,
        run_tags: r.tags ? new PyTuple(r.tags) : null,
        x_start_time: r.startMillis / 1000,
      },
      // The run's directory (its timestamp is the world's createdAt: ASSUMPTIONS.md).
      { sync_dir: this.getAttr('sync_dir') as string },
    );
  }

  /**
   * `url`, `project_url`, `sweep_url`: settings' `run_url` / `project_url` / `sweep_url`; an
   * offline run warns `URL not available in offline run` and has none; there is no sweep.
   */
  private url(kind: 'run' | 'project' | 'sweep'): string | null {
    const r = this.run;
    if (r.offline && !r.disabled) {
      this.sdk.termlog('warn', 'URL not available in offline run');
      return null;
    }
    if (kind === 'sweep') return null;
    return kind === 'run' ? runUrl(r) : projectUrl(r);
  }

  /** wandb_run.Run has no `__repr__` of its own: object's (a public Run has one). */
  repr(): string {
    return `<wandb.sdk.wandb_run.Run object at ${fakeAddress(this)}>`;
  }
}

/** Run methods the playground does not simulate, and what they would need (ASSUMPTIONS.md). */
const UNSIMULATED: [Qualname, string][] = [
  ['Run.save', 'a run keeps no files here'],
  ['Run.define_metric', 'metric definitions are not simulated'],
  ['Run.alert', 'no alerts are sent from here'],
  ['Run.watch', 'there is no torch model to watch here'],
  ['Run.unwatch', 'there is no torch model to watch here'],
  ['Run.pin_config_keys', 'the run overview is not simulated'],
];

/** `init(tags=...)` / `run.tags = ...`: `tuple(tags)` (a str becomes its characters). */
export function tagsArg(v: PyValue | undefined): string[] | null {
  if (v === undefined || v === null) return null;
  const t = stringsArg(v);
  return typeof t === 'string' ? [...t] : (t ?? []);
}

/**
 * A Python value set on a protobuf integer field, as python protobuf's default (upb) backend
 * converts it (`python/convert.c` PyUpb_GetInt64 / PyUpb_GetInt32): a bool is refused (from
 * protobuf 7.34; before, a DeprecationWarning Python hides), anything else goes through
 * `PyNumber_Index` (`'str' object cannot be interpreted as an integer`), and an int outside the
 * field's range is `ValueError: Value out of range: N`.
 */
export function protobufInt(v: PyValue, field: string, bits: 32 | 64): bigint {
  if (typeof v === 'boolean')
    throw pyErr(E.TypeError, `Field ${field}: Expected an int, got a boolean.`);
  if (typeof v !== 'bigint')
    throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (BigInt.asIntN(bits, v) !== v) throw pyErr(E.ValueError, `Value out of range: ${v}`);
  return v;
}

/** lib/deprecation.py `warn_and_record_deprecation` (termwarn, repeat=False). */
function deprecated(sdk: WandbSdk, method: string, instead: string): void {
  sdk.termlogOnce(
    'warn',
    `The ${method} method is deprecated and will be removed in a future release. Please use \`${instead}\` instead.`,
  );
}

/** finish(quiet=...): wandb_run.py `warn_and_record_deprecation` (a termwarn, repeat=False). */
export function warnQuietDeprecated(sdk: WandbSdk, quiet: PyValue | undefined): void {
  if (quiet === undefined || quiet === null) return;
  sdk.termlogOnce(
    'warn',
    'The `quiet` argument to `wandb.run.finish()` is deprecated, use `wandb.Settings(quiet=...)` to set this instead.',
  );
}
