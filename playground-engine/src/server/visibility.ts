import { canReadEntity, registryRole } from '../rules/server/permissions';
import type { ProjectRec } from '../world/types';
import type { World } from '../world/world';

/** Can the viewer see this project at all (restricted registries are invisible)? */
export function visibleProject(
  world: World,
  entity: string,
  project: string,
): ProjectRec | undefined {
  const p = world.getProject(entity, project);
  if (!p) return undefined;
  if (p.registry) return registryRole(world, world.viewer, p) ? p : undefined;
  return canReadEntity(world, world.viewer, entity) ? p : undefined;
}
