// The SDK's `_resolve_org_info` (wandb/sdk/artifacts/_gqlutils.py), rule for rule, over
// FetchOrgInfoFromEntity data. Both the SDK (after its GraphQL query) and the docs' path
// tester (over world data) call this one function.
import { SimError } from '../../errors/simError';
import type { Result } from '../../protocol';
import { pyRepr } from '../../text/pyRepr';

export interface OrgInfo {
  /** Display name. */
  orgName: string;
  /** ORG_ENTITY_NAME. */
  entityName: string;
}

export interface OrgResolution {
  info: OrgInfo;
  /** Human-readable: which rule matched. */
  reason: string;
}

const matches = (info: OrgInfo, org: string) => org === info.orgName || org === info.entityName;

/** Throws SimError('ValueError', <exact SDK text>) when no org can be resolved. */
export function resolveOrgInfo(
  data: Result<'FetchOrgInfoFromEntity'>,
  nonOrgEntity: string | undefined | null,
  orgOrEntity?: string | null,
): OrgResolution {
  if (!nonOrgEntity) {
    throw new SimError(
      'ValueError',
      'Entity name is required to resolve org entity name.',
      'entity-required',
    );
  }
  const entity = data.entity;
  const org = entity?.organization;
  if (org?.orgEntity) {
    const info = { orgName: org.name, entityName: org.orgEntity.name };
    if (!orgOrEntity) {
      return { info, reason: `'${nonOrgEntity}' is a team in org '${info.orgName}'` };
    }
    if (matches(info, orgOrEntity)) {
      return {
        info,
        reason: `'${orgOrEntity}' matches the ${orgOrEntity === info.orgName ? 'display' : 'entity'} name of the org of team '${nonOrgEntity}'`,
      };
    }
  }
  const orgs = entity?.user?.organizations;
  if (orgs && orgs.length > 0) {
    const infos: OrgInfo[] = [];
    for (const o of orgs)
      if (o.orgEntity) infos.push({ orgName: o.name, entityName: o.orgEntity.name });
    if (orgOrEntity) {
      const hit = infos.find((i) => matches(i, orgOrEntity));
      if (hit) {
        return {
          info: hit,
          reason: `'${orgOrEntity}' matches org '${hit.orgName}' of personal entity '${nonOrgEntity}'`,
        };
      }
      if (infos.length === 1) {
        throw new SimError(
          'ValueError',
          `Expecting the organization name or entity name to match ${pyRepr(infos[0].orgName)} and cannot be linked/fetched with ${pyRepr(orgOrEntity)}. Please update the target path with the correct organization name.`,
          'wrong-org',
        );
      }
      throw new SimError(
        'ValueError',
        `Personal entity belongs to multiple organizations and cannot be linked/fetched with ${pyRepr(orgOrEntity)}. Please update the target path with the correct organization name or use a team entity in the entity settings.`,
        'multiple-orgs',
      );
    }
    if (infos.length === 1) {
      return {
        info: infos[0],
        reason: `personal entity '${nonOrgEntity}' belongs to exactly one org, '${infos[0].orgName}', used silently`,
      };
    }
    if (infos.length === 0) {
      throw new SimError(
        'ValueError',
        `Unable to resolve an organization associated with personal entity: ${pyRepr(nonOrgEntity)}. This could be because its a personal entity that doesn't belong to any organizations. Please specify the organization in the Registry path or use a team entity in the entity settings.`,
        'personal-no-org',
      );
    }
    throw new SimError(
      'ValueError',
      `Personal entity ${pyRepr(nonOrgEntity)} belongs to multiple organizations and cannot be used without specifying the organization name. Please specify the organization in the Registry path or use a team entity in the entity settings.`,
      'multiple-orgs',
    );
  }
  throw new SimError(
    'ValueError',
    `Unable to find organization for entity ${pyRepr(nonOrgEntity)}.`,
    'team-name-as-org',
  );
}
