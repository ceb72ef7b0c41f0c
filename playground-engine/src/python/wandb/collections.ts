// The public API's collection, project and paginator objects (wandb/apis/public/
// artifacts.py: ArtifactCollection, Artifacts, ArtifactCollections, ArtifactTypes,
// ArtifactType; projects.py: Project).

import type { Api } from '../../sdk/api';
import type { Artifact } from '../../sdk/artifact';
import type { ArtifactCollection } from '../../sdk/collections';
import type { LazyItems, RelayPaginator } from '../../sdk/paginator';
import { E, pyErr } from '../values/exceptions';
import {
  type PyBuiltin,
  PyHost,
  PyList,
  PyPending,
  type PyType,
  type PyValue,
} from '../values/objects';
import { wrapArtifact } from './artifact';
import { guard, method, optStr } from './convert';
import { PyLazyList } from './lazyList';

const ARTIFACTS_MODULE = 'wandb.apis.public.artifacts';

/** A paginator of wandb/apis/public/artifacts.py (Artifacts, ArtifactCollections, ...). */
export function artifactsList<T>(
  kind: string,
  items: LazyItems<T>,
  convert: (t: T) => PyValue,
): PyLazyList<T> {
  return new PyLazyList(kind, ARTIFACTS_MODULE, items, convert);
}

/** Artifacts / RunArtifacts: versions as Python Artifacts. */
export function artifactsPaginator(
  items: RelayPaginator<Artifact>,
  artifactType: PyType,
): PyLazyList<Artifact> {
  return artifactsList(items.kind, items, (a) => wrapArtifact(a, artifactType));
}

export class PyArtifactCollection extends PyHost {
  private readonly methods: Map<string, PyBuiltin>;
  constructor(
    readonly c: ArtifactCollection,
    artifactType: PyType,
  ) {
    super();
    this.methods = new Map([
      [
        'artifacts',
        method(
          'ArtifactCollection.artifacts',
          async (b) => {
            const perPage = b.get('per_page');
            return artifactsPaginator(
              c.artifacts(
                typeof perPage === 'bigint' ? Number(perPage) : 50,
                optStr('start', b.get('start')) ?? null,
              ),
              artifactType,
            );
          },
          this,
        ),
      ],
      ['is_sequence', method('ArtifactCollection.is_sequence', () => c.isSequence(), this)],
    ]);
  }
  get typeName(): string {
    return 'ArtifactCollection';
  }
  override getAttr(name: string): PyValue | undefined {
    const c = this.c;
    switch (name) {
      case 'id':
        return c.id;
      case 'name':
        return c.name;
      case 'type':
        return c.type;
      case 'description':
        return c.description;
      case 'tags':
        return new PyList(c.tags);
      case 'entity':
        return c.entity;
      case 'project':
        return c.project;
      case 'created_at':
        return c.createdAt;
      case 'updated_at':
        return c.updatedAt;
      case 'aliases':
        return new PyPending(guard(async () => new PyList(await c.aliases())));
    }
    return this.methods.get(name);
  }
  repr(): string {
    return this.c.toString();
  }
}

class PyArtifactTypeObj extends PyHost {
  constructor(readonly name: string) {
    super();
  }
  get typeName(): string {
    return 'ArtifactType';
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'name' || name === 'type') return this.name;
    return undefined;
  }
  repr(): string {
    return `<ArtifactType ${this.name}>`;
  }
}

export class PyProject extends PyHost {
  private readonly artifactsTypes: PyBuiltin;
  constructor(
    private readonly entity: string,
    private readonly name: string,
    api: Api,
  ) {
    super();
    this.artifactsTypes = method(
      'Project.artifacts_types',
      () =>
        artifactsList(
          'ArtifactTypes',
          api.projectArtifactTypes(entity, name),
          (n) => new PyArtifactTypeObj(n),
        ),
      this,
    );
  }
  get typeName(): string {
    return 'Project';
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'entity':
        return this.entity;
      case 'name':
        return this.name;
      case 'path':
        return new PyList([this.entity, this.name]);
      case 'url':
        return `https://wandb.ai/${this.entity}/${this.name}/workspace`;
      case 'artifacts_types':
        return this.artifactsTypes;
    }
    if (name.startsWith('__')) return undefined;
    // apis/attrs.py Attrs.__getattr__: f"{repr(self)!r} object has no attribute {name!r}".
    throw pyErr(E.AttributeError, `'${this.repr()}' object has no attribute '${name}'`);
  }
  repr(): string {
    return `<Project ${this.entity}/${this.name}>`;
  }
}
