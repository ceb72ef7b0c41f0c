/**
 * Autosave for /playground in localStorage. Keys are namespaced; every access
 * is wrapped in try/catch (storage may be blocked, full, or hold junk), and an
 * unreadable entry is removed and reported instead of breaking the page.
 */
export const STORAGE_PREFIX = 'registry-linking-docs:playground:v1:';
export const CODE_KEY = `${STORAGE_PREFIX}code`;
export const WORLD_KEY = `${STORAGE_PREFIX}world`;

export interface SavedPlayground {
  code: string;
  worldId: string;
  snapshot?: unknown;
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'ok'; value: SavedPlayground }
  | { status: 'corrupt'; notice: string };

function store(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // Some browsers throw on the mere access when storage is blocked.
  }
}

function discard(s: Storage) {
  try {
    s.removeItem(CODE_KEY);
    s.removeItem(WORLD_KEY);
  } catch {
    // Nothing more we can do; the next save overwrites it anyway.
  }
}

export function loadSaved(): LoadResult {
  const s = store();
  if (!s) return { status: 'empty' };
  let code: string | null;
  let worldRaw: string | null;
  try {
    code = s.getItem(CODE_KEY);
    worldRaw = s.getItem(WORLD_KEY);
  } catch {
    return { status: 'empty' };
  }
  if (code === null && worldRaw === null) return { status: 'empty' };
  const corrupt = (why: string): LoadResult => {
    discard(s);
    return {
      status: 'corrupt',
      notice: `Your autosaved playground could not be read (${why}), so it was discarded. You are starting from the docs world.`,
    };
  };
  if (code === null) return corrupt('the code is missing');
  if (worldRaw === null) return corrupt('the world is missing');
  let world: unknown;
  try {
    world = JSON.parse(worldRaw);
  } catch {
    return corrupt('the saved world is not valid JSON');
  }
  if (typeof world !== 'object' || world === null)
    return corrupt('the saved world is not an object');
  const { worldId, snapshot } = world as { worldId?: unknown; snapshot?: unknown };
  if (typeof worldId !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(worldId)) {
    return corrupt('the saved world id is not valid');
  }
  return { status: 'ok', value: { code, worldId, snapshot } };
}

/** Returns false when the browser refused (quota, private mode); the caller tells the reader once. */
export function saveState(value: SavedPlayground): boolean {
  const s = store();
  if (!s) return false;
  try {
    s.setItem(CODE_KEY, value.code);
    s.setItem(WORLD_KEY, JSON.stringify({ worldId: value.worldId, snapshot: value.snapshot }));
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(): void {
  const s = store();
  if (s) discard(s);
}

/** Report a saved entry that parsed but whose world snapshot the engine refused. */
export function discardInvalidSnapshot(reason: string): string {
  clearSaved();
  return `Your autosaved world is not a valid world (${reason}), so it was discarded. You are starting from the docs world.`;
}
