import { describe, expect, it } from 'vitest';
import { DeterministicSource } from './deterministic';
import { type NodeKey, nodeKey } from './nodeId';
import { NodeMap } from './nodeMap';

/** A record as NodeMap sees it: its kind and its key; `tag` tells two apart. */
const rec = (kind: string, id: string, tag = '') => ({ kind, key: nodeKey(kind, id), tag });

describe('NodeMap', () => {
  type Rec = { kind: string; key: NodeKey; tag: string };
  it('finds, replaces and deletes records by the ids a DeterministicSource hands out', () => {
    const src = DeterministicSource.fromSeed(1);
    const m = new NodeMap<Rec>();
    const kinds = Array.from({ length: 50 }, (_, i) => (i % 2 ? 'Artifact' : 'Project'));
    const ids = kinds.map((kind) => src.nodeId(kind));
    const recs = ids.map((id, i) => rec(kinds[i], id));
    for (const r of recs) m.set(r);
    expect(m.size).toBe(50);
    expect(ids.every((id, i) => m.get(kinds[i], id) === recs[i])).toBe(true);
    expect(m.get('Project', ids[1])).toBeUndefined();
    const other = rec(kinds[3], ids[3], 'other');
    m.set(other);
    expect(m.get(kinds[3], ids[3])).toBe(other);
    m.delete(other);
    expect(m.get(kinds[3], ids[3])).toBeUndefined();
    expect(m.size).toBe(49);
    expect([...m.values()]).toEqual(recs.filter((_, i) => i !== 3));
  });

  it('keeps ids of another form, and two ids with the same number, apart', () => {
    const m = new NodeMap<Rec>();
    const a = rec('Artifact', btoa('Artifact:7'));
    const b = rec('ArtifactCollectionMembership', btoa('ArtifactCollectionMembership:7'));
    const c = rec('Artifact', 'hand-written');
    for (const r of [a, b, c]) m.set(r);
    expect([
      m.get('Artifact', btoa('Artifact:7')),
      m.get('ArtifactCollectionMembership', btoa('ArtifactCollectionMembership:7')),
      m.get('Artifact', 'hand-written'),
    ]).toEqual([a, b, c]);
    expect(m.get('ArtifactCollectionMembership', 'hand-written')).toBeUndefined();
    expect(m.get('Project', btoa('Project:7'))).toBeUndefined();
    expect(m.get('Artifact', 'missing')).toBeUndefined();
    m.delete(a);
    expect([m.get('Artifact', btoa('Artifact:7')), m.size]).toEqual([undefined, 2]);
    expect(m.get('ArtifactCollectionMembership', btoa('ArtifactCollectionMembership:7'))).toBe(b);
    expect([...m.values()]).toEqual([b, c]);
  });
});
