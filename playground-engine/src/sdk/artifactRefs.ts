// add_reference (wandb/sdk/artifacts/artifact.py) and what each storage handler
// (storage_handlers/*.py, chosen by URI scheme in MultiHandler's order) puts in the
// manifest. Nothing is fetched: where the real handler would read object metadata over the
// network (s3, gs, Azure, http with checksum=True) the entry is made by a fixed rule listed
// in ASSUMPTIONS.md; the file:// handler reads the in-memory file system as the real one
// reads the disk.
import { SimError } from '../errors/simError';
import { hex, md5, md5Base64, utf8 } from '../text/hashes';
import { pyRepr } from '../text/pyRepr';
import type { Artifact } from './artifact';
import { basename, osWalkOrder } from './artifactBuild';
import { type DraftEntry, logicalPath } from './draftManifest';
import { storePath } from './wbArtifactHandler';

/** storage_handler.py DEFAULT_MAX_OBJECTS */
const DEFAULT_MAX_OBJECTS = 10_000_000;

/** urllib.parse.urlparse's parts (params are left in the path: no handler uses them). */
export interface ParsedUrl {
  scheme: string;
  netloc: string;
  path: string;
  query: string;
  fragment: string;
}

/** urllib.parse.urlsplit: a scheme is letters, digits, '+', '-', '.' after a letter, before ':'. */
export function urlparse(url: string): ParsedUrl {
  let rest = url;
  let scheme = '';
  const m = /^([A-Za-z][A-Za-z0-9+\-.]*):/.exec(rest);
  if (m) {
    scheme = m[1].toLowerCase();
    rest = rest.slice(m[0].length);
  }
  let netloc = '';
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    netloc = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
    rest = end < 0 ? '' : rest.slice(end + 2);
  }
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  let query = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  return { scheme, netloc, path: rest, query, fragment };
}

/** The refusal where the real handler needs the network (a listing of a bucket prefix). */
export function needsNetwork(what: string): SimError {
  return new SimError(
    'NotImplementedError',
    `not supported in the playground: ${what} (it needs the network)`,
    'external-reference',
  );
}

/** A simulated object's ETag: the hex MD5 of its URI (ASSUMPTIONS.md). */
function simulatedEtag(uri: string): string {
  return hex(md5(utf8(uri)));
}

/**
 * `max_objects` as the caller's language holds it: its repr (the handlers print it) and how a
 * count compares with it (`count > max_objects`, `count >= max_objects`), which may raise.
 */
export interface MaxObjects {
  repr: string;
  countAtLeast(count: number, op: '>' | '>='): boolean;
}

interface RefOptions {
  name?: string;
  checksum: boolean;
  /** After the handlers' `max_objects or DEFAULT_MAX_OBJECTS`. */
  max: MaxObjects;
}

const DEFAULT_MAX: MaxObjects = {
  repr: String(DEFAULT_MAX_OBJECTS),
  countAtLeast: (count, op) =>
    op === '>' ? count > DEFAULT_MAX_OBJECTS : count >= DEFAULT_MAX_OBJECTS,
};

/**
 * s3_handler.py / gcs_handler.py store_path, for one object: `if len(entries) > max_objects:
 * raise ValueError(...)` (a negative max_objects refuses even one object).
 */
function checkTracked(entries: DraftEntry[], max: MaxObjects): DraftEntry[] {
  if (max.countAtLeast(entries.length, '>')) {
    throw new SimError(
      'ValueError',
      `Exceeded ${max.repr} objects tracked, pass max_objects to add_reference`,
      'external-reference',
    );
  }
  return entries;
}

/** s3_handler.py store_path: bucket/key, a version id in the query is dropped from the ref. */
function s3Entries(url: ParsedUrl, o: RefOptions): DraftEntry[] {
  const bucket = url.netloc;
  const key = url.path.slice(1);
  const ref = `s3://${bucket}/${key}`;
  if (!o.checksum) return [refEntry(o.name || (key !== '' ? key : bucket), ref, ref)];
  if (key === '' || key.endsWith('/')) throw needsNetwork(`listing the objects under ${ref}`);
  const etag = simulatedEtag(ref);
  return checkTracked([refEntry(o.name || basename(key), ref, etag, { etag })], o.max);
}

/** gcs_handler.py store_path: the fragment is a generation; checksum=False keeps the whole key. */
function gcsEntries(url: ParsedUrl, o: RefOptions): DraftEntry[] {
  const key = url.path.replace(/^\/+/, '');
  const ref = `gs://${url.netloc}/${key}`;
  if (!o.checksum) return [refEntry(o.name || key, ref, ref)];
  if (key === '' || key.endsWith('/')) throw needsNetwork(`listing the objects under ${ref}`);
  return checkTracked([refEntry(o.name || basename(key), ref, simulatedEtag(ref))], o.max);
}

/** azure_handler.py store_path (https://ACCOUNT.blob.core.windows.net/CONTAINER/BLOB). */
function azureEntries(url: ParsedUrl, o: RefOptions): DraftEntry[] {
  const [, container = '', ...blobParts] = url.path.split('/');
  const blob = blobParts.join('/');
  const ref = `${url.scheme}://${url.netloc}/${container}/${blob}`;
  if (!o.checksum) return [refEntry(o.name || blob, ref, ref)];
  if (blob === '' || blob.endsWith('/')) throw needsNetwork(`listing the blobs under ${ref}`);
  const etag = simulatedEtag(ref);
  return [refEntry(o.name || basename(blob), ref, etag, { etag })];
}

/**
 * http_handler.py store_path: checksum=False keeps the URL as the digest; with a checksum
 * the simulated server answers without ETag or Content-Length, so the digest is the URL too
 * and the size is unknown (ASSUMPTIONS.md).
 */
function httpEntries(uri: string, o: RefOptions): DraftEntry[] {
  return [refEntry(o.name || basename(uri), uri, uri)];
}

/** tracking_handler.py: unknown schemes need a name and are not checksummed. */
function trackingEntries(a: Artifact, uri: string, o: RefOptions): DraftEntry[] {
  if (!o.name) {
    throw new SimError(
      'ValueError',
      `You must pass name="<entry_name>" when tracking references with unknown schemes. ref: ${uri}`,
      'external-reference',
    );
  }
  a._sdk?.termlog(
    'warn',
    `Artifact references with unsupported schemes cannot be checksummed: ${uri}`,
  );
  return [refEntry(o.name, uri, uri)];
}

/** util.local_file_uri_to_path: the URI's path, percent-decoded (url2pathname). */
export function localPathOfUri(uri: string): string {
  const path = uri.startsWith('file:') ? urlparse(uri).path : uri;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Path(path).resolve().as_uri(): the absolute path as a percent-encoded file:// URI. */
function fileUri(path: string): string {
  const abs = path.startsWith('/') ? path : `/home/user/${path}`;
  return `file://${encodeURI(logicalPath(abs)).replace(/[?#]/g, encodeURIComponent)}`;
}

/** local_file_handler.py store_path: a file, or every file under a directory. */
function fileEntries(a: Artifact, uri: string, o: RefOptions): DraftEntry[] {
  const fs = a._sdk!.fs;
  const local = localPathOfUri(uri);
  const max = o.max;
  const digestOf = (path: string, text: string) =>
    o.checksum ? md5Base64(text) : md5Base64(fileUri(path));
  if (fs.isDir(local)) {
    const start = `Generating checksum for up to ${max.repr} files in ${pyRepr(local)}... `;
    const out: DraftEntry[] = [];
    try {
      osWalkOrder(fs.walk(local)).forEach((rel, i) => {
        if (max.countAtLeast(i, '>=')) {
          throw new SimError(
            'ValueError',
            `Exceeded ${max.repr} objects tracked, pass max_objects to add_reference`,
            'external-reference',
          );
        }
        const physical = `${local.replace(/\/+$/, '')}/${rel}`;
        const text = fs.read(physical) ?? '';
        out.push({
          path: o.name ? `${o.name}/${rel}` : rel,
          ref: uri.endsWith('/') ? uri + rel : `${uri}/${rel}`,
          digest: digestOf(physical, text),
          size: utf8(text).length,
          skipCache: false,
        });
      });
    } finally {
      // TimedIf.__exit__ prints the time whether or not the walk raised (`Exceeded N objects`).
      if (o.checksum) a._sdk?.termlog('info', `${start}Done. 0.0s`);
    }
    return out;
  }
  const text = fs.read(local);
  if (text === undefined) {
    throw new SimError(
      'ValueError',
      `Path ${pyRepr(uri)} must be a valid file or directory path`,
      'external-reference',
    );
  }
  return [
    {
      path: o.name || basename(local),
      ref: uri,
      digest: digestOf(local, text),
      size: utf8(text).length,
      skipCache: false,
    },
  ];
}

function refEntry(
  path: string,
  ref: string,
  digest: string,
  extra?: Record<string, string>,
  size: number | null = null,
): DraftEntry {
  return { path, ref, digest, size, ...(extra ? { extra } : {}), skipCache: false };
}

/**
 * add_reference(uri, name=None, checksum=True, max_objects=None): the entries the scheme's
 * handler makes, each through add_entry (the same path with another digest is refused).
 */
export async function addReference(
  a: Artifact,
  uri: string,
  opts: { name?: string | null; checksum?: boolean; maxObjects?: MaxObjects | null } = {},
): Promise<DraftEntry[]> {
  const manifest = a.draftManifest('Artifact.add_reference');
  const o: RefOptions = {
    name: opts.name === undefined || opts.name === null ? undefined : logicalPath(opts.name),
    checksum: opts.checksum ?? true,
    max: opts.maxObjects ?? DEFAULT_MAX,
  };
  const url = urlparse(uri);
  if (!url.scheme) {
    throw new SimError(
      'ValueError',
      'References must be URIs. To reference a local file, use file://',
      'external-reference',
    );
  }
  let entries: DraftEntry[];
  if (url.scheme === 's3') entries = s3Entries(url, o);
  else if (url.scheme === 'gs') entries = gcsEntries(url, o);
  else if (url.scheme === 'https' && url.netloc.endsWith('.blob.core.windows.net'))
    entries = azureEntries(url, o);
  else if (url.scheme === 'http' || url.scheme === 'https') entries = httpEntries(uri, o);
  else if (url.scheme === 'wandb-artifact') entries = await storePath(a._sdk!, uri, o.name);
  else if (url.scheme === 'wandb-client-artifact') {
    // wb_local_artifact_handler.py: only artifacts of this process' instance cache resolve.
    throw new SimError(
      'TypeError',
      'Artifact passed to store_path() must be a wandb.Artifact.',
      'external-reference',
    );
  } else if (url.scheme === 'file') entries = fileEntries(a, uri, o);
  else entries = trackingEntries(a, uri, o);
  for (const e of entries) manifest.add(e);
  return entries;
}
