import type { World, WorldEvent } from 'playground-engine';
import { useEffect, useState } from 'react';

/** One line of the inspector's "Recent changes": what a run or a call did to a version. */
export interface WorldChange {
  /** The event's sequence number (a stable React key). */
  seq: number;
  text: string;
}

/** How many changes the inspector keeps (newest first). */
export const MAX_CHANGES = 20;

/**
 * The change a world event made after logging, in words: a use, a deleted version (with its
 * links) or a removed link; null for the events the tree itself shows (logs, links, aliases).
 */
export function describeWorldChange(e: WorldEvent): string | null {
  switch (e.kind) {
    case 'artifact-used':
      return `run ${e.runName} used ${e.name}`;
    case 'artifact-unlinked':
      return `link ${e.name} removed`;
    case 'artifact-deleted':
      return e.links.length
        ? `version ${e.name} deleted, with its ${e.links.length === 1 ? 'link' : 'links'} ${e.links.join(', ')}`
        : `version ${e.name} deleted`;
    default:
      return null;
  }
}

/** The list with `change` first, at most MAX_CHANGES long. */
export function withChange(list: readonly WorldChange[], change: WorldChange): WorldChange[] {
  return [change, ...list].slice(0, MAX_CHANGES);
}

/**
 * The recent changes of one world, newest first, from its events. It follows the world
 * while the inspector is hidden, and starts empty for a new world (reset, share, setup).
 */
export function useWorldChanges(world: World | null): WorldChange[] {
  const [changes, setChanges] = useState<WorldChange[]>([]);
  useEffect(() => {
    setChanges([]);
    if (!world) return;
    return world.subscribe((e) => {
      const text = describeWorldChange(e);
      if (text) setChanges((list) => withChange(list, { seq: e.seq, text }));
    });
  }, [world]);
  return changes;
}
