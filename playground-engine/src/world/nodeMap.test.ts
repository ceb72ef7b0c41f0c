import { describe, expect, it } from 'vitest';
import { DeterministicSource } from './deterministic';
import { NodeMap, nodeNumber } from './nodeMap';

const rec = (id: string) => ({ id });

describe('nodeNumber', () => {
  it('reads <n> of btoa("Kind:<n>") for every padding length', () => {
    for (const kind of ['Artifact', 'ArtifactCollectionMembership', 'Project', 'X']) {
      for (const n of [0, 1, 9, 10, 99, 123, 4567, 100_000, 12_345_678]) {
        expect(nodeNumber(btoa(`${kind}:${n}`))).toBe(n);
      }
    }
  });

  it('gives -1 for ids of another form', () => {
    for (const id of [
      '',
      'a1',
      'not base64!',
      btoa('Artifact'),
      btoa('Artifact:'),
      btoa('Artifact:1x'),
      btoa('A:1234567890123'),
      'é',
    ]) {
      expect(nodeNumber(id)).toBe(-1);
    }
  });
});

describe('NodeMap', () => {
  it('finds, replaces and deletes records by the ids a DeterministicSource hands out', () => {
    const src = DeterministicSource.fromSeed(1);
    const m = new NodeMap<{ id: string }>((r) => r.id);
    const ids = Array.from({ length: 50 }, (_, i) => src.nodeId(i % 2 ? 'Artifact' : 'Project'));
    for (const id of ids) m.set(id, rec(id));
    expect(m.size).toBe(50);
    expect(ids.every((id) => m.get(id)?.id === id)).toBe(true);
    const other = rec(ids[3]);
    m.set(ids[3], other);
    expect(m.get(ids[3])).toBe(other);
    m.delete(ids[3]);
    expect(m.get(ids[3])).toBeUndefined();
    expect(m.size).toBe(49);
    expect([...m.values()].map((r) => r.id)).toEqual(ids.filter((id) => id !== ids[3]));
  });

  it('keeps ids of another form, and two ids with the same number, apart', () => {
    const m = new NodeMap<{ id: string }>((r) => r.id);
    const a = rec(btoa('Artifact:7'));
    const b = rec(btoa('ArtifactCollectionMembership:7'));
    const c = rec('hand-written');
    for (const r of [a, b, c]) m.set(r.id, r);
    expect([m.get(a.id), m.get(b.id), m.get(c.id)]).toEqual([a, b, c]);
    expect(m.get(btoa('Project:7'))).toBeUndefined();
    expect(m.get('missing')).toBeUndefined();
    m.delete(a.id);
    expect([m.get(a.id), m.get(b.id), m.size]).toEqual([undefined, b, 2]);
    expect([...m.values()]).toEqual([b, c]);
  });
});
