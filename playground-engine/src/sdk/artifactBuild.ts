// Building a draft before it is logged (wandb/sdk/artifacts/artifact.py: add_file,
// _add_local_file, add_dir, new_file, remove), over the snippet's in-memory file system.
// Each check comes in the SDK's order; the messages are the SDK's.
import { SimError } from '../errors/simError';
import { md5, md5Base64, utf8 } from '../text/hashes';
import { pyRepr } from '../text/pyRepr';
import type { Artifact } from './artifact';
import { type DraftEntry, logicalPath, validateArtifactPath } from './draftManifest';

export interface AddFileOptions {
  name?: string | null;
  isTmp?: boolean;
  skipCache?: boolean;
  /**
   * "mutable" (None means it too) or "immutable"; anything else is refused per file. A
   * non-str value comes as `{ pyRepr }`, the text `{policy!r}` prints.
   */
  policy?: unknown;
  overwrite?: boolean;
}

/** os.path.basename: what follows the last '/', '' for 'dir/'. */
export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** os.path.join(a, b) for POSIX paths (b absolute replaces a). */
function joinPath(a: string, b: string): string {
  if (b.startsWith('/') || a === '') return b;
  return a.endsWith('/') ? a + b : `${a}/${b}`;
}

/** str(Path('.', p)): the path in PurePosixPath's normal form ('./dir/' prints 'dir'). */
function displayPath(p: string): string {
  return logicalPath(p);
}

/** hashutil.b64_to_hex_id */
export function b64ToHex(b64: string): string {
  return [...atob(b64)].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/** Temporary names made so far, per SDK instance (a run's snippet). */
const tempNames = new WeakMap<object, number>();

/**
 * `tmp` + 8 characters from tempfile's alphabet, as NamedTemporaryFile and
 * TemporaryDirectory name things; drawn from a hash of a counter, not at random, so a
 * snippet prints the same paths every time (ASSUMPTIONS.md).
 */
function tempName(owner: object): string {
  const n = (tempNames.get(owner) ?? 0) + 1;
  tempNames.set(owner, n);
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789_';
  return `tmp${[...md5(utf8(`tmp:${n}`)).slice(0, 8)].map((b) => chars[b % chars.length]).join('')}`;
}

/** `get_staging_dir()` + NamedTemporaryFile: where a mutable file's read-only copy goes. */
function stagingPath(a: Artifact): string {
  const dataDir = a._sdk?.env.WANDB_DATA_DIR || '/home/user/.local/share/wandb';
  return `${dataDir}/artifacts/staging/${tempName(a._sdk ?? a)}`;
}

const tmpDirs = new WeakMap<Artifact, string>();

/** `_add_local_file`: the policy check, the entry (digest, size, local path), add_entry. */
function addLocalFile(
  a: Artifact,
  name: string,
  path: string,
  content: string,
  opts: { digest?: string; skipCache?: boolean; policy?: unknown; overwrite?: boolean },
): DraftEntry {
  const policy = opts.policy || 'mutable';
  if (policy !== 'mutable' && policy !== 'immutable') {
    throw new SimError(
      'ValueError',
      `Invalid policy ${typeof policy === 'string' ? pyRepr(policy) : ((policy as { pyRepr?: string }).pyRepr ?? String(policy))}. Policy may only be \`mutable\` or \`immutable\`.`,
      'build-artifact',
    );
  }
  const digest = opts.digest ?? md5Base64(content);
  const entry: DraftEntry = {
    path: logicalPath(name),
    digest,
    size: utf8(content).length,
    localPath: policy === 'mutable' ? stagingPath(a) : path,
    skipCache: !!opts.skipCache,
    content,
  };
  const added = a.localManifest.add(entry, !!opts.overwrite);
  // `_added_local_paths[os.fspath(path)]`: get_added_local_path_name(path) reads it.
  a.addedLocalPaths.set(path, added.path);
  return added;
}

/**
 * add_file(local_path, name=None, is_tmp=False, skip_cache=False, policy="mutable",
 * overwrite=False): returns the entry. `is_tmp` renames the file's stem to the first 20 hex
 * digits of its digest.
 */
export function addFile(a: Artifact, localPath: string, opts: AddFileOptions = {}): DraftEntry {
  a.draftManifest('Artifact.add_file');
  const content = a._sdk?.fs.read(localPath);
  if (content === undefined) {
    throw new SimError('ValueError', `Path is not a file: ${pyRepr(localPath)}`, 'missing-file');
  }
  let name = logicalPath(opts.name || basename(localPath));
  const digest = md5Base64(content);
  if (opts.isTmp) {
    const cut = name.lastIndexOf('/');
    const parts = name.slice(cut + 1).split('.');
    parts[0] = b64ToHex(digest).slice(0, 20);
    name = joinPath(cut < 0 ? '' : name.slice(0, cut), parts.join('.'));
  }
  return addLocalFile(a, name, localPath, content, {
    digest,
    skipCache: opts.skipCache,
    policy: opts.policy,
    overwrite: opts.overwrite,
  });
}

/**
 * add_dir(local_path, name=None, skip_cache=False, policy="mutable", merge=False): every file
 * under the directory, at `name/relative path`; `merge` overwrites changed files. The
 * termlog line's time is always 0.0s (ASSUMPTIONS.md).
 */
export function addDir(
  a: Artifact,
  localPath: string,
  opts: { name?: string | null; skipCache?: boolean; policy?: unknown; merge?: boolean } = {},
): void {
  a.draftManifest('Artifact.add_dir');
  const sdk = a._sdk!;
  if (!sdk.fs.isDir(localPath)) {
    throw new SimError(
      'ValueError',
      `Path is not a directory: ${pyRepr(localPath)}`,
      'missing-file',
    );
  }
  const start = `Adding directory to artifact (${displayPath(localPath)})... `;
  try {
    for (const rel of osWalkOrder(sdk.fs.walk(localPath))) {
      const physical = joinPath(localPath, rel);
      addLocalFile(a, joinPath(opts.name || '', rel), physical, sdk.fs.read(physical) ?? '', {
        skipCache: opts.skipCache,
        policy: opts.policy,
        overwrite: opts.merge,
      });
    }
  } catch (e) {
    // termlog(..., newline=False) was printed before the walk: the line stays open.
    sdk.termlog('info', start, false);
    throw e;
  }
  sdk.termlog('info', `${start}Done. 0.0s`);
}

/**
 * The order os.walk visits files (top-down): a directory's own files, then each
 * subdirectory's. Names within a directory are sorted (os.listdir's order is the file
 * system's; ASSUMPTIONS.md).
 */
export function osWalkOrder(paths: string[]): string[] {
  const key = (p: string) => {
    const cut = p.lastIndexOf('/');
    // The directory's parts, then a marker that sorts a directory's files before its subdirectories.
    return cut < 0 ? ['\u0000', p] : [...p.slice(0, cut).split('/'), '\u0000', p.slice(cut + 1)];
  };
  const cmp = (x: string[], y: string[]) => {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    }
    return x.length - y.length;
  };
  return [...paths].sort((p, q) => cmp(key(p), key(q)));
}

/**
 * remove(item): an entry, a file's path, or a directory (every entry under it).
 * FileNotFoundError when nothing matches.
 */
export function remove(a: Artifact, item: string | DraftEntry): void {
  const manifest = a.draftManifest('Artifact.remove');
  if (typeof item !== 'string') {
    manifest.remove(item);
    return;
  }
  const path = logicalPath(item);
  const entry = manifest.entries.get(path);
  if (entry) {
    manifest.remove(entry);
    return;
  }
  const inside = manifest.inDirectory(path);
  if (inside.length === 0) {
    throw new SimError('FileNotFoundError', `No such file or directory: ${path}`, 'build-artifact');
  }
  for (const e of inside) manifest.remove(e);
}

/**
 * new_file's path: validate_artifact_path(name), then `{tmp dir}/{name without leading /}`
 * in the artifact's own TemporaryDirectory (made once, named deterministically).
 */
export function newFilePath(a: Artifact, name: string): string {
  validateArtifactPath(name);
  let dir = tmpDirs.get(a);
  if (!dir) {
    dir = `/tmp/${tempName(a._sdk ?? a)}`;
    tmpDirs.set(a, dir);
  }
  return joinPath(dir, name.replace(/^\/+/, ''));
}

/** new_file's FileExistsError, as the SDK rewords it. */
export function newFileExists(name: string, path: string): SimError {
  return new SimError(
    'ValueError',
    `File with name ${pyRepr(name)} already exists at ${pyRepr(path)}`,
    'build-artifact',
  );
}

/** ArtifactManifestEntry.ref_url(): `wandb-artifact://{hex id of the version}/{path}`. */
export function artifactEntryUrl(artifactId: string, path: string): string {
  return `wandb-artifact://${b64ToHex(artifactId)}/${path}`;
}
