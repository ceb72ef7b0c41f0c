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

/**
 * Whether anything of the playground is stored (autosave or setup), readable or not. Unlike
 * the loaders it neither parses nor discards: the loader reports a bad entry later.
 */
export function hasStoredState(): boolean {
  const s = store();
  if (!s) return false;
  try {
    return [CODE_KEY, WORLD_KEY, SETUP_KEY].some((k) => s.getItem(k) !== null);
  } catch {
    return false;
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

/**
 * The reader's own setup (issue 12): the world edits they made, kept apart from the
 * playground's code and world so a reset or another seed keeps them. Versioned; an entry
 * of another version or shape is refused with a notice (the engine checks each edit).
 */
export const SETUP_KEY = 'registry-linking-docs:setup';
export const SETUP_VERSION = 1;

export type SetupLoad =
  | { status: 'empty' }
  | { status: 'ok'; edits: unknown[] }
  | { status: 'refused'; notice: string };

export function loadSetup(): SetupLoad {
  const s = store();
  if (!s) return { status: 'empty' };
  let raw: string | null;
  try {
    raw = s.getItem(SETUP_KEY);
  } catch {
    return { status: 'empty' };
  }
  if (raw === null) return { status: 'empty' };
  const refuse = (why: string): SetupLoad => {
    clearSetup();
    return {
      status: 'refused',
      notice: `Your saved setup could not be used (${why}), so it was discarded. You are in the docs world.`,
    };
  };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return refuse('it is not valid JSON');
  }
  const v = value as { v?: unknown; edits?: unknown } | null;
  if (typeof v !== 'object' || v === null) return refuse('it is not an object');
  if (v.v !== SETUP_VERSION)
    return refuse(
      `it was saved in format ${JSON.stringify(v.v)}, this page reads ${SETUP_VERSION}`,
    );
  if (!Array.isArray(v.edits)) return refuse("its 'edits' is not a list");
  return { status: 'ok', edits: v.edits };
}

export function saveSetup(edits: readonly unknown[]): boolean {
  const s = store();
  if (!s) return false;
  try {
    if (edits.length === 0) s.removeItem(SETUP_KEY);
    else s.setItem(SETUP_KEY, JSON.stringify({ v: SETUP_VERSION, edits }));
    return true;
  } catch {
    return false;
  }
}

export function clearSetup(): void {
  try {
    store()?.removeItem(SETUP_KEY);
  } catch {
    // Blocked storage: nothing saved to clear.
  }
}
