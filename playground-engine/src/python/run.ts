// Running Python source to a result: compile, evaluate, and turn every possible
// failure into data. Nothing here throws or rejects.

import { BudgetStop } from './budgets';
import { makeBuiltins } from './builtins/functions';
import type { ErrorCode } from '../errors/codes';
import { codeOf, type Hint, hintOf } from './hints';
import { Interpreter, type RunLimits } from './interp/interpreter';
import { MemFs, makeOpen } from './modules/files';
import { stdlibImporter } from './modules/registry';
import { DEFAULT_CLOCK_MS, type StdlibOptions, fixedEntropy } from './modules/services';
import { loadMatchStatement } from './matchSupport';
import { CompileError, compileModule, parseModule } from './syntax/compile';
import { formatSyntaxError, formatTraceback, lastLine } from './traceback';
import { E, exitCodeValue, pyErr } from './values/exceptions';
import { type NativeContext, type OutputStream, PyExc, type PyModule } from './values/objects';
import { str } from './values/repr';

export interface PyError {
  /** The class as the last traceback line shows it, e.g. `NameError`, `wandb.errors.errors.CommError`. */
  type: string;
  message: string;
  hint?: Hint;
  /** Which refusal or stop this is (errors/codes.ts); also the anchor of its docs section. */
  code?: ErrorCode;
  /** 1-based line and column of the innermost snippet frame. */
  line: number;
  column: number;
  traceback: string;
}

/** One piece of output, in the order the snippet wrote it. */
export interface OutputChunk {
  stream: OutputStream;
  text: string;
}

export interface PyRunResult {
  ok: boolean;
  /** Everything written to stdout (print, file=sys.stdout). */
  stdout: string;
  /** Everything written to stderr (print(file=sys.stderr), logging, the SDK's `wandb:` lines). */
  stderr: string;
  /** Both streams interleaved as written; consecutive writes to one stream are merged. */
  output: OutputChunk[];
  /**
   * The process exit status CPython would give: 0 for a clean run or `sys.exit(0|None)`,
   * 1 for an uncaught exception or `sys.exit("message")`, N for `sys.exit(N)`.
   */
  exitCode: number;
  error?: PyError;
}

/** What a module factory gets to build a module for one run. */
export interface RunServices {
  fs: MemFs;
  env: Record<string, string>;
  /** Append to the run's stdout, or stderr (e.g. SDK warnings, logging). Charged to the output budget. */
  write(text: string, stream?: OutputStream): void;
  /** The interpreter, for classes a module builds natively (wandb's Config and Summary). */
  runtime(): NativeContext;
  /** `import name` as the snippet would (wandb's Artifact.ttl makes a datetime.timedelta). */
  importModule(name: string): PyModule | undefined | Promise<PyModule | undefined>;
  /** The snippet's source lines (a traceback a library prints shows them). */
  sourceLines: string[];
  /**
   * Register a hook for the end of the process (Python's atexit): it gets the exit status and
   * the uncaught exception, if any, once the snippet has ended (not after a budget stop).
   */
  atExit(hook: AtExitHook): void;
}

/** What runs at the end of the process: wandb's teardown (ExitHooks + teardown_atexit). */
export type AtExitHook = (exitCode: number, exc?: PyExc) => Promise<void> | void;

/** A module by name, or a Promise of it while it loads (the wandb binding waits for `enum`). */
export type ModuleFactory = (
  name: string,
  services: RunServices,
) => PyModule | undefined | Promise<PyModule | undefined>;

export interface PyRunOptions extends StdlibOptions {
  env?: Record<string, string>;
  files?: Record<string, string>;
  /** Extra importable modules (the wandb binding plugs in here). */
  modules?: ModuleFactory;
  /** The file system to use (the SDK reads the same one). */
  fs?: MemFs;
  /** Override budgets for this run (tests use this to make budget stops deterministic). */
  limits?: Partial<RunLimits>;
}

function safeStr(exc: PyExc): string {
  try {
    return str(exc);
  } catch {
    return '<exception str() failed>';
  }
}

async function errorOf(
  exc: PyExc,
  lines: string[],
  names: string[],
  budget: boolean,
): Promise<PyError> {
  const type = exc.type.qualifiedName;
  const message = safeStr(exc);
  const inner = exc.tb[exc.tb.length - 1];
  let traceback: string;
  try {
    traceback = formatTraceback(exc, lines);
  } catch {
    traceback = lastLine(exc);
  }
  const code = codeOf(exc, type, message, budget);
  const hint = await hintOf(code, message, names, exc.hint);
  return {
    type,
    message,
    hint,
    ...(code ? { code } : {}),
    line: inner?.line ?? 1,
    column: inner?.column ?? 1,
    traceback,
  };
}

/** Collects both streams, in order. */
class OutputLog {
  readonly output: OutputChunk[] = [];
  write(text: string, stream: OutputStream): void {
    if (!text) return;
    const last = this.output[this.output.length - 1];
    if (last?.stream === stream) last.text += text;
    else this.output.push({ stream, text });
  }
  result(ok: boolean, exitCode: number, error?: PyError): PyRunResult {
    const of = (s: OutputStream) =>
      this.output
        .filter((c) => c.stream === s)
        .map((c) => c.text)
        .join('');
    const r: PyRunResult = {
      ok,
      stdout: of('stdout'),
      stderr: of('stderr'),
      output: this.output,
      exitCode,
    };
    if (error) r.error = error;
    return r;
  }
}

/**
 * An uncaught SystemExit, as CPython's interpreter exit handles it: None is status 0,
 * an int is that status and prints nothing, anything else is printed to stderr with status 1.
 */
async function systemExit(
  exc: PyExc,
  out: OutputLog,
  lines: string[],
  names: string[],
): Promise<PyRunResult> {
  const code = exitCodeValue(exc);
  if (code === null) return out.result(true, 0);
  let status: number;
  if (typeof code === 'bigint' || typeof code === 'boolean') status = Number(code);
  else {
    out.write(`${safeStr(exc)}\n`, 'stderr');
    status = 1;
  }
  if (status === 0) return out.result(true, 0);
  const error = await errorOf(exc, lines, names, false);
  error.traceback = '';
  return out.result(false, status, error);
}

export async function runPython(code: string, opts: PyRunOptions = {}): Promise<PyRunResult> {
  const out = new OutputLog();
  const write = (t: string, stream: OutputStream) => out.write(t, stream);
  let lines: string[] = [];
  try {
    if (typeof code !== 'string') {
      const message = `the snippet must be a string of Python source, not ${code === null ? 'null' : typeof code}`;
      return out.result(false, 1, {
        type: 'TypeError',
        message,
        line: 1,
        column: 1,
        traceback: `TypeError: ${message}`,
      });
    }
    lines = code.split(/\r?\n/);
    let module: ReturnType<typeof compileModule>;
    try {
      const parsed = parseModule(code);
      // A failed load rejects here: the run ends with an internal error that names it.
      if (parsed.usesMatch && parsed.firstError < 0) await loadMatchStatement();
      module = compileModule(parsed);
    } catch (e) {
      if (e instanceof CompileError) {
        return out.result(false, 1, {
          type: 'SyntaxError',
          message: e.message,
          line: e.line,
          column: e.col,
          traceback: formatSyntaxError(e.message, e.line, e.col, lines),
          hint: {
            text: 'Python could not parse this code. Check brackets, quotes, colons and indentation near this spot.',
          },
        });
      }
      throw e;
    }
    const env = opts.env ?? {};
    const fs = opts.fs ?? new MemFs(opts.files);
    const builtins = makeBuiltins();
    const atExit: AtExitHook[] = [];
    const services: RunServices = {
      fs,
      env,
      write: (t, stream) => interp.write(t, stream),
      runtime: () => interp,
      importModule: (name) => importModule(name),
      sourceLines: lines,
      atExit: (hook) => {
        atExit.push(hook);
      },
    };
    // The end of the process: each hook in turn (an error in one, or the output budget, ends
    // only that hook), then the result again, with what they wrote.
    const ended = async (r: PyRunResult, exc?: PyExc): Promise<PyRunResult> => {
      if (!atExit.length) return r;
      for (const hook of atExit) {
        try {
          await hook(r.exitCode, exc);
        } catch {
          // Python's atexit prints the hook's error and goes on; ours have none to show.
        }
      }
      return out.result(r.ok, r.exitCode, r.error);
    };
    const cache = new Map<string, PyModule | undefined>();
    const stdlib = stdlibImporter({
      fs,
      env,
      argv: opts.argv ?? ['snippet.py'],
      entropy: opts.entropy ?? fixedEntropy(),
      clock: opts.clock ?? (() => DEFAULT_CLOCK_MS),
      user: opts.user ?? 'user',
      write: (t, stream) => interp.write(t, stream),
      runtime: () => interp,
      sourceLines: lines,
    });
    const importModule = (name: string): PyModule | undefined | Promise<PyModule | undefined> => {
      if (cache.has(name)) return cache.get(name);
      const m = stdlib(name) ?? opts.modules?.(name, services);
      if (!(m instanceof Promise)) cache.set(name, m);
      return m;
    };
    const interp: Interpreter = new Interpreter(module, {
      builtins,
      importModule,
      write,
      limits: opts.limits,
    });
    builtins.set('open', makeOpen(fs));
    const names = () => [...interp.globals.vars.keys()];
    try {
      await interp.run();
      return await ended(out.result(true, 0));
    } catch (err) {
      // A budget stop is the playground ending the process: no atexit runs.
      if (err instanceof BudgetStop)
        return out.result(false, 1, await errorOf(err.exc, lines, names(), true));
      if (err instanceof PyExc && err.type.isSubclassOf(E.SystemExit))
        return await ended(await systemExit(err, out, lines, names()), err);
      if (err instanceof PyExc)
        return await ended(out.result(false, 1, await errorOf(err, lines, names(), false)), err);
      throw err;
    }
  } catch (err) {
    // A bug in the runtime itself: still a result, never a rejection.
    const exc = pyErr(
      E.RuntimeError,
      `internal error in the playground runtime: ${err instanceof Error ? err.message : String(err)}`,
    );
    return out.result(false, 1, await errorOf(exc, lines, [], false));
  }
}
