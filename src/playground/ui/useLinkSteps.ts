// The tab's numbered steps as a checklist. A step is done once the UI state or the world
// showed it happened; it then stays done until the reader starts over (so closing a
// sidebar does not erase what they already did). There is deliberately no "Next" input.
import { useEffect, useMemo, useState } from 'react';

export interface StepDef {
  id: string;
  label: string;
  optional?: boolean;
}

export interface StepState extends StepDef {
  done: boolean;
}

/**
 * @param live which steps the current state shows as done right now
 * @param resetKey change it to clear the remembered steps (a "Start over")
 */
export function useLinkSteps(
  defs: readonly StepDef[],
  live: Readonly<Record<string, boolean>>,
  resetKey = 0,
): StepState[] {
  const [reached, setReached] = useState<{ key: number; ids: ReadonlySet<string> }>({
    key: resetKey,
    ids: new Set(),
  });
  const liveIds = defs
    .filter((d) => live[d.id])
    .map((d) => d.id)
    .join('\n');

  useEffect(() => {
    setReached((prev) => {
      const base = prev.key === resetKey ? prev.ids : new Set<string>();
      const add = liveIds ? liveIds.split('\n') : [];
      if (prev.key === resetKey && add.every((id) => base.has(id))) return prev;
      return { key: resetKey, ids: new Set([...base, ...add]) };
    });
  }, [liveIds, resetKey]);

  return useMemo(() => {
    const ids = reached.key === resetKey ? reached.ids : new Set<string>();
    return defs.map((d) => ({ ...d, done: ids.has(d.id) || Boolean(live[d.id]) }));
  }, [defs, live, reached, resetKey]);
}
