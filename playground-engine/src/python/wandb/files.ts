// What artifact.get_entry() and artifact.files() give Python: ArtifactManifestEntry
// (artifact_manifest_entry.py) and the public File objects of an ArtifactFiles paginator
// (wandb/apis/public/files.py, artifacts.py).

import { PyLazyList } from './lazyList';
import type { SizedRelayPaginator } from '../../sdk/paginator';
import type { Artifact } from '../../sdk/artifact';
import { downloadOneEntry, type ManifestEntry } from '../../sdk/artifactFiles';
import { artifactEntryUrl } from '../../sdk/artifactBuild';
import type { DraftEntry } from '../../sdk/draftManifest';
import type { FileFragment } from '../../protocol';
import { pyRepr } from '../../text/pyRepr';
import { E, pyErr } from '../values/exceptions';
import { type PyBuiltin, type PyDict, PyHost, PyList, type PyValue } from '../values/objects';
import { fromJs, method, optStr, toPyError } from './convert';

/** What an entry shows: a fetched version's (ManifestEntry) or one being built (DraftEntry). */
export type EntryView = ManifestEntry | DraftEntry;

export class PyManifestEntry extends PyHost {
  private readonly download: PyBuiltin;
  private readonly refUrl: PyBuiltin;
  /**
   * `artifact` is the parent get_entry() sets; an entry returned by add_file has none, so
   * its download() raises parent_artifact()'s bare NotImplementedError.
   */
  constructor(
    readonly entry: EntryView,
    readonly artifact: Artifact | null,
  ) {
    super();
    this.refUrl = method(
      'ArtifactManifestEntry.ref_url',
      () => {
        if (!artifact) throw pyErr(E.NotImplementedError);
        if (artifact.id === undefined) throw pyErr(E.ValueError, 'Parent artifact ID is not set');
        return artifactEntryUrl(artifact.id, entry.path);
      },
      this,
    );
    this.download = method(
      'ArtifactManifestEntry.download',
      async (b) => {
        if (!artifact) throw pyErr(E.NotImplementedError);
        return downloadOneEntry(
          artifact,
          entry as ManifestEntry,
          optStr('root', b.get('root')) ?? null,
        );
      },
      this,
    );
  }
  get typeName(): string {
    return 'ArtifactManifestEntry';
  }
  override getAttr(name: string): PyValue | undefined {
    const e = this.entry;
    switch (name) {
      case 'path':
        return e.path;
      case 'digest':
        return e.digest;
      case 'size':
        return e.size === null ? null : BigInt(e.size);
      case 'birth_artifact_id':
        return e.birthArtifactId ?? null;
      case 'ref':
        return ('ref' in e && e.ref) || null;
      case 'local_path':
        return ('localPath' in e && e.localPath) || null;
      case 'extra':
        return fromJs(('extra' in e && e.extra) || {}) as PyDict;
      case 'skip_cache':
        return 'skipCache' in e ? e.skipCache : false;
      case 'download':
        return this.download;
      case 'ref_url':
        return this.refUrl;
    }
    return undefined;
  }
  /** pydantic's model_dump(exclude_none=True) in field order, `extra` left out while empty. */
  repr(): string {
    const e = this.entry as Partial<DraftEntry> & { path: string; digest: string };
    const fields: [string, string | undefined][] = [
      ['path', pyRepr(e.path)],
      ['digest', pyRepr(e.digest)],
      ['ref', e.ref === undefined ? undefined : pyRepr(e.ref)],
      ['birth_artifact_id', e.birthArtifactId ? pyRepr(e.birthArtifactId) : undefined],
      ['size', e.size === null || e.size === undefined ? undefined : String(e.size)],
      ['extra', e.extra && Object.keys(e.extra).length ? extraRepr(e.extra) : undefined],
      ['local_path', e.localPath ? pyRepr(e.localPath) : undefined],
      ['skip_cache', e.skipCache ? 'True' : 'False'],
    ];
    const shown = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`);
    return `ArtifactManifestEntry(${shown.join(', ')})`;
  }
}

function extraRepr(extra: Record<string, string>): string {
  return `{${Object.entries(extra)
    .map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`)
    .join(', ')}}`;
}

/** wandb/util.py `to_human_size(size, units=POW_2_BYTES)`: one decimal, binary units. */
export function humanSize(size: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  for (let i = 0; i < units.length; i++) {
    const factor = Math.round((size / 2 ** (10 * i)) * 10) / 10;
    if (factor < 1024 || i === units.length - 1) {
      return `${Number.isInteger(factor) ? factor.toFixed(1) : String(factor)}${units[i]}`;
    }
  }
  return `${size}B`;
}

export class PyPublicFile extends PyHost {
  constructor(readonly f: FileFragment) {
    super();
  }
  get typeName(): string {
    return 'File';
  }
  override getAttr(name: string): PyValue | undefined {
    const f = this.f;
    switch (name) {
      case 'name':
        return f.name;
      case 'id':
        return f.id;
      case 'size':
        return BigInt(f.sizeBytes);
      case 'digest':
        return f.digest;
      case 'md5':
        return f.md5;
      case 'mimetype':
        return f.mimetype;
      case 'url':
        return f.url;
      case 'direct_url':
        return f.directUrl;
      case 'updated_at':
        return f.updatedAt;
      case 'storage_path':
        return f.storagePath;
    }
    return undefined;
  }
  repr(): string {
    return `<File ${this.f.name} (${this.f.mimetype}) ${humanSize(this.f.sizeBytes)}>`;
  }
}

/**
 * artifact.files(): `ArtifactFiles` (apis/public/artifacts.py), a lazy paginator whose len()
 * is the server's totalCount. Its repr is `<ArtifactFiles E/P/NAME (N)>`: `__repr__` calls
 * len(), so printing it fetches the first page.
 */
export class PyArtifactFiles extends PyLazyList<FileFragment> {
  constructor(
    private readonly path: [string, string, string],
    private readonly pages: SizedRelayPaginator<FileFragment>,
  ) {
    super('ArtifactFiles', 'wandb.apis.public.artifacts', pages, (f) => new PyPublicFile(f));
  }
  override prefetch(consumer: string): Promise<void> | undefined {
    if (['print', 'repr', 'str'].includes(consumer) && !this.pages.last) {
      return this.pages.loadPage().then(
        () => {},
        (e) => Promise.reject(toPyError(e)),
      );
    }
    return super.prefetch(consumer);
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'path') return new PyList([...this.path]);
    return super.getAttr(name);
  }
  override repr(): string {
    const total = this.pages.last?.totalCount;
    // Before any page (a repr Python calls implicitly): the form older servers give.
    return total === undefined
      ? `<ArtifactFiles ${this.path.join('/')}>`
      : `<ArtifactFiles ${this.path.join('/')} (${total})>`;
  }
}
