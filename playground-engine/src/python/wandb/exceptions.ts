// wandb/sdk/artifacts/exceptions.py: the artifact state errors subclass AttributeError
// (through ArtifactStatusError), so `hasattr(draft, "version")` is False and
// `except AttributeError` catches them. They are not in `wandb.errors`.

import { ARTIFACT_EXCEPTIONS } from '../../sdk/errors';
import { defineExceptionType, E, typeForName } from '../values/exceptions';
import { PyModule, type PyValue } from '../values/objects';

const status = defineExceptionType(`${ARTIFACT_EXCEPTIONS}.ArtifactStatusError`, E.AttributeError);
defineExceptionType(`${ARTIFACT_EXCEPTIONS}.ArtifactNotLoggedError`, status);
defineExceptionType(`${ARTIFACT_EXCEPTIONS}.ArtifactFinalizedError`, status);
defineExceptionType(`${ARTIFACT_EXCEPTIONS}.WaitTimeoutError`, typeForName('wandb.errors.Error'));
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
