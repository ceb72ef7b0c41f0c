import { describe, expect, it } from 'vitest';
import { isNodeId, nodeIdAt, nodeKey, nodeNumber } from './nodeId';

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

describe('isNodeId', () => {
  it('is true exactly for btoa("Kind:<n>") of that kind and number', () => {
    for (const kind of ['Artifact', 'ArtifactCollectionMembership', 'Project', 'X']) {
      for (const n of [0, 1, 9, 10, 99, 123, 4567, 100_000, 12_345_678, 123_456_789]) {
        const id = btoa(`${kind}:${n}`);
        expect(isNodeId(id, kind, n)).toBe(true);
        expect(isNodeId(id, kind, n + 1)).toBe(false);
        expect(isNodeId(id, `${kind}s`, n)).toBe(false);
        expect(isNodeId(id.replace(/=+$/, ''), kind, n)).toBe(!id.endsWith('='));
      }
    }
    // Same bytes, other trailing bits: not what btoa gives, so not the node's id.
    expect(isNodeId('QXJ0aWZhY3Q6MQ==', 'Artifact', 1)).toBe(true);
    expect(isNodeId('QXJ0aWZhY3Q6MR==', 'Artifact', 1)).toBe(false);
  });
});

describe('nodeIdAt', () => {
  it('is btoa("Kind:<n>"), also for the same id asked twice and numbers past its digits', () => {
    for (const kind of ['Artifact', 'ArtifactCollectionMembership', 'Project', 'X', '']) {
      for (const n of [0, 1, 9, 10, 99, 123, 4567, 100_000, 12_345_678, 10 ** 15, 2 ** 53]) {
        expect([nodeIdAt(kind, n), nodeIdAt(kind, n)]).toEqual(Array(2).fill(btoa(`${kind}:${n}`)));
      }
    }
    expect(nodeIdAt('X', 1.5)).toBe(btoa('X:1.5'));
  });
});

describe('nodeKey', () => {
  it('keeps <n> for a node id of the kind, the id itself for any other form', () => {
    expect(nodeKey('Artifact', btoa('Artifact:42'))).toBe(42);
    expect(nodeKey('Project', btoa('Artifact:42'))).toBe(btoa('Artifact:42'));
    expect(nodeKey('Artifact', 'hand-written')).toBe('hand-written');
    expect(nodeKey('Artifact', btoa('Artifact:042'))).toBe(btoa('Artifact:042'));
  });
});
