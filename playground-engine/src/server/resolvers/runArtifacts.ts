// The versions a run logged or used, one page at a time (RunOutputArtifacts and
// RunInputArtifacts share their shape): the cursor is the last version's id.
import type { RunOutputArtifacts } from '../../protocol/runs';
import type { ArtifactRec, RunRec } from '../../world/types';
import type { World } from '../../world/world';
import { required, str } from '../decode';
import { artifactFragment } from '../fragments';
import type { RawVariables } from '../resolver';
import { visibleProject } from '../visibility';

function runArtifactsPage(
  world: World,
  versions: ArtifactRec[],
  v: { cursor?: unknown; perPage?: unknown; includeAliases?: unknown },
) {
  const after = str(v.cursor);
  const start = after ? versions.findIndex((a) => a.id === after) + 1 : 0;
  const n = typeof v.perPage === 'number' && v.perPage > 0 ? v.perPage : 100;
  const slice = versions.slice(start, start + n);
  return {
    totalCount: versions.length,
    pageInfo: {
      __typename: 'PageInfo' as const,
      endCursor: slice.length ? slice[slice.length - 1].id : null,
      hasNextPage: start + n < versions.length,
    },
    edges: slice.map((a) => ({
      node: artifactFragment(world, a.id, v.includeAliases !== false),
    })),
  };
}

/**
 * `project(entityName, name) { run(name) { ... } }`: `{ project: null }` when the project is
 * not visible, `{ project: { run: null } }` when the run is not in it, else the page.
 */
export function runArtifactsAnswer(
  world: World,
  v: RawRunArtifactsVars,
  versionsOf: (run: RunRec) => ArtifactRec[],
) {
  const entity = required(v, 'entity');
  const project = required(v, 'project');
  if (!visibleProject(world, entity, project)) return { project: null };
  const run = world.getRun(required(v, 'run'));
  if (!run || run.entity !== entity || run.project !== project) return { project: { run: null } };
  return { project: { run: { artifacts: runArtifactsPage(world, versionsOf(run), v) } } };
}

type RawRunArtifactsVars = RawVariables<typeof RunOutputArtifacts>;
