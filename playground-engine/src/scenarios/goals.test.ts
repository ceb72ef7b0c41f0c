// The goal checks judge the world, not the code: other code that reaches the same world
// passes, and a near miss is named precisely.
import { describe, expect, it } from 'vitest';
import type { WorldSeed } from '../world/types';
import { createWorld } from '../world/createWorld';
import { linkGoal } from './goals';
import { attemptScenario, getScenario } from './index';
import { registryLinks } from './links';
import { worldSeeds } from './seeds';

const logAndLink = (opts: { entity?: string; name?: string; link: string }) => `import wandb

with wandb.init(${opts.entity ? `entity="${opts.entity}", ` : ''}project="p") as run:
    with open("m.txt", "w") as f:
        f.write("weights")
    artifact = wandb.Artifact("${opts.name ?? 'm'}", type="model")
    artifact.add_file("m.txt")
    logged = run.log_artifact(artifact)
    ${opts.link}
`;

describe('linkGoal', () => {
  it('accepts different code that leaves the same world (artifact.link instead of run.link_artifact)', async () => {
    const code = logAndLink({
      entity: 'vision-team',
      link: 'logged.link("wandb-registry-model/churn")',
    });
    const { verdict } = await attemptScenario('personal-entity', code);
    expect(verdict).toEqual({ ok: true });
  });

  it('names the registry it landed in when it is the wrong one', async () => {
    const code = logAndLink({
      entity: 'vision-team',
      link: 'run.link_artifact(logged, "wandb-registry-model/eval-scores")',
    });
    const { verdict } = await attemptScenario('type-not-accepted', code);
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toBe(
      "A version was linked, but into 'eval-scores' in the 'model' registry of acme, not into the 'benchmarks' registry.",
    );
  });

  it('names the collection when the version went into a new one instead of the existing one', async () => {
    const code = logAndLink({
      entity: 'vision-team',
      link: 'run.link_artifact(logged, "acme/wandb-registry-model/sentiment")',
    });
    const { verdict } = await attemptScenario('confirm-exact-path', code);
    expect(verdict.reason).toBe(
      "A version was linked into the 'model' registry, but into the collection 'sentiment', not 'sentiment-classifier'.",
    );
  });

  it('says when the right place was reached without the extra condition (no release alias)', async () => {
    const code = logAndLink({
      entity: 'vision-team',
      link: 'run.link_artifact(logged, "wandb-registry-model/tagger")',
    });
    const { verdict } = await attemptScenario('alias-characters', code);
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toContain('only with the aliases [latest]');
  });

  it('says "linked, but from a personal entity" when the source is personal', () => {
    // Only a seed can hold such a link: the simulated server refuses to make one.
    const seed: WorldSeed = {
      ...structuredClone(worldSeeds['personal-entity']),
      artifacts: [
        {
          entity: 'alice',
          project: 'churn',
          name: 'churn-model',
          type: 'model',
          links: [{ org: 'acme', registry: 'model', collection: 'churn-model' }],
        },
      ],
    };
    const world = createWorld(seed);
    expect(registryLinks(world)[0].source).toMatchObject({ entity: 'alice', entityKind: 'user' });
    const verdict = linkGoal({ registry: 'model' })(world, {
      ok: true,
      stdout: '',
      stderr: '',
      output: [],
      exitCode: 0,
      requests: [],
      files: [],
    });
    expect(verdict.reason).toBe(
      "The artifact was linked, but from a personal entity ('alice'): log it from a team entity.",
    );
  });
});

describe('org-name-collision: what each name does as the prefix', () => {
  const attempt = (prefix: string) =>
    attemptScenario(
      'org-name-collision',
      logAndLink({
        entity: 'reviewco',
        link: `print(run.link_artifact(logged, "${prefix}/wandb-registry-model/review-classifier").entity)`,
      }),
    );

  it('the display name works and the link lives under the suffixed ORG_ENTITY_NAME', async () => {
    const { result, verdict } = await attempt('reviewco');
    expect(verdict.ok).toBe(true);
    expect(result.stdout).toMatch(/^reviewco_[0-9A-Z]+\n$/);
  });

  it("the organization's own ORG_ENTITY_NAME works; an example's suffix does not", async () => {
    const entityName = createWorld(getScenario('org-name-collision').seed).getOrg(
      'reviewco',
    )!.entityName;
    expect(entityName).not.toBe('reviewco');
    expect((await attempt(entityName)).verdict.ok).toBe(true);
    const wrong = await attempt('reviewco_XYZ123456');
    expect(wrong.result.error?.message).toBe("Unable to find organization for entity 'reviewco'.");
  });
});
