import { describe, expect, it } from 'vitest';
import { operationNamed } from './documents';
import { eagerOperations } from './eager';
import { onDemandOperations } from './onDemand';
import { operations } from './operations';

describe('operationNamed', () => {
  it('gives what a first Run sends at once', () => {
    const op = operationNamed('LinkArtifact');
    expect(op).not.toBeInstanceOf(Promise);
    expect(op).toBe(operations.LinkArtifact);
  });

  it('gives the other operations after their half of the protocol loads', async () => {
    const op = operationNamed('FetchRegistries');
    expect(op).toBeInstanceOf(Promise);
    expect(await op).toBe(operations.FetchRegistries);
  });

  it('answers undefined for a name the protocol does not have', async () => {
    expect(await operationNamed('Nope')).toBeUndefined();
    expect(await operationNamed('toString')).toBeUndefined();
  });

  it('the two halves share no name and together are the whole table', () => {
    const eager = Object.keys(eagerOperations);
    expect(eager.filter((n) => Object.hasOwn(onDemandOperations, n))).toEqual([]);
    expect([...eager, ...Object.keys(onDemandOperations)].sort()).toEqual(
      Object.keys(operations).sort(),
    );
  });
});
