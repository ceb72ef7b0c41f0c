import type { ErrorCode } from './codes';

/**
 * The one error type every layer throws. `pyType` is the class as Python code names it
 * (e.g. `ValueError`, `wandb.errors.CommError`; a traceback shows the module it is defined
 * in, `wandb.errors.errors.CommError`: python/wandb/exceptions.ts), and
 * `message` is the exact text the real SDK or server produces. `code` says which
 * refusal it is (errors/codes.ts): hints and docs links hang on it, never on the text.
 * Our own explanation never goes into `message`; it goes into `hint`.
 */
export class SimError extends Error {
  readonly pyType: string;
  readonly code: ErrorCode;
  readonly hint?: string;
  /** The error a `CommError(message, exc)` wraps (normalize_exceptions): its `.exc`. */
  readonly wrapped?: SimError;
  constructor(pyType: string, message: string, code: ErrorCode, hint?: string, wrapped?: SimError) {
    super(message);
    this.name = 'SimError';
    this.pyType = pyType;
    this.code = code;
    this.hint = hint;
    this.wrapped = wrapped;
  }
}
export const isSimError = (e: unknown): e is SimError => e instanceof SimError;
