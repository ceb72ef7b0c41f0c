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

/**
 * `@normalize_exceptions`: any error inside becomes CommError with the same message,
 * unless WANDB_DEBUG is set (then the original propagates).
 */
export async function normalizeExceptions<T>(debug: boolean, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (debug) throw e;
    if (e instanceof SimError) {
      return Promise.reject(e.pyType === COMM ? e : new SimError(COMM, e.message, e.code, e.hint));
    }
    throw new SimError(COMM, e instanceof Error ? e.message : String(e), 'internal');
  }
}
