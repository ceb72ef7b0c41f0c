// Which scenarios the reader has solved, in localStorage under a namespaced key. Every
// access is guarded: storage may be blocked, full or hold junk, and none of that may break
// the page. Same-tab listeners hear changes at once; other tabs via the 'storage' event.
import { useEffect, useState } from 'react';

export const SOLVED_KEY = 'registry-linking-docs:scenarios:v1:solved';

const listeners = new Set<() => void>();

function store(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function loadSolved(): string[] {
  const s = store();
  if (!s) return [];
  try {
    const raw = s.getItem(SOLVED_KEY);
    if (raw === null) return [];
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) {
      return [...new Set(parsed)];
    }
  } catch {
    // Unreadable: fall through and drop it.
  }
  try {
    s.removeItem(SOLVED_KEY);
  } catch {
    // Nothing more to do.
  }
  return [];
}

function save(ids: string[]): boolean {
  const s = store();
  if (!s) return false;
  try {
    s.setItem(SOLVED_KEY, JSON.stringify(ids));
    return true;
  } catch {
    return false;
  }
}

function changed() {
  for (const fn of [...listeners]) fn();
}

/** Records a solved scenario; returns false when the browser refused to store it. */
export function markSolved(id: string): boolean {
  const ids = loadSolved();
  if (ids.includes(id)) return true;
  const ok = save([...ids, id]);
  changed();
  return ok;
}

export function clearSolved(): void {
  const s = store();
  try {
    s?.removeItem(SOLVED_KEY);
  } catch {
    // Ignore: nothing stored means nothing to clear.
  }
  changed();
}

export function subscribeSolved(fn: () => void): () => void {
  listeners.add(fn);
  const onStorage = (e: StorageEvent) => {
    if (e.key === SOLVED_KEY || e.key === null) fn();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('storage', onStorage);
  };
}

/** The solved ids; empty during server rendering and the first client render (no mismatch). */
export function useSolvedScenarios(): string[] {
  const [solved, setSolved] = useState<string[]>([]);
  useEffect(() => {
    const sync = () => setSolved(loadSolved());
    sync();
    return subscribeSolved(sync);
  }, []);
  return solved;
}
