// Server-side rules for what happens to a version after it is logged: a run uses it
// (UseArtifact), it is edited (UpdateArtifact), or it is deleted (DeleteArtifact). Pure: they read the world and return the
// records to change or throw the refusal (server text as CommError, as wandb-core hands it on).
import type { ErrorCode } from '../../errors/codes';
import { SimError } from '../../errors/simError';
import { isRegistryProject } from '../../paths/targetPath';
import type { ArtifactRec, RunRec } from '../../world/types';
import type { World } from '../../world/world';
import { canReadEntity, canWriteEntity, registryRole } from './permissions';
import { msg } from './serverMessages';

const comm = (m: string, code: ErrorCode) => new SimError('wandb.errors.CommError', m, code);

/** A source version the viewer can read, or the server's not-found refusal. */
function readableVersion(world: World, viewer: string, artifactId: string): ArtifactRec {
  const a = world.getArtifact(artifactId);
  const seq = a && world.getCollection(a.sequenceId);
  if (!a || !seq || !canReadEntity(world, viewer, seq.entity)) {
    throw comm(msg.artifactNotFound(artifactId), 'version-not-found');
  }
  return a;
}

export interface UseRequest {
  entityName: string;
  projectName: string;
  runName: string;
  artifactId: string;
  /** Where the version was fetched from (a link's registry), when the client says so. */
  artifactEntityName?: string;
  artifactProjectName?: string;
}

/**
 * UseArtifact: the run (in entity/project) and the version must exist. A version fetched
 * from a registry may be used by anyone who can see it there except a Restricted Viewer
 * (facts: "Restricted Viewer also cannot download or use_artifact").
 */
export function checkUse(
  world: World,
  viewer: string,
  req: UseRequest,
): { run: RunRec; artifact: ArtifactRec } {
  const run = world.getRun(req.runName);
  if (!run || run.entity !== req.entityName || run.project !== req.projectName) {
    throw comm(msg.runNotFound(req.runName), 'version-not-found');
  }
  const { artifactEntityName: entity, artifactProjectName: project } = req;
  const registry =
    entity && project && isRegistryProject(project) ? world.getProject(entity, project) : undefined;
  if (registry?.registry) {
    const role = registryRole(world, viewer, registry);
    const a = world.getArtifact(req.artifactId);
    if (!a || role === undefined)
      throw comm(msg.artifactNotFound(req.artifactId), 'version-not-found');
    if (role === 'restricted_viewer') throw comm(msg.permissionDenied, 'no-permission');
    return { run, artifact: a };
  }
  return { run, artifact: readableVersion(world, viewer, req.artifactId) };
}

/**
 * DeleteArtifact: only someone who may write the version's entity deletes it; with
 * `deleteAliases` false the server refuses a version that still has an alias, in its own
 * sequence or on any of its links (ASSUMPTIONS.md).
 */
export function checkDelete(
  world: World,
  viewer: string,
  artifactId: string,
  deleteAliases: boolean,
): ArtifactRec {
  const a = readableVersion(world, viewer, artifactId);
  const seq = world.getCollection(a.sequenceId)!;
  if (!canWriteEntity(world, viewer, seq.entity)) {
    throw comm(msg.deleteDenied(artifactId), 'delete-denied');
  }
  // A version linked into a registry under a protected alias is deleted by nobody (W&B docs,
  // "Protected aliases and deletion permissions"), delete_aliases or not.
  for (const link of world.linksOfArtifact(artifactId)) {
    const coll = world.getCollection(link.collectionId);
    const guarded = coll && world.getProject(coll.entity, coll.project)?.registry?.protectedAliases;
    const held = link.aliases.find((a) => guarded?.includes(a));
    if (held) throw comm(msg.deleteProtected(artifactId, held), 'protected-alias');
  }
  if (!deleteAliases) {
    const own = world.sourceMembership(artifactId);
    const memberships = [...(own ? [own] : []), ...world.linksOfArtifact(artifactId)];
    if (memberships.some((m) => m.aliases.length > 0)) {
      throw comm(msg.deleteHasAliases(artifactId), 'delete-has-aliases');
    }
  }
  return a;
}

/**
 * UpdateArtifact: only someone who may write the version's own entity edits its description,
 * metadata, tags or TTL, whether it was fetched from there or through a link (ASSUMPTIONS.md).
 */
export function checkUpdate(world: World, viewer: string, artifactId: string): ArtifactRec {
  const a = readableVersion(world, viewer, artifactId);
  const seq = world.getCollection(a.sequenceId)!;
  if (!canWriteEntity(world, viewer, seq.entity)) {
    throw comm(msg.updateDenied(artifactId), 'update-denied');
  }
  return a;
}
