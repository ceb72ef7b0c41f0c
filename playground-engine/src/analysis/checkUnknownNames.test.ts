import { describe, expect, it } from 'vitest';
import { runSnippet } from '../host/runSnippet';
import { applyWorldEdits, createWorld } from '../world';
import { analyze, applyEdits } from './analyze';
import type { Diagnostic } from './types';

const span = (code: string, d: Diagnostic) => code.slice(d.from, d.to);
const worldFixes = (ds: Diagnostic[]) => ds.flatMap((d) => d.fixes ?? []).filter((f) => f.world);

/** A reader's own script: their team and their registry, neither in the docs world. */
const THEIR_SCRIPT = `import wandb

with wandb.init(entity="ml-team", project="detector") as run:
    art = wandb.Artifact("text-detector", type="model")
    with open("w.txt", "w") as f:
        f.write("weights")
    art.add_file("w.txt")
    run.log_artifact(art)
    run.link_artifact(art, "acme/wandb-registry-Text detect registry/detectors")
`;

describe('names the world lacks get a world fix', () => {
  it('wandb.init(entity=...): add the team to the viewer org, with the viewer as a member', () => {
    const code = 'import wandb\nrun = wandb.init(entity="ml-team", project="p")\n';
    const [d] = analyze(code, createWorld());
    expect(d.code).toBe('entity-unknown');
    expect(span(code, d)).toBe('ml-team');
    expect(d.fixes).toEqual([
      {
        title: "Add team 'ml-team' to org 'acme', with you as a member",
        world: [{ kind: 'add-team', org: 'acme', name: 'ml-team' }],
      },
    ]);
  });

  it.each([
    ['os.environ["WANDB_ENTITY"] = "ml-team"', 'ml-team'],
    ['os.environ.setdefault("WANDB_ENTITY", "ml-team")', 'ml-team'],
    ['api = wandb.Api(overrides={"entity": "ml-team"})', 'ml-team'],
    ['a = wandb.Api().artifact("ml-team/p/x:v0")', 'ml-team'],
    ['a = run.use_artifact("ml-team/p/x:latest")', 'ml-team'],
  ])('%s: the entity is reported where it is written', (line, name) => {
    const code = `import os, wandb\nrun = wandb.init()\n${line}\n`;
    const ds = analyze(code, createWorld()).filter((d) => d.code === 'entity-unknown');
    expect(ds.map((d) => span(code, d))).toEqual([name]);
    expect(ds[0].fixes?.[0].world).toEqual([{ kind: 'add-team', org: 'acme', name }]);
  });

  it('follows constants, and leaves known entities, 2-part artifact paths and other env vars alone', () => {
    const code = `import os, wandb
TEAM = "ml-team"
os.environ["WANDB_PROJECT"] = "nope"
run = wandb.init(entity=TEAM)
a = run.use_artifact("p/x:v0")
b = run.use_artifact("vision-team/pretrained/resnet-baseline:v0")
`;
    const ds = analyze(code, createWorld());
    expect(ds.map((d) => [d.code, span(code, d)])).toEqual([['entity-unknown', 'ml-team']]);
    expect(ds[0].from).toBe(code.indexOf('"ml-team"') + 1);
  });

  it('the registry in wandb-registry-X: add it to the path org, accepting the type the snippet logs', () => {
    const d = analyze(THEIR_SCRIPT, createWorld()).find((x) => x.code === 'registry-not-found')!;
    expect(span(THEIR_SCRIPT, d)).toBe('Text detect registry');
    expect(d.fixes).toEqual([
      {
        title: "Add registry 'Text detect registry' to org 'acme', accepting model",
        world: [
          {
            kind: 'add-registry',
            org: 'acme',
            name: 'Text detect registry',
            acceptedTypes: ['model'],
          },
        ],
      },
    ]);
  });

  it('a restricted registry the viewer cannot see: make them a member, not a second registry', () => {
    const code =
      'import wandb\nrun = wandb.init()\nrun.link_artifact(a, "wandb-registry-compliance/c")\n';
    const d = analyze(code, createWorld()).find((x) => x.code === 'registry-not-found')!;
    expect(d.fixes?.map((f) => f.world)).toEqual([
      [{ kind: 'set-registry-role', org: 'acme', registry: 'compliance', role: 'member' }],
    ]);
  });

  it('the org part of a target path: the text fix first, then adding the org', () => {
    const code =
      'import wandb\nrun = wandb.init()\nrun.link_artifact(a, "globex/wandb-registry-model/c")\n';
    const d = analyze(code, createWorld()).find((x) => x.code === 'org-unknown')!;
    expect(d.fixes?.map((f) => f.title)).toEqual([
      "Change to 'acme' (ORG_ENTITY_NAME)",
      "Add org 'globex', with you as a member",
    ]);
    expect(d.fixes?.[1].world).toEqual([{ kind: 'add-org', name: 'globex' }]);
  });

  it('a near miss is a typo: only the text fix, no look-alike team or registry', () => {
    const team = 'import wandb\nrun = wandb.init(entity="vision-taem")\n';
    const [d] = analyze(team, createWorld());
    expect(d.fixes?.map((f) => f.title)).toEqual(["Change to 'vision-team'"]);
    expect(applyEdits(team, d.fixes?.[0].edits ?? [])).toContain('entity="vision-team"');
    const reg =
      'import wandb\nrun = wandb.init()\nrun.link_artifact(a, "wandb-registry-modle/c")\n';
    expect(worldFixes(analyze(reg, createWorld()))).toEqual([]);
  });

  it('placeholders get a text fix to the world value, never a world edit named after them', () => {
    const code =
      'import wandb\nrun = wandb.init(entity="<team-entity>")\na = run.log_artifact("m.txt", type="model")\nrun.link_artifact(a, "<insert-org-name>/wandb-registry-model/c")\n';
    const ds = analyze(code, createWorld());
    expect(ds.map((d) => d.code)).toEqual(['placeholder', 'placeholder']);
    expect(worldFixes(ds)).toEqual([]);
    expect(ds.map((d) => d.fixes?.[0].title)).toEqual([
      "Replace with 'vision-team'",
      "Replace with 'acme'",
    ]);
  });
});

describe('applying the world fixes lets a reader script run', () => {
  it('unknown team and registry: fixes applied, the link completes', async () => {
    const world = createWorld();
    const before = await runSnippet(THEIR_SCRIPT, { world: createWorld() });
    expect(before.error?.message).toBe('entity ml-team not found during upsertBucket');
    const fixes = worldFixes(analyze(THEIR_SCRIPT, world));
    expect(fixes.map((f) => f.title)).toEqual([
      "Add team 'ml-team' to org 'acme', with you as a member",
      "Add registry 'Text detect registry' to org 'acme', accepting model",
    ]);
    applyWorldEdits(
      world,
      fixes.flatMap((f) => f.world ?? []),
    );
    expect(analyze(THEIR_SCRIPT, world)).toEqual([]);
    const after = await runSnippet(THEIR_SCRIPT, { world });
    expect(after.error).toBeUndefined();
    const coll = world.findCollection('acme', 'wandb-registry-Text detect registry', 'detectors');
    expect(coll && world.listMemberships(coll.id).length).toBe(1);
  });

  it('a runtime error caused by a missing name carries the same world fix in its hint', async () => {
    const code = 'import wandb\nrun = wandb.init(entity="ml-team", project="p")\n';
    const r = await runSnippet(code, { world: createWorld() });
    expect(r.error?.hint?.fix).toEqual(analyze(code, createWorld())[0].fixes?.[0]);
    const reg = `import wandb
run = wandb.init(entity="vision-team")
art = wandb.Artifact("m", type="model")
run.log_artifact(art)
run.link_artifact(art, "wandb-registry-Text detect/c")
`;
    const r2 = await runSnippet(reg, { world: createWorld() });
    expect(r2.error?.message).toBe(
      "project 'wandb-registry-Text detect' not found under entity 'acme'",
    );
    expect(r2.error?.hint?.docs).toBe('/docs/troubleshooting#registry-not-found');
    expect(r2.error?.hint?.fix?.world).toEqual([
      { kind: 'add-registry', org: 'acme', name: 'Text detect' },
    ]);
  });
});

describe('arguments are bound by the signatures the Python binding uses (python/wandb/signatures)', () => {
  it('a positional entity in wandb.init("ml-team") is checked as init binds it', () => {
    const code = 'import wandb\nrun = wandb.init("ml-team", "p")\n';
    const [d] = analyze(code, createWorld());
    expect(d?.code).toBe('entity-unknown');
    expect(span(code, d)).toBe('ml-team');
  });

  it('a positional overrides dict in wandb.Api({...}) is checked', () => {
    const code = 'import wandb\napi = wandb.Api({"entity": "ml-team"})\n';
    const [d] = analyze(code, createWorld());
    expect(d?.code).toBe('entity-unknown');
  });
});
