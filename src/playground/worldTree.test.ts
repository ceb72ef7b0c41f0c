import { createWorld, runSnippet, worldSeeds } from 'playground-engine';
import { describe, expect, it } from 'vitest';
import { buildWorldTree, pathTo, type TreeNode, ttlText } from './worldTree';

const find = (nodes: TreeNode[], pred: (n: TreeNode) => boolean): TreeNode | undefined => {
  for (const n of nodes) {
    if (pred(n)) return n;
    const below = find(n.children, pred);
    if (below) return below;
  }
  return undefined;
};

function linkedWorld() {
  return createWorld({
    ...worldSeeds.docs,
    artifacts: [
      {
        entity: 'vision-team',
        project: 'quickstart',
        name: 'my-model',
        type: 'model',
        links: [{ registry: 'model', collection: 'best-models', aliases: ['prod'] }],
      },
    ],
  });
}

describe('buildWorldTree', () => {
  it('lays out org → teams and registries for the docs world', () => {
    const tree = buildWorldTree(createWorld(worldSeeds.docs).snapshot());
    const org = tree[0];
    expect(org.kind).toBe('org');
    expect(org.label).toBe('acme');
    const [teams, registries] = org.children;
    expect(teams.children.map((t) => t.label)).toEqual(['nlp-team', 'vision-team']);
    expect(registries.children.map((r) => r.label)).toEqual(
      expect.arrayContaining(['wandb-registry-model', 'wandb-registry-dataset']),
    );
  });

  it('shows a linked version with its source, and the source is in the tree', () => {
    const tree = buildWorldTree(linkedWorld().snapshot());
    const collection = find(tree, (n) => n.kind === 'collection' && n.label === 'best-models')!;
    expect(collection.detail).toBe('type model');
    const [link] = collection.children;
    expect(link.label).toBe('v0');
    expect(link.detail).toContain('prod');
    expect(link.source?.label).toBe('vision-team/quickstart/my-model:v0');
    const source = find(tree, (n) => n.id === link.source?.nodeId)!;
    expect(source.kind).toBe('version');
    // The source sits under team → project → collection, which "jump to" must expand.
    const ancestors = pathTo(tree, source.id)!;
    const labels = ancestors.map((id) => find(tree, (n) => n.id === id)?.label);
    expect(labels).toEqual(['acme', 'Teams', 'vision-team', 'quickstart', 'my-model']);
  });

  it('shows a registry made and edited by code: settings in its detail, members as a group', async () => {
    const world = createWorld(worldSeeds['protected-alias']);
    const r = await runSnippet(
      `import wandb
reg = wandb.Api().create_registry("evals", "restricted", artifact_types=["dataset"])
reg.description = "Held-out sets"
reg.save()
reg.add_members("RW50aXR5OjQ=")
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    const tree = buildWorldTree(world.snapshot());
    const evals = find(tree, (n) => n.kind === 'registry' && n.label === 'wandb-registry-evals')!;
    expect(evals.detail).toBe('restricted · accepts dataset · “Held-out sets”');
    const [members] = evals.children;
    expect(members.label).toBe('Members');
    expect(members.children.map((m) => [m.label, m.detail])).toEqual([
      ['alice', 'admin'],
      ['vision-team', 'team · restricted_viewer'],
    ]);
    const model = find(tree, (n) => n.kind === 'registry' && n.label === 'wandb-registry-model')!;
    expect(model.detail).toBe('accepts model · protected aliases: production');
    // A registry without listed members has no Members group.
    expect(model.children.map((c) => c.label)).not.toContain('Members');
  });

  it('returns an empty tree for something that is not a snapshot', () => {
    expect(buildWorldTree(null)).toEqual([]);
    expect(buildWorldTree({ orgs: 'x' })).toEqual([]);
  });

  it('pathTo is null for an unknown id', () => {
    expect(pathTo(buildWorldTree(createWorld(worldSeeds.docs).snapshot()), 'nope')).toBeNull();
  });

  it('names the runs that used a source version (not on its links)', async () => {
    const world = linkedWorld();
    const r = await runSnippet(
      'import wandb\nwith wandb.init(project="train") as run:\n    run.use_artifact("acme/wandb-registry-model/best-models:v0")\n    print(run.name)\n',
      { world },
    );
    const tree = buildWorldTree(world.snapshot());
    const link = find(tree, (n) => n.source !== undefined)!;
    const source = find(tree, (n) => n.id === link.source?.nodeId)!;
    expect(source.detail).toBe(`aliases: latest · 1 file · used by ${r.stdout.trim()}`);
    expect(link.detail).not.toContain('used by');
  });

  it('counts a version’s files: an incremental version shows the base’s files merged with its own', async () => {
    const world = linkedWorld();
    const r = await runSnippet(
      `import wandb
with open("extra.txt", "w") as f:
    f.write("more")
with wandb.init(project="quickstart") as run:
    art = wandb.Artifact("my-model", "model", incremental=True)
    art.add_file("extra.txt")
    run.log_artifact(art)
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    const tree = buildWorldTree(world.snapshot());
    const versions = find(tree, (n) => n.kind === 'collection' && n.label === 'my-model')!.children;
    expect(versions.map((v) => [v.label, v.detail])).toEqual([
      ['v0', '1 file'],
      ['v1', 'aliases: latest · 2 files'],
    ]);
  });

  it("shows a source version's tags and TTL, logged or saved, and not on its links", async () => {
    const world = linkedWorld();
    const r = await runSnippet(
      `import wandb, datetime
art = wandb.Api().artifact("vision-team/quickstart/my-model:v0")
art.tags = ["baseline"]
art.ttl = datetime.timedelta(days=30)
art.save()
`,
      { world },
    );
    expect(r.error).toBeUndefined();
    const tree = buildWorldTree(world.snapshot());
    const link = find(tree, (n) => n.source !== undefined)!;
    const source = find(tree, (n) => n.id === link.source?.nodeId)!;
    expect(source.detail).toBe('aliases: latest · 1 file · tags: baseline · TTL 30 days');
    expect(link.detail).toBe('aliases: latest, prod');
  });

  it('words a TTL in days when whole, else in seconds; none when it inherits', () => {
    expect(ttlText(86_400)).toBe('TTL 1 day');
    expect(ttlText(90)).toBe('TTL 90 s');
    expect(ttlText(null)).toBe('no TTL');
    expect(ttlText(undefined)).toBe('');
  });
});
