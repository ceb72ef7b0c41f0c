// wandb.Api(): read-back of artifacts and registries, over the same GraphQL operations.
import { SimError } from '../rules/errors';
import type { FetchOrgInfoFromEntityData } from '../rules/orgInfo';
import { resolveOrgInfo } from '../rules/orgResolution';
import { pyRepr } from '../rules/pyRepr';
import { isRegistryProject, parseTargetPath } from '../rules/targetPath';
import type { MembershipFragment, RegistryFragment } from '../server/fragments';
import { Q } from '../server/queries';
import { Artifact } from './artifact';
import { normalizeExceptions } from './errors';
import type { WandbSdk } from './wandbSdk';

export interface Registry {
  /** Without the prefix, e.g. 'model'. */
  name: string;
  /** 'wandb-registry-model'. */
  fullName: string;
  /** Org display name. */
  organization: string;
  /** ORG_ENTITY_NAME. */
  entity: string;
  visibility: 'organization' | 'restricted';
  artifactTypes: string[];
  allowAllArtifactTypes: boolean;
}

export class Api {
  private readonly sdk: WandbSdk;
  private readonly overrides: { entity?: string; project?: string };

  constructor(sdk: WandbSdk, overrides: { entity?: string; project?: string } = {}) {
    this.sdk = sdk;
    this.overrides = overrides;
  }

  /** The API's default entity: overrides, WANDB_ENTITY, else the viewer's default entity. */
  async defaultEntity(): Promise<string> {
    return (
      this.overrides.entity || this.sdk.settings.entity || (await this.sdk.viewerInfo()).entity
    );
  }

  /** Api.artifact(name, type=None): `_artifact` wrapped in normalize_exceptions. */
  artifact(name: string, type?: string | null): Promise<Artifact> {
    return normalizeExceptions(this.sdk.settings.debug, () => this.artifactUnwrapped(name, type));
  }

  /**
   * Api._artifact: what run.use_artifact and link_model call, so its ValueErrors are
   * not turned into CommError there. The returned name keeps the alias asked for.
   */
  async artifactUnwrapped(name: string, type?: string | null): Promise<Artifact> {
    const path = parseTargetPath(name);
    const apiEntity = await this.defaultEntity();
    const project =
      path.project || this.overrides.project || this.sdk.settings.project || 'uncategorized';
    let entity = path.prefix || apiEntity;
    if (isRegistryProject(project)) {
      const org = path.prefix || this.sdk.settings.organization || undefined;
      const info = await this.sdk.request<FetchOrgInfoFromEntityData>(
        'FetchOrgInfoFromEntity',
        Q.FetchOrgInfoFromEntity,
        { entity: apiEntity },
      );
      entity = resolveOrgInfo(info, apiEntity, org).info.entityName;
    }
    const data = await this.sdk.request<{
      project: { artifactCollectionMembership: MembershipFragment | null } | null;
    }>('ArtifactMembershipByName', Q.ArtifactMembershipByName, {
      entity,
      project,
      name: path.name,
    });
    if (!data.project)
      throw new SimError(
        'ValueError',
        `project ${pyRepr(project)} not found under entity ${pyRepr(entity)}`,
      );
    const m = data.project.artifactCollectionMembership;
    if (!m) {
      throw new SimError(
        'ValueError',
        `artifact membership ${pyRepr(path.name)} not found in ${pyRepr(`${entity}/${project}`)}`,
      );
    }
    const artifact = Artifact.fromMembership(this.sdk, m, path.name);
    if (type !== undefined && type !== null && artifact.type !== type) {
      throw new SimError(
        'ValueError',
        `type ${pyRepr(type)} specified but this artifact is of type ${pyRepr(artifact.type)}`,
      );
    }
    return artifact;
  }

  /** Api.registries(organization=None): the registries the viewer can see. */
  async registries(organization?: string | null): Promise<Registry[]> {
    const d = await this.sdk.request<{
      viewer: {
        organizations: { orgEntity: { projects: { edges: { node: RegistryFragment }[] } } }[];
      };
    }>('FetchRegistries', Q.FetchRegistries, organization ? { organization } : {});
    return d.viewer.organizations.flatMap((o) =>
      o.orgEntity.projects.edges.map(({ node }) => ({
        name: node.name,
        fullName: node.projectName,
        organization: node.organization.name,
        entity: node.organization.entityName,
        visibility:
          node.visibility === 'RESTRICTED' ? ('restricted' as const) : ('organization' as const),
        artifactTypes: node.acceptedTypes,
        allowAllArtifactTypes: node.allowAllArtifactTypesInRegistry,
      })),
    );
  }
}
