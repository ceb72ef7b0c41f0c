// The public entry point: run a snippet against a world. Never throws, never rejects.

import type { NetworkEntry } from '../server/transport';
import type { World } from '../world/world';
import { MemFs } from './modules/files';
import { type PyRunResult, runPython } from './run';
import { wandbModules } from './wandb/module';

/** A Python run's result (stdout, stderr, output in order, exitCode, error) plus its requests. */
export interface RunResult extends PyRunResult {
  /** Every GraphQL request the snippet's wandb calls made, in order. */
  requests: NetworkEntry[];
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
    const r = await runPython(code, {
      env,
      fs,
      modules: opts?.world ? wandbModules({ world: opts.world, env, fs, onEntry }) : undefined,
      argv: opts?.argv,
      ...(opts?.world ? worldSources(opts.world) : {}),
    });
    return { ...r, requests };
  } catch (e) {
    return {
      ok: false,
      stdout: '',
      stderr: '',
      output: [],
      exitCode: 1,
      requests,
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
