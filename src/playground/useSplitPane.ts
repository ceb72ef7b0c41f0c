import {
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
  useCallback,
  useEffect,
  useState,
} from 'react';
import { STORAGE_PREFIX } from './storage';

/** Where the workbench's divider sits: the editor's share of the width, in percent. */
export const SPLIT_KEY = `${STORAGE_PREFIX}split`;
export const SPLIT_MIN = 25;
export const SPLIT_MAX = 75;
export const SPLIT_DEFAULT = 55;
const STEP = 2;
const PAGE_STEP = 10;

export function clampSplit(value: number): number {
  if (!Number.isFinite(value)) return SPLIT_DEFAULT;
  return Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, Math.round(value)));
}

/** The stored position, or the default when storage is blocked, empty or holds junk. */
export function readSplit(): number {
  try {
    const raw = window.localStorage.getItem(SPLIT_KEY);
    if (raw === null || !/^\d+(\.\d+)?$/.test(raw)) return SPLIT_DEFAULT;
    return clampSplit(Number(raw));
  } catch {
    return SPLIT_DEFAULT;
  }
}

export function writeSplit(value: number): void {
  try {
    window.localStorage.setItem(SPLIT_KEY, String(clampSplit(value)));
  } catch {
    // Blocked or full storage: the divider still works, it is just not remembered.
  }
}

/** The position a key moves the divider to (the ARIA window-splitter keys), or null. */
export function splitAfterKey(current: number, key: string): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return clampSplit(current - STEP);
    case 'ArrowRight':
    case 'ArrowDown':
      return clampSplit(current + STEP);
    case 'PageUp':
      return clampSplit(current - PAGE_STEP);
    case 'PageDown':
      return clampSplit(current + PAGE_STEP);
    case 'Home':
      return SPLIT_MIN;
    case 'End':
      return SPLIT_MAX;
    default:
      return null;
  }
}

/**
 * A vertical divider between two panes of `container`: dragged with a pointer or moved with
 * the keyboard (role=separator), remembered in localStorage. The server render uses the
 * default; the stored value applies after hydration.
 */
export function useSplitPane(container: RefObject<HTMLElement | null>) {
  const [split, setSplit] = useState(SPLIT_DEFAULT);
  const [dragging, setDragging] = useState(false);

  useEffect(() => setSplit(readSplit()), []);

  const commit = useCallback((value: number) => {
    const v = clampSplit(value);
    setSplit(v);
    writeSplit(v);
  }, []);

  const fromPointer = useCallback(
    (clientX: number) => {
      const box = container.current?.getBoundingClientRect();
      if (!box || box.width <= 0) return null;
      return clampSplit(((clientX - box.left) / box.width) * 100);
    },
    [container],
  );

  // Spread on an element with role="separator" (a focusable window splitter).
  const separatorProps = {
    tabIndex: 0,
    'aria-orientation': 'vertical' as const,
    'aria-valuenow': split,
    'aria-valuemin': SPLIT_MIN,
    'aria-valuemax': SPLIT_MAX,
    'aria-valuetext': `Editor ${split}% of the width`,
    onKeyDown: (e: KeyboardEvent) => {
      const next = splitAfterKey(split, e.key);
      if (next === null) return;
      e.preventDefault();
      commit(next);
    },
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0) return;
      e.preventDefault();
      e.currentTarget.setPointerCapture?.(e.pointerId);
      e.currentTarget.focus();
      setDragging(true);
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      if (!dragging) return;
      const next = fromPointer(e.clientX);
      if (next !== null) setSplit(next);
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      if (!dragging) return;
      setDragging(false);
      const next = fromPointer(e.clientX);
      commit(next ?? split);
    },
    onPointerCancel: () => {
      setDragging(false);
      commit(split);
    },
  };

  return { split, dragging, separatorProps };
}
