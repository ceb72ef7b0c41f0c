// Test helpers shared by the SDK tests (not exported from the package).
import type { NetworkEntry } from '../client/transport';
import { createTransport } from '../host/connect';
import { worldSeeds } from '../scenarios/seeds';
import { createWorld } from '../world/createWorld';
import type { WorldSeed } from '../world/types';
import { type TermLevel, WandbSdk } from './wandbSdk';

export function makeSdk(
  seed: WorldSeed | string = 'docs',
  files: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  const world = createWorld(typeof seed === 'string' ? worldSeeds[seed] : seed);
  const fsFiles = new Map(Object.entries({ 'my_model.txt': 'weights v1', ...files }));
  const entries: NetworkEntry[] = [];
  const logs: [TermLevel, string][] = [];
  const sdk = new WandbSdk({
    transport: createTransport(world, { source: 'sdk', onEntry: (e) => entries.push(e) }),
    env: { ...world.env, ...env },
    sdkVersion: world.sdkVersion,
    fs: {
      read: (p) => fsFiles.get(p),
      exists: (p) => fsFiles.has(p),
      isDir: (p) => [...fsFiles.keys()].some((k) => k.startsWith(`${p}/`)),
      write: (p, text) => void fsFiles.set(p, text),
      remove: (p) => void fsFiles.delete(p),
      walk: (dir) =>
        [...fsFiles.keys()]
          .filter((p) => p.startsWith(`${dir}/`))
          .map((p) => p.slice(dir.length + 1))
          .sort(),
    },
    termlog: (level, msg) => logs.push([level, msg]),
  });
  return { world, sdk, entries, logs, fsFiles };
}

/** Resolves to the SimError a promise rejects with (fails if it resolves). */
export async function rejection(
  p: Promise<unknown> | (() => unknown),
): Promise<{ type: string; message: string }> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return { type: (e as { pyType?: string }).pyType ?? 'JS', message: (e as Error).message };
  }
  throw new Error('expected an error');
}

/** A link call's result in the current SDK (never None from 0.21.2 on; see sdk/versions.ts). */
export function linked<T>(a: T | null): T {
  if (a === null) throw new Error('expected a linked artifact, got None');
  return a;
}
