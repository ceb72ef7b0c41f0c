// What artifact.get_entry() and artifact.files() give Python: ArtifactManifestEntry
// (artifact_manifest_entry.py) and the public File objects of an ArtifactFiles paginator
// (wandb/apis/public/files.py, artifacts.py).

import { PyPaginator } from './paginator';
import type { Artifact } from '../../sdk/artifact';
import { downloadOneEntry, type ManifestEntry } from '../../sdk/artifactFiles';
import type { FileFragment } from '../../protocol';
import { pyRepr } from '../../text/pyRepr';
import { type PyBuiltin, PyDict, PyHost, type PyValue } from '../values/objects';
import { method, optStr } from './convert';

export class PyManifestEntry extends PyHost {
  private readonly download: PyBuiltin;
  constructor(
    readonly entry: ManifestEntry,
    artifact: Artifact,
  ) {
    super();
    this.download = method(
      'ArtifactManifestEntry.download',
      async (b) => downloadOneEntry(artifact, entry, optStr('root', b.get('root')) ?? null),
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
        return BigInt(e.size);
      case 'birth_artifact_id':
        return e.birthArtifactId;
      case 'ref':
      case 'local_path':
        return null;
      case 'extra':
        return new PyDict();
      case 'skip_cache':
        return false;
      case 'download':
        return this.download;
    }
    return undefined;
  }
  /** pydantic's model_dump(exclude_none=True), `extra` left out while empty. */
  repr(): string {
    const e = this.entry;
    return `ArtifactManifestEntry(path=${pyRepr(e.path)}, digest=${pyRepr(e.digest)}, birth_artifact_id=${pyRepr(e.birthArtifactId)}, size=${e.size}, skip_cache=False)`;
  }
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

/** artifact.files(): a paginator whose len() is the server's totalCount. */
export class PyArtifactFiles extends PyPaginator {
  constructor(
    private readonly path: string,
    total: number,
    items: PyPublicFile[],
  ) {
    super('ArtifactFiles', path, items, total);
  }
  override repr(): string {
    return `<ArtifactFiles ${this.path} (${this.total})>`;
  }
}
