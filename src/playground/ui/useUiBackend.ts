// Connects a simulated UI to the page's shared world: the same world slot the snippets use,
// UI requests logged into the slot's network log, and "Open in editor" via the slot.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadEngineWithWidgets } from '../engine';
import type { World } from 'playground-engine';
import { usePageWorld } from '../WorldScopeContext';
import type { RegistryUiApi, Subscribe } from './api';
import { createUiApi, type UiEngine } from './engineAdapter';
import { revealSnippet } from './revealEditor';

export type UiBackend =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      api: RegistryUiApi;
      subscribe: Subscribe;
      openInEditor: (code: string) => boolean;
      /** Changes when the page's world is replaced (Reset world): remount the UI on it. */
      world: World;
    };

export function useUiBackend(worldId: string): UiBackend {
  const { slot, world } = usePageWorld(worldId);
  const [engine, setEngine] = useState<UiEngine | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([loadEngineWithWidgets(), slot.ensure()]).then(
      ([e]) => {
        if (live) setEngine(e);
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [slot]);

  const api = useMemo(
    () => (engine && world ? createUiApi(engine, world, slot.log.append) : null),
    [engine, world, slot],
  );
  const subscribe = useCallback<Subscribe>(
    (fn) => (world ? world.subscribe(() => fn()) : () => {}),
    [world],
  );
  const openInEditor = useCallback(
    (code: string) => {
      const taken = slot.openInEditor(code);
      // Let the snippet switch to its editor first, then bring it on screen.
      if (taken) requestAnimationFrame(() => revealSnippet(worldId));
      return taken;
    },
    [slot, worldId],
  );

  if (error) return { status: 'error', message: error };
  if (!api || !world) return { status: 'loading' };
  return { status: 'ready', api, subscribe, openInEditor, world };
}
