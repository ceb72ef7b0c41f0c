// What a standard-library module may use from the run: the file system, the
// environment, argv, the output streams and the world's deterministic sources.

import type { NativeContext, PyModule } from '../values/objects';
import type { MemFs } from './files';

/** Run options that only the standard library reads (PyRunOptions extends this). */
export interface StdlibOptions {
  /** sys.argv; argparse's parse_args() reads it. Default ["snippet.py"]. */
  argv?: string[];
  /** Deterministic 32-bit entropy: seeds unseeded random and uuid4. Default: a fixed stream. */
  entropy?: () => number;
  /** The world's clock in milliseconds since the epoch (datetime.now, time.time). */
  clock?: () => number;
  /** The viewer's user name (getpass.getuser). */
  user?: string;
}

export interface StdlibServices {
  fs: MemFs;
  env: Record<string, string>;
  argv: string[];
  entropy: () => number;
  clock: () => number;
  user: string;
  /** Append to the run's stdout or stderr (charged to the output budget). */
  write(text: string, stream?: 'stdout' | 'stderr'): void;
  /** The run's sys module (argparse reads sys.argv, logging writes to sys.stderr). */
  sys(): PyModule;
  /** The snippet's source lines (warnings print the line that warned). */
  sourceLines: string[];
  /** The interpreter, for classes a module builds (Counter, Enum...): it runs their Python methods. */
  runtime(): NativeContext;
}

/** Midday, 15 Jan 2025 UTC: the docs world's epoch, used when a run has no world clock. */
export const DEFAULT_CLOCK_MS = Date.UTC(2025, 0, 15, 12, 0, 0);

/** A fixed xorshift stream for runs without a world (tests, bare runPython). */
export function fixedEntropy(seed = 0x2545f491): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}
