// wandb.Api(): artifact read-back and the registries list.

import type { Api } from '../../sdk/api';
import type { WandbSdk } from '../../sdk/wandbSdk';
import { E, pyErr } from '../values/exceptions';
import { type PyBuiltin, PyHost, type PyType, type PyValue } from '../values/objects';
import { fakeAddress } from '../values/identity';
import { typeName } from '../values/typename';
import { wrapArtifact } from './artifact';
import { method, optStr, stringsArg } from './convert';
import { PyPublicRun } from './publicRun';
import { artifactsList, artifactsPaginator, PyArtifactCollection, PyProject } from './collections';
import { PyRegistry, registriesIterator, searchList } from './registries';
import { PyDict } from '../values/objects';
import { apiTeam, apiUser, apiUsers } from './users';

/** A required str argument, with the TypeError a non-str gets. */
function str(name: string, v: PyValue | undefined): string {
  if (typeof v !== 'string')
    throw pyErr(E.TypeError, `${name} must be a str, not ${typeName(v ?? null)}`);
  return v;
}

/** An int argument such as per_page, or its default. */
function intArg(v: PyValue | undefined, dflt: number): number {
  return typeof v === 'bigint' && v > 0n ? Number(v) : dflt;
}
class PyApi extends PyHost {
  private readonly methods: Map<string, PyBuiltin>;
  constructor(
    sdk: WandbSdk,
    api: Api,
    artifactType: PyType,
    private readonly apiType?: PyType,
  ) {
    super();
    const ctx = { artifactType };
    this.methods = new Map([
      [
        'artifact',
        method(
          'Api.artifact',
          async (b) => {
            const name = b.get('name');
            if (typeof name !== 'string')
              throw pyErr(E.TypeError, `name must be a str, not ${typeName(name as PyValue)}`);
            return wrapArtifact(
              await api.artifact(name, optStr('type', b.get('type')) ?? null),
              artifactType,
            );
          },
          this,
        ),
      ],
      [
        'registries',
        method(
          'Api.registries',
          async (b) =>
            registriesIterator(
              await api.registries(
                optStr('organization', b.get('organization')) ?? null,
                ...searchList(b),
              ),
              ctx,
            ),
          this,
        ),
      ],
      [
        'create_registry',
        method(
          'Api.create_registry',
          async (b) => {
            const types = stringsArg(b.get('artifact_types'));
            return new PyRegistry(
              await api.createRegistry(
                str('name', b.get('name')),
                b.get('visibility') ?? null,
                optStr('organization', b.get('organization')) ?? null,
                optStr('description', b.get('description')) ?? null,
                typeof types === 'string' ? [types] : (types ?? null),
              ),
              ctx,
            );
          },
          this,
        ),
      ],
      [
        'artifact_exists',
        method(
          'Api.artifact_exists',
          async (b) =>
            api.artifactExists(str('name', b.get('name')), optStr('type', b.get('type')) ?? null),
          this,
        ),
      ],
      [
        'artifact_collection_exists',
        method(
          'Api.artifact_collection_exists',
          async (b) =>
            api.artifactCollectionExists(str('name', b.get('name')), str('type', b.get('type'))),
          this,
        ),
      ],
      [
        'artifact_collection',
        method(
          'Api.artifact_collection',
          async (b) =>
            new PyArtifactCollection(
              await api.artifactCollection(
                str('type_name', b.get('type_name')),
                str('name', b.get('name')),
              ),
              artifactType,
            ),
          this,
        ),
      ],
      [
        'artifact_collections',
        method(
          'Api.artifact_collections',
          async (b) =>
            artifactsList(
              'ArtifactCollections',
              await api.artifactCollections(
                str('project_name', b.get('project_name')),
                str('type_name', b.get('type_name')),
                {
                  order: b.get('order') ?? null,
                  perPage: intArg(b.get('per_page'), 50),
                  start: optStr('start', b.get('start')) ?? null,
                },
              ),
              (c) => new PyArtifactCollection(c, artifactType),
            ),
          this,
        ),
      ],
      [
        'artifacts',
        method(
          'Api.artifacts',
          async (b) => {
            const tags = stringsArg(b.get('tags'));
            const got = await api.artifacts(
              str('type_name', b.get('type_name')),
              str('name', b.get('name')),
              {
                order: optStr('order', b.get('order')) ?? null,
                perPage: intArg(b.get('per_page'), 50),
                tags: typeof tags === 'string' ? [tags] : (tags ?? null),
                start: optStr('start', b.get('start')) ?? null,
              },
            );
            return artifactsPaginator(got, artifactType);
          },
          this,
        ),
      ],
      [
        'artifact_versions',
        method(
          'Api.artifact_versions',
          async (b) =>
            artifactsPaginator(
              await api.artifactVersions(
                str('type_name', b.get('type_name')),
                str('name', b.get('name')),
                intArg(b.get('per_page'), 50),
              ),
              artifactType,
            ),
          this,
        ),
      ],
      [
        'run',
        method(
          'Api.run',
          async (b) =>
            new PyPublicRun(await api.run(optStr('path', b.get('path')) ?? ''), sdk, artifactType),
          this,
        ),
      ],
      [
        'project',
        method(
          'Api.project',
          async (b) => {
            const p = await api.project(
              str('name', b.get('name')),
              optStr('entity', b.get('entity')) ?? null,
            );
            return new PyProject(p.entity, p.name, api);
          },
          this,
        ),
      ],
      [
        'user',
        method(
          'Api.user',
          (b) => apiUser(api, str('username_or_email', b.get('username_or_email'))),
          this,
        ),
      ],
      [
        'users',
        method(
          'Api.users',
          (b) => apiUsers(api, str('username_or_email', b.get('username_or_email'))),
          this,
        ),
      ],
      ['team', method('Api.team', (b) => apiTeam(api, str('team', b.get('team'))), this)],
      [
        'registry',
        method(
          'Api.registry',
          async (b) =>
            new PyRegistry(
              await api.registry(
                str('name', b.get('name')),
                optStr('organization', b.get('organization')) ?? null,
              ),
              ctx,
            ),
          this,
        ),
      ],
    ]);
  }
  get typeName(): string {
    return 'Api';
  }
  /** `wandb.Api` is `wandb.apis.public.api.Api`. */
  override get pyType(): PyType | undefined {
    return this.apiType;
  }
  override getAttr(name: string): PyValue | undefined {
    return this.methods.get(name);
  }
  /** Api has no __repr__ of its own: object's. */
  repr(): string {
    return `<wandb.apis.public.api.Api object at ${fakeAddress(this)}>`;
  }
}

/** `wandb.Api(overrides=None, ...)`'s body; the type itself is in module.ts (always there). */
export async function newApi(
  sdk: WandbSdk,
  o: PyValue | undefined,
  artifactType: PyType,
  apiType?: PyType,
): Promise<PyApi> {
  const overrides: { entity?: string; project?: string } = {};
  if (o instanceof PyDict) {
    for (const [k, v] of o.map.values()) {
      if ((k === 'entity' || k === 'project') && typeof v === 'string') overrides[k] = v;
    }
  } else if (o !== undefined && o !== null) {
    throw pyErr(E.TypeError, `overrides must be a dict, not ${typeName(o)}`);
  }
  return new PyApi(sdk, await sdk.api(overrides), artifactType, apiType);
}
