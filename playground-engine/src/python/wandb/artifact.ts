// wandb.Artifact as Python sees it: snake_case properties over the engine's Artifact.

import type { Artifact } from '../../sdk/artifact';
import type { WandbSdk } from '../../sdk/wandbSdk';
import type { RunServices } from '../run';
import { getAttr } from '../interp/attributes';
import { E, pyErr, typeForName } from '../values/exceptions';
import { dictSet } from '../values/hashing';
import {
  type NativeContext,
  type PyBuiltin,
  PyDict,
  PyHost,
  PyInstance,
  PyList,
  PyModule,
  PyExc,
  PyPending,
  PyType,
  type PyValue,
} from '../values/objects';
import { makeClass } from '../interp/classes';
import { truthy } from '../values/compare';
import { typeName } from '../values/typename';
import { fromJs, guard, guardSync, method, optStr, stringsArg, toJs, toPyError } from './convert';
import { ARTIFACT_EXCEPTIONS, notLogged } from '../../sdk/errors';
import { CHECKED_BEFORE_BINDING, type Qualname } from './signatures';
import { onDemand } from './lazy';
import { PyManifestEntry, registerParentWrapper } from './manifestEntry';
import * as build from './build';
import { entriesDigest } from '../../text/digest';

const wrappers = new WeakMap<Artifact, PyArtifact>();

/** The run's interpreter and imports, per SDK (module.ts registers them): Artifact.ttl. */
export const artifactHosts = new WeakMap<WandbSdk, Pick<RunServices, 'importModule' | 'runtime'>>();

export function makeArtifactType(sdk: WandbSdk): PyType {
  const construct = method('Artifact.__init__', (a) => {
    const metadata = a.get('metadata');
    const name = a.get('name') as PyValue;
    const typ = a.get('type') as PyValue;
    // artifact.py: re.match on the name, then validate_artifact_type's `typ.startswith`.
    if (typeof name !== 'string') {
      throw pyErr(E.TypeError, `expected string or bytes-like object, got '${typeName(name)}'`);
    }
    const incremental = truthy(a.get('incremental') ?? false);
    if (typeof typ !== 'string') {
      // The name's own checks (and the `incremental` warning) come first.
      sdk.newArtifact(name, 'placeholder', { incremental });
      if (typ instanceof PyList || typ instanceof PyDict)
        throw pyErr(E.TypeError, `unhashable type: '${typeName(typ)}'`);
      throw pyErr(E.AttributeError, `'${typeName(typ)}' object has no attribute 'startswith'`);
    }
    const art = sdk.newArtifact(name, typ, {
      description: optStr('description', a.get('description')) ?? null,
      metadata: metadata === undefined ? null : metadataArg(metadata),
      incremental,
    });
    // artifact.py __init__: a deprecation (once) for `use_as`, after every check (the
    // `incremental` warning comes earlier, between the name's charset and its length).
    const useAs = a.get('use_as');
    if (useAs !== undefined && useAs !== null) {
      sdk.termlogOnce(
        'warn',
        '`use_as` argument is deprecated and does not affect the behaviour of `wandb.Artifact()`',
      );
    }
    return wrapArtifact(art, type);
  });
  const type: PyType = new PyType('Artifact', null, construct.fn, 'wandb.sdk.artifacts.artifact');
  return type;
}

/** The Python object for an engine Artifact; None for an SDK call that returned None. */
export function wrapArtifact(a: Artifact, type?: PyType): PyArtifact;
export function wrapArtifact(a: Artifact | null, type?: PyType): PyArtifact | null;
export function wrapArtifact(a: Artifact | null, type?: PyType): PyArtifact | null {
  if (a === null) return null;
  let w = wrappers.get(a);
  if (!w) {
    w = new PyArtifact(a, type ?? artifactTypeFallback);
    wrappers.set(a, w);
  }
  return w;
}

const artifactTypeFallback = new PyType(
  'Artifact',
  null,
  undefined,
  'wandb.sdk.artifacts.artifact',
);
registerParentWrapper((a) => wrapArtifact(a));

export class PyArtifact extends PyHost {
  /** Its methods, made on first use: most artifacts a snippet gets back are never called. */
  private methodTable?: Map<string, PyBuiltin>;

  constructor(
    readonly artifact: Artifact,
    private readonly cls: PyType,
  ) {
    super();
  }

  private get methods(): Map<string, PyBuiltin> {
    this.methodTable ??= this.makeMethods();
    return this.methodTable;
  }

  private makeMethods(): Map<string, PyBuiltin> {
    const a = this.artifact;
    // Each method's ArtifactNotLoggedError / ArtifactFinalizedError names it and this artifact.
    // A decorator's state check comes before the arguments are bound (CHECKED_BEFORE_BINDING).
    const check = (q: Qualname) => {
      const kind = CHECKED_BEFORE_BINDING[q];
      if (!kind) return undefined;
      return () => {
        try {
          if (kind !== 'ensure_logged') a.draftManifest(q);
          else if (a.isDraft()) throw notLogged(q);
        } catch (e) {
          throw statusAttrs(e, this);
        }
      };
    };
    const m = (q: Qualname, f: Parameters<typeof method>[1]) =>
      [
        q.slice(q.lastIndexOf('.') + 1),
        method(q, withStatusAttrs(f, this), this, check(q)),
      ] as const;
    return new Map([
      m('Artifact.add_file', (b) => build.addFile(a, b)),
      m('Artifact.add_dir', (b) => build.addDir(a, b)),
      m('Artifact.new_file', (b) => build.newFile(a, b)),
      m('Artifact.remove', (b) => build.remove(a, b)),
      m('Artifact.add_reference', (b) => build.addReference(a, b)),
      m('Artifact.add', (b) => build.add(a, b)),
      m('Artifact.get', (b) => this.getObject(b.get('name'))),
      m('Artifact.wait', async () => {
        await a.wait();
        return this;
      }),
      m('Artifact.save', async (b) => {
        const settings = b.get('settings');
        await a.save(
          optStr('project', b.get('project')) ?? null,
          settings === undefined || settings === null
            ? undefined
            : (await onDemand()).settingsArg(settings, a._sdk!),
        );
        return null;
      }),
      m('Artifact.link', async (b) => {
        const target = b.get('target_path');
        if (typeof target !== 'string') throw pyErr(E.TypeError, 'target_path must be a str');
        return wrapArtifact(await a.linkFromScript(target, stringsArg(b.get('aliases'))), this.cls);
      }),
      m('Artifact.unlink', async () => {
        await a.unlink();
        return null;
      }),
      m('Artifact.delete', async (b) => {
        await a.delete(truthy(b.get('delete_aliases') ?? false));
        return null;
      }),
      m('Artifact.is_draft', () => a.isDraft()),
      m('Artifact.finalize', () => {
        a.finalize();
        return null;
      }),
      // util.py artifact_to_json; `usedAs` reads the deprecated use_as property (it warns).
      m('Artifact.json_encode', () => {
        if (a.isDraft()) throw toPyError(notLogged('Artifact.json_encode'));
        return fromJs({
          _type: 'artifactVersion',
          _version: 'v0',
          id: a.id ?? null,
          version: a.sourceVersion,
          sequenceName: a.sourceName.split(':')[0],
          usedAs: this.readUseAs(),
        });
      }),
      m('Artifact.get_added_local_path_name', (b) => {
        const p = b.get('local_path');
        return (typeof p === 'string' && a.addedLocalPaths.get(p)) || null;
      }),
      // Files and read-back load on first use (onDemand.ts): a first Run logs and links.
      m('Artifact.download', async (b) =>
        (await onDemand()).files.download(
          a,
          optStr('root', b.get('root')) ?? null,
          optStr('path_prefix', b.get('path_prefix')) ?? null,
        ),
      ),
      m('Artifact.file', async (b) =>
        (await onDemand()).files.file(a, optStr('root', b.get('root')) ?? null),
      ),
      m('Artifact.files', async (b) => {
        const { files, PyArtifactFiles } = await onDemand();
        const perPage = b.get('per_page');
        const names = stringsArg(b.get('names'));
        const pages = files.files(
          a,
          typeof names === 'string' ? [names] : (names ?? null),
          typeof perPage === 'bigint' && perPage > 0n ? Number(perPage) : 50,
          optStr('start', b.get('start')) ?? null,
        );
        return new PyArtifactFiles([a.entity, a.project, a.name], pages, a._sdk!);
      }),
      m('Artifact.get_entry', async (b) => this.entry(b.get('name'))),
      m('Artifact.get_path', async (b) => {
        // artifact.py: warn_and_record_deprecation (a termwarn, repeat=False).
        a._sdk?.termlogOnce(
          'warn',
          'Artifact.get_path(name) is deprecated, use Artifact.get_entry(name) instead.',
        );
        return this.entry(b.get('name'));
      }),
      m('Artifact.logged_by', async () => {
        const { info, PyPublicRun } = await onDemand();
        const run = await info.loggedBy(a);
        return run && a._sdk ? new PyPublicRun(run, a._sdk, this.cls) : null;
      }),
      m('Artifact.used_by', async () => {
        const { info, PyPublicRun } = await onDemand();
        const runs = await info.usedBy(a);
        const sdk = a._sdk!;
        return new PyList(runs.map((r) => new PyPublicRun(r, sdk, this.cls)));
      }),
      m('Artifact.new_draft', async () => {
        const draft = wrapArtifact(await (await onDemand()).info.newDraft(a), this.cls);
        // `artifact._metadata = self.metadata`: the draft holds this version's own dict.
        draft.shareMetadata(this.liveMetadata());
        return draft;
      }),
      m('Artifact.checkout', async (b) =>
        (await onDemand()).files.checkout(a, optStr('root', b.get('root')) ?? null),
      ),
      m('Artifact.verify', async (b) => {
        await (await onDemand()).files.verify(a, optStr('root', b.get('root')) ?? null);
        return null;
      }),
    ]);
  }

  override get pyType(): PyType {
    return this.cls;
  }

  /**
   * The manifest built here (a draft, or a version logged from this snippet); a version
   * fetched from the server fetches its own (FetchArtifactManifest).
   */
  private manifest(): PyValue {
    const a = this.artifact;
    const local = a.localManifest;
    return new PyPending(
      guard(async () => {
        if (a.isDraft() || local.entries.size > 0) {
          return new build.PyManifest(
            [...local.entries.values()].map((e) => new PyManifestEntry(e, null, a._sdk)),
            () => local.digest(),
          );
        }
        const entries = await (await onDemand()).files.manifestOf(a);
        return new build.PyManifest(
          entries.map((e) => new PyManifestEntry(e, a)),
          () => entriesDigest(entries),
        );
      }),
    );
  }

  /**
   * get(name) and `artifact[name]`: `@ensure_logged`, then `_get_obj_entry`: only
   * `NAME.<wandb type>.json` entries are objects; the playground has no wandb media types
   * to load them into.
   */
  private async getObject(nameArg: PyValue | undefined): Promise<PyValue> {
    const a = this.artifact;
    if (a.isDraft()) throw toPyError(notLogged('Artifact.get'));
    const name = optStr('name', nameArg) ?? '';
    const local = [...a.localManifest.entries.keys()];
    const paths = local.length
      ? local
      : (await (await onDemand()).files.manifestOf(a)).map((e) => e.path);
    const typed = (p: string) =>
      p.startsWith(`${name}.`) && /^[A-Za-z0-9-]+\.json$/.test(p.slice(name.length + 1));
    if (paths.some(typed)) {
      throw pyErr(
        E.NotImplementedError,
        'not supported in the playground: Artifact.get() of wandb media objects (Table, Image, ...)',
      );
    }
    return null;
  }

  /** get(name)'s answer for `artifact[name]`, found before getItem (which cannot wait) runs. */
  private item?: { key: PyValue; value: PyValue };

  override prefetchItem(key: PyValue): Promise<void> | undefined {
    if (this.artifact.isDraft()) return undefined; // getItem raises at once
    return guard(async () => {
      this.item = { key, value: await this.getObject(key) };
    });
  }

  /** `__getitem__` is `self.get(name)`: its ensure_logged names Artifact.get. */
  override getItem(key: PyValue): PyValue {
    const got = this.item;
    this.item = undefined;
    if (got && got.key === key) return got.value;
    if (this.artifact.isDraft()) throw toPyError(notLogged('Artifact.get'));
    throw pyErr(
      E.NotImplementedError,
      'not supported in the playground: artifact[name] inside a method that Python calls implicitly; use artifact.get(name)',
    );
  }

  /** `__setitem__` is `self.add(item, name)`. */
  override setItem(key: PyValue, value: PyValue): void {
    build.add(
      this.artifact,
      new Map<string, PyValue>([
        ['obj', value],
        ['name', key],
      ]),
    );
  }

  private async entry(name: PyValue | undefined): Promise<PyHost> {
    if (typeof name !== 'string') {
      throw pyErr(E.TypeError, `name must be a str, not ${typeName(name ?? null)}`);
    }
    const { files } = await onDemand();
    return new PyManifestEntry(await files.getEntry(this.artifact, name), this.artifact);
  }
  get typeName(): string {
    return 'Artifact';
  }

  override getAttr(name: string): PyValue | undefined {
    try {
      return this.attr(name);
    } catch (e) {
      throw statusAttrs(e, this);
    }
  }

  private attr(name: string): PyValue | undefined {
    const a = this.artifact;
    return guardSync((): PyValue | undefined => {
      switch (name) {
        case 'name':
          return a.name;
        case 'type':
          return a.type;
        case 'description':
          return a.description;
        case 'metadata':
          return this.liveMetadata();
        case 'manifest':
          return this.manifest();
        case 'aliases':
          // The live list: `artifact.aliases.append("x"); artifact.save()` works as in the SDK.
          return new PyList(a.aliases);
        case 'tags':
          // The live list, as for aliases: `artifact.tags.append("x"); artifact.save()`.
          return new PyList(a.tags);
        case 'state':
          return a.state;
        case 'size':
          return BigInt(a.size);
        case 'created_at':
          return a.createdAt;
        case 'updated_at':
          return a.updatedAt;
        case 'file_count':
          return BigInt(a.fileCount);
        case 'history_step': {
          const step = a.historyStep;
          return step === null ? null : BigInt(step);
        }
        case 'incremental':
          return a.incremental;
        case 'distributed_id':
          return a.distributedId as PyValue;
        case 'use_as':
          return this.readUseAs();
        case 'commit_hash':
          return a.commitHash;
        case 'id':
          return a.id ?? null;
        case 'version':
          return a.version;
        case 'entity':
          return a.entity;
        case 'project':
          return a.project;
        case 'qualified_name':
          return a.qualifiedName;
        case 'digest':
          return a.digest;
        case 'is_link':
          return a.isLink;
        case 'source_entity':
          return a.sourceEntity;
        case 'source_project':
          return a.sourceProject;
        case 'source_name':
          return a.sourceName;
        case 'source_version':
          return a.sourceVersion;
        case 'source_qualified_name':
          return a.sourceQualifiedName;
        case 'url':
          return new PyPending(guard(async () => (await onDemand()).info.urlOf(a)));
        case 'source_artifact':
          return new PyPending(
            guard(async () =>
              wrapArtifact(await (await onDemand()).info.sourceArtifactOf(a), this.cls),
            ),
          );
        case 'collection':
          return new PyPending(
            guard(async () => {
              const { info, PyArtifactCollection } = await onDemand();
              return new PyArtifactCollection(await info.collectionOf(a), this.cls);
            }),
          );
        case 'source_collection':
          return new PyPending(
            guard(async () => {
              const { info, PyArtifactCollection } = await onDemand();
              return new PyArtifactCollection(await info.sourceCollectionOf(a), this.cls);
            }),
          );
        case 'ttl': {
          const ttl = a.ttlSeconds;
          if (ttl === null) return null;
          return new PyPending(guard(() => timedeltaOf(this.artifact, ttl)));
        }
        case 'linked_artifacts':
          return new PyPending(
            guard(
              async () =>
                new PyList((await a.linkedArtifacts).map((x) => wrapArtifact(x, this.cls))),
            ),
          );
      }
      return this.methods.get(name);
    });
  }

  /** The deprecated `use_as` property: warns once, and is always None. */
  private readUseAs(): null {
    this.artifact._sdk?.termlogOnce('warn', 'The use_as property of Artifact is deprecated.');
    return null;
  }

  private metaDict?: PyDict;
  private readonly metaRead = () => toJs(this.metaDict!) as Record<string, unknown>;

  /** Hold `dict` as this artifact's metadata (new_draft: the version's dict, shared). */
  shareMetadata(dict: PyDict): void {
    this.metaDict = dict;
    this.artifact.bindMetadata(this.metaRead);
  }

  /** One dict per artifact, edited in place (artifact.py returns `self._metadata`). */
  private liveMetadata(): PyDict {
    const a = this.artifact;
    if (!this.metaDict || !a.isMetadataBound(this.metaRead)) {
      this.metaDict = fromJs(a.metadata) as PyDict;
      a.bindMetadata(this.metaRead);
    }
    return this.metaDict;
  }

  override setAttr(name: string, value: PyValue): boolean {
    try {
      return this.set(name, value);
    } catch (e) {
      throw statusAttrs(e, this);
    }
  }

  private set(name: string, value: PyValue): boolean {
    const a = this.artifact;
    return guardSync(() => {
      if (name === 'description') {
        a.description = optStr('description', value) ?? null;
        return true;
      }
      if (name === 'metadata') {
        a.metadata = metadataArg(value);
        return true;
      }
      if (name === 'aliases') {
        const v = stringsArg(value);
        a.aliases = typeof v === 'string' ? [v] : (v ?? []);
        return true;
      }
      if (name === 'tags') {
        const v = stringsArg(value);
        a.tags = typeof v === 'string' ? [v] : (v ?? []);
        return true;
      }
      if (name === 'ttl') {
        a.ttlSeconds = ttlArg(value);
        return true;
      }
      if (name === 'distributed_id') {
        // A plain attribute in the SDK: any value is kept (only a str reaches the server).
        a.distributedId = value;
        return true;
      }
      return false;
    });
  }

  repr(): string {
    return this.artifact.toString();
  }
}

const STATUS_ERROR = typeForName(`${ARTIFACT_EXCEPTIONS}.ArtifactStatusError`);

/**
 * exceptions.py: an ArtifactStatusError is an AttributeError whose `name` is the member
 * (the last part of the fullname its message quotes) and whose `obj` is the artifact.
 */
function statusAttrs(e: unknown, obj: PyValue): unknown {
  const exc = toPyError(e);
  if (exc instanceof PyExc && exc.type.isSubclassOf(STATUS_ERROR)) {
    const fullname = /^'([^']*)'/.exec(String(exc.args[0] ?? ''))?.[1] ?? '';
    dictSet(exc.dict, 'name', fullname.slice(fullname.lastIndexOf('.') + 1));
    dictSet(exc.dict, 'obj', obj);
  }
  return exc;
}

/** A method implementation whose status errors get `name` and `obj`; sync stays sync. */
function withStatusAttrs(
  f: Parameters<typeof method>[1],
  obj: PyValue,
): Parameters<typeof method>[1] {
  return (b, ctx) => {
    try {
      const r = f(b, ctx);
      return r instanceof Promise
        ? r.catch((e: unknown) => Promise.reject(statusAttrs(e, obj)))
        : r;
    } catch (e) {
      throw statusAttrs(e, obj);
    }
  };
}

/** wandb/sdk/artifacts/artifact_ttl.py: `class ArtifactTTL(Enum): INHERIT = 0`. */
export const ARTIFACT_TTL_MODULE = 'wandb.sdk.artifacts.artifact_ttl';

/**
 * The importable `wandb.sdk.artifacts.artifact_ttl` module; `wandb.ArtifactTTL` is its class,
 * a real Enum of the snippet's own `enum` module (repr, iteration, `ArtifactTTL(0)`, `["INHERIT"]`,
 * `isinstance(x, enum.Enum)` as in CPython).
 */
export function artifactTtlModule(rt: NativeContext, enumModule: PyModule): PyModule {
  const cls = makeClass(
    rt,
    'ArtifactTTL',
    'ArtifactTTL',
    [getAttr(enumModule, 'Enum')],
    new Map<string, PyValue>([['INHERIT', 0n]]),
    null,
    ARTIFACT_TTL_MODULE,
  );
  return new PyModule(ARTIFACT_TTL_MODULE, new Map<string, PyValue>([['ArtifactTTL', cls]]));
}

/** `ArtifactTTL.INHERIT` of this run's class (the class is made per run, with its enum). */
function isInheritTtl(v: PyValue): boolean {
  return (
    v instanceof PyInstance &&
    v.cls.name === 'ArtifactTTL' &&
    v.cls.module === ARTIFACT_TTL_MODULE &&
    getAttr(v, 'name') === 'INHERIT'
  );
}

/**
 * `_validators.py validate_metadata`: a dict (through JSON: NaN becomes None), a JSON
 * string, or None ({}); anything else is its TypeError.
 */
function metadataArg(v: PyValue): Record<string, unknown> {
  if (v === null) return {};
  if (typeof v === 'string') {
    if (v === '') return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch (e) {
      // pydantic_core.from_json's own wording is not reproduced (ASSUMPTIONS.md).
      throw pyErr(E.ValueError, `invalid JSON metadata: ${(e as Error).message}`);
    }
    return metadataArg(fromJs(parsed));
  }
  if (!(v instanceof PyDict)) {
    throw pyErr(E.TypeError, `Cannot parse <class '${typeName(v)}'> as artifact metadata`);
  }
  return toJs(v) as Record<string, unknown>;
}

/**
 * The ttl setter's argument: None, ArtifactTTL.INHERIT, a timedelta (`ttl.total_seconds()`),
 * else its AttributeError.
 */
function ttlArg(v: PyValue): number | null | 'inherit' {
  if (v === null) return null;
  if (isInheritTtl(v)) return 'inherit';
  const us = v instanceof PyHost ? (v as { us?: unknown }).us : undefined;
  if (typeof us === 'bigint' && v instanceof PyHost && v.typeName === 'datetime.timedelta') {
    return Number(us) / 1e6;
  }
  throw pyErr(E.AttributeError, `'${typeName(v)}' object has no attribute 'total_seconds'`);
}

/** `timedelta(seconds=...)` of the snippet's own datetime module (artifactHosts). */
async function timedeltaOf(a: Artifact, seconds: number): Promise<PyValue> {
  const host = a._sdk && artifactHosts.get(a._sdk);
  if (!host) throw pyErr(E.RuntimeError, 'datetime is not available to this artifact');
  const datetime = await host.importModule('datetime');
  const td = datetime && getAttr(datetime, 'timedelta');
  if (!td) throw pyErr(E.RuntimeError, 'datetime is not available to this artifact');
  return host.runtime().call(td, [], new Map([['seconds', BigInt(seconds)]]));
}
