// wandb.Api(): read-back of artifacts and registries, over the same GraphQL operations.
import { SimError } from '../errors/simError';
import { resolveOrgInfo } from '../rules/client/orgResolution';
import { pyRepr } from '../text/pyRepr';
import { isRegistryProject, parseTargetPath } from '../paths/targetPath';
import { Artifact } from './artifact';
import { loadRun, type PublicRun } from './publicRun';
import {
  type ArtifactCollection,
  loadCollection,
  projectArtifacts,
  projectArtifactTypes,
  typeCollections,
} from './collections';
import { COMM, normalizeExceptions } from './errors';
import { Registry, requireFeature } from './registry';
import { Registries } from './registrySearch';
import type { WandbSdk } from './wandbSdk';
import type { Result } from '../protocol';
import type { UserNode } from '../protocol/users';

export class Api {
  private readonly sdk: WandbSdk;
  /**
   * Api.__init__: `InternalApi().settings()` (entity, project, organization from the
   * environment as it is now), then `overrides` over them. Later changes to the environment
   * do not reach this Api.
   */
  private readonly settings: { entity?: string; project?: string; organization?: string };

  constructor(sdk: WandbSdk, overrides: { entity?: string; project?: string } = {}) {
    this.sdk = sdk;
    const env = sdk.internalApiSettings();
    this.settings = {
      entity: overrides.entity || env.entity,
      project: overrides.project || env.project,
      organization: env.organization,
    };
  }

  /** The API's default entity: overrides, WANDB_ENTITY, else the viewer's default entity. */
  async defaultEntity(): Promise<string> {
    return this.settings.entity || (await this.sdk.viewerInfo()).entity;
  }

  /** Api.artifact(name, type=None): `_artifact` wrapped in normalize_exceptions. */
  artifact(name: string, type?: string | null): Promise<Artifact> {
    return normalizeExceptions(this.sdk.debug, () => this.artifactUnwrapped(name, type));
  }

  /**
   * Api._artifact: what run.use_artifact and link_model call, so its ValueErrors are
   * not turned into CommError there. The returned name keeps the alias asked for.
   */
  async artifactUnwrapped(name: string, type?: string | null): Promise<Artifact> {
    const path = parseTargetPath(name);
    const { entity, project } = await this.artifactPath(name);
    const data = await this.sdk.request('ArtifactMembershipByName', {
      entity,
      project,
      name: path.name,
    });
    if (!data.project)
      throw new SimError(
        'ValueError',
        `project ${pyRepr(project)} not found under entity ${pyRepr(entity)}`,
        isRegistryProject(project) ? 'registry-not-found' : 'version-not-found',
      );
    const m = data.project.artifactCollectionMembership;
    if (!m) {
      throw new SimError(
        'ValueError',
        `artifact membership ${pyRepr(path.name)} not found in ${pyRepr(`${entity}/${project}`)}`,
        'version-not-found',
      );
    }
    const artifact = Artifact.fromMembership(this.sdk, m, path.name);
    if (type !== undefined && type !== null && artifact.type !== type) {
      throw new SimError(
        'ValueError',
        `type ${pyRepr(type)} specified but this artifact is of type ${pyRepr(artifact.type)}`,
        'wrong-argument',
      );
    }
    return artifact;
  }

  /**
   * `_parse_artifact_path` with the API's defaults; a registry project's entity is the org
   * entity (`_resolve_org_entity_name`, the org from the path's first part or the settings).
   */
  private async artifactPath(
    name: string,
  ): Promise<{ entity: string; project: string; name: string }> {
    const path = parseTargetPath(name);
    const apiEntity = await this.defaultEntity();
    const project = path.project || this.settings.project || 'uncategorized';
    let entity = path.prefix || apiEntity;
    if (isRegistryProject(project)) {
      entity = await this.orgEntity(apiEntity, path.prefix || this.settings.organization);
    }
    return { entity, project, name: path.name };
  }

  private async orgEntity(apiEntity: string, org: string | undefined): Promise<string> {
    const info = await this.sdk.request('FetchOrgInfoFromEntity', { entity: apiEntity });
    return resolveOrgInfo(info, apiEntity, org || undefined).info.entityName;
  }

  /** `_parse_project_path`: "entity/project" or a project of the default entity. */
  private async projectPath(projectName: string): Promise<{ entity: string; project: string }> {
    const apiEntity = await this.defaultEntity();
    const cut = projectName.indexOf('/');
    const prefix = cut < 0 ? '' : projectName.slice(0, cut);
    const project = cut < 0 ? projectName : projectName.slice(cut + 1);
    const entity = isRegistryProject(project)
      ? await this.orgEntity(apiEntity, prefix || this.settings.organization)
      : prefix || apiEntity;
    return { entity, project };
  }

  /**
   * artifact_exists(name, type=None): False when the version cannot be found. The source
   * catches only CommError; the real server answers a missing version with an error, and the
   * SDK's own system test expects False (ASSUMPTIONS.md).
   */
  artifactExists(name: string, type?: string | null): Promise<boolean> {
    return normalizeExceptions(this.sdk.debug, async () => {
      try {
        await this.artifactUnwrapped(name, type);
        return true;
      } catch (e) {
        if (e instanceof SimError && (e.pyType === COMM || e.pyType === 'ValueError')) return false;
        throw e;
      }
    });
  }

  /**
   * artifact_collection_exists(name, type): `artifact_collection(type, name)`; a CommError
   * (which its normalize_exceptions makes of any other error) is False.
   */
  artifactCollectionExists(name: string, type: string): Promise<boolean> {
    return normalizeExceptions(this.sdk.debug, async () => {
      try {
        await this.artifactCollection(type, name);
        return true;
      } catch (e) {
        if (e instanceof SimError && e.pyType === COMM) return false;
        throw e;
      }
    });
  }

  /** artifact_collection(type_name, name): ProjectArtifactCollection. */
  artifactCollection(typeName: string, name: string): Promise<ArtifactCollection> {
    return normalizeExceptions(this.sdk.debug, async () => {
      const p = await this.artifactPath(name);
      return loadCollection(this.sdk, p.entity, p.project, typeName, p.name.split(':')[0]);
    });
  }

  /**
   * artifact_collections(project_name, type_name, order=None, per_page=50, start=None): the lazy
   * ArtifactCollections; `order` needs a server feature the simulated one does not report.
   */
  artifactCollections(
    projectName: string,
    typeName: string,
    opts: { order?: unknown; perPage?: number; start?: string | null } = {},
  ) {
    return normalizeExceptions(this.sdk.debug, async () => {
      const p = await this.projectPath(projectName);
      if (opts.order !== undefined && opts.order !== null) {
        await requireFeature(
          this.sdk,
          'ARTIFACT_COLLECTIONS_FILTERING_SORTING',
          'Filtering and ordering of artifact collections is not supported on this wandb server version. Please upgrade your server version or contact support at support@wandb.com.',
          'wandb.errors.UnsupportedError',
        );
      }
      return typeCollections(
        this.sdk,
        p.entity,
        p.project,
        typeName,
        opts.perPage ?? 50,
        opts.start ?? null,
      );
    });
  }

  /** artifacts(type_name, name, order=None, per_page=50, tags=None, start=None): lazy Artifacts. */
  artifacts(
    typeName: string,
    name: string,
    opts: {
      order?: string | null;
      perPage?: number;
      tags?: string[] | null;
      start?: string | null;
    } = {},
  ) {
    return normalizeExceptions(this.sdk.debug, async () => {
      const p = await this.artifactPath(name);
      return projectArtifacts(
        this.sdk,
        p.entity,
        p.project,
        typeName,
        p.name.split(':')[0],
        opts.perPage ?? 50,
        opts.order ?? null,
        opts.tags ?? null,
        opts.start ?? null,
      );
    });
  }

  /** artifact_versions(type_name, name, per_page=50): deprecated, warns, then artifacts(). */
  artifactVersions(typeName: string, name: string, perPage = 50) {
    this.sdk.termlogOnce(
      'warn',
      'Api.artifact_versions(type_name, name) is deprecated, use Api.artifacts(type_name, name) instead.',
    );
    return this.artifacts(typeName, name, { perPage });
  }

  /**
   * run(path): `_parse_path` ("entity/project/id", "entity/project/runs/id", "project/id",
   * "id" with the API's project), then the `Run` query; every failure is a CommError.
   */
  run(path = ''): Promise<PublicRun> {
    return normalizeExceptions(this.sdk.debug, async () => {
      let entity: string | undefined = await this.defaultEntity();
      let project: string | undefined = this.settings.project;
      let id: string | undefined;
      const parts = path
        .replaceAll('/runs/', '/')
        .replaceAll('/sweeps/', '/')
        .replace(/^[/ ]+|[/ ]+$/g, '')
        .split('/');
      if (parts.length === 3) [entity, project, id] = parts;
      else if (parts.length === 2) {
        if (parts[1].includes(':')) {
          entity = parts[0];
          const cut = parts[1].indexOf(':');
          [project, id] = [parts[1].slice(0, cut), parts[1].slice(cut + 1)];
        } else [project, id] = parts;
      } else if (parts.length === 1 && parts[0]) {
        const cut = parts[0].indexOf(':');
        if (cut >= 0) [project, id] = [parts[0].slice(0, cut), parts[0].slice(cut + 1)];
        else id = parts[0];
      }
      entity = entity?.trim();
      project = project?.trim();
      id = id?.trim();
      if (!entity)
        throw new SimError(
          'ValueError',
          `Invalid path: ${pyRepr(path)} (missing entity)`,
          'wrong-argument',
        );
      if (!project)
        throw new SimError(
          'ValueError',
          `Invalid path: ${pyRepr(path)} (missing project)`,
          'wrong-argument',
        );
      if (!id) throw new SimError('ValueError', `Invalid path: ${pyRepr(path)}`, 'wrong-argument');
      return loadRun(this.sdk, entity, project, id);
    });
  }

  /** project(name, entity=None): a registry project's entity is the org entity. */
  async project(name: string, entity?: string | null): Promise<{ entity: string; name: string }> {
    if (isRegistryProject(name)) {
      return {
        entity: await this.orgEntity(
          await this.defaultEntity(),
          entity ?? this.settings.organization,
        ),
        name,
      };
    }
    return { entity: entity || (await this.defaultEntity()), name };
  }

  /** Api.user / Api.users: SearchUsers (not under normalize_exceptions). */
  async searchUsers(query: string): Promise<UserNode[]> {
    const d = await this.sdk.request('SearchUsers', { query });
    return d.users?.edges.map((e) => e.node) ?? [];
  }

  /** Api.user(username_or_email): the first match (warning when there are several), or None. */
  async user(query: string): Promise<UserNode | null> {
    const found = await this.searchUsers(query);
    if (found.length > 1) {
      this.sdk.termlog(
        'warn',
        `Found multiple users, returning the first user matching ${pyRepr(query)}`,
      );
    }
    return found[0] ?? null;
  }

  /** Team(...).load: GetTeamEntity; None when there is no such entity. */
  async teamEntity(name: string): Promise<Result<'GetTeamEntity'>['entity']> {
    return (await this.sdk.request('GetTeamEntity', { name })).entity;
  }

  /** Project.artifacts_types(per_page=50): the lazy ArtifactTypes; per_page is not passed on. */
  projectArtifactTypes(entity: string, project: string) {
    return projectArtifactTypes(this.sdk, entity, project);
  }

  /**
   * apis/public/utils.py `fetch_org_from_settings_or_entity`: WANDB_ORGANIZATION, else the
   * one org of the settings' (or default) entity; a personal entity in several orgs fails.
   */
  async defaultOrganization(): Promise<string> {
    if (this.settings.organization) return this.settings.organization;
    const entity = await this.defaultEntity();
    const info = await this.sdk.request('FetchOrgInfoFromEntity', { entity });
    const e = info.entity;
    const orgs = e?.organization ? [e.organization] : (e?.user?.organizations ?? []);
    if (orgs.length === 0) {
      throw new SimError(
        'ValueError',
        'No organizations found for entity. Please specify an organization in the settings.',
        'personal-no-org',
      );
    }
    if (orgs.length > 1) {
      throw new SimError(
        'ValueError',
        'Multiple organizations found for entity. Please specify an organization in the settings.',
        'multiple-orgs',
      );
    }
    return orgs[0].name;
  }

  /**
   * Api.registries(organization=None, filter=None, order=None, per_page=100, start=None): the
   * lazy Registries paginator; nothing is fetched until it is iterated.
   */
  async registries(
    organization: string | null,
    filter: unknown = null,
    order: unknown = null,
    perPage = 100,
    start: string | null = null,
  ): Promise<Registries> {
    await requireFeature(
      this.sdk,
      'ARTIFACT_REGISTRY_SEARCH',
      'Registry search API is not enabled on this wandb server version. Please upgrade your server version or contact support at support@wandb.com.',
    );
    const org = organization || (await this.defaultOrganization());
    return new Registries(this.sdk, org, filter, order, perPage, start);
  }

  /** Api.organization(name): FetchOrganization; a missing org is its ValueError, normalized. */
  organizationEntity(name: string): Promise<string> {
    return normalizeExceptions(this.sdk.debug, async () => {
      const d = await this.sdk.request('FetchOrganization', { org: name });
      const entity = d.organization?.orgEntity?.name;
      if (!entity)
        throw new SimError('ValueError', `Organization ${pyRepr(name)} not found.`, 'wrong-org');
      return entity;
    });
  }

  /**
   * Api.registry(name, organization=None): the org (Api.organization: `Organization 'X' not
   * found.` as a CommError), then Registry.load's FetchRegistry.
   */
  async registry(name: string, organization?: string | null): Promise<Registry> {
    await requireFeature(
      this.sdk,
      'ARTIFACT_REGISTRY_SEARCH',
      'api.registry() is not enabled on this wandb server version. Please upgrade your server version or contact support at support@wandb.com.',
    );
    const org = organization || (await this.defaultOrganization());
    const registry = new Registry(this.sdk, org, await this.organizationEntity(org), name);
    await registry.load();
    return registry;
  }

  /**
   * Api.create_registry(name, visibility, organization=None, description=None,
   * artifact_types=None): refuses a name already taken, then Registry.create.
   */
  async createRegistry(
    name: string,
    visibility: unknown,
    organization: string | null,
    description: string | null,
    artifactTypes: string[] | null,
  ): Promise<Registry> {
    await requireFeature(
      this.sdk,
      'INCLUDE_ARTIFACT_TYPES_IN_REGISTRY_CREATION',
      'create_registry api is not enabled on this wandb server version. Please upgrade your server version or contact support at support@wandb.com.',
    );
    const org = organization || (await this.defaultOrganization());
    let existing: Registry | null = null;
    try {
      existing = await this.registry(name, org);
    } catch (e) {
      if (!(e instanceof SimError && e.pyType === 'ValueError')) throw e;
    }
    if (existing) {
      throw new SimError(
        'ValueError',
        `Registry ${pyRepr(name)} already exists in organization ${pyRepr(org)}, please use a different name.`,
        'registry-exists',
      );
    }
    const orgEntity = await this.organizationEntity(org);
    return Registry.create(this.sdk, org, orgEntity, name, visibility, description, artifactTypes);
  }
}
