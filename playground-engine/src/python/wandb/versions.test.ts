// Version-dependent SDK behaviour through Python: each test names the version range it pins
// (sdk/versions.ts has the thresholds and the tagged sources they come from).

import { describe, expect, it } from 'vitest';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';
import { runSnippet } from '../../host/runSnippet';
import { termProblems } from './termProblems';

const run = (code: string, sdkVersion: string | undefined, seed = 'docs') =>
  runSnippet(code, { world: createWorld(worldSeeds[seed]), sdkVersion, files: { 'm.txt': 'x' } });

const linkTo = (target: string, init = 'project="p"') => `import wandb
with wandb.init(${init}) as run:
    art = run.log_artifact("m.txt", name="clf", type="model")
    linked = run.link_artifact(art, "${target}")
    print(linked if linked is None else linked.qualified_name)
`;

describe('wandb.__version__', () => {
  it('follows the world, or the run option', async () => {
    expect((await run('import wandb\nprint(wandb.__version__)\n', undefined)).stdout).toBe(
      '0.28.2\n',
    );
    expect((await run('import wandb\nprint(wandb.__version__)\n', '0.20.0')).stdout).toBe(
      '0.20.0\n',
    );
  });

  it('a bad version is a ValueError naming it and the form expected', async () => {
    const r = await run('print(1)\n', 'latest');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(`sdkVersion "latest" is not a wandb version like '0.28.2'`);
  });
});

describe('run.link_artifact return value', () => {
  it('0.21.2 and later: the linked artifact; errors raise', async () => {
    const r = await run(linkTo('wandb-registry-model/c'), '0.21.2');
    expect(r.stdout).toBe('acme/wandb-registry-model/c:v0\n');
  });

  it('0.18.4 – 0.19.10: None even on success', async () => {
    const r = await run(linkTo('wandb-registry-model/c'), '0.19.0');
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('None\n');
    expect(r.requests.map((e) => e.operationName)).toContain('LinkArtifact');
  });

  it('0.19.11 – 0.20.x: the link, re-fetched by name after linking', async () => {
    const r = await run(linkTo('wandb-registry-model/c'), '0.20.0');
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('acme/wandb-registry-model/c:v0\n');
  });
});

describe('Go linker errors (0.18.4 – 0.20.x): printed with termerror, the call returns None', () => {
  const wrongOrg = linkTo('vision-team/wandb-registry-model/c');

  it('0.19.10 – 0.20.x: lower-cased, %q', async () => {
    const r = await run(wrongOrg, '0.20.1');
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('None\n');
    expect(termProblems(r.stderr)).toBe(
      'wandb: ERROR artifact belongs to the organization "acme" and cannot be linked/fetched with "vision-team". Please update the target path with the correct organization name\n',
    );
  });

  it('0.18.6 – 0.19.9: capitalised, %q, with a final period', async () => {
    const r = await run(wrongOrg, '0.19.9');
    expect(termProblems(r.stderr)).toBe(
      'wandb: ERROR Artifact belongs to the organization "acme" and cannot be linked/fetched with "vision-team". Please update the target path with the correct organization name.\n',
    );
  });

  it('0.18.4 – 0.18.5: capitalised, unquoted, with a final period', async () => {
    const r = await run(wrongOrg, '0.18.5');
    expect(termProblems(r.stderr)).toBe(
      'wandb: ERROR Artifact belongs to the organization acme and cannot be linked/fetched with vision-team. Please update the target path with the correct organization name.\n',
    );
  });

  it('0.19.10 – 0.20.x: a personal source entity has no org to resolve', async () => {
    const r = await run(linkTo('wandb-registry-model/c'), '0.20.0', 'personal-entity');
    expect(r.stdout).toBe('None\n');
    expect(termProblems(r.stderr)).toBe(
      "wandb: ERROR unable to resolve an organization associated with the entity: alice that is initialized in the API or Run settings. This could be because alice is a personal entity or the team entity doesn't exist. Please re-initialize the API or Run with a team entity using wandb.Api(overrides={'entity': '<my_team_entity>'}) or wandb.init(entity='<my_team_entity>')\n",
    );
  });

  it("0.18.4 – 0.20.x: a four-part path is the old parser's ValueError", async () => {
    const r = await run(linkTo('a/b/c/d'), '0.20.0');
    expect(r.error?.type).toBe('ValueError');
    expect(r.error?.message).toBe(
      'Invalid path: must be str the form {item}, {project}/{item}, or {entity}/{project}/{item}',
    );
  });
});

describe('finish() of a run already finished', () => {
  const code = `import wandb
r1 = wandb.init(project="p", settings=wandb.Settings(silent=True))
r1.finish()
r2 = wandb.init(project="p", settings=wandb.Settings(silent=True))
r1.finish()
print(wandb.run is r2, wandb.run is None)
r3 = wandb.init(project="p", settings=wandb.Settings(silent=True))
print(r3 is r2)
`;
  it('0.18.x – 0.19.9: unsets wandb.run (module.unset_globals in the finally of _finish), so the next init starts another run', async () => {
    const r = await run(code, '0.19.9');
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['False True', 'False']);
  });

  it('0.19.10 and later: returns at once (_is_finished); wandb.run stays the active run', async () => {
    const r = await run(code, '0.19.10');
    expect(r.error).toBeUndefined();
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['True False', 'True']);
  });
});

describe('Artifact.link() on a draft', () => {
  const code = `import wandb
art = wandb.Artifact("clf", "model")
art.add_file("m.txt")
print(art.link("wandb-registry-model/c").qualified_name)
`;
  it('0.21.0 – 0.22.x: CommError "Client not initialized for artifact mutations"', async () => {
    const r = await run(code, '0.22.1');
    expect(r.error?.type).toBe('wandb.errors.errors.CommError');
    expect(r.error?.message).toBe('Client not initialized for artifact mutations');
  });

  it('0.23.0 and later: the draft is logged first, then linked', async () => {
    const r = await run(code, '0.23.0');
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('acme/wandb-registry-model/c:v0\n');
  });
});

describe('Artifact.link() before 0.21.0: run.link_artifact through the active run or a silent auto run', () => {
  const draft = (tail: string) => `import wandb
art = wandb.Artifact("clf", "model")
art.add_file("m.txt")
${tail}`;

  it('0.19.11 – 0.20.x: a draft without a run is logged and linked by an auto run; the link is returned', async () => {
    const r = await run(
      draft('print(art.link("wandb-registry-model/c").qualified_name)\n'),
      '0.20.0',
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('acme/wandb-registry-model/c:v0\n');
    // The auto run is silent (Settings(silent="true")): no header or footer lines.
    expect(r.stderr).toBe('');
    const ops = r.requests.map((e) => e.operationName);
    expect(ops.filter((o) => o === 'UpsertBucket').length).toBeGreaterThan(0);
    expect(ops).toContain('LinkArtifact');
  });

  it('0.18.4 – 0.19.10: None, through the active run; a link of a link does not warn yet', async () => {
    const r = await run(
      draft(`with wandb.init(project="p") as run:
    print(art.link("wandb-registry-model/c"))
linked = wandb.Api().artifact("acme/wandb-registry-model/c:v0")
print(linked.link("wandb-registry-model/d"))
`),
      '0.19.0',
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('None\nNone\n');
    expect(r.stderr).not.toContain('Linking to a link artifact');
  });

  it('0.19.10 – 0.20.x: the run is most_recent_active_run, a reinit="create_new" run that is not wandb.run', async () => {
    const r = await run(
      `import wandb
r1 = wandb.init(project="p1", settings=wandb.Settings(silent=True))
r2 = wandb.init(project="p2", reinit="create_new", settings=wandb.Settings(silent=True))
for name in ("a", "b"):
    art = wandb.Artifact(name, "model")
    art.add_file("m.txt")
    art.link(f"wandb-registry-model/{name}")
    r2.finish()
print(wandb.run is r1)
api = wandb.Api()
print([api.artifact(f"acme/wandb-registry-model/{n}:v0").source_qualified_name for n in "ab"])
`,
      '0.20.0',
    );
    expect(r.error).toBeUndefined();
    // "a" is logged by r2 (the newest active run), "b", after r2 finished, by r1.
    expect(r.stdout).toBe("True\n['vision-team/p2/a:v0', 'vision-team/p1/b:v0']\n");
  });

  it('0.19.11 – 0.20.x: a link of a link warns first', async () => {
    const r = await run(
      draft(`with wandb.init(project="p") as run:
    art.link("wandb-registry-model/c")
linked = wandb.Api().artifact("acme/wandb-registry-model/c:v0")
print(linked.link("wandb-registry-model/d").qualified_name)
`),
      '0.20.0',
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('acme/wandb-registry-model/d:v0\n');
    expect(r.stderr).toContain(
      'wandb: WARNING Linking to a link artifact will result in directly linking to the source artifact of that link artifact.',
    );
  });
});
