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
import { logicalPath } from './draftManifest';
import type { Artifact } from './artifact';
import { localPathOfUri, needsNetwork, urlparse } from './artifactRefs';
import { notLogged } from './errors';
import type { WandbSdk } from './wandbSdk';

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
 * The storage policy's load_reference for a reference entry, offline: a file:// reference
 * is read from the snippet's files and checked against its digest (local_file_handler.py);
 * an unknown scheme is the tracking handler's ValueError; cloud and http objects would be
 * fetched, which the playground cannot do.
 */
function loadReference(sdk: WandbSdk, entry: ManifestEntry, ref: string): string {
  const scheme = urlparse(ref).scheme;
  if (scheme === 'file') {
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
  if (['s3', 'gs', 'http', 'https'].includes(scheme)) throw needsNetwork(`downloading ${ref}`);
  if (scheme === 'wandb-artifact') {
    throw new SimError(
      'NotImplementedError',
      `not supported in the playground: downloading a reference to another artifact's file (${ref})`,
      'external-reference',
    );
  }
  throw new SimError(
    'ValueError',
    `Cannot download file at path ${ref}, scheme ${scheme} not recognized`,
    'external-reference',
  );
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
    sdk.fs.write(dest, loadReference(sdk, entry, entry.ref));
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
 * download(root=None, path_prefix=None): every file (or those under the prefix) into root;
 * returns root. ArtifactDownloadLogger prints `  N of N files downloaded.  ` at the end.
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
  let done = 0;
  for (const name of contents.keys()) {
    const entry = entries.find((e) => e.path === name);
    if (!entry)
      throw new SimError('KeyError', `Path not contained in artifact: ${name}`, 'download-files');
    if (pathPrefix && !entry.path.startsWith(pathPrefix)) continue;
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
