// The `wandb` and `wandb.errors` modules of one snippet run, bound to one WandbSdk.

import type { Transport } from '../../client/transport';
import type { FileSettingsCheck, TermLevel } from '../../sdk/wandbSdk';
import { WandbSdk } from '../../sdk/wandbSdk';
import { sdkBehaviour } from '../../sdk/versions';
import type { Run } from '../../sdk/run';
import { type MemFs, makeOpen } from '../modules/files';
import { newFileHosts } from './build';
import { ARTIFACT_TTL_MODULE, artifactHosts, artifactTtlModule } from './artifact';
import type { ModuleFactory, RunServices } from '../run';
import { truthy } from '../values/compare';
import { E, pyErr, typeForName } from '../values/exceptions';
import {
  PyBuiltin,
  PyDict,
  PyHost,
  type PyInstance,
  PyModule,
  PyTuple,
  PyType,
  type PyValue,
} from '../values/objects';
import { fakeAddress } from '../values/identity';
import { str } from '../values/repr';
import { environOf } from '../modules/os';
import {
  ANONYMOUS_WARNING,
  checkEnvSettings,
  INIT_ARG_FIELDS,
  simulatedMode,
  typedFieldProblem,
} from './envSettings';
import { validationError } from './pydantic';
import { isLeftOutWandbModule, WANDB_MODULES } from '../modules/names';
import { formatTraceback } from '../traceback';
import { makeArtifactType } from './artifact';
import { artifactExceptionsModule, errorClasses } from './exceptions';
import { ARTIFACT_EXCEPTIONS } from '../../sdk/errors';
import { guardSync, method, optStr, toJs } from './convert';
import { onDemand } from './lazy';
import { PyRun, protobufInt, RUN_TYPE, tagsArg } from './run';
import { configForServer, makeConfigType, newConfig, parseConfig } from './config';
import { makePreInitType, newPreInit } from './preinit';
import { HISTORY_VALUES, makeSummaryType, newSummary } from './summary';

/**
 * `wandb.apis.public`'s `__all__` besides `Api`: the objects `Api` hands out are the
 * playground's own, so these are stand-in classes (type hints, `except`-free imports) that
 * say so if a script constructs one (ASSUMPTIONS.md).
 */
const PUBLIC_API_CLASSES =
  `ArtifactCollection ArtifactCollections ProjectArtifactCollections ArtifactFiles
  Artifacts ArtifactType ArtifactTypes DownloadHistoryResult RunArtifacts Automations
  ConsoleLogLine ConsoleLogs File Files HistoryScan IncompleteRunHistoryError Integrations
  SlackIntegrations WebhookIntegrations Job QueuedRun RunQueue RunQueueAccessType
  RunQueuePrioritizationMode RunQueueResourceType Project Projects Sweeps QueryGenerator
  Registry Registries BetaReport PanelMetricsHelper PythonMongoishQueryGenerator Reports Run
  Runs AgentRuns Sweep Member Team Organization User`.split(/\s+/);

/** wandb/__init__.py: the `PreInitCallable`s the module starts with. */
const PREINIT_METHODS = [
  'log',
  'watch',
  'unwatch',
  'save',
  'use_artifact',
  'log_artifact',
  'log_model',
  'use_model',
  'link_model',
  'define_metric',
  'mark_preempting',
  'alert',
  // Never pointed at a run (`set_global` has no such argument): a stub even during a run.
  'pin_config_keys',
];
/** wandb_init.py `_set_global_run` → lib/module.py `set_global`: init points these at the run. */
const GLOBAL_METHODS = [
  'log',
  'save',
  'use_artifact',
  'log_artifact',
  'define_metric',
  'alert',
  'watch',
  'unwatch',
  'mark_preempting',
  'log_model',
  'use_model',
  'link_model',
];
/** noop_run.py `init_noop_run`'s `set_global`: log_model, use_model, link_model and
 * mark_preempting stay as they were. */
const NOOP_GLOBAL_METHODS = GLOBAL_METHODS.filter(
  (n) => !['mark_preempting', 'log_model', 'use_model', 'link_model'].includes(n),
);
/** lib/module.py `unset_globals`: the ones finish turns back into pre-init stubs. */
const UNSET_METHODS = [
  'log',
  'watch',
  'unwatch',
  'save',
  'use_artifact',
  'log_artifact',
  'define_metric',
];

/** wandb/__init__.py's media classes, by the module wandb/data_types.py imports each from. */
const MEDIA_TYPES: [string, string][] = [
  ['Graph', 'graph'],
  ['Image', 'image'],
  ['Plotly', 'plotly'],
  ['Video', 'video'],
  ['Audio', 'audio'],
  ['Table', 'table'],
  ['EvalTable', 'eval_table'],
  ['Html', 'html'],
  ['Object3D', 'object_3d'],
  ['Molecule', 'molecule'],
  ['Histogram', 'histogram'],
  ['Classes', 'helper_types.classes'],
  ['JoinedTable', 'table'],
];

/** Module functions the playground does not simulate, with what they would need. */
const UNSIMULATED_CALLS: [string, string][] = [
  ['restore', 'a run keeps no files here'],
  ['sweep', 'sweeps are not simulated'],
  ['agent', 'sweeps are not simulated'],
  ['controller', 'sweeps are not simulated'],
  ['box3d', 'media types are not simulated'],
];

/** A class of the real SDK the playground does not simulate: constructing one says so. */
const standIn = (name: string, module: string, what: string) =>
  new PyType(
    name,
    null,
    () => {
      throw pyErr(E.NotImplementedError, `not supported in the playground: ${what}`);
    },
    module,
  );

/** A name of the real module the playground leaves out: calling it says so. */
const unsimulated = (name: string, what: string) => {
  const fn = new PyBuiltin(name, () => {
    throw pyErr(
      E.NotImplementedError,
      `not supported in the playground: wandb.${name}() (${what})`,
    );
  });
  fn.qualname = name;
  return fn;
};

/** What wandb.setup() returns: the process's `_WandbSetup` singleton. */
class PyWandbSetup extends PyHost {
  get typeName(): string {
    return '_WandbSetup';
  }
  getAttr(): PyValue | undefined {
    return undefined;
  }
  repr(): string {
    return `<wandb.sdk.wandb_setup._WandbSetup object at ${fakeAddress(this)}>`;
  }
}

/** SDK warnings go to stdout the way wandb prints them in a terminal. */
export function termlogLine(level: TermLevel, msg: string, newline = true): string {
  const tag = level === 'warn' ? 'WARNING ' : level === 'error' ? 'ERROR ' : '';
  return `wandb: ${tag}${msg}${newline ? '\n' : ''}`;
}

export interface WandbBindingOptions {
  /** Where the SDK's requests go. */
  transport: Transport;
  env: Record<string, string>;
  fs: MemFs;
  /** The SDK version simulated (the world's, or a docs block's `sdk=`). */
  sdkVersion: string;
  /** The client clock (ms): an offline run's directory is named by it. */
  clock?: () => number;
}

export function wandbModules(opts: WandbBindingOptions): ModuleFactory {
  let modules: Map<string, PyModule> | Promise<Map<string, PyModule>> | undefined;
  return (name, services) => {
    if (!(WANDB_MODULES as readonly string[]).includes(name)) {
      if (isLeftOutWandbModule(name))
        throw pyErr(E.NotImplementedError, `not supported in the playground: the ${name} module`);
      return undefined;
    }
    // wandb/__init__.py imports ArtifactTTL, an Enum: the snippet's enum module comes first.
    modules ??= Promise.resolve(services.importModule('enum')).then((enumModule) => {
      if (!enumModule) throw pyErr(E.ModuleNotFoundError, "No module named 'enum'");
      // wandb/errors/term.py: "termlog, termwarn and termerror print to stderr".
      const built = build(opts, (text) => services.write(text, 'stderr'), services, enumModule);
      modules = built;
      return built;
    });
    return modules instanceof Promise ? modules.then((m) => m.get(name)) : modules.get(name);
  };
}

function build(
  opts: WandbBindingOptions,
  write: (text: string) => void,
  services: RunServices,
  enumModule: PyModule,
): Map<string, PyModule> {
  const rt = services.runtime();
  const sdk = new WandbSdk({
    transport: opts.transport,
    // The SDK reads the snippet's os.environ as it is at each moment it reads it.
    env: () => {
      const os = services.importModule('os');
      return os instanceof PyModule ? environOf(os) : opts.env;
    },
    fs: opts.fs,
    sdkVersion: opts.sdkVersion,
    clock: opts.clock,
    termlog: (level, msg, newline) => write(termlogLine(level, msg, newline)),
    stdout: (text) => services.write(text, 'stdout'),
    checkEnvSettings: (environ) => checkEnvSettings(environ, sdkBehaviour(opts.sdkVersion)),
    // settings.ts, loaded only when a settings file exists.
    fileSettingsCheck: async (): Promise<FileSettingsCheck> =>
      (await onDemand()).fileSettingsCheck(sdk),
  });
  const wandbError = typeForName('wandb.errors.Error');
  // lib/exit_hooks.py: the exit code core finishes runs with is ExitHooks' own, not the
  // process's. `hook()` (at the service's start) puts its `exit` in place of sys.exit, which
  // records the code (None 0, a non-int 1) even if the SystemExit is then caught; its
  // excepthook sets 1 for any other uncaught exception. A bare `raise SystemExit(3)` passes
  // neither, so the runs finish with 0.
  let exitHooks: { code: number } | null = null;
  const hookExit = async (): Promise<void> => {
    if (exitHooks || !sdk.serviceRunning) return;
    const hooks = { code: 0 };
    exitHooks = hooks;
    const sys = await services.importModule('sys');
    if (!(sys instanceof PyModule)) return;
    const origExit = sys.attrs.get('exit');
    if (origExit === undefined) return;
    sys.attrs.set(
      'exit',
      new PyBuiltin('exit', (ctx, args, kwargs) => {
        const code = args[0] ?? kwargs?.get('code') ?? 0n;
        // `code if code is not None else 0`, then an int (bool too) or 1.
        hooks.code =
          typeof code === 'bigint' ? Number(code) : code === null || code === false ? 0 : 1;
        return ctx.call(origExit, [code]);
      }),
    );
  };
  services.atExit((_code, exc) =>
    sdk.atExit(
      exc && !exc.type.isSubclassOf(E.SystemExit) ? 1 : (exitHooks?.code ?? 0),
      exc?.type.isSubclassOf(wandbError) ? str(exc) : undefined,
    ),
  );
  // wandb/errors/__init__.py re-exports errors.py's classes.
  const errorsErrors = new PyModule('wandb.errors.errors', errorClasses());
  const errors = new PyModule('wandb.errors', errorClasses());
  errors.attrs.set('errors', errorsErrors);
  newFileHosts.set(sdk, { open: makeOpen(opts.fs), fs: opts.fs });
  artifactHosts.set(sdk, services);
  const artifactType = makeArtifactType(sdk);
  const attrs = new Map<string, PyValue>();
  const wandb = new PyModule('wandb', attrs);
  let current: PyRun | null = null;
  /** The Python run of each SDK run, so a returned previous run is the same object. */
  const pyRuns = new WeakMap<Run, PyRun>();
  // wandb/__init__.py: `_preinit.PreInitCallable`s until init points them at the run's own
  // methods (lib/module.py set_global); finish restores only what `unset_globals` resets, so
  // wandb.log_model, use_model and link_model stay the finished run's methods.
  const preinit = (name: string) => {
    const stub = new PyBuiltin(`wandb.${name}`, () => {
      throw pyErr(
        typeForName('wandb.errors.Error'),
        `You must call wandb.init() before wandb.${name}()`,
      );
    });
    // preinit.py sets only `__name__`: the function is still PreInitCallable's inner one.
    stub.qualname = 'PreInitCallable.<locals>.preinit_wrapper';
    return stub;
  };
  const configType = makeConfigType(rt);
  const summaryType = makeSummaryType(rt);
  const preInitType = makePreInitType(rt);
  const setRun = (r: PyRun | null) => {
    current = r;
    attrs.set('run', r);
    if (r) {
      const globals = r.run.disabled ? NOOP_GLOBAL_METHODS : GLOBAL_METHODS;
      for (const name of globals) attrs.set(name, r.getAttr(name) as PyValue);
      attrs.set('config', r.parts.config);
      attrs.set('summary', r.parts.summary);
    } else {
      for (const name of UNSET_METHODS) attrs.set(name, preinit(name));
      attrs.set('config', newPreInit(preInitType, 'wandb.config'));
      attrs.set('summary', newPreInit(preInitType, 'wandb.summary'));
    }
  };
  for (const name of PREINIT_METHODS) attrs.set(name, preinit(name));
  const anonymousDeprecated = sdk.behaviour.anonymousDeprecated;
  /** The fields wandb.setup(settings=...) set on the singleton's Settings. */
  const setupFields: [string, PyValue][] = [];
  /** init's keyword arguments without settings= (envSettings.ts has every check they need). */
  const checkInitArgs = (args: [string, PyValue][]): null => {
    for (const [field, v] of args) {
      const problem = typedFieldProblem(field, v, sdk.behaviour);
      if (problem) throw validationError([problem]);
      if (field === 'anonymous' && anonymousDeprecated) sdk.termlogOnce('warn', ANONYMOUS_WARNING);
    }
    return null;
  };
  const init = method('init', async (b, ctx) => {
    // wandb_init.py: the keyword arguments go on init_settings (validate_assignment), in order.
    const args: [string, PyValue][] = [];
    for (const [arg, field] of INIT_ARG_FIELDS) {
      const v = b.get(arg);
      // `anonymous` is set unless UNSET (0.24.0 on), so None too; the others unless None.
      if (v === undefined || (v === null && !(arg === 'anonymous' && anonymousDeprecated)))
        continue;
      // `init_settings.run_tags = tuple(tags)`.
      args.push([field, arg === 'tags' && v !== null ? new PyTuple(tagsArg(v) ?? []) : v]);
    }
    const settings = b.get('settings');
    // settings.ts builds Settings(**settings) first and sets the arguments on it; without
    // settings= or reinit= (which it reads), envSettings.ts checks them here.
    const { settings: initSettings, fields: initFields } =
      (settings !== undefined && settings !== null) || b.get('reinit') != null
        ? (await onDemand()).initSettings(settings, args, sdk)
        : { settings: checkInitArgs(args), fields: args };
    const configArg = b.get('config');
    let py: PyRun | undefined;
    let config: PyInstance | undefined;
    const mode = optStr('mode', b.get('mode'));
    const run = await sdk.init({
      entity: optStr('entity', b.get('entity')) ?? null,
      project: optStr('project', b.get('project')) ?? null,
      name: optStr('name', b.get('name')) ?? null,
      id: optStr('id', b.get('id')) ?? null,
      job_type: optStr('job_type', b.get('job_type')) ?? null,
      notes: optStr('notes', b.get('notes')) ?? null,
      group: optStr('group', b.get('group')) ?? null,
      tags: tagsArg(b.get('tags')),
      // validate_root_dir: a pathlib.Path is its str.
      dir: b.get('dir') == null ? null : str(b.get('dir') as PyValue),
      // make_run_config: parse_config(config or dict()), at the version's moment (sdk.init).
      readConfig: () => {
        const given = parseConfig(
          configArg === undefined || configArg === null ? new PyDict() : configArg,
        );
        config = newConfig(ctx, configType, given, () => {
          guardSync(() =>
            py?.run.updateConfig(
              toJs(configForServer(config as PyInstance)) as Record<string, unknown>,
            ),
          );
        });
        return toJs(configForServer(config as PyInstance)) as Record<string, unknown>;
      },
      mode: mode === undefined ? null : simulatedMode(mode),
      settings: initSettings,
      reinit: initSettings?.reinit ?? null,
    });
    await hookExit();
    // reinit: the previous run may come back, or a finish_previous may have ended wandb.run.
    const known = pyRuns.get(run);
    if (current?.run.finished) setRun(null);
    if (known) return known;
    const history = run.history<PyValue>(HISTORY_VALUES, toJs);
    const created: PyRun = new PyRun(run, sdk, {
      artifactType,
      config: config as PyInstance,
      summary: newSummary(summaryType, { run, sdk, history }),
      history,
      onFinish: (always) => {
        if (always || current === created) setRun(null);
      },
      printTraceback: (exc) => write(`${formatTraceback(exc, services.sourceLines)}\n`),
      settingsType,
      initFields: [...setupFields, ...initFields],
    });
    if (run.disabled)
      created.overrides = (await onDemand()).noopRunAttrs(rt, created, sdk.behaviour.noopRun);
    py = created;
    pyRuns.set(run, created);
    // reinit="create_new" leaves wandb.run and the module's functions alone.
    // A disabled run is wandb.run without being the singleton's active run (noop_run.py).
    if (sdk.run === run || run.disabled) setRun(created);
    return created;
  });
  const finish = method('finish', async (b) => {
    // wandb_run.py `finish`: `if wandb.run: wandb.run.finish(exit_code=..., quiet=...)`.
    if (current) await current.finish(b.get('exit_code'), b.get('quiet'));
    return null;
  });
  const login = method('login', (b) => {
    const key = b.get('key');
    const host = b.get('host');
    return sdk.login({
      key: optStr('key', key) ?? null,
      host: optStr('host', host) ?? null,
      verify: b.get('verify') === undefined ? true : b.get('verify') !== false,
      anonymous: b.get('anonymous') !== undefined,
    });
  });
  // wandb/errors/term.py, also at the top level (wandb/__init__.py).
  const term = (call: 'termlog' | 'termwarn' | 'termerror') =>
    method(call, async (b) => (await onDemand()).termCall(sdk, write, call, b));
  const termModule = new PyModule(
    'wandb.errors.term',
    new Map<string, PyValue>([
      ['termlog', term('termlog')],
      ['termwarn', term('termwarn')],
      ['termerror', term('termerror')],
    ]),
  );
  errors.attrs.set('term', termModule);
  for (const [name, fn] of termModule.attrs) attrs.set(name, fn);
  attrs.set(
    'require',
    method('require', async (b) =>
      (await onDemand()).requireFeatures(sdk, b.get('requirement'), b.get('experiment')),
    ),
  );
  attrs.set(
    'teardown',
    method('teardown', async (b) => {
      // wandb_setup.py `_teardown`: `exit_code or 0` goes into the int32 ServerInformTeardownRequest.
      const code = b.get('exit_code');
      await sdk.teardown(
        code === undefined || !truthy(code)
          ? 0
          : Number(protobufInt(code, 'wandb_internal.ServerInformTeardownRequest.exit_code', 32)),
      );
      return null;
    }),
  );
  for (const [name, what] of UNSIMULATED_CALLS) attrs.set(name, unsimulated(name, what));
  for (const [name, file] of MEDIA_TYPES) {
    attrs.set(
      name,
      standIn(
        name,
        `wandb.sdk.data_types.${file}`,
        `wandb.${name} (media types are not simulated)`,
      ),
    );
  }
  const wandbSetup = new PyWandbSetup();
  // wandb.setup(settings=None): loads the singleton's settings now (wandb_setup.py `_setup`).
  const setup = method('setup', async (b) => {
    const given = b.get('settings');
    const s =
      given === undefined || given === null
        ? null
        : (await onDemand()).initSettings(given, [], sdk);
    await sdk.prepareSettings();
    sdk.setup(s?.settings);
    // run.settings shows them too: the singleton's fields, under each init's.
    if (s) setupFields.push(...s.fields);
    return wandbSetup;
  });
  // wandb.Settings is always there; building one loads settings.ts (onDemand.ts).
  const settingsType: PyType = new PyType(
    'Settings',
    null,
    async (_ctx, args, kwargs) => (await onDemand()).newSettings(settingsType, sdk, args, kwargs),
    'wandb.sdk.wandb_settings',
  );
  // wandb.Api is always there; what it does loads on the first Api() (onDemand.ts).
  const api = method('Api.__init__', async (b) =>
    (await onDemand()).newApi(sdk, b.get('overrides'), artifactType, apiType),
  );
  const apiType = new PyType('Api', null, api.fn, 'wandb.apis.public.api');
  for (const [k, v] of [
    ['init', init],
    ['finish', finish],
    // wandb/__init__.py: `join = finish`.
    ['join', finish],
    ['Run', RUN_TYPE],
    ['login', login],
    ['setup', setup],
    ['Artifact', artifactType],
    ['Settings', settingsType],
    ['Api', apiType],
    ['PublicApi', apiType],
    ['errors', errors],
    // wandb/__init__.py: `from wandb.errors import Error` and `… import CommError, UsageError`.
    ['Error', typeForName('wandb.errors.Error')],
    ['CommError', typeForName('wandb.errors.CommError')],
    ['UsageError', typeForName('wandb.errors.UsageError')],
    ['run', null],
    ['config', newPreInit(preInitType, 'wandb.config')],
    ['summary', newPreInit(preInitType, 'wandb.summary')],
    // The world's sdkVersion (world/sdkVersion.ts), or the block's `sdk=`.
    ['__version__', sdk.version],
  ] as [string, PyValue][]) {
    attrs.set(k, v);
  }
  const ttl = artifactTtlModule(rt, enumModule);
  // wandb/__init__.py: `from wandb.sdk.artifacts.artifact_ttl import ArtifactTTL`.
  attrs.set('ArtifactTTL', ttl.attrs.get('ArtifactTTL') as PyValue);
  const publicClasses = new Map<string, PyValue>(
    PUBLIC_API_CLASSES.map((n) => [
      n,
      standIn(
        n,
        'wandb.apis.public',
        `constructing wandb.apis.public.${n} directly (get one through wandb.Api())`,
      ),
    ]),
  );
  const pick = (names: string[], from: Map<string, PyValue>) =>
    names.map((n) => [n, from.get(n) as PyValue] as [string, PyValue]);
  const runNotFound = typeForName('wandb.apis.public.runs.RunNotFoundError');
  // What each module exports that the playground has; a package also holds its submodules,
  // linked below (`from wandb.sdk import wandb_run`).
  const contents: Record<string, [string, PyValue][]> = {
    'wandb.apis': [['PublicApi', apiType]],
    'wandb.apis.public': [['Api', apiType], ...publicClasses, ['RunNotFoundError', runNotFound]],
    'wandb.apis.public.registries': pick(['Registry', 'Registries'], publicClasses),
    'wandb.apis.public.runs': [
      ...pick(['Run', 'Runs'], publicClasses),
      ['RunNotFoundError', runNotFound],
    ],
    // wandb/sdk/__init__.py `__all__`, as far as the playground has it.
    'wandb.sdk': pick(
      ['Settings', 'Artifact', 'init', 'setup', 'login', 'require', 'finish', 'teardown'],
      attrs,
    ),
    'wandb.sdk.artifacts': [],
    'wandb.sdk.artifacts.artifact': [['Artifact', artifactType]],
    'wandb.sdk.lib': [],
    'wandb.sdk.lib.config_util': [
      ['ConfigError', typeForName('wandb.sdk.lib.config_util.ConfigError')],
    ],
    'wandb.sdk.wandb_run': pick(['Run', 'finish', 'restore'], attrs),
    'wandb.sdk.wandb_settings': [['Settings', settingsType]],
  };
  const made = new Map<string, PyModule>([
    ['wandb', wandb],
    ['wandb.errors', errors],
    ['wandb.errors.errors', errorsErrors],
    ['wandb.errors.term', termModule],
    [ARTIFACT_EXCEPTIONS, artifactExceptionsModule()],
    [ARTIFACT_TTL_MODULE, ttl],
  ]);
  for (const name of WANDB_MODULES) {
    if (!made.has(name)) made.set(name, new PyModule(name, new Map(contents[name] ?? [])));
  }
  for (const [name, module] of made) {
    const dot = name.lastIndexOf('.');
    const parent = dot < 0 ? undefined : made.get(name.slice(0, dot));
    if (parent && !parent.attrs.has(name.slice(dot + 1)))
      parent.attrs.set(name.slice(dot + 1), module);
  }
  return made;
}
