// Explains, without changing the world, where a target_path would link and whether the
// link would succeed: the docs' path tester and the simulated UIs use it. It runs the same
// parser, the same org resolution (over the same FetchOrgInfoFromEntity data the server
// returns) and the same server checks as a real link.
import type { World } from '../world/world';
import { SimError } from '../errors/simError';
import { checkLinkTarget } from '../rules/server/linkRules';
import { orgInfoFromEntity } from './orgInfo';
import { resolveOrgInfo } from '../rules/client/orgResolution';
import {
  isRegistryProject,
  parseTargetPath,
  registryNameOf,
  splitAlias,
  type TargetPath,
} from '../paths/targetPath';

export interface LinkTargetContext {
  world: World;
  /** Entity the source artifact was logged to. */
  sourceEntity: string;
  /** 'run' = run.link_artifact, 'artifact' = Artifact.link (default). */
  via?: 'run' | 'artifact';
  runEntity?: string;
  runProject?: string;
  env?: Record<string, string>;
  /** When given, the registry's accepted types and the collection's type are checked too. */
  artifactType?: string;
  /** Who links; default world.viewer. */
  viewer?: string;
}

export type LinkTargetResolution =
  | {
      ok: true;
      entity: string;
      project: string;
      collection: string;
      alias?: string;
      isRegistry: boolean;
      registry?: string;
      orgDisplayName?: string;
      orgEntityName?: string;
      steps: string[];
    }
  | { ok: false; error: SimError; steps: string[] };

// Everything inside Artifact.link surfaces as CommError (normalize_exceptions).
const asComm = (e: SimError) =>
  e.pyType === 'wandb.errors.CommError'
    ? e
    : new SimError('wandb.errors.CommError', e.message, e.code, e.hint);

export function resolveLinkTarget(path: string, ctx: LinkTargetContext): LinkTargetResolution {
  const steps: string[] = [];
  const via = ctx.via ?? 'artifact';
  const env = ctx.env ?? ctx.world.env;
  let parsed: TargetPath;
  try {
    parsed = parseTargetPath(path);
  } catch (e) {
    const err = e as SimError;
    steps.push(`Path '${path}' has more than 3 '/'-separated parts before the ':'.`);
    // run.link_artifact parses before the wrapper: a plain ValueError there.
    return { ok: false, error: via === 'run' ? err : asComm(err), steps };
  }
  steps.push(
    `Parsed: prefix=${show(parsed.prefix)}, project=${show(parsed.project)}, name=${show(parsed.name)}.`,
  );
  const { collection, alias } = splitAlias(parsed.name);
  if (alias !== undefined) {
    steps.push(
      `The ':${alias}' suffix is not stripped: the collection name sent is '${parsed.name}'. Use aliases= instead.`,
    );
  }
  const collectionName = parsed.name;
  let entity: string;
  let project: string;
  let orgDisplayName: string | undefined;
  let orgEntityName: string | undefined;
  const isRegistry = isRegistryProject(parsed.project);

  if (isRegistry) {
    project = parsed.project!;
    steps.push(
      `'${project}' starts with 'wandb-registry-': a registry path (registry '${registryNameOf(project)}').`,
    );
    const org = parsed.prefix || env.WANDB_ORGANIZATION || undefined;
    if (parsed.prefix) steps.push(`Org from the path prefix: '${parsed.prefix}'.`);
    else if (org) steps.push(`Org from WANDB_ORGANIZATION: '${org}'.`);
    else
      steps.push(
        `No org in the path or WANDB_ORGANIZATION: inferred from source entity '${ctx.sourceEntity}'.`,
      );
    try {
      const r = resolveOrgInfo(
        orgInfoFromEntity(ctx.world, ctx.sourceEntity),
        ctx.sourceEntity,
        org,
      );
      steps.push(`Org resolved: ${r.reason}; ORG_ENTITY_NAME is '${r.info.entityName}'.`);
      entity = r.info.entityName;
      orgDisplayName = r.info.orgName;
      orgEntityName = r.info.entityName;
    } catch (e) {
      steps.push('Org resolution failed on the client, before any link request.');
      return { ok: false, error: asComm(e as SimError), steps };
    }
  } else {
    if (via === 'run') {
      entity = parsed.prefix || ctx.runEntity || ctx.sourceEntity;
      project = parsed.project || ctx.runProject || env.WANDB_PROJECT || 'uncategorized';
      steps.push(`Not a registry path: missing parts come from the run (${entity}/${project}).`);
    } else {
      entity = parsed.prefix || ctx.sourceEntity;
      project = parsed.project || env.WANDB_PROJECT || 'uncategorized';
      steps.push(
        `Not a registry path: missing project from settings or 'uncategorized', missing entity from the source entity (${entity}/${project}).`,
      );
    }
  }
  const refusal = checkLinkTarget(ctx.world, ctx.viewer ?? ctx.world.viewer, {
    sourceEntity: ctx.sourceEntity,
    entityName: entity,
    projectName: project,
    collectionName,
    artifactType: ctx.artifactType,
  });
  if (refusal) {
    steps.push('The server would refuse the link.');
    return { ok: false, error: refusal, steps };
  }
  const exists = ctx.world.findCollection(entity, project, collectionName);
  steps.push(
    exists
      ? `Links into existing collection '${collectionName}' as v${exists.nextIndex}.`
      : `Collection '${collectionName}' does not exist yet: the link creates it.`,
  );
  return {
    ok: true,
    entity,
    project,
    collection: alias !== undefined ? collectionName : collection,
    alias,
    isRegistry,
    registry: isRegistry ? registryNameOf(project) : undefined,
    orgDisplayName,
    orgEntityName,
    steps,
  };
}

const show = (v: string | undefined) => (v === undefined ? '(none)' : `'${v}'`);
