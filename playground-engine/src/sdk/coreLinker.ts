// `run.link_artifact` in SDK 0.18.4 – 0.20.x: the request goes to wandb-core's Go linker
// (core/pkg/artifacts/linker.go, wandb_run.py at v0.20.1). Failures are printed with
// `termerror` and the call returns None; before 0.19.11 a success returns None too.
import { SimError } from '../errors/simError';
import { isRegistryProject } from '../paths/targetPath';
import type { Artifact } from './artifact';
import { COMM } from './errors';
import type { Run } from './run';
import { goNoOrgMessage, goWrongOrgMessage } from './versions';
import type { WandbSdk } from './wandbSdk';

/** wandb/util.py `_parse_entity_project_item`: (item, project, entity), missing parts ''. */
function parseEntityProjectItem(path: string): [string, string, string] {
  const words = path.split('/');
  if (words.length > 3) {
    throw new SimError(
      'ValueError',
      'Invalid path: must be str the form {item}, {project}/{item}, or {entity}/{project}/{item}',
      'invalid-path',
    );
  }
  const padded = [...Array(3 - words.length).fill(''), ...words];
  return [padded[2], padded[1], padded[0]];
}

export async function linkThroughCore(
  sdk: WandbSdk,
  run: Run,
  artifact: Artifact,
  targetPath: string,
  aliases: string[] | string | null | undefined,
): Promise<Artifact | null> {
  const [portfolio, targetProject, targetEntity] = parseEntityProjectItem(targetPath);
  const aliasList =
    aliases === undefined || aliases === null
      ? []
      : typeof aliases === 'string'
        ? [aliases]
        : aliases;
  if (artifact.isDraft() && !artifact.isSaving()) await run.logArtifact(artifact);
  if (run.offline) throw new SimError('NotImplementedError', '', 'offline');
  await artifact.wait();
  let organization = '';
  let entity = targetEntity;
  if (isRegistryProject(targetProject)) {
    organization = targetEntity || sdk.settings.organization || '';
    entity = artifact.sourceEntity;
  }
  const project = targetProject || run.project;
  entity = entity || run.entity;
  const fail = (message: string) => {
    sdk.termlog('error', message);
    return null;
  };
  if (isRegistryProject(project) && sdk.behaviour.resolvesOrg) {
    // resolveOrgEntityName: the org of the source's entity, checked against the given one.
    const info = await sdk.request('FetchOrgInfoFromEntity', { entity });
    const org = info.entity?.organization;
    if (!org?.orgEntity) return fail(goNoOrgMessage(sdk.behaviour, entity));
    if (organization && organization !== org.name && organization !== org.orgEntity.name) {
      return fail(goWrongOrgMessage(sdk.behaviour, org.name, organization));
    }
    entity = org.orgEntity.name;
  } else if (isRegistryProject(project)) {
    entity = organization || entity;
  }
  let versionIndex: number | null;
  try {
    const d = await sdk.request('LinkArtifact', {
      input: {
        artifactID: artifact.id as string, // logged by now (the caller waited)
        artifactPortfolioName: portfolio,
        entityName: entity,
        // Sent as is, even when unset (the server then names the missing variable).
        projectName: project as string,
        aliases: aliasList.map((alias) => ({ artifactCollectionName: portfolio, alias })),
      },
      includeAliases: false,
    });
    versionIndex = d.result.versionIndex;
  } catch (e) {
    if (e instanceof SimError && e.pyType === COMM) {
      return fail(`LinkArtifact: ${portfolio}, error: ${e.message}`);
    }
    throw e;
  }
  if (versionIndex === null) {
    return fail("Error fetching the linked artifact's version index after linking");
  }
  if (sdk.behaviour.linkReturnsNone) return null;
  const suffix = `${project}/${portfolio}:v${versionIndex}`;
  const name = isRegistryProject(project)
    ? organization
      ? `${organization}/${suffix}`
      : suffix
    : `${entity}/${suffix}`;
  try {
    const api = await sdk.api({ entity: run.entity, project: run.project });
    return await api.artifactUnwrapped(name);
  } catch (e) {
    return fail(`Error fetching link artifact after linking: ${(e as Error).message}`);
  }
}
