import type * as ops from '../../protocol/runs';
import { parseJsonObject, str } from '../decode';
import { upsertRun } from '../mutations';
import type { ResolversOf } from '../resolver';

export const runResolvers = {
  UpsertBucket: (world, v) => {
    const viewer = world.getUser(world.viewer)!;
    const id = str(v.name);
    const before = id ? world.getRun(id) : undefined;
    const run = upsertRun(world, world.viewer, {
      id,
      entity: str(v.entity) || viewer.defaultEntity,
      project: str(v.project) || 'uncategorized',
      name: str(v.displayName),
      jobType: str(v.jobType),
      config: parseJsonObject(v.config),
      state: str(v.state) === 'finished' ? 'finished' : 'running',
    });
    return {
      upsertBucket: {
        bucket: {
          id: btoa(`Run:${run.id}`),
          name: run.id,
          displayName: run.name,
          state: run.state,
          createdAt: run.createdAt,
          project: { name: run.project, entity: { name: run.entity } },
        },
        inserted: !before,
      },
    };
  },
} satisfies ResolversOf<typeof ops>;
