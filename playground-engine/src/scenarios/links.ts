// Reads every registry link out of a world through its public read API, with the facts a
// goal check needs: where the link is, and who logged its source version.
import { registryNameOf } from '../paths/targetPath';
import type { EntityRec } from '../world/types';
import type { World } from '../world/world';

export interface RegistryLink {
  /** Org display name and ORG_ENTITY_NAME. */
  org: string;
  orgEntity: string;
  /** Registry name without the `wandb-registry-` prefix. */
  registry: string;
  collection: string;
  versionIndex: number;
  /** Membership aliases (the server's `latest` included). */
  aliases: string[];
  source: {
    entity: string;
    entityKind: EntityRec['kind'] | 'unknown';
    project: string;
    name: string;
    type: string;
  };
}

export function registryLinks(world: World): RegistryLink[] {
  const out: RegistryLink[] = [];
  for (const org of world.listOrgs()) {
    for (const project of world.listProjects(org.entityName)) {
      if (!project.registry) continue;
      const registry = registryNameOf(project.name);
      for (const coll of world.listCollections(org.entityName, project.name)) {
        if (coll.kind !== 'portfolio') continue;
        for (const m of world.listMemberships(coll.id)) {
          const artifact = world.getArtifact(m.artifactId);
          const seq = artifact ? world.getCollection(artifact.sequenceId) : undefined;
          const entity = seq ? world.getEntity(seq.entity) : undefined;
          out.push({
            org: org.name,
            orgEntity: org.entityName,
            registry,
            collection: coll.name,
            versionIndex: m.versionIndex,
            aliases: [...m.aliases],
            source: {
              entity: seq?.entity ?? '?',
              entityKind: entity?.kind ?? 'unknown',
              project: seq?.project ?? '?',
              name: seq?.name ?? '?',
              type: artifact?.type ?? coll.type,
            },
          });
        }
      }
    }
  }
  return out;
}
