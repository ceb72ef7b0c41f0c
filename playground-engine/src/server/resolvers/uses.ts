import type * as ops from '../../protocol/uses';
import { bool, obj, parseJsonObject, required, str, tagNames, ttlEdit } from '../decode';
import { artifactFragment, projectRef } from '../fragments';
import { deleteArtifact, updateArtifact, useArtifact } from '../mutations';
import { canWriteEntity } from '../../rules/server/permissions';
import type { ArtifactEdit } from '../../world/types';
import type { ResolversOf } from '../resolver';
import { visibleProject } from '../visibility';
import { runArtifactsAnswer } from './runArtifacts';

export const useResolvers = {
  UseArtifact: (world, v) => {
    const a = useArtifact(world, world.viewer, {
      entityName: required(v, 'entityName'),
      projectName: required(v, 'projectName'),
      runName: required(v, 'runName'),
      artifactId: required(v, 'artifactID'),
      artifactEntityName: str(v.artifactEntityName),
      artifactProjectName: str(v.artifactProjectName),
    });
    return {
      useArtifact: {
        artifact: {
          id: a.id,
          digest: a.digest,
          description: a.description,
          state: a.state,
          createdAt: a.createdAt,
          metadata: JSON.stringify(a.metadata),
        },
      },
    };
  },

  // The runs that used the version, first use first; runs the viewer cannot see are left out.
  ArtifactUsedBy: (world, v) => {
    const id = required(v, 'id');
    const a = world.getArtifact(id);
    const seq = a && world.getCollection(a.sequenceId);
    if (!seq || !visibleProject(world, seq.entity, seq.project)) return { artifact: null };
    const edges = world.uses
      .ofArtifact(id)
      .map((u) => world.getRun(u.runId))
      .filter((r) => r !== undefined && visibleProject(world, r.entity, r.project))
      .map((r) => {
        const p = projectRef(world, r!.entity, r!.project);
        return {
          node: {
            __typename: 'Run' as const,
            id: btoa(`Run:${r!.id}`),
            name: r!.id,
            project: {
              id: p.id,
              internalId: p.internalId,
              name: r!.project,
              entity: { name: r!.entity },
            },
          },
        };
      });
    return { artifact: { usedBy: { edges } } };
  },

  // The versions the run used, first use first.
  RunInputArtifacts: (world, v) =>
    runArtifactsAnswer(world, v, (run) =>
      world.uses
        .ofRun(run.id)
        .map((u) => world.getArtifact(u.artifactId))
        .filter((a) => a !== undefined),
    ),

  DeleteArtifact: (world, v) => {
    const input = obj(v.input);
    const id = required(input, 'artifactID');
    deleteArtifact(world, world.viewer, id, bool(input.deleteAliases, false));
    return { result: { artifact: { id } } };
  },

  UpdateArtifact: (world, v) => {
    const input = obj(v.input);
    const id = required(input, 'artifactID');
    const a = world.getArtifact(id);
    const add = tagNames(input.tagsToAdd);
    const drop = new Set(tagNames(input.tagsToDelete));
    const edit: ArtifactEdit = {
      ...(input.description !== undefined ? { description: str(input.description) ?? null } : {}),
      ...(typeof input.metadata === 'string' ? { metadata: parseJsonObject(input.metadata) } : {}),
      ...ttlEdit(input.ttlDurationSeconds),
    };
    if (add.length || drop.size) {
      const kept = (a?.tags ?? []).filter((t) => !drop.has(t));
      edit.tags = [...kept, ...add.filter((t) => !kept.includes(t))];
    }
    updateArtifact(world, world.viewer, id, edit);
    return { result: { artifact: artifactFragment(world, id, bool(v.includeAliases, true)) } };
  },

  IsProjectReadOnly: (world, v) => {
    const entity = required(v, 'entity');
    const p = visibleProject(world, entity, required(v, 'project'));
    return { project: p ? { readOnly: !canWriteEntity(world, world.viewer, entity) } : null };
  },
} satisfies ResolversOf<typeof ops>;
