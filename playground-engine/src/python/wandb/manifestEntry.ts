// ArtifactManifestEntry (artifact_manifest_entry.py): what add_file, add_reference, get_entry
// and manifest.entries give Python. Every guide's first Run calls add_file, which returns one,
// so the class is here, outside the on-demand part; only its download() loads that part.

import type { Artifact } from '../../sdk/artifact';
import { artifactEntryUrl } from '../../sdk/artifactBuild';
import type { ManifestEntry } from '../../sdk/artifactFiles';
import type { DraftEntry } from '../../sdk/draftManifest';
import type { WandbSdk } from '../../sdk/wandbSdk';
import { E, pyErr } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import { type PyBuiltin, PyDict, PyHost, type PyValue } from '../values/objects';
import { repr } from '../values/repr';
import { fromJs, method, optStr } from './convert';
import { onDemand } from './lazy';

/**
 * The Python object of an entry's parent artifact. artifact.ts registers it (it imports this
 * module, so this one cannot import it back).
 */
let parentOf: ((a: Artifact) => PyValue) | undefined;
export function registerParentWrapper(wrap: (a: Artifact) => PyValue): void {
  parentOf = wrap;
}

/** What an entry shows: a fetched version's (ManifestEntry) or one being built (DraftEntry). */
export type EntryView = ManifestEntry | DraftEntry;

export class PyManifestEntry extends PyHost {
  private readonly download: PyBuiltin;
  private readonly refUrl: PyBuiltin;
  private readonly refTarget: PyBuiltin;
  private readonly parent: PyBuiltin;
  private readonly toJson: PyBuiltin;
  /**
   * `artifact` is the parent get_entry() sets; an entry returned by add_file has none, so
   * its download() raises parent_artifact()'s bare NotImplementedError.
   */
  constructor(
    readonly entry: EntryView,
    readonly artifact: Artifact | null,
    /** Where the deprecated `name` warns (the parent's SDK, or the draft's that made it). */
    private readonly sdk: WandbSdk | undefined = artifact?._sdk,
  ) {
    super();
    // parent_artifact(): the artifact get_entry() set, else a bare NotImplementedError.
    this.parent = method(
      'ArtifactManifestEntry.parent_artifact',
      () => {
        if (!artifact || !parentOf) throw pyErr(E.NotImplementedError);
        return parentOf(artifact);
      },
      this,
    );
    // to_json(): `model_dump(exclude_none=True)`, a new dict each call.
    this.toJson = method(
      'ArtifactManifestEntry.to_json',
      () => {
        const d = new PyDict();
        for (const [, alias, v] of this.dump()) dictSet(d, alias, v);
        return d;
      },
      this,
    );
    // ref_target(): only a reference; without a parent the URI itself, else the storage
    // policy's load_reference(local=False), which may read the file (on demand).
    this.refTarget = method(
      'ArtifactManifestEntry.ref_target',
      async () => {
        const ref = 'ref' in entry ? entry.ref : undefined;
        if (ref === undefined) {
          throw pyErr(E.ValueError, 'Only reference entries support ref_target().');
        }
        if (!artifact) return ref;
        return (await onDemand()).files.refTarget(artifact, entry as ManifestEntry, ref);
      },
      this,
    );
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
        const root = optStr('root', b.get('root')) ?? null;
        return (await onDemand()).files.downloadOneEntry(artifact, entry as ManifestEntry, root);
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
      case 'ref_target':
        return this.refTarget;
      case 'parent_artifact':
        return this.parent;
      case 'to_json':
        return this.toJson;
      case 'name':
        // warn_and_record_deprecation: once per process.
        this.sdk?.termlogOnce(
          'warn',
          'ArtifactManifestEntry.name is deprecated, use .path instead.',
        );
        return e.path;
    }
    return undefined;
  }
  /**
   * pydantic's `model_dump(exclude_none=True)` in field order, as Python values: `repr` shows
   * it (by field name, `extra` left out while empty), `to_json()` returns it (by alias,
   * JsonableModel's `by_alias=True`: `birthArtifactID`).
   */
  private dump(): [string, string, PyValue][] {
    const fields: [string, string, PyValue][] = [
      ['path', 'path', this.getAttr('path') ?? null],
      ['digest', 'digest', this.getAttr('digest') ?? null],
      ['ref', 'ref', this.getAttr('ref') ?? null],
      ['birth_artifact_id', 'birthArtifactID', this.getAttr('birth_artifact_id') ?? null],
      ['size', 'size', this.getAttr('size') ?? null],
      ['extra', 'extra', this.getAttr('extra') ?? null],
      ['local_path', 'local_path', this.getAttr('local_path') ?? null],
      ['skip_cache', 'skip_cache', this.getAttr('skip_cache') ?? null],
    ];
    return fields.filter(([, , v]) => v !== null);
  }
  repr(): string {
    const shown = this.dump()
      .filter(([name, , v]) => name !== 'extra' || (v instanceof PyDict && v.map.size > 0))
      .map(([name, , v]) => `${name}=${repr(v)}`);
    return `ArtifactManifestEntry(${shown.join(', ')})`;
  }
}
