// storage_handlers/wb_artifact_handler.py: `wandb-artifact://HEXID/PATH` references, an entry
// that points at another version's file (add_reference(entry) gives `entry.ref_url()`). The
// referenced version is fetched by id as the handler's PublicApi does (`_artifact_from_id`:
// the instance cache, else ArtifactByID), then its manifest and file.
import { SimError } from '../errors/simError';
import { Artifact, cachedInstance } from './artifact';
import { artifactEntryUrl, basename } from './artifactBuild';
import {
  downloadOneEntry,
  getEntry,
  type ManifestEntry,
  manifestOf,
  refTarget,
} from './artifactFiles';
import { urlparse } from './artifactRefs';
import type { DraftEntry } from './draftManifest';
import type { WandbSdk } from './wandbSdk';

/** hashutil.hex_to_b64_id: `bytes.fromhex` (its ValueError for a non-hex id), base64. */
function hexToB64(hexId: string): string {
  const bad = /[^0-9a-fA-F\s]/.exec(hexId);
  if (bad || hexId.replace(/\s/g, '').length % 2) {
    const at = bad ? bad.index : hexId.length;
    throw new SimError(
      'ValueError',
      `non-hexadecimal number found in fromhex() arg at position ${at}`,
      'external-reference',
    );
  }
  const bytes = hexId.replace(/\s/g, '').match(/../g) ?? [];
  return btoa(bytes.map((h) => String.fromCharCode(Number.parseInt(h, 16))).join(''));
}

/** The handler's `assert x is not None`: a bare AssertionError. */
const assertionError = () => new SimError('AssertionError', '', 'external-reference');

/**
 * Api._artifact_from_id → Artifact._from_id: the instance cache, else ArtifactByID; None when
 * the server answers no artifact (a deleted version, or one the viewer cannot see).
 */
export async function artifactFromId(sdk: WandbSdk, id: string): Promise<Artifact | null> {
  const cached = cachedInstance(sdk, id);
  if (cached) return cached;
  const f = (await sdk.request('ArtifactByID', { id })).artifact;
  return f ? Artifact.fromAttrs(sdk, f) : null;
}

/** The referenced version and the path inside it (`parsed.netloc`, `parsed.path`). */
function parseRef(ref: string): { id: string; path: string } {
  const u = urlparse(ref);
  return { id: hexToB64(u.netloc), path: u.path.replace(/^\//, '') };
}

/**
 * store_path: follows the reference through each referenced version's manifest until a
 * concrete entry (a file, or a reference of another scheme); the new entry points at the
 * last version, with size 0 and that entry's digest. A missing version or path is the
 * handler's bare AssertionError.
 */
export async function storePath(
  sdk: WandbSdk,
  uri: string,
  name: string | undefined,
): Promise<DraftEntry[]> {
  let cur: string | undefined = uri;
  let target: Artifact | null = null;
  let file = '';
  let entry: ManifestEntry | undefined;
  while (cur && urlparse(cur).scheme === 'wandb-artifact') {
    const r = parseRef(cur);
    file = r.path;
    target = await artifactFromId(sdk, r.id);
    if (!target) throw assertionError();
    entry = (await manifestOf(target)).find((e) => e.path === file);
    if (!entry) throw assertionError();
    cur = entry.ref;
  }
  if (!target?.id || !entry) throw assertionError();
  const ref = artifactEntryUrl(target.id, file);
  return [{ path: name || basename(ref), ref, digest: entry.digest, size: 0, skipCache: false }];
}

/**
 * load_path(entry, local): the referenced version (`_artifact_from_id`, asserted), its entry
 * (`get_entry`: the KeyError of a missing path), then with `local` (a download) that entry's
 * download() into the referenced version's own default root, else its ref_target(), which
 * refuses a file entry (`Only reference entries support ref_target().`).
 */
export async function loadPath(sdk: WandbSdk, ref: string, local: boolean): Promise<string> {
  const r = parseRef(ref);
  const dep = await artifactFromId(sdk, r.id);
  if (!dep) throw assertionError();
  const entry = await getEntry(dep, r.path);
  if (local) return downloadOneEntry(dep, entry, null);
  if (entry.ref === undefined) {
    throw new SimError(
      'ValueError',
      'Only reference entries support ref_target().',
      'download-files',
    );
  }
  return refTarget(dep, entry, entry.ref);
}
