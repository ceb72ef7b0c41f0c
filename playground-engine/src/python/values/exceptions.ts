// The exception classes a snippet can see, arranged like CPython's hierarchy so
// `except LookupError` catches a KeyError. Raising from TypeScript: `throw pyErr(...)`.

import { type Kwargs, OBJECT_TYPE, PyExc, PyTuple, PyType, type PyValue } from './objects';

const exceptionTypes = new Map<string, PyType>();

/**
 * A library class's own `__init__` (wandb's `Error(message, context=None)`): it binds the
 * arguments and sets `args` and the instance attributes. Runs for `T(...)` and for `pyErr`.
 */
export type ExcInit = (exc: PyExc, args: PyValue[], kwargs: Kwargs | null) => void;
const inits = new Map<PyType, ExcInit>();

/** The nearest `ExcInit` in the class's MRO (a subclass without its own inherits it). */
function initOf(t: PyType): ExcInit | undefined {
  for (const c of t.mro) {
    const init = inits.get(c);
    if (init) return init;
  }
  return undefined;
}

function newExc(t: PyType, args: PyValue[], kwargs: Kwargs | null = null): PyExc {
  const exc = new PyExc(t, args);
  initOf(t)?.(exc, args, kwargs);
  return exc;
}

/** `key` is the name code looks the class up by; `module` the one Python shows (`__module__`). */
function def(name: string, base: PyType, module?: string, key?: string): PyType {
  const t: PyType = new PyType(name, base, (_ctx, args, kwargs) => newExc(t, args, kwargs), module);
  exceptionTypes.set(key ?? (module ? `${module}.${name}` : name), t);
  return t;
}

const BaseExceptionT = def('BaseException', OBJECT_TYPE);
const KeyboardInterruptT = def('KeyboardInterrupt', BaseExceptionT);
const SystemExitT = def('SystemExit', BaseExceptionT);
const GeneratorExitT = def('GeneratorExit', BaseExceptionT);
const ExceptionT = def('Exception', BaseExceptionT);
const ArithmeticErrorT = def('ArithmeticError', ExceptionT);
const ZeroDivisionErrorT = def('ZeroDivisionError', ArithmeticErrorT);
const OverflowErrorT = def('OverflowError', ArithmeticErrorT);
const AssertionErrorT = def('AssertionError', ExceptionT);
const AttributeErrorT = def('AttributeError', ExceptionT);
const ImportErrorT = def('ImportError', ExceptionT);
const ModuleNotFoundErrorT = def('ModuleNotFoundError', ImportErrorT);
const LookupErrorT = def('LookupError', ExceptionT);
const IndexErrorT = def('IndexError', LookupErrorT);
const KeyErrorT = def('KeyError', LookupErrorT);
const MemoryErrorT = def('MemoryError', ExceptionT);
const NameErrorT = def('NameError', ExceptionT);
const UnboundLocalErrorT = def('UnboundLocalError', NameErrorT);
const OSErrorT = def('OSError', ExceptionT);
const FileNotFoundErrorT = def('FileNotFoundError', OSErrorT);
const FileExistsErrorT = def('FileExistsError', OSErrorT);
const IsADirectoryErrorT = def('IsADirectoryError', OSErrorT);
const TimeoutErrorT = def('TimeoutError', OSErrorT);
const RuntimeErrorT = def('RuntimeError', ExceptionT);
const NotImplementedErrorT = def('NotImplementedError', RuntimeErrorT);
const RecursionErrorT = def('RecursionError', RuntimeErrorT);
const StopIterationT = def('StopIteration', ExceptionT);
const SyntaxErrorT = def('SyntaxError', ExceptionT);
const TypeErrorT = def('TypeError', ExceptionT);
const ValueErrorT = def('ValueError', ExceptionT);
const UnicodeErrorT = def('UnicodeError', ValueErrorT);
const JSONDecodeErrorT = def('JSONDecodeError', ValueErrorT, 'json.decoder');

// The rest of CPython's builtin exception hierarchy (scripts catch ConnectionError,
// PermissionError...; the warnings module uses the Warning classes).
const ConnectionErrorT = def('ConnectionError', OSErrorT);
for (const n of [
  'BrokenPipeError',
  'ConnectionAbortedError',
  'ConnectionRefusedError',
  'ConnectionResetError',
])
  def(n, ConnectionErrorT);
for (const n of [
  'PermissionError',
  'NotADirectoryError',
  'InterruptedError',
  'BlockingIOError',
  'ChildProcessError',
  'ProcessLookupError',
])
  def(n, OSErrorT);
// IOError and EnvironmentError are OSError itself, as in Python 3.
exceptionTypes.set('IOError', OSErrorT);
exceptionTypes.set('EnvironmentError', OSErrorT);
def('EOFError', ExceptionT);
def('FloatingPointError', ArithmeticErrorT);
def('ReferenceError', ExceptionT);
def('BufferError', ExceptionT);
def('StopAsyncIteration', ExceptionT);
for (const n of ['UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError'])
  def(n, UnicodeErrorT);
const IndentationErrorT = def('IndentationError', SyntaxErrorT);
def('TabError', IndentationErrorT);
const WarningT = def('Warning', ExceptionT);
for (const n of [
  'UserWarning',
  'DeprecationWarning',
  'PendingDeprecationWarning',
  'SyntaxWarning',
  'RuntimeWarning',
  'FutureWarning',
  'ImportWarning',
  'UnicodeWarning',
  'BytesWarning',
  'ResourceWarning',
  'EncodingWarning',
])
  def(n, WarningT);

/** The exception classes, by name (an object so they do not shadow JS globals). */
export const E = {
  BaseException: BaseExceptionT,
  KeyboardInterrupt: KeyboardInterruptT,
  SystemExit: SystemExitT,
  GeneratorExit: GeneratorExitT,
  Exception: ExceptionT,
  ArithmeticError: ArithmeticErrorT,
  ZeroDivisionError: ZeroDivisionErrorT,
  OverflowError: OverflowErrorT,
  AssertionError: AssertionErrorT,
  AttributeError: AttributeErrorT,
  ImportError: ImportErrorT,
  ModuleNotFoundError: ModuleNotFoundErrorT,
  LookupError: LookupErrorT,
  IndexError: IndexErrorT,
  KeyError: KeyErrorT,
  MemoryError: MemoryErrorT,
  NameError: NameErrorT,
  UnboundLocalError: UnboundLocalErrorT,
  OSError: OSErrorT,
  FileNotFoundError: FileNotFoundErrorT,
  FileExistsError: FileExistsErrorT,
  IsADirectoryError: IsADirectoryErrorT,
  TimeoutError: TimeoutErrorT,
  RuntimeError: RuntimeErrorT,
  NotImplementedError: NotImplementedErrorT,
  RecursionError: RecursionErrorT,
  StopIteration: StopIterationT,
  SyntaxError: SyntaxErrorT,
  TypeError: TypeErrorT,
  ValueError: ValueErrorT,
  UnicodeError: UnicodeErrorT,
  JSONDecodeError: JSONDecodeErrorT,
};

/** Builtin exception names visible to every snippet. */
export const builtinExceptionNames = [...exceptionTypes.keys()].filter((k) => !k.includes('.'));

export function exceptionType(name: string): PyType | undefined {
  return exceptionTypes.get(name);
}

/**
 * The type for a dotted name such as `wandb.errors.CommError`, created on first
 * use. Unknown `wandb.*` classes derive from `wandb.errors.Error` so that
 * `except wandb.errors.Error` catches them all, as in the real SDK.
 */
export function typeForName(qualified: string): PyType {
  const known = exceptionTypes.get(qualified);
  if (known) return known;
  const dot = qualified.lastIndexOf('.');
  if (dot < 0) return def(qualified, ExceptionT);
  const module = qualified.slice(0, dot);
  const name = qualified.slice(dot + 1);
  const base =
    module.startsWith('wandb') && qualified !== 'wandb.errors.Error'
      ? typeForName('wandb.errors.Error')
      : ExceptionT;
  return def(name, base, module);
}

/**
 * Registers a library exception class with an explicit base (for the few that do not
 * derive from their package's default, e.g. wandb's AttributeError subclasses). `module` is
 * the module Python shows when it differs from the name's (`wandb.errors.CommError` is
 * defined in `wandb.errors.errors`); `init` its own `__init__`.
 */
export function defineExceptionType(
  qualified: string,
  base: PyType,
  opts: { module?: string; init?: ExcInit } = {},
): PyType {
  const known = exceptionTypes.get(qualified);
  // A class made by typeForName before its definition ran would have the default base.
  if (known && known.base !== base) throw new Error(`${qualified} was used before it was defined`);
  if (known) return known;
  const dot = qualified.lastIndexOf('.');
  const t = def(
    qualified.slice(dot + 1),
    base,
    opts.module ?? (dot < 0 ? undefined : qualified.slice(0, dot)),
    qualified,
  );
  if (opts.init) inits.set(t, opts.init);
  return t;
}

/** `type(message)`, as Python would construct it (a library class's own `__init__` runs). */
export function pyErr(type: PyType, message?: string): PyExc {
  return newExc(type, message === undefined ? [] : [message]);
}

/** `KeyError(key)`: the message is the key's repr, which callers compute. */
export function keyError(key: PyValue): PyExc {
  return new PyExc(KeyErrorT, [key]);
}

/** `SystemExit.code`: None without arguments, the argument, or the tuple of them. */
export function exitCodeValue(exc: PyExc): PyValue {
  if (exc.args.length === 0) return null;
  return exc.args.length === 1 ? exc.args[0] : new PyTuple(exc.args);
}
