// Getting a logged version's files (wandb/sdk/artifacts/artifact.py: download, file, files,
// get_entry, checkout, verify; artifact_manifest_entry.py: ArtifactManifestEntry.download),
// into the snippet's in-memory file system. The manifest and the file URLs come from the
// backend; file contents arrive inline (simulator extension: there is no object storage).
import { SimError } from '../errors/simError';
import type { FileFragment, Result } from '../protocol';
import { SizedRelayPaginator } from './paginator';
import { md5Base64 } from '../text/hashes';
import { pyRepr } from '../text/pyRepr';
import { abspath } from '../text/posixPath';
import { b64ToHex } from './artifactBuild';
import { logicalPath, validateRelpath } from './draftManifest';
import type { Artifact } from './artifact';
import { localPathOfUri, needsNetwork, urlparse } from './artifactRefs';
import { normalizeExceptions, notLogged } from './errors';
import type { WandbSdk } from './wandbSdk';
import { loadPath } from './wbArtifactHandler';

/** env.get_artifact_dir(): abspath of WANDB_ARTIFACT_DIR, by default ./artifacts. */
export function artifactDir(env: Readonly<Record<string, string>>): string {
  return abspath(env.WANDB_ARTIFACT_DIR ?? './artifacts');
}

/** One manifest entry (ArtifactManifestEntry): a file of a logged version, or a reference. */
export interface ManifestEntry {
  path: string;
  /** Base64 MD5 of the content (a reference: what its storage handler recorded). */
  digest: string;
  /** A file's; a reference has none. */
  birthArtifactId?: string;
  size: number | null;
  ref?: string;
  extra?: Record<string, string>;
}

const manifests = new WeakMap<Artifact, Promise<ManifestEntry[]>>();

function sdkOf(a: Artifact): WandbSdk {
  const sdk = a._sdk;
  if (!sdk) {
    throw new SimError(
      'wandb.errors.UsageError',
      'This artifact is not attached to the wandb module of this run.',
      'internal',
    );
  }
  return sdk;
}

/** `@ensure_logged`. */
function ensureLogged(a: Artifact, fullname: string): void {
  if (a.isDraft()) throw notLogged(fullname);
}

/** artifact.manifest (FetchArtifactManifest), fetched once per artifact. */
export function manifestOf(a: Artifact): Promise<ManifestEntry[]> {
  let p = manifests.get(a);
  if (!p) {
    p = (async () => {
      const d = await sdkOf(a).request('FetchArtifactManifest', { id: a.id ?? '' });
      const m = d.artifact?.currentManifest;
      if (!m)
        throw new SimError('ValueError', 'Failed to fetch artifact manifest', 'download-files');
      const json = JSON.parse(m.contents) as {
        contents: Record<
          string,
          {
            digest: string;
            birthArtifactID?: string;
            size?: number;
            ref?: string;
            extra?: Record<string, string>;
          }
        >;
      };
      return Object.entries(json.contents).map(([path, e]) => ({
        path,
        digest: e.digest,
        ...(e.ref ? { ref: e.ref } : {}),
        ...(e.birthArtifactID ? { birthArtifactId: e.birthArtifactID } : {}),
        size: e.size ?? null,
        ...(e.extra ? { extra: e.extra } : {}),
      }));
    })();
    manifests.set(a, p);
    // A failed fetch is not cached: the next access asks again.
    p.catch(() => manifests.delete(a));
  }
  return p;
}

/** `os.path.join(root, path)` without normalising, as the SDK returns it. */
const join = (root: string, path: string) => (root.endsWith('/') ? root + path : `${root}/${path}`);

/** `_default_root`: the artifact dir / source_name (`include_version=False` drops `:vN`). */
export function defaultRoot(a: Artifact, includeVersion = true): string {
  const name = includeVersion ? a.sourceName : a.sourceName.split(':')[0];
  return join(artifactDir(sdkOf(a).env), name);
}

/** get_entry(name): the manifest entry, or KeyError('Path not contained in artifact: NAME'). */
export async function getEntry(a: Artifact, name: string): Promise<ManifestEntry> {
  ensureLogged(a, 'Artifact.get_entry');
  // LogicalPath(name): './a.txt' and 'd//a.txt' name the entries 'a.txt' and 'd/a.txt'.
  name = logicalPath(name);
  const entry = (await manifestOf(a)).find((e) => e.path === name);
  if (!entry)
    throw new SimError('KeyError', `Path not contained in artifact: ${name}`, 'download-files');
  return entry;
}

/** The contents of the version's files (GetArtifactMembershipFileUrls, every page). */
async function fileContents(a: Artifact): Promise<Map<string, string>> {
  const sdk = sdkOf(a);
  const out = new Map<string, string>();
  let cursor: string | null = null;
  for (;;) {
    const d: Result<'GetArtifactMembershipFileUrls'> = await sdk.request(
      'GetArtifactMembershipFileUrls',
      {
        entity: a.entity,
        project: a.project,
        collection: a.name.split(':')[0],
        alias: a.version,
        cursor,
        perPage: 5000,
      },
    );
    const files = d.project?.artifactCollection?.artifactMembership?.files;
    if (!files) {
      throw new SimError(
        'ValueError',
        `Unable to fetch files for artifact: ${pyRepr(a.name)}`,
        'download-files',
      );
    }
    for (const { node } of files.edges) out.set(node.name, node.content);
    if (!files.pageInfo.hasNextPage) return out;
    cursor = files.pageInfo.endCursor;
  }
}

/**
 * local_file_handler.py load_path: the file a file:// reference names, read from the
 * snippet's files and checked against the entry's digest.
 */
function readLocalReference(sdk: WandbSdk, entry: ManifestEntry, ref: string): string {
  const local = localPathOfUri(ref);
  const text = sdk.fs.read(local);
  if (text === undefined || sdk.fs.isDir(local)) {
    throw new SimError(
      'ValueError',
      `Local file reference: Failed to find file at path ${pyRepr(local)}`,
      'external-reference',
    );
  }
  const digest = md5Base64(text);
  if (digest !== entry.digest) {
    throw new SimError(
      'ValueError',
      `Local file reference: Digest mismatch for path ${pyRepr(local)}: expected ${pyRepr(entry.digest)} but found ${pyRepr(digest)}`,
      'external-reference',
    );
  }
  return text;
}

/** wb_local_artifact_handler.py load_path: a client id is resolved only while logging. */
const unresolvedClientId = () =>
  new SimError(
    'NotImplementedError',
    'Should not be loading a path for an artifact entry with unresolved client id.',
    'external-reference',
  );

/**
 * The storage policy's load_reference for a reference entry, offline: a file:// reference
 * is read from the snippet's files (local_file_handler.py); another version's file is
 * downloaded into that version's own root and copied (wb_artifact_handler.py `load_path`,
 * then `copy_or_overwrite_changed`); an unknown scheme is the tracking handler's ValueError;
 * cloud and http objects would be fetched, which the playground cannot do.
 */
async function loadReference(sdk: WandbSdk, entry: ManifestEntry, ref: string): Promise<string> {
  const scheme = urlparse(ref).scheme;
  if (scheme === 'file') return readLocalReference(sdk, entry, ref);
  if (['s3', 'gs', 'http', 'https'].includes(scheme)) throw needsNetwork(`downloading ${ref}`);
  if (scheme === 'wandb-artifact') {
    const path = await loadPath(sdk, ref, true);
    return sdk.fs.read(path) ?? '';
  }
  if (scheme === 'wandb-client-artifact') throw unresolvedClientId();
  throw new SimError(
    'ValueError',
    `Cannot download file at path ${ref}, scheme ${scheme} not recognized`,
    'external-reference',
  );
}

/** env.get_cache_dir() / "artifacts": WANDB_CACHE_DIR, else platformdirs' ~/.cache/wandb. */
function artifactsCacheDir(env: Readonly<Record<string, string>>): string {
  return `${abspath(env.WANDB_CACHE_DIR ?? '/home/user/.cache/wandb')}/artifacts`;
}

/**
 * entry.ref_target() with a parent: load_reference(local=False). Cloud and http handlers
 * give the URI back; the local file handler ignores `local` and copies the file into the
 * artifact cache (`obj/md5/HEX[:2]/HEX[2:]`), returning that path; another version's file is
 * that version's entry's ref_target(); an unknown scheme is the tracking handler's entry path.
 */
export async function refTarget(a: Artifact, entry: ManifestEntry, ref: string): Promise<string> {
  const sdk = sdkOf(a);
  const scheme = urlparse(ref).scheme;
  if (scheme === 'file') {
    const text = readLocalReference(sdk, entry, ref);
    const hex = b64ToHex(entry.digest);
    const path = `${artifactsCacheDir(sdk.env)}/obj/md5/${hex.slice(0, 2)}/${hex.slice(2)}`;
    sdk.fs.write(path, text);
    return path;
  }
  // wb_artifact_handler.py: the referenced version's entry's own ref_target().
  if (scheme === 'wandb-artifact') return loadPath(sdk, ref, false);
  if (scheme === 'wandb-client-artifact') throw unresolvedClientId();
  if (['s3', 'gs', 'http', 'https'].includes(scheme)) return ref;
  return entry.path;
}

/**
 * ArtifactManifestEntry.download: skipped when the file is already there with the entry's
 * digest; returns `os.path.join(root, path)`.
 */
async function downloadEntry(
  a: Artifact,
  entry: ManifestEntry,
  root: string,
  contents?: Map<string, string>,
): Promise<string> {
  const sdk = sdkOf(a);
  const dest = join(root, entry.path);
  const existing = sdk.fs.read(dest);
  if (existing !== undefined && md5Base64(existing) === entry.digest) return dest;
  if (entry.ref !== undefined) {
    sdk.fs.write(dest, await loadReference(sdk, entry, entry.ref));
    return dest;
  }
  const text = (contents ?? (await fileContents(a))).get(entry.path);
  if (text === undefined) {
    throw new SimError(
      'ValueError',
      `Unable to fetch files for artifact: ${pyRepr(a.name)}`,
      'download-files',
    );
  }
  sdk.fs.write(dest, text);
  return dest;
}

/** entry.download(root=None): into the artifact's default root unless given. */
export function downloadOneEntry(
  a: Artifact,
  entry: ManifestEntry,
  root?: string | null,
): Promise<string> {
  return downloadEntry(a, entry, root || defaultRoot(a));
}

/**
 * `_download`'s skips: a directory at the file's path (IsADirectoryError), or a file where
 * one of its directories should be (NotADirectoryError), is warned about and left alone.
 */
function blockedPath(sdk: WandbSdk, dest: string, path: string): string | undefined {
  if (sdk.fs.isDir(dest)) {
    return `Unable to download file ${pyRepr(path)} as there is a directory with the same path, skipping.`;
  }
  const parts = dest.split('/');
  for (let i = 1; i < parts.length; i++) {
    if (sdk.fs.read(parts.slice(0, i).join('/')) !== undefined) {
      return `Unable to download file ${pyRepr(path)} as there is a file with the same path as a directory this file is expected to be in, skipping.`;
    }
  }
  return undefined;
}

/**
 * download(root=None, allow_missing_references=False, skip_cache=None, path_prefix=None,
 * multipart=None): every file (or those under the prefix) into root; returns root.
 * ArtifactDownloadLogger prints `  N of N files downloaded.  ` once all are in. The other
 * options change nothing here (ASSUMPTIONS.md): `allow_missing_references` lets only a
 * FileNotFoundError through, which only an s3 object can raise, and a file:// reference that
 * is gone is the local handler's ValueError either way; there is no artifact cache to skip;
 * `multipart` splits files over 2 GB.
 */
export async function download(
  a: Artifact,
  root?: string | null,
  pathPrefix?: string | null,
): Promise<string> {
  ensureLogged(a, 'Artifact.download');
  const dir = root || defaultRoot(a);
  const entries = await manifestOf(a);
  const contents = await fileContents(a);
  const sdk = sdkOf(a);
  let done = 0;
  for (const name of contents.keys()) {
    const entry = entries.find((e) => e.path === name);
    if (!entry)
      throw new SimError('KeyError', `Path not contained in artifact: ${name}`, 'download-files');
    if (pathPrefix && !entry.path.startsWith(pathPrefix)) continue;
    const blocked = blockedPath(sdk, join(dir, entry.path), entry.path);
    if (blocked) {
      sdk.termlog('warn', blocked);
      continue;
    }
    await downloadEntry(a, entry, dir, contents);
    done += 1;
    if (done === entries.length) {
      sdkOf(a).termlog('info', `  ${entries.length} of ${entries.length} files downloaded.  `);
    }
  }
  return dir;
}

/** file(root=None): the only file, into `./artifacts/{name}` unless given. */
export async function file(a: Artifact, root?: string | null): Promise<string> {
  ensureLogged(a, 'Artifact.file');
  const dir = root ?? join('./artifacts', a.name);
  const entries = await manifestOf(a);
  if (entries.length > 1) {
    throw new SimError(
      'ValueError',
      'This artifact contains more than one file, call `.download()` to get all files or call .get_entry("filename").download()',
      'download-files',
    );
  }
  if (entries.length === 0) {
    // list(self.manifest.entries)[0] on an empty manifest.
    throw new SimError('IndexError', 'list index out of range', 'download-files');
  }
  return downloadEntry(a, entries[0], dir);
}

/** checkout(root=None): removes files under root that are not in the artifact, then downloads. */
export async function checkout(a: Artifact, root?: string | null): Promise<string> {
  ensureLogged(a, 'Artifact.checkout');
  const dir = root || defaultRoot(a, false);
  const names = new Set((await manifestOf(a)).map((e) => e.path));
  const fs = sdkOf(a).fs;
  for (const rel of fs.walk(dir)) if (!names.has(rel)) fs.remove(join(dir, rel));
  return download(a, dir);
}

/** verify(root=None): every file under root is in the artifact, and each has its digest. */
export async function verify(a: Artifact, root?: string | null): Promise<void> {
  ensureLogged(a, 'Artifact.verify');
  const dir = root || defaultRoot(a);
  const entries = await manifestOf(a);
  const names = new Set(entries.map((e) => e.path));
  const fs = sdkOf(a).fs;
  for (const rel of fs.walk(dir)) {
    if (!names.has(rel)) {
      throw new SimError(
        'ValueError',
        `Found file ${join(dir, rel)} which is not a member of artifact ${a.name}`,
        'download-files',
      );
    }
  }
  let refCount = 0;
  for (const e of entries) {
    if (e.ref !== undefined) {
      refCount += 1;
      continue;
    }
    const text = fs.read(join(dir, e.path));
    if (text === undefined) {
      // md5_file_b64 opens the file: the OSError's str().
      throw new SimError(
        'FileNotFoundError',
        `[Errno 2] No such file or directory: ${pyRepr(join(dir, e.path))}`,
        'download-files',
      );
    }
    if (md5Base64(text) !== e.digest) {
      throw new SimError('ValueError', `Digest mismatch for file: ${e.path}`, 'download-files');
    }
  }
  if (refCount > 0) sdkOf(a).termlog('warn', `skipped verification of ${refCount} refs`);
}

/**
 * files(names=None, per_page=50, start=None): `ArtifactFiles`, a SizedRelayPaginator over
 * ArtifactMembershipFiles. Its variables are taken when it is made (ensure_logged first);
 * nothing is fetched until it is read.
 */
export function files(
  a: Artifact,
  names: string[] | null,
  perPage: number,
  start: string | null,
): SizedRelayPaginator<FileFragment> {
  ensureLogged(a, 'Artifact.files');
  const sdk = sdkOf(a);
  const vars = {
    entity: a.entity,
    project: a.project,
    collection: a.name.split(':')[0],
    alias: a.version,
    fileNames: names,
  };
  return new SizedRelayPaginator<FileFragment>(
    'ArtifactFiles',
    perPage,
    start,
    async (cursor, n) => {
      const d = await sdk.request('ArtifactMembershipFiles', { ...vars, cursor, perPage: n });
      const conn = d.project?.artifactCollection?.artifactMembership?.files;
      if (!conn)
        throw new SimError(
          'ValueError',
          "Unable to parse 'ArtifactFiles' response data",
          'download-files',
        );
      return { ...conn, items: conn.edges.map((e) => e.node) };
    },
  );
}

/**
 * File.download(root=".", replace=False, exist_ok=False, api=None) of a File from files()
 * (apis/public/files.py, under normalize_exceptions): `validate_fspath(root, name)`; a path
 * already there needs `replace` or `exist_ok` (then it is left as it is); else the file's
 * `url` is fetched to the path. Returns the path, which the binding opens (`open(path)`).
 */
export function downloadFile(
  sdk: WandbSdk,
  f: FileFragment,
  root: string,
  opts: { replace: boolean; existOk: boolean },
): Promise<string> {
  return normalizeExceptions(sdk.settings.debug, async () => {
    const path = join(root, validateRelpath(f.name));
    if (sdk.fs.exists(path) && !opts.replace) {
      if (opts.existOk) return path;
      throw new SimError(
        'ValueError',
        "File already exists, pass replace=True to overwrite or exist_ok=True to leave it as is and don't error.",
        'download-files',
      );
    }
    // A reference's url is its URI: the real client would fetch it from outside W&B.
    if (f.content === null) throw needsNetwork(`downloading ${f.url}`);
    sdk.fs.write(path, f.content);
    return path;
  });
}
