import type { WorldSnapshot } from 'playground-engine';

/**
 * The World inspector's runs: one row per run of the world, newest first, with what the
 * server knows of it (state, tags, summary keys, the versions it logged and used). A pure
 * function of the snapshot, tested without React.
 */
export interface RunRow {
  /** The run id (`run.id`). */
  id: string;
  /** The display name (`run.name`), or the id when it has none. */
  name: string;
  /** `entity/project/id`, as `api.run(path)` takes it. */
  path: string;
  /** What the server reports: running, finished, failed or crashed. */
  state: string;
  /** The run ended badly (failed or crashed): the inspector marks it. */
  failed: boolean;
  /** Tags, summary keys (not the `_` ones wandb keeps for itself), versions logged and used. */
  detail: string;
}

type Snap = Pick<WorldSnapshot, 'runs' | 'artifacts' | 'collections' | 'uses'>;

export function runRows(snapshot: unknown): RunRow[] {
  const s = snapshot as Partial<Snap> | null;
  if (!s || !Array.isArray(s.runs)) return [];
  const sequences = new Map((s.collections ?? []).map((c) => [c.id, c.name]));
  const artifacts = s.artifacts ?? [];
  // A version by its source name, as `api.run(path).logged_artifacts()` names it.
  const versionName = new Map(
    artifacts.map((a) => [a.id, `${sequences.get(a.sequenceId) ?? '?'}:v${a.versionIndex}`]),
  );
  const used = new Map<string, string[]>();
  for (const u of s.uses ?? []) {
    const name = versionName.get(u.artifactId);
    if (name) used.set(u.runId, [...(used.get(u.runId) ?? []), name]);
  }
  return [...s.runs].reverse().map((r) => {
    const summaryKeys = Object.keys(r.summary ?? {}).filter((k) => !k.startsWith('_'));
    const logged = artifacts.filter((a) => a.runId === r.id).map((a) => versionName.get(a.id)!);
    const detail = [
      r.tags?.length ? `tags: ${r.tags.join(', ')}` : '',
      summaryKeys.length ? `summary: ${summaryKeys.join(', ')}` : '',
      logged.length ? `logged ${logged.join(', ')}` : '',
      used.get(r.id)?.length ? `used ${used.get(r.id)!.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return {
      id: r.id,
      name: r.name || r.id,
      path: `${r.entity}/${r.project}/${r.id}`,
      state: r.state,
      failed: r.state === 'failed' || r.state === 'crashed',
      detail,
    };
  });
}
