import { describe, expect, it } from 'vitest';
import { worldSeeds } from '../scenarios/seeds';
import { createWorld } from '../world/createWorld';
import { resolveLinkTarget } from './resolveLinkTarget';

describe('resolveLinkTarget', () => {
  it('resolves the recommended form from a team source', () => {
    const r = resolveLinkTarget('wandb-registry-model/my-collection', {
      world: createWorld(),
      sourceEntity: 'vision-team',
    });
    expect(r).toMatchObject({
      ok: true,
      entity: 'acme',
      project: 'wandb-registry-model',
      collection: 'my-collection',
      isRegistry: true,
      registry: 'model',
      orgDisplayName: 'acme',
      orgEntityName: 'acme',
    });
    expect(r.steps.length).toBeGreaterThan(2);
  });

  it('a team name as the org fails with CommError from org resolution', () => {
    const r = resolveLinkTarget('vision-team/wandb-registry-model/c', {
      world: createWorld(worldSeeds['team-name-as-org']),
      sourceEntity: 'vision-team',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.pyType).toBe('wandb.errors.CommError');
      expect(r.error.message).toBe("Unable to find organization for entity 'vision-team'.");
    }
  });

  it('a 4-part path is a plain ValueError via run, CommError via artifact', () => {
    const world = createWorld();
    const viaRun = resolveLinkTarget('a/b/c/d', { world, sourceEntity: 'vision-team', via: 'run' });
    const viaArt = resolveLinkTarget('a/b/c/d', { world, sourceEntity: 'vision-team' });
    expect(!viaRun.ok && viaRun.error.pyType).toBe('ValueError');
    expect(!viaArt.ok && viaArt.error.pyType).toBe('wandb.errors.CommError');
    expect(!viaArt.ok && viaArt.error.message).toBe("Invalid artifact path: 'a/b/c/d'");
  });

  it('uses WANDB_ORGANIZATION when the path has no prefix', () => {
    const world = createWorld(worldSeeds['multiple-orgs']);
    const without = resolveLinkTarget('wandb-registry-model/c', {
      world,
      sourceEntity: 'research',
    });
    expect(without.ok && without.orgEntityName).toBe('globex');
    const personal = resolveLinkTarget('wandb-registry-model/c', {
      world,
      sourceEntity: 'alice',
      env: { WANDB_ORGANIZATION: 'acme' },
    });
    // Org resolution passes; the server then refuses the personal source.
    expect(!personal.ok && personal.error.message).toBe(
      "linking is only allowed within the same team or to a collection in your organization's registry",
    );
  });

  it('non-registry defaults differ between run and artifact', () => {
    const world = createWorld();
    const viaRun = resolveLinkTarget('portfolio', {
      world,
      sourceEntity: 'vision-team',
      via: 'run',
      runEntity: 'vision-team',
      runProject: 'training',
    });
    expect(viaRun.ok && `${viaRun.entity}/${viaRun.project}`).toBe('vision-team/training');
    const viaArt = resolveLinkTarget('portfolio', { world, sourceEntity: 'vision-team' });
    expect(viaArt.ok && `${viaArt.entity}/${viaArt.project}`).toBe('vision-team/uncategorized');
  });

  it('reports the server refusal for a missing registry and a rejected type', () => {
    const world = createWorld(worldSeeds['type-not-accepted']);
    const missing = resolveLinkTarget('wandb-registry-models/c', {
      world,
      sourceEntity: 'vision-team',
    });
    expect(!missing.ok && missing.error.message).toBe(
      "project 'wandb-registry-models' not found under entity 'acme'",
    );
    const wrongType = resolveLinkTarget('wandb-registry-benchmarks/c', {
      world,
      sourceEntity: 'vision-team',
      artifactType: 'model',
    });
    expect(!wrongType.ok && wrongType.error.pyType).toBe('wandb.errors.CommError');
  });

  it('does not change the world', () => {
    const world = createWorld();
    const before = JSON.stringify(world.snapshot());
    resolveLinkTarget('wandb-registry-model/new', { world, sourceEntity: 'vision-team' });
    expect(JSON.stringify(world.snapshot())).toBe(before);
  });
});
