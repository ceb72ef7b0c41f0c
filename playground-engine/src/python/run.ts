// Running Python source to a result: compile, evaluate, and turn every possible
// failure into data. Nothing here throws or rejects.

import { BudgetStop } from './budgets';
import { makeBuiltins } from './builtins/functions';
import { type Hint, budgetHint, hintFor } from './hints';
import { Interpreter, type RunLimits } from './interp/interpreter';
import { MemFs, makeOpen } from './modules/files';
import { makeJsonModule } from './modules/json';
import { makeOsModules } from './modules/os';
import { CompileError, compileModule } from './syntax/compile';
import { formatSyntaxError, formatTraceback, lastLine } from './traceback';
import { E, pyErr } from './values/exceptions';
import { PyExc, type PyModule } from './values/objects';
import { str } from './values/repr';

export interface PyError {
  /** The class as the last traceback line shows it, e.g. `NameError`, `wandb.errors.CommError`. */
  type: string;
  message: string;
  hint?: Hint;
  /** 1-based line and column of the innermost snippet frame. */
  line: number;
  column: number;
  traceback: string;
}

export interface PyRunResult {
  ok: boolean;
  stdout: string;
  error?: PyError;
}

/** What a module factory gets to build a module for one run. */
export interface RunServices {
  fs: MemFs;
  env: Record<string, string>;
  /** Append to the run's stdout (e.g. SDK warnings). */
  write(text: string): void;
}

export type ModuleFactory = (name: string, services: RunServices) => PyModule | undefined;

export interface PyRunOptions {
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

function errorOf(exc: PyExc, lines: string[], names: string[], budget: boolean): PyError {
  const type = exc.type.qualifiedName;
  const message = safeStr(exc);
  const inner = exc.tb[exc.tb.length - 1];
  let traceback: string;
  try {
    traceback = formatTraceback(exc, lines);
  } catch {
    traceback = lastLine(exc);
  }
  const hint = budget ? budgetHint(message) : hintFor(type, message, names, exc.hint);
  return { type, message, hint, line: inner?.line ?? 1, column: inner?.column ?? 1, traceback };
}

export async function runPython(code: string, opts: PyRunOptions = {}): Promise<PyRunResult> {
  let stdout = '';
  const write = (t: string) => {
    stdout += t;
  };
  let lines: string[] = [];
  try {
    if (typeof code !== 'string') {
      const message = `the snippet must be a string of Python source, not ${code === null ? 'null' : typeof code}`;
      return {
        ok: false,
        stdout,
        error: {
          type: 'TypeError',
          message,
          line: 1,
          column: 1,
          traceback: `TypeError: ${message}`,
        },
      };
    }
    lines = code.split(/\r?\n/);
    let module: ReturnType<typeof compileModule>;
    try {
      module = compileModule(code);
    } catch (e) {
      if (e instanceof CompileError) {
        return {
          ok: false,
          stdout,
          error: {
            type: 'SyntaxError',
            message: e.message,
            line: e.line,
            column: e.col,
            traceback: formatSyntaxError(e.message, e.line, e.col, lines),
            hint: {
              text: 'Python could not parse this code. Check brackets, quotes, colons and indentation near this spot.',
            },
          },
        };
      }
      throw e;
    }
    const env = opts.env ?? {};
    const fs = opts.fs ?? new MemFs(opts.files);
    const builtins = makeBuiltins();
    const services: RunServices = { fs, env, write: (t) => interp.write(t) };
    const cache = new Map<string, PyModule | undefined>();
    let osModules: ReturnType<typeof makeOsModules> | undefined;
    const importModule = (name: string): PyModule | undefined => {
      if (cache.has(name)) return cache.get(name);
      let m: PyModule | undefined;
      if (name === 'os' || name === 'os.path') {
        osModules ??= makeOsModules(fs, env);
        m = name === 'os' ? osModules.os : osModules.path;
      } else if (name === 'json') m = makeJsonModule();
      else m = opts.modules?.(name, services);
      cache.set(name, m);
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
      return { ok: true, stdout };
    } catch (err) {
      if (err instanceof BudgetStop)
        return { ok: false, stdout, error: errorOf(err.exc, lines, names(), true) };
      if (err instanceof PyExc)
        return { ok: false, stdout, error: errorOf(err, lines, names(), false) };
      throw err;
    }
  } catch (err) {
    // A bug in the runtime itself: still a result, never a rejection.
    const exc = pyErr(
      E.RuntimeError,
      `internal error in the playground runtime: ${err instanceof Error ? err.message : String(err)}`,
    );
    return { ok: false, stdout, error: errorOf(exc, lines, [], false) };
  }
}
