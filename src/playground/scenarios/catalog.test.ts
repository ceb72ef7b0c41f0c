import { scenarios } from 'playground-engine';
import { describe, expect, it } from 'vitest';
import { SCENARIO_CATALOG } from './catalog';

describe('scenario catalog', () => {
  it('lists exactly the engine scenarios, in order, with the same titles and anchors', () => {
    expect(SCENARIO_CATALOG).toEqual(
      scenarios.map((s) => ({ id: s.id, title: s.title, docs: s.docs })),
    );
  });
});
