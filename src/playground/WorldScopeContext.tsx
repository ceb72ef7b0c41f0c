import { useLocation } from '@docusaurus/router';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { World } from 'playground-engine';
import { pageScope, type WorldScope, type WorldSlot } from './pageWorlds';

const WorldScopeContext = createContext<WorldScope | null>(null);

/** Lets /playground (or a test) put every snippet and UI below it on its own world. */
export function WorldScopeProvider({
  scope,
  children,
}: {
  scope: WorldScope;
  children: ReactNode;
}) {
  return <WorldScopeContext.Provider value={scope}>{children}</WorldScopeContext.Provider>;
}

/** The scope in effect: a provider's, else the current doc page's. */
export function useWorldScope(): WorldScope {
  const provided = useContext(WorldScopeContext);
  const { pathname } = useLocation();
  return useMemo(() => provided ?? pageScope(pathname), [provided, pathname]);
}

export interface PageWorld {
  slot: WorldSlot;
  /** The loaded world or null until something calls `slot.ensure()`. */
  world: World | null;
  /** Bumps on every world change event, so consumers re-read the world. */
  revision: number;
}

/**
 * The shared world named `worldId` on this page (or in the enclosing scope).
 * It does NOT load the engine by itself: call `slot.ensure()` on demand.
 */
export function usePageWorld(worldId: string): PageWorld {
  const scope = useWorldScope();
  const slot = scope.slot(worldId);
  const [world, setWorld] = useState<World | null>(() => slot.current());
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    const sync = () => setWorld(slot.current());
    sync();
    return scope.subscribe(sync);
  }, [scope, slot]);

  useEffect(() => {
    if (!world) return;
    return world.subscribe(() => setRevision((r) => r + 1));
  }, [world]);

  return { slot, world, revision };
}
