import type * as ops from '../../protocol/runs';
import { SimError } from '../../errors/simError';
import { msg } from '../../rules/server/serverMessages';
import type { RunRec } from '../../world/types';
import type { World } from '../../world/world';
import { parseJsonObject, required, str } from '../decode';
import { projectRef } from '../fragments';
import { runArtifactsAnswer } from './runArtifacts';
import { visibleProject } from '../visibility';
import { upsertRun } from '../mutations';
import type { ResolversOf } from '../resolver';

/** The run a storage id (`btoa("Run:ID")`) names, or the playground's not-found refusal. */
function storedRun(world: World, storageId: string): RunRec {
  let runId = '';
  try {
    runId = atob(storageId).replace(/^Run:/, '');
  } catch {
    // Not base64: no run has it.
  }
  const run = runId ? world.getRun(runId) : undefined;
  if (!run)
    throw new SimError('wandb.errors.CommError', msg.runNotFound(storageId), 'version-not-found');
  return run;
}

/** The completion a request reports: its exit code, or `state: "finished"` as exit code 0. */
function exitCodeOf(v: { exitCode?: unknown; state?: unknown }): number | undefined {
  if (typeof v.exitCode === 'number' && Number.isInteger(v.exitCode)) return v.exitCode;
  return str(v.state) === 'finished' ? 0 : undefined;
}

export const runResolvers = {
  UpsertBucket: (world, v) => {
    const viewer = world.getUser(world.viewer)!;
    // By storage id (the public API), the run must exist; its own entity and project apply.
    const storageId = str(v.id);
    const stored = !str(v.name) && storageId ? storedRun(world, storageId) : undefined;
    const id = stored?.id ?? str(v.name);
    const before = id ? world.getRun(id) : undefined;
    const run = upsertRun(world, world.viewer, {
      id,
      entity: stored?.entity ?? (str(v.entity) || viewer.defaultEntity),
      project: stored?.project ?? (str(v.project) || 'uncategorized'),
      name: str(v.displayName),
      jobType: str(v.jobType),
      group: str(v.groupName),
      notes: str(v.notes),
      // `[String!]`: null leaves the tags as they are, a list replaces them.
      tags: Array.isArray(v.tags) ? v.tags.filter((t) => typeof t === 'string') : undefined,
      config: v.config == null ? undefined : parseJsonObject(v.config),
      summary: v.summaryMetrics == null ? undefined : parseJsonObject(v.summaryMetrics),
      exitCode: exitCodeOf(v),
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

  ArtifactCreatedBy: (world, v) => {
    const a = world.getArtifact(required(v, 'id'));
    if (!a) return { artifact: null };
    const seq = world.getCollection(a.sequenceId);
    if (!seq || !visibleProject(world, seq.entity, seq.project)) return { artifact: null };
    const run = a.runId ? world.getRun(a.runId) : undefined;
    if (!run) return { artifact: { createdBy: null } };
    const p = projectRef(world, run.entity, run.project);
    return {
      artifact: {
        createdBy: {
          __typename: 'Run',
          id: btoa(`Run:${run.id}`),
          name: run.id,
          project: {
            id: p.id,
            internalId: p.internalId,
            name: run.project,
            entity: { name: run.entity },
          },
        },
      },
    };
  },

  // The versions the run created, in the order they were logged (a dedup hit is not new).
  RunOutputArtifacts: (world, v) =>
    runArtifactsAnswer(world, v, (run) =>
      world
        .listProjects(run.entity)
        .flatMap((p) => world.listCollections(run.entity, p.name))
        .filter((c) => c.kind === 'sequence')
        .flatMap((c) => world.listMemberships(c.id))
        .map((m) => world.getArtifact(m.artifactId)!)
        .filter((a) => a.runId === run.id)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    ),

  Run: (world, v) => {
    const entity = required(v, 'entity');
    const project = required(v, 'project');
    if (!visibleProject(world, entity, project)) return { project: null };
    const run = world.getRun(required(v, 'name'));
    if (!run || run.entity !== entity || run.project !== project) return { project: { run: null } };
    // The server keeps each config key as {"value": ...} (the SDK unwraps it).
    const config = Object.fromEntries(
      Object.entries(run.config).map(([k, value]) => [k, { value, desc: null }]),
    );
    return {
      project: {
        run: {
          id: btoa(`Run:${run.id}`),
          name: run.id,
          displayName: run.name,
          state: run.state,
          config: JSON.stringify(config),
          summaryMetrics: JSON.stringify(run.summary ?? {}),
          jobType: run.jobType ?? null,
          group: run.group ?? null,
          notes: run.notes ?? null,
          tags: run.tags ?? [],
          createdAt: run.createdAt,
        },
      },
    };
  },
} satisfies ResolversOf<typeof ops>;
