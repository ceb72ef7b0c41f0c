// What artifact.files() gives Python: the public File objects of an ArtifactFiles paginator
// (wandb/apis/public/files.py, artifacts.py). ArtifactManifestEntry is in manifestEntry.ts.

import { PyLazyList } from './lazyList';
import type { SizedRelayPaginator } from '../../sdk/paginator';
import type { FileFragment } from '../../protocol';
import { downloadFile } from '../../sdk/artifactFiles';
import type { WandbSdk } from '../../sdk/wandbSdk';
import { pathArg } from '../modules/native';
import { truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { type PyBuiltin, PyHost, PyList, type PyValue } from '../values/objects';
import { newFileHosts } from './build';
import { method, toPyError } from './convert';

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
  private readonly download: PyBuiltin;
  constructor(
    readonly f: FileFragment,
    sdk: WandbSdk,
  ) {
    super();
    // File.download: the path under root (an existing one needs replace or exist_ok), then
    // `open(path)`: the snippet gets a text file open for reading.
    this.download = method(
      'File.download',
      async (b, ctx) => {
        const rootArg = b.get('root') ?? '.';
        const path = await downloadFile(sdk, f, pathArg(rootArg), {
          replace: truthy(b.get('replace') ?? false),
          existOk: truthy(b.get('exist_ok') ?? false),
        });
        const open = newFileHosts.get(sdk)?.open;
        if (!open) throw pyErr(E.RuntimeError, 'File.download needs the run that fetched it');
        return ctx.call(open, [path]);
      },
      this,
    );
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
      case 'download':
        return this.download;
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
    sdk: WandbSdk,
  ) {
    super('ArtifactFiles', 'wandb.apis.public.artifacts', pages, (f) => new PyPublicFile(f, sdk));
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
