// Building a draft from Python (artifact.py add_file, add_dir, new_file, remove, manifest):
// the arguments as Python gives them, over the engine's artifactBuild.ts.

import type { Artifact } from '../../sdk/artifact';
import * as build from '../../sdk/artifactBuild';
import type { DraftEntry } from '../../sdk/draftManifest';
import type { WandbSdk } from '../../sdk/wandbSdk';
import { pyRepr } from '../../text/pyRepr';
import type { MemFs } from '../modules/files';
import { fsPathOf, pathArg } from '../modules/native';
import { truthy } from '../values/compare';
import { E, pyErr } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import { fakeAddress } from '../values/identity';
import {
  type NativeContext,
  PyBuiltin,
  PyDict,
  PyExc,
  PyHost,
  PyList,
  type PyValue,
} from '../values/objects';
import { repr } from '../values/repr';
import { typeName } from '../values/typename';
import { typeOf } from '../builtins/types';
import { guard, guardSync, toPyError } from './convert';
import { PyManifestEntry } from './manifestEntry';
import { onDemand } from './lazy';
import { artifactEntryUrl } from '../../sdk/artifactBuild';

/** The run's open() and file system, for new_file (module.ts registers them per SDK). */
export const newFileHosts = new WeakMap<WandbSdk, { open: PyBuiltin; fs: MemFs }>();

type Bound = Map<string, PyValue>;

const optPath = (v: PyValue | undefined) =>
  v === undefined || v === null ? undefined : pathArg(v);

/** `policy or "mutable"`, else the value as `{policy!r}` prints it. */
function policyArg(v: PyValue | undefined): string | { pyRepr: string } | undefined {
  if (v === undefined || !truthy(v)) return undefined;
  return typeof v === 'string' ? v : { pyRepr: repr(v) };
}

export function addFile(a: Artifact, b: Bound): PyManifestEntry {
  const entry = build.addFile(a, pathArg(b.get('local_path')), {
    name: optPath(b.get('name')),
    isTmp: truthy(b.get('is_tmp') ?? false),
    skipCache: truthy(b.get('skip_cache') ?? false),
    policy: policyArg(b.get('policy')),
    overwrite: truthy(b.get('overwrite') ?? false),
  });
  return new PyManifestEntry(entry, null, a._sdk);
}

export function addDir(a: Artifact, b: Bound): null {
  build.addDir(a, pathArg(b.get('local_path')), {
    name: optPath(b.get('name')),
    skipCache: truthy(b.get('skip_cache') ?? false),
    policy: policyArg(b.get('policy')),
    merge: truthy(b.get('merge') ?? false),
  });
  return null;
}

/**
 * add_reference(uri, name=None, checksum=True, max_objects=None): `uri` is a str or an entry
 * of another version (its ref_url()); returns the list of added entries.
 */
export async function addReference(a: Artifact, b: Bound): Promise<PyList> {
  const uri = b.get('uri') ?? null;
  let uriStr: string;
  if (uri instanceof PyHost && uri.typeName === 'ArtifactManifestEntry')
    uriStr = refUrlOf(uri as PyManifestEntry);
  else if (typeof uri === 'string') uriStr = uri;
  else {
    // artifact.py leaves `uri_str` unassigned for any other type.
    throw pyErr(
      E.UnboundLocalError,
      "cannot access local variable 'uri_str' where it is not associated with a value",
    );
  }
  // The handlers take `max_objects or DEFAULT_MAX_OBJECTS` and compare counts with it (s3 and
  // gcs for one object, local files per file in a directory); the others never read it.
  const given = b.get('max_objects') ?? null;
  const limit =
    typeof given === 'bigint'
      ? Number(given)
      : typeof given === 'number'
        ? given
        : given === true
          ? 1
          : null;
  const maxObjects =
    given === null || !truthy(given)
      ? null
      : {
          repr: repr(given),
          countAtLeast: (count: number, op: '>' | '>='): boolean => {
            // An int against a str (or a list...) is Python's comparison TypeError.
            if (limit === null)
              throw pyErr(
                E.TypeError,
                `'${op}' not supported between instances of 'int' and '${typeName(given)}'`,
              );
            return op === '>' ? count > limit : count >= limit;
          },
        };
  const od = await onDemand();
  const entries = await guard(() =>
    od.refs.addReference(a, uriStr, {
      name: optPath(b.get('name')),
      checksum: truthy(b.get('checksum') ?? true),
      maxObjects,
    }),
  );
  return new PyList(entries.map((e) => new PyManifestEntry(e, null, a._sdk)));
}

/** ArtifactManifestEntry.ref_url() through Python, so its errors are the entry's own. */
function refUrlOf(entry: PyManifestEntry): string {
  const parent = entry.artifact;
  if (!parent) throw pyErr(E.NotImplementedError);
  if (parent.id === undefined) throw pyErr(E.ValueError, 'Parent artifact ID is not set');
  return artifactEntryUrl(parent.id, entry.entry.path);
}

/** artifact.py `add`: the wandb.data_types classes it accepts, as the tuple prints. */
const ADDABLE = [
  'bokeh.Bokeh',
  'table.JoinedTable',
  'table.PartitionedTable',
  'table.Table',
  'helper_types.classes.Classes',
  'helper_types.image_mask.ImageMask',
  'helper_types.bounding_boxes_2d.BoundingBoxes2D',
  'audio.Audio',
  'image.Image',
  'video.Video',
  'html.Html',
  'object_3d.Object3D',
  'molecule.Molecule',
  'saved_model._SavedModel',
].map((c) => `<class 'wandb.sdk.data_types.${c}'>`);

/**
 * add(obj, name, overwrite=False): wandb's media types (Table, Image, …) do not exist in the
 * playground, so every object fails the SDK's type check, after the finalized check and
 * LogicalPath(name).
 */
export function add(a: Artifact, b: Bound): never {
  guardSync(() => a.draftManifest('Artifact.add'));
  const name = b.get('name') ?? null;
  if (fsPathOf(name) === undefined) throw notAPath(name);
  throw pyErr(
    E.TypeError,
    `Found object of type ${repr(typeOf(b.get('obj') ?? null))}, expected one of: (${ADDABLE.join(', ')})`,
  );
}

/** PurePath's TypeError for an argument that is not a path. */
function notAPath(v: PyValue) {
  return pyErr(
    E.TypeError,
    `argument should be a str or an os.PathLike object where __fspath__ returns a str, not ${pyRepr(typeName(v))}`,
  );
}

/** remove(item): a manifest entry, or an artifact path (PurePosixPath(item)). */
export function remove(a: Artifact, b: Bound): null {
  const item = b.get('item') ?? null;
  if (item instanceof PyHost && item.typeName === 'ArtifactManifestEntry') {
    build.remove(a, (item as PyManifestEntry).entry as DraftEntry);
    return null;
  }
  const path = fsPathOf(item);
  if (path === undefined) throw notAPath(item);
  build.remove(a, path);
  return null;
}

/**
 * `with artifact.new_file(name, mode="x", encoding=None) as f:` — contextlib's generator
 * context manager over the run's open(): the file lives in the artifact's temporary
 * directory and is added (add_file, skip_cache=True) when the block ends without error.
 */
export class PyNewFile extends PyHost {
  private file?: PyValue;
  private path = '';
  private readonly methods: Map<string, PyBuiltin>;

  constructor(
    private readonly artifact: Artifact,
    private readonly name: string,
    private readonly mode: string,
    private readonly encoding: PyValue,
    private readonly policy: PyValue,
  ) {
    super();
    // `@ensure_not_finalized` runs when new_file is called, before the block is entered.
    guardSync(() => artifact.draftManifest('Artifact.new_file'));
    this.methods = new Map([
      ['__enter__', new PyBuiltin('__enter__', (ctx) => this.enter(ctx), this)],
      ['__exit__', new PyBuiltin('__exit__', (ctx, args) => this.exit(ctx, args[1] ?? null), this)],
    ]);
  }

  private host() {
    const h = this.artifact._sdk && newFileHosts.get(this.artifact._sdk);
    if (!h) throw pyErr(E.RuntimeError, 'new_file needs the run that made this artifact');
    return h;
  }

  private async enter(ctx: NativeContext): Promise<PyValue> {
    if (this.file !== undefined) throw pyErr(E.RuntimeError, "generator didn't yield");
    const { open, fs } = this.host();
    this.path = guardSync(() => build.newFilePath(this.artifact, this.name));
    fs.makedirs(this.path.slice(0, this.path.lastIndexOf('/')));
    const kwargs = new Map<string, PyValue>([['encoding', this.encoding]]);
    let file: PyValue;
    try {
      file = await ctx.call(open, [this.path, this.mode], kwargs);
    } catch (e) {
      throw this.reword(e);
    }
    this.file = file;
    return ctx.call(ctx.getAttr(file, '__enter__'), []);
  }

  /** `except FileExistsError: raise ValueError(...)` around open() and the block. */
  private reword(e: unknown): unknown {
    if (e instanceof PyExc && e.type.isSubclassOf(E.FileExistsError))
      return toPyError(build.newFileExists(this.name, this.path));
    return e;
  }

  private async exit(ctx: NativeContext, exc: PyValue): Promise<PyValue> {
    if (this.file === undefined) return false;
    await ctx.call(ctx.getAttr(this.file, '__exit__'), [null, null, null]);
    if (exc !== null) throw this.reword(exc);
    const entryName = this.name;
    guardSync(() =>
      build.addFile(this.artifact, this.path, {
        name: entryName,
        skipCache: true,
        policy: policyArg(this.policy),
        overwrite: !this.mode.includes('x'),
      }),
    );
    return false;
  }

  get typeName(): string {
    return '_GeneratorContextManager';
  }
  override getAttr(name: string): PyValue | undefined {
    return this.methods.get(name);
  }
  repr(): string {
    return `<contextlib._GeneratorContextManager object at ${fakeAddress(this)}>`;
  }
}

/** new_file(name, mode="x", encoding=None, policy="mutable"). */
export function newFile(a: Artifact, b: Bound): PyNewFile {
  const name = b.get('name');
  if (typeof name !== 'string')
    throw pyErr(E.TypeError, `name must be a str, not ${typeName(name ?? null)}`);
  const mode = b.get('mode') ?? 'x';
  if (typeof mode !== 'string')
    throw pyErr(E.TypeError, `open() argument 'mode' must be str, not ${typeName(mode)}`);
  return new PyNewFile(a, name, mode, b.get('encoding') ?? null, b.get('policy') ?? null);
}

/**
 * artifact.manifest: ArtifactManifestV1 with its `entries` dict; repr shows only `entries`
 * (manifest_version and storage_policy are `repr=False`).
 */
export class PyManifest extends PyHost {
  constructor(
    private readonly entries: PyManifestEntry[],
    private readonly digestOf: () => string,
  ) {
    super();
  }
  get typeName(): string {
    return 'ArtifactManifestV1';
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'entries') {
      const d = new PyDict();
      for (const e of this.entries) dictSet(d, e.entry.path, e);
      return d;
    }
    if (name === 'manifest_version') return 1n;
    if (name === 'digest') return new PyBuiltin('digest', () => this.digestOf(), this);
    if (name === 'get_entry_by_path') {
      return new PyBuiltin(
        'get_entry_by_path',
        (_c, args) => this.entries.find((e) => e.entry.path === args[0]) ?? null,
        this,
      );
    }
    return undefined;
  }
  override len(): number {
    return this.entries.length;
  }
  repr(): string {
    return `ArtifactManifestV1(entries={${this.entries.map((e) => `${pyRepr(e.entry.path)}: ${e.repr()}`).join(', ')}})`;
  }
}
