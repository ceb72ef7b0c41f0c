// The SDK's exception classes. wandb/errors/errors.py: `Error(message, context=None)` keeps
// its text in `.message` (and `.context` when given); `CommError(msg, exc=None)` also keeps
// the error it wraps in `.exc`; AuthenticationError is a CommError, UnsupportedError a
// UsageError. wandb/sdk/artifacts/exceptions.py: the artifact state errors subclass
// AttributeError (through ArtifactStatusError), so `hasattr(draft, "version")` is False and
// `except AttributeError` catches them. They are not in `wandb.errors`.

import { ARTIFACT_EXCEPTIONS } from '../../sdk/errors';
import { bindArguments, sig } from '../interp/signature';
import { truthy } from '../values/compare';
import { defineExceptionType, E, type ExcInit, typeForName } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import { PyBuiltin, type PyExc, PyModule, type PyType, type PyValue } from '../values/objects';
import { type Qualname, SIGNATURES } from './signatures';

/** The module errors.py's classes live in (what `__module__` and a traceback show). */
const ERRORS_MODULE = 'wandb.errors.errors';

/** Binds an `__init__`'s arguments as CPython does for a method (self counted). */
function bindInit(q: Qualname, exc: PyExc, args: PyValue[], kwargs: Parameters<ExcInit>[2]) {
  return bindArguments(q, sig(['self', ...SIGNATURES[q]]), [exc, ...args], kwargs);
}

const errorInit: ExcInit = (exc, args, kwargs) => {
  const b = bindInit('Error.__init__', exc, args, kwargs);
  const message = b.get('message') as PyValue;
  // super().__init__(message); self.message = message; context only when truthy.
  exc.args = [message];
  dictSet(exc.dict, 'message', message);
  const context = b.get('context');
  if (context !== undefined && truthy(context)) dictSet(exc.dict, 'context', context);
};

const commInit: ExcInit = (exc, args, kwargs) => {
  const b = bindInit('CommError.__init__', exc, args, kwargs);
  dictSet(exc.dict, 'exc', b.get('exc') ?? null);
  errorInit(exc, [b.get('msg') as PyValue], null);
};

const WandbError = defineExceptionType('wandb.errors.Error', E.Exception, {
  module: ERRORS_MODULE,
  init: errorInit,
});
const CommError = defineExceptionType('wandb.errors.CommError', WandbError, {
  module: ERRORS_MODULE,
  init: commInit,
});
defineExceptionType('wandb.errors.AuthenticationError', CommError, { module: ERRORS_MODULE });
const UsageError = defineExceptionType('wandb.errors.UsageError', WandbError, {
  module: ERRORS_MODULE,
});
defineExceptionType('wandb.errors.UnsupportedError', UsageError, { module: ERRORS_MODULE });
defineExceptionType('wandb.errors.WandbCoreNotAvailableError', WandbError, {
  module: ERRORS_MODULE,
});

// What `super().__init__(...)` in a snippet's own subclass reaches.
for (const [type, init] of [
  [WandbError, errorInit],
  [CommError, commInit],
] as [PyType, ExcInit][]) {
  type.dict.set(
    '__init__',
    new PyBuiltin('__init__', (_ctx, args, kwargs) => {
      init(args[0] as PyExc, args.slice(1), kwargs);
      return null;
    }),
  );
}

/** wandb/errors/__init__.py `__all__`. */
export const ERROR_NAMES = [
  'Error',
  'CommError',
  'AuthenticationError',
  'UsageError',
  'UnsupportedError',
  'WandbCoreNotAvailableError',
];

const status = defineExceptionType(`${ARTIFACT_EXCEPTIONS}.ArtifactStatusError`, E.AttributeError);
defineExceptionType(`${ARTIFACT_EXCEPTIONS}.ArtifactNotLoggedError`, status);
defineExceptionType(`${ARTIFACT_EXCEPTIONS}.ArtifactFinalizedError`, status);
defineExceptionType(`${ARTIFACT_EXCEPTIONS}.WaitTimeoutError`, WandbError);
// "Intended for internal use only", but importable: ValueErrors of `_assign_attrs`.
defineExceptionType(`${ARTIFACT_EXCEPTIONS}.TooFewItemsError`, E.ValueError);
defineExceptionType(`${ARTIFACT_EXCEPTIONS}.TooManyItemsError`, E.ValueError);
// wandb/apis/public/runs.py: a ValueError (api.run wraps it in CommError).
defineExceptionType('wandb.apis.public.runs.RunNotFoundError', E.ValueError);

const NAMES = [
  'ArtifactStatusError',
  'ArtifactNotLoggedError',
  'ArtifactFinalizedError',
  'WaitTimeoutError',
  'TooFewItemsError',
  'TooManyItemsError',
];

/** The importable `wandb.sdk.artifacts.exceptions` module. */
export function artifactExceptionsModule(): PyModule {
  return new PyModule(
    ARTIFACT_EXCEPTIONS,
    new Map<string, PyValue>(NAMES.map((n) => [n, typeForName(`${ARTIFACT_EXCEPTIONS}.${n}`)])),
  );
}

/** `wandb.errors` (and `wandb.errors.errors`, where the classes are defined). */
export function errorClasses(): Map<string, PyValue> {
  return new Map<string, PyValue>(ERROR_NAMES.map((n) => [n, typeForName(`wandb.errors.${n}`)]));
}
