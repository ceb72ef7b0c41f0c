// confirm-exact-path is solved "in the Registry App": the code its empty collection shows
// (with the exact target_path) must reach the scenario's goal on a fresh world.
import { attemptScenario, createWorld, getScenario } from 'playground-engine';
import { describe, expect, it } from 'vitest';
import { emptyCollectionCode } from '../ui/codegen';

describe('confirm-exact-path through the Registry App', () => {
  it("the empty collection's snippet passes Check my fix", async () => {
    const s = getScenario('confirm-exact-path');
    const world = createWorld(s.seed);
    const org = world.getOrg('acme')!;
    // The collection the scenario points at is there, and empty, in a fresh world.
    const coll = world.findCollection(
      org.entityName,
      'wandb-registry-model',
      'sentiment-classifier',
    );
    expect(coll && world.membershipCount(coll.id)).toBe(0);

    const code = emptyCollectionCode({
      orgEntityName: org.entityName,
      registry: 'model',
      collection: 'sentiment-classifier',
      type: coll!.type,
    });
    const { result, verdict } = await attemptScenario(s, code);
    expect(result.error).toBeUndefined();
    expect(verdict).toEqual({ ok: true });
  });
});
