// The public entry point: run a snippet against a world. Never throws, never rejects. It
// lives in host/ because it wires the runtime's wandb binding to the world's server.

import type { NetworkEntry } from '../client/transport';
import { createTransport } from './connect';
import type { World } from '../world/world';
import { MemFs } from '../python/modules/files';
import { type PyError, type PyRunResult, runPython } from '../python/run';
import { wandbModules } from '../python/wandb/module';
import { fixForError, type WorldFix } from '../world/setupFixes';
import type { Hint } from '../hints/hintFor';
import { DEFAULT_SDK_VERSION, isSdkVersion } from '../world/sdkVersion';
import { utf8 } from '../text/hashes';

/** A Python run's result (stdout, stderr, output in order, exitCode, error) plus its requests. */
export interface RunResult extends PyRunResult {
  /** Every GraphQL request the snippet's wandb calls made, in order. */
  requests: NetworkEntry[];
  /** The files the run created or changed (a download's included), sorted by path. */
  files: WrittenFile[];
  error?: RunError;
}

/** A file a run left on its in-memory disk; `size` in bytes, as the SDK counts an entry's. */
export interface WrittenFile {
  path: string;
  size: number;
}

/** The runtime's error; when a name the world lacks caused it, its hint carries the fix. */
export interface RunError extends PyError {
  hint?: Hint & {
    /** Edits that add the missing name to the reader's world (world/setupFixes). */
    fix?: WorldFix;
  };
}

export interface RunSnippetOptions {
  world: World;
  /** Environment for os.environ and wandb settings (WANDB_ENTITY, WANDB_ORGANIZATION, ...), over world.env. */
  env?: Record<string, string>;
  /** Live network log: called as each request completes. */
  onEntry?: (e: NetworkEntry) => void;
  /** Files present before the run (path → text). */
  files?: Record<string, string>;
  /** sys.argv (what argparse's parse_args() reads). Default ["snippet.py"]. */
  argv?: string[];
  /** The wandb version to simulate for this run (a docs block's `sdk=0.20.0`); default: the world's. */
  sdkVersion?: string;
}

/** The standard library's view of the world: its deterministic entropy, clock and viewer. */
function worldSources(world: World) {
  return {
    entropy: () => Math.floor(world.source.next() * 2 ** 32),
    clock: () => world.source.peekMillis(),
    user: world.viewer,
  };
}

export async function runSnippet(code: string, opts: RunSnippetOptions): Promise<RunResult> {
  const requests: NetworkEntry[] = [];
  try {
    const env = { ...(opts?.world?.env ?? {}), ...(opts?.env ?? {}) };
    const fs = new MemFs(opts?.files);
    const onEntry = (e: NetworkEntry) => {
      requests.push(e);
      try {
        opts.onEntry?.(e);
      } catch {
        // A failing listener must not break the run.
      }
    };
    const sdkVersion = opts?.sdkVersion;
    if (sdkVersion !== undefined && !isSdkVersion(sdkVersion)) {
      return badOption(
        requests,
        `sdkVersion ${JSON.stringify(sdkVersion)} is not a wandb version like '${DEFAULT_SDK_VERSION}'`,
      );
    }
    const r = await runPython(code, {
      env,
      fs,
      modules: opts?.world
        ? wandbModules({
            transport: createTransport(opts.world, { source: 'sdk', onEntry }),
            env,
            fs,
            sdkVersion: sdkVersion ?? opts.world.sdkVersion,
            clock: () => opts.world.source.peekMillis(),
          })
        : undefined,
      argv: opts?.argv,
      ...(opts?.world ? worldSources(opts.world) : {}),
    });
    if (r.error && opts.world) r.error = withWorldFix(r.error, opts.world);
    const files = fs.written().map((f) => ({ path: f.path, size: utf8(f.text).length }));
    return { ...r, requests, files };
  } catch (e) {
    return {
      ok: false,
      stdout: '',
      stderr: '',
      output: [],
      exitCode: 1,
      requests,
      files: [],
      error: {
        type: 'RuntimeError',
        message: `internal error in the playground runtime: ${e instanceof Error ? e.message : String(e)}`,
        line: 1,
        column: 1,
        traceback: 'RuntimeError: internal error in the playground runtime',
      },
    };
  }
}

/** An error caused by a name the world lacks carries the world fix that adds it. */
function withWorldFix(error: PyError, world: World): RunError {
  const fix = fixForError(world, error.message);
  if (!fix) return error;
  const text =
    error.hint?.text ?? 'The simulated world does not have this name yet: add it to your setup.';
  return { ...error, hint: { ...error.hint, text, fix } };
}

/** A bad run option: a ValueError naming the value, before any code runs. */
function badOption(requests: NetworkEntry[], message: string): RunResult {
  return {
    ok: false,
    stdout: '',
    stderr: '',
    output: [],
    exitCode: 1,
    requests,
    files: [],
    error: { type: 'ValueError', message, line: 1, column: 1, traceback: `ValueError: ${message}` },
  };
}
