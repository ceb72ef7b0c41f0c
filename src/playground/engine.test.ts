import * as real from 'playground-engine';
import { afterEach, describe, expect, it } from 'vitest';
import { type Engine, loadEngine, setEngineLoaderForTests } from './engine';

// `Engine` is the engine module's own type, so the real module is one.
const typed: Engine = real;

afterEach(() => setEngineLoaderForTests(null));

describe('loadEngine', () => {
  it('loads the real engine with every function the site calls', async () => {
    const engine = await loadEngine();
    for (const name of [
      'createWorld',
      'runSnippet',
      'analyze',
      'parseTargetPath',
      'resolveLinkTarget',
    ] as const) {
      expect(typeof engine[name]).toBe('function');
    }
    expect(typeof engine.World.fromSnapshot).toBe('function');
    expect(Object.keys(engine.worldSeeds)).toContain('docs');
    expect(typed.worldSeeds).toBe(engine.worldSeeds);
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
