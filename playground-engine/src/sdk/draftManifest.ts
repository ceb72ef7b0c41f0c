// The manifest of an artifact being built (artifact_manifest.py ArtifactManifest,
// artifact_manifest_entry.py ArtifactManifestEntry) and the logical paths its entries use
// (wandb/sdk/lib/paths.py LogicalPath, validate_relpath; _validators.py
// validate_artifact_path).
import { SimError } from '../errors/simError';
import { entriesDigest } from '../text/digest';
import { pyRepr } from '../text/pyRepr';

/** One manifest entry: a file (with its content) or a reference (with `ref`). */
export interface DraftEntry {
  path: string;
  /** Base64 MD5 of the content, an ETag, or the URI itself (artifact_manifest_entry.py). */
  digest: string;
  ref?: string;
  birthArtifactId?: string;
  /** None when unknown (a reference the handler could not size). */
  size: number | null;
  extra?: Record<string, string>;
  localPath?: string;
  skipCache: boolean;
  /** The file's text, captured when it was added (absent for a reference). */
  content?: string;
}

/**
 * LogicalPath(path) on a POSIX system: PurePosixPath's normal form ('./a//b/' is 'a/b',
 * '' is '.', `..` is kept, two leading slashes stay).
 */
export function logicalPath(path: string): string {
  const lead =
    path.startsWith('//') && !path.startsWith('///') ? '//' : path.startsWith('/') ? '/' : '';
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  const out = lead + parts.join('/');
  return out === '' ? '.' : out;
}

/** validate_relpath: no '.', no anchor (POSIX or Windows), no '..' part (either separator). */
function isValidRelpath(path: string): boolean {
  const logical = logicalPath(path);
  if (logical === '.' || logical.startsWith('/') || logical.split('/').includes('..')) return false;
  const win = path.replaceAll('\\', '/');
  if (/^[A-Za-z]:/.test(win) || win.startsWith('/')) return false;
  return !win.split('/').includes('..');
}

/** paths.py validate_relpath: `ValueError: Invalid path: '../x'`, else the LogicalPath. */
export function validateRelpath(path: string): string {
  if (!isValidRelpath(path))
    throw new SimError('ValueError', `Invalid path: ${pyRepr(path)}`, 'download-files');
  return logicalPath(path);
}

/** validate_artifact_path: `ValueError: Invalid artifact path: '../x'`, else the LogicalPath. */
export function validateArtifactPath(path: string): string {
  if (!isValidRelpath(path))
    throw new SimError('ValueError', `Invalid artifact path: ${pyRepr(path)}`, 'build-artifact');
  return logicalPath(path);
}

/** ArtifactManifestV1 of a draft: entries by path, in the order they were added. */
export class DraftManifest {
  readonly entries = new Map<string, DraftEntry>();

  /** add_entry: the path is validated; a different digest at a taken path needs overwrite. */
  add(entry: DraftEntry, overwrite = false): DraftEntry {
    entry.path = validateArtifactPath(entry.path);
    const old = this.entries.get(entry.path);
    if (!overwrite && old && old.digest !== entry.digest) {
      throw new SimError(
        'ValueError',
        `Cannot add the same path twice: ${pyRepr(entry.path)}`,
        'build-artifact',
      );
    }
    this.entries.set(entry.path, entry);
    return entry;
  }

  /** remove_entry: by the entry's path. */
  remove(entry: DraftEntry): void {
    if (!this.entries.delete(entry.path)) {
      throw new SimError(
        'FileNotFoundError',
        `Cannot remove missing entry: ${pyRepr(entry.path)}`,
        'build-artifact',
      );
    }
  }

  /** get_entries_in_directory: the entries whose path starts with `dir/`. */
  inDirectory(dir: string): DraftEntry[] {
    return [...this.entries.values()].filter((e) => e.path.startsWith(`${dir}/`));
  }

  /** The uploaded files (references are not uploaded). */
  fileContents(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.entries.values()) if (e.content !== undefined) out[e.path] = e.content;
    return out;
  }

  /** The reference entries, as the manifest lists them. */
  references(): DraftEntry[] {
    return [...this.entries.values()].filter((e) => e.ref !== undefined);
  }

  /** ArtifactManifestV1.digest(): hex MD5 of the header and `path:digest` lines, by path. */
  digest(): string {
    return entriesDigest(this.entries.values());
  }

  /** The sum of the known sizes (ArtifactManifestV1.size). */
  size(): number {
    let n = 0;
    for (const e of this.entries.values()) n += e.size ?? 0;
    return n;
  }
}
