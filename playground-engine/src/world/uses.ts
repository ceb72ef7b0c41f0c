// Which runs used which versions (UseArtifact), kept apart from the version records: a use
// names a run and a source version by id, and goes when the version is deleted.
import type { UseRec } from './types';

export class UseLog {
  /** source version id → its uses, in the order they were recorded. */
  private readonly byArtifact = new Map<string, UseRec[]>();
  /** run id → its uses, in the order they were recorded. */
  private readonly byRun = new Map<string, UseRec[]>();
  private all: UseRec[] = [];

  /** Records a use; a run using the same version again adds nothing. False when known. */
  add(use: UseRec): boolean {
    const list = this.byArtifact.get(use.artifactId) ?? [];
    if (list.some((u) => u.runId === use.runId)) return false;
    list.push(use);
    this.byArtifact.set(use.artifactId, list);
    const runs = this.byRun.get(use.runId) ?? [];
    runs.push(use);
    this.byRun.set(use.runId, runs);
    this.all.push(use);
    return true;
  }

  /** The runs that used a version, first use first. */
  ofArtifact(artifactId: string): readonly UseRec[] {
    return this.byArtifact.get(artifactId) ?? [];
  }

  /** The versions a run used, first use first. */
  ofRun(runId: string): readonly UseRec[] {
    return this.byRun.get(runId) ?? [];
  }

  /** Forgets a deleted version's uses. */
  dropArtifact(artifactId: string): void {
    const gone = this.byArtifact.get(artifactId);
    if (!gone) return;
    this.byArtifact.delete(artifactId);
    this.all = this.all.filter((u) => u.artifactId !== artifactId);
    for (const u of gone) {
      const rest = (this.byRun.get(u.runId) ?? []).filter((x) => x !== u);
      if (rest.length) this.byRun.set(u.runId, rest);
      else this.byRun.delete(u.runId);
    }
  }

  /** Every use, in the order recorded (snapshots). */
  list(): UseRec[] {
    return [...this.all];
  }
}
