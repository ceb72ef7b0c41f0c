import { describe, expect, it, vi } from 'vitest';
import { createTransport } from '../host/connect';
import { runSnippet } from '../host/runSnippet';
import { worldSeeds } from '../scenarios/seeds';
import { createWorld } from '../world/createWorld';

// The on-demand half of the protocol cannot be fetched (a reader who went offline).
vi.mock('../protocol/onDemand', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('an operation whose document cannot load', () => {
  it("the client's request fails with an error that says so; first-Run operations still work", async () => {
    const t = createTransport(createWorld(worldSeeds.docs));
    await expect(t.request('FetchRegistries', { organization: 'acme' })).rejects.toThrow(
      "could not load the request's document",
    );
    expect(await t.request('Viewer')).toMatchObject({ viewer: { username: expect.any(String) } });
  });

  it('the server answers a request for one with an error, not silence', async () => {
    const t = createTransport(createWorld(worldSeeds.docs));
    await expect(t.send('FetchRegistries', 'query FetchRegistries { x }')).rejects.toMatchObject({
      pyType: 'wandb.errors.CommError',
      code: 'internal',
      // the loader's own error, whatever the browser calls it
      message: expect.stringMatching(/\S/),
    });
  });

  it('a run that sends one ends with an error naming what did not load (no hang)', async () => {
    const r = await runSnippet(
      'import wandb\nfor r in wandb.Api().registries(organization="acme"):\n    print(r.name)\n',
      { world: createWorld(worldSeeds.docs) },
    );
    expect(r.ok).toBe(false);
    expect(r.error).toMatchObject({
      type: 'RuntimeError',
      message: expect.stringContaining("could not load the request's document"),
    });
  });
});
