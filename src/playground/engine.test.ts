import * as real from 'playground-engine';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Engine,
  loadAnalyzer,
  loadEngine,
  loadEngineWithEdits,
  loadEngineWithWidgets,
  loadScenarios,
  setEngineLoaderForTests,
} from './engine';

// `Engine` is the engine module's own type, so the real module is one.
const typed: Engine = real;

afterEach(() => setEngineLoaderForTests(null));

describe('loadEngine', () => {
  it('loads the engine a page needs for a first Run, and its other parts on demand', async () => {
    const engine = await loadEngine();
    for (const name of ['createWorld', 'runSnippet', 'parseTargetPath'] as const) {
      expect(typeof engine[name]).toBe('function');
    }
    // The widgets' parts are not in it: loadEngineWithWidgets brings them.
    expect('resolveLinkTarget' in engine || 'createUiClient' in engine).toBe(false);
    expect(Object.keys(engine.worldSeeds)).toContain('docs');
    expect(typed.worldSeeds).toBe(engine.worldSeeds);
    // Each lazy part is the full API's own module: one analyze, one set of scenarios.
    expect((await loadAnalyzer()).analyze).toBe(real.analyze);
    expect((await loadScenarios()).attemptScenario).toBe(real.attemptScenario);
    const withEdits = await loadEngineWithEdits();
    expect(withEdits.worldFromSnapshot).toBe(real.worldFromSnapshot);
    expect(withEdits.createWorld).toBe(real.createWorld);
    const withWidgets = await loadEngineWithWidgets();
    expect(withWidgets.resolveLinkTarget).toBe(real.resolveLinkTarget);
    expect(withWidgets.createUiClient).toBe(real.createUiClient);
    expect(withWidgets.runSnippet).toBe(real.runSnippet);
  });

  it('can be retried after a failed load', async () => {
    let calls = 0;
    setEngineLoaderForTests(async () => {
      calls++;
      if (calls === 1) throw new Error('chunk failed');
      return typed;
    });
    await expect(loadEngine()).rejects.toThrow('chunk failed');
    await expect(loadEngine()).resolves.toBe(typed);
  });
});
