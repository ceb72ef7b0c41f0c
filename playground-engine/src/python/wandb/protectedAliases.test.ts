// Protected aliases in a registry (a registry setting of the web app; facts §2: Admin-only, and
// Members cannot unlink a protected version). The SDK rewords alias and unlink refusals
// itself (artifact.py _add_aliases, _delete_aliases, _unlink); a link's refusal is the server's.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import type { World } from '../../world/world';
import { coreFooter } from './testSnippets';

const world = (viewer = 'alice') => {
  const w = createWorld(worldSeeds['protected-alias']);
  w.viewer = viewer;
  return w;
};
const run = (code: string, w: World = world()) => runSnippet(code, { world: w });

const LOG = `import wandb
run = wandb.init(entity="vision-team", project="detector")
with open("w.txt", "w") as f:
    f.write("weights")
art = run.log_artifact("w.txt", name="detector", type="model")
`;

describe('protected aliases (rules/server/registryRules.ts)', () => {
  it('a member cannot link with a protected alias: the server refuses the whole link', async () => {
    const w = world();
    const r = await run(
      `${LOG}run.link_artifact(art, "acme/wandb-registry-model/detector", aliases=["production"])\n`,
      w,
    );
    expect(r.error?.type).toBe('wandb.errors.errors.CommError');
    expect(r.error?.message).toBe(
      "only admins of registry 'model' may add or remove its protected aliases: 'production'",
    );
    expect(r.error?.code).toBe('protected-alias');
    expect(r.error?.hint?.docs).toBe('/docs/troubleshooting#protected-alias');
    expect(w.findCollection('acme', 'wandb-registry-model', 'detector')).toBeUndefined();
  });

  it('a member links with another alias; adding the protected one later is the SDK\'s "permission to add"', async () => {
    const w = world();
    const r = await run(
      `${LOG}link = run.link_artifact(art, "acme/wandb-registry-model/detector", aliases=["candidate"])
print(link.aliases)
link.aliases.append("production")
link.save()
`,
      w,
    );
    expect(r.stdout).toBe(
      "['latest', 'candidate']\n" +
        coreFooter('jolly-summit-17', 'vision-team/detector', 'f3d895lq', '20250115_120017'),
    );
    expect(r.error?.type).toBe('wandb.errors.errors.CommError');
    expect(r.error?.message).toBe(
      "You do not have permission to add the following alias to this artifact: {'production'}",
    );
    expect(r.error?.code).toBe('protected-alias');
  });

  it('an admin sets it; a member then can neither remove it nor unlink that version', async () => {
    const w = world('bob');
    const admin = await run(
      `${LOG}link = run.link_artifact(art, "acme/wandb-registry-model/detector", aliases=["production"])
print(link.aliases)
`,
      w,
    );
    expect(admin.error).toBeUndefined();
    expect(admin.stdout).toBe(
      "['latest', 'production']\n" +
        coreFooter('jolly-summit-17', 'vision-team/detector', 'f3d895lq', '20250115_120017'),
    );
    w.viewer = 'alice';
    const remove = await run(
      `import wandb
v = wandb.Api().artifact("acme/wandb-registry-model/detector:production")
v.aliases.remove("production")
v.save()
`,
      w,
    );
    expect(remove.error?.message).toBe(
      "You do not have permission to delete the following alias from this artifact: {'production'}",
    );
    expect(remove.error?.code).toBe('protected-alias');
    const unlink = await run(
      'import wandb\nwandb.Api().artifact("acme/wandb-registry-model/detector:production").unlink()\n',
      w,
    );
    expect(unlink.error?.message).toBe(
      "You do not have permission to unlink the artifact 'acme/wandb-registry-model/detector:production'",
    );
    expect(unlink.error?.code).toBe('protected-alias');
    expect(
      w.findMembership(
        w.findCollection('acme', 'wandb-registry-model', 'detector')!.id,
        'production',
      ),
    ).toBeDefined();
  });

  it('other registries and other aliases are not affected', async () => {
    const r = await run(
      `${LOG}run.link_artifact(art, "acme/wandb-registry-model/detector", aliases=["staging"])
print("ok")
`,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      `ok\n${coreFooter('jolly-summit-17', 'vision-team/detector', 'f3d895lq', '20250115_120017')}`,
    );
  });
});
