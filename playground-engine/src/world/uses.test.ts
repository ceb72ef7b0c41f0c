import { describe, expect, it } from 'vitest';
import { createWorld } from './createWorld';
import { manifestDigest } from './deterministic';
import type { WorldEvent } from './types';
import { worldFromSnapshot } from './snapshotSchema';
import type { World } from './world';

const log = (w: World, files: Record<string, string>) =>
  w.logVersion({
    entity: 'vision-team',
    project: 'p',
    name: 'clf',
    type: 'model',
    digest: manifestDigest(files),
    files,
  });

const newRun = (w: World) => w.createRun({ entity: 'vision-team', project: 'p' });

describe('uses and deletion in the world', () => {
  it('records a use once per run and version, in order, and names it in the event', () => {
    const w = createWorld();
    const events: WorldEvent[] = [];
    w.subscribe((e) => events.push(e));
    const a = log(w, { f: '1' }).artifact;
    const [r1, r2] = [newRun(w), newRun(w)];
    w.recordUse(r2.id, a.id);
    w.recordUse(r1.id, a.id);
    w.recordUse(r2.id, a.id);
    expect(w.uses.ofArtifact(a.id).map((u) => u.runId)).toEqual([r2.id, r1.id]);
    expect(w.uses.ofRun(r2.id).map((u) => u.artifactId)).toEqual([a.id]);
    expect(events.filter((e) => e.kind === 'artifact-used')).toMatchObject([
      { runId: r2.id, name: 'vision-team/p/clf:v0' },
      { runId: r1.id, name: 'vision-team/p/clf:v0' },
    ]);
  });

  it('deleting a version takes its links, aliases and uses; latest moves back; the index is not reused', () => {
    const w = createWorld();
    const v0 = log(w, { f: '1' }).artifact;
    const v1 = log(w, { f: '2' }).artifact;
    const link = w.link({
      artifactId: v1.id,
      entity: 'acme',
      project: 'wandb-registry-model',
      collection: 'c',
      type: 'model',
      aliases: ['prod'],
    }).membership;
    const r = newRun(w);
    w.recordUse(r.id, v1.id);
    const events: WorldEvent[] = [];
    w.subscribe((e) => events.push(e));
    w.deleteVersion(v1.id);
    expect(w.getArtifact(v1.id)).toBeUndefined();
    expect(w.getMembership(link.id)).toBeUndefined();
    expect(w.linksOfArtifact(v1.id)).toEqual([]);
    expect(w.uses.ofRun(r.id)).toEqual([]);
    expect(w.findMembership(v0.sequenceId, 'latest')?.artifactId).toBe(v0.id);
    expect(events).toMatchObject([
      {
        kind: 'artifact-deleted',
        name: 'vision-team/p/clf:v1',
        links: ['acme/wandb-registry-model/c:v0'],
      },
    ]);
    // Same content again: a new version (the deleted one no longer dedups), index 2.
    expect(log(w, { f: '2' })).toMatchObject({ deduped: false, artifact: { versionIndex: 2 } });
  });

  it('uses survive a snapshot; a use of an unknown version is refused', () => {
    const w = createWorld();
    const a = log(w, { f: '1' }).artifact;
    const r = newRun(w);
    w.recordUse(r.id, a.id);
    const back = worldFromSnapshot(w.snapshot());
    expect(back.uses.list()).toEqual(w.uses.list());
    const bad = { ...w.snapshot(), uses: [{ runId: r.id, artifactId: 'nope', createdAt: '' }] };
    expect(() => worldFromSnapshot(bad)).toThrow(/uses: unknown run .* or version 'nope'/);
  });
});
