import { useCallback, useEffect, useState } from 'react';
import type { LinkTargetResolution, TargetPath, World } from 'playground-engine';
import { type Engine, loadEngineWithWidgets, type Widgets } from './engine';
import type { WorldSlot } from './pageWorlds';

export interface PathInput {
  path: string;
  sourceEntity: string;
  artifactType?: string;
}

export type PathReport =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string }
  | { status: 'empty' }
  | { status: 'parse-error'; message: string; type: string }
  | { status: 'resolved'; parsed: TargetPath | null; result: LinkTargetResolution };

/** The engine's parts the path checker calls. */
type PathEngine = Pick<Engine & Widgets, 'parseTargetPath' | 'resolveLinkTarget'>;

/** Parse and resolve a target path with the engine's own rules (no link is made). */
export function describePath(engine: PathEngine, world: World, input: PathInput): PathReport {
  if (input.path.trim() === '') return { status: 'empty' };
  let parsed: TargetPath | null = null;
  try {
    parsed = engine.parseTargetPath(input.path);
  } catch {
    // resolveLinkTarget reports the same parse error with its exact text.
  }
  try {
    const result = engine.resolveLinkTarget(input.path, {
      world,
      sourceEntity: input.sourceEntity,
      ...(input.artifactType ? { artifactType: input.artifactType } : {}),
    });
    return { status: 'resolved', parsed, result };
  } catch (err) {
    const e = err as { message?: string; pyType?: string };
    return { status: 'parse-error', message: e.message ?? String(err), type: e.pyType ?? 'Error' };
  }
}

/** Resolves `input` against the slot's world whenever either changes. */
export function usePathResolution(slot: WorldSlot, input: PathInput, active: boolean) {
  const [loaded, setLoaded] = useState<{ engine: PathEngine; world: World } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(() => {
    Promise.all([loadEngineWithWidgets(), slot.ensure()])
      .then(([engine, world]) => setLoaded({ engine, world }))
      .catch((err: unknown) =>
        setFailure(
          `The path checker could not load: ${err instanceof Error ? err.message : String(err)}`,
        ),
      );
  }, [slot]);

  useEffect(() => {
    if (active) load();
  }, [active, load]);

  // A page-level reset replaces the world: follow it.
  const current = slot.current();
  const world = current ?? loaded?.world ?? null;

  let report: PathReport;
  if (failure) report = { status: 'unavailable', message: failure };
  else if (!loaded || !world) report = { status: 'loading' };
  else report = describePath(loaded.engine, world, input);
  return { report, load };
}
