// The SDK's own exceptions and the normalize_exceptions rule (wandb/apis/normalize.py).
import { SimError } from '../errors/simError';

export const COMM = 'wandb.errors.CommError';
export const USAGE = 'wandb.errors.UsageError';
/** wandb/sdk/artifacts/exceptions.py: these subclass AttributeError (via ArtifactStatusError), not wandb.errors.Error. */
export const ARTIFACT_EXCEPTIONS = 'wandb.sdk.artifacts.exceptions';
export const NOT_LOGGED = `${ARTIFACT_EXCEPTIONS}.ArtifactNotLoggedError`;
export const FINALIZED = `${ARTIFACT_EXCEPTIONS}.ArtifactFinalizedError`;

/** ArtifactNotLoggedError (exceptions.py) for a method or property used on a draft. */
export function notLogged(fullname: string): SimError {
  return new SimError(
    NOT_LOGGED,
    `'${fullname}' used prior to logging artifact or while in offline mode. Call Artifact.wait() before accessing logged artifact properties.`,
    'not-logged',
  );
}

/** ArtifactFinalizedError (exceptions.py) for a draft-only method used after log_artifact. */
export function finalized(fullname: string): SimError {
  return new SimError(
    FINALIZED,
    `'${fullname}' used on logged artifact. Can't modify finalized artifact.`,
    'finalized',
  );
}

/** The `_raise_if_finished` decorator's UsageError. */
export function runFinished(runId: string, method: string): SimError {
  return new SimError(
    USAGE,
    `Run (${runId}) is finished. The call to \`${method}\` will be ignored. Please make sure that you are using an active run.`,
    'finished-run',
  );
}

/** The classes under wandb.errors.Error, which `normalize_exceptions` re-raises as they are. */
const WANDB_ERROR = /^wandb\.(errors\.\w+|Error|sdk\.lib\.config_util\.ConfigError)$/;

/**
 * `@normalize_exceptions`: a wandb.errors.Error propagates as it is; any other error inside
 * becomes CommError with the same message, unless WANDB_DEBUG is set (then it propagates).
 */
export async function normalizeExceptions<T>(debug: boolean, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof SimError && WANDB_ERROR.test(e.pyType)) throw e;
    if (debug) throw e;
    // `raise CommError(message, err)`: the original stays as the CommError's `.exc`.
    if (e instanceof SimError)
      return Promise.reject(new SimError(COMM, e.message, e.code, e.hint, e));
    throw new SimError(COMM, e instanceof Error ? e.message : String(e), 'internal');
  }
}
