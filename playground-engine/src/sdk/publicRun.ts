// A run as the public API sees it (wandb/apis/public/runs.py `Run`): loaded with the `Run`
// query when made, as the SDK's constructor does (`self.load(force=not _attrs)`).
import { SimError } from '../errors/simError';
import type { Result } from '../protocol';
import type { RunFragment } from '../protocol/runs';
import { Artifact } from './artifact';
import { SizedRelayPaginator } from './paginator';
import type { WandbSdk } from './wandbSdk';

export class PublicRun {
  constructor(
    readonly entity: string,
    readonly project: string,
    readonly data: RunFragment,
  ) {}
  get id(): string {
    return this.data.name;
  }
  get name(): string {
    return this.data.displayName;
  }
  get state(): string {
    return this.data.state;
  }
  get jobType(): string | null {
    return this.data.jobType;
  }
  get group(): string | null {
    return this.data.group;
  }
  get notes(): string | null {
    return this.data.notes;
  }
  get tags(): string[] {
    return this.data.tags;
  }
  get createdAt(): string {
    return this.data.createdAt;
  }
  /** `_convert_to_dict` of the config: each `{"value": v}` unwrapped. */
  get config(): Record<string, unknown> {
    const raw = safeJson(this.data.config);
    return Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [
        k,
        v && typeof v === 'object' && 'value' in (v as object)
          ? (v as { value: unknown }).value
          : v,
      ]),
    );
  }
  get summary(): Record<string, unknown> {
    return safeJson(this.data.summaryMetrics);
  }
  get path(): string[] {
    return [this.entity, this.project, this.id];
  }
  /** `storage_id`: the run's GraphQL id. */
  get storageId(): string {
    return this.data.id;
  }

  /**
   * HTTPSummary._write(commit=True): `UpsertBucket(id, summaryMetrics)` with the whole summary
   * JSON (`util.json_dumps_safer(self._json_dict)`); the server's answer is not read.
   */
  async commitSummary(sdk: WandbSdk, summary: Record<string, unknown>): Promise<void> {
    await sdk.request('UpsertBucket', {
      id: this.storageId,
      summaryMetrics: JSON.stringify(summary),
    });
  }
  /** f"<Run {'/'.join(self.path)} ({self.state})>" */
  toString(): string {
    return `<Run ${this.path.join('/')} (${this.state})>`;
  }
}

function safeJson(s: string): Record<string, unknown> {
  try {
    const v = JSON.parse(s);
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}

/**
 * Run.logged_artifacts / used_artifacts (per_page=100): public.RunArtifacts over
 * RunOutputArtifacts or RunInputArtifacts, lazy and sized; each version named `seq:vN` from its
 * source sequence, a used link too.
 */
export function runArtifacts(
  sdk: WandbSdk,
  run: PublicRun,
  mode: 'logged' | 'used',
  perPage = 100,
): SizedRelayPaginator<Artifact> {
  const op = mode === 'logged' ? 'RunOutputArtifacts' : 'RunInputArtifacts';
  return new SizedRelayPaginator('RunArtifacts', perPage, null, async (cursor, first) => {
    const d: Result<'RunOutputArtifacts'> = await sdk.request(op, {
      entity: run.entity,
      project: run.project,
      run: run.id,
      cursor,
      perPage: first,
    });
    const conn = d.project?.run?.artifacts;
    // The run was loaded when the public Run was made, and the simulator deletes no run.
    if (!conn)
      return {
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        totalCount: 0,
        items: [],
      };
    return {
      ...conn,
      items: conn.edges.map(({ node }) => Artifact.fromAttrs(sdk, node)),
    };
  });
}

/** Run(...).load: `RunNotFoundError: Could not find run <Run e/p/id (not found)>` when missing. */
export async function loadRun(
  sdk: WandbSdk,
  entity: string,
  project: string,
  id: string,
): Promise<PublicRun> {
  const d = await sdk.request('Run', { entity, project, name: id });
  const run = d.project?.run;
  if (!run) {
    throw new SimError(
      'wandb.apis.public.runs.RunNotFoundError',
      `Could not find run <Run ${entity}/${project}/${id} (not found)>`,
      'version-not-found',
    );
  }
  return new PublicRun(entity, project, run);
}
