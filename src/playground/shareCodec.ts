import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/**
 * What a share link carries: the code and the world (a seed id, plus a full
 * snapshot when the world has changed). The snapshot is only shape-checked
 * here; the playground validates it with World.fromSnapshot before use.
 */
export interface SharePayload {
  v: 1;
  code: string;
  worldId: string;
  snapshot?: unknown;
  /** The reader's own setup: world edits (checked by the engine's parseWorldEdits on load). */
  setup?: unknown[];
}

export type DecodeResult = { ok: true; payload: SharePayload } | { ok: false; reason: string };

export const SHARE_PARAM = 'share';
/** Longer fragments are refused before decompressing (keeps a hostile link cheap). */
export const MAX_FRAGMENT_CHARS = 400_000;
export const MAX_CODE_CHARS = 100_000;
const WORLD_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function encodeShare(payload: SharePayload): string {
  return `${SHARE_PARAM}=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

/** Builds `#share=…` for a path such as `/playground`. */
export function shareHref(path: string, payload: SharePayload): string {
  return `${path}#${encodeShare(payload)}`;
}

/** True when the hash holds a share link at all (valid or not). */
export function hasShare(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${SHARE_PARAM}=`);
}

export function decodeShare(hash: string): DecodeResult {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(`${SHARE_PARAM}=`)) {
    return { ok: false, reason: `the link has no '${SHARE_PARAM}=' part` };
  }
  const data = fragment.slice(SHARE_PARAM.length + 1);
  if (data.length === 0) return { ok: false, reason: 'the shared data is empty' };
  if (data.length > MAX_FRAGMENT_CHARS) {
    return { ok: false, reason: `the shared data is too long (${data.length} characters)` };
  }
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(data);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, reason: 'the shared data is not valid compressed text' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'the shared data is not valid JSON' };
  }
  return validatePayload(value);
}

export function validatePayload(value: unknown): DecodeResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'the shared data is not an object' };
  }
  const v = value as Record<string, unknown>;
  if (v.v !== 1) return { ok: false, reason: `unsupported format version ${JSON.stringify(v.v)}` };
  if (typeof v.code !== 'string') return { ok: false, reason: "'code' must be a string" };
  if (v.code.length > MAX_CODE_CHARS) {
    return { ok: false, reason: `'code' is longer than ${MAX_CODE_CHARS} characters` };
  }
  if (typeof v.worldId !== 'string' || !WORLD_ID.test(v.worldId)) {
    return {
      ok: false,
      reason: `'worldId' must be a world id like 'docs', got ${JSON.stringify(v.worldId)}`,
    };
  }
  const payload: SharePayload = { v: 1, code: v.code, worldId: v.worldId };
  if (v.snapshot !== undefined) payload.snapshot = v.snapshot;
  if (v.setup !== undefined) {
    if (!Array.isArray(v.setup)) return { ok: false, reason: "'setup' must be a list of edits" };
    payload.setup = v.setup;
  }
  return { ok: true, payload };
}
