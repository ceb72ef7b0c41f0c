// On a logged version (artifact.py url, source_artifact, collection, source_collection, ttl,
// logged_by, new_draft) and api.run(path) (api.py Api.run, public/runs.py Run), through
// runSnippet.

import { describe, expect, it } from 'vitest';
import { runSnippet } from '../../host/runSnippet';
import { worldSeeds } from '../../scenarios/seeds';
import { createWorld } from '../../world';

const run = (code: string) =>
  runSnippet(code, { world: createWorld(worldSeeds.docs), files: { 'm.txt': 'x' } });
const LINK = `import wandb
api = wandb.Api()
link = api.artifact("acme/wandb-registry-model/image-classifier:latest")
`;
const LOG = `import wandb
api = wandb.Api()
with wandb.init(project="p", config={"lr": 0.1}) as run:
    run.log_artifact("m.txt", name="clf", type="model")
    rid = run.id
art = api.artifact("vision-team/p/clf:latest")
`;

describe('url (0.28.x)', () => {
  it("a registry link's membership view, a source version's artifact page", async () => {
    const r = await run(`${LINK}print(link.url)\nprint(link.source_artifact.url)\n`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      'https://wandb.ai/orgs/acme/registry/model?selectionPath=acme%2Fwandb-registry-model%2Fimage-classifier&view=membership&version=v0\n' +
        'https://wandb.ai/vision-team/pretrained/artifacts/model/resnet-baseline/v0\n',
    );
  });

  it('a draft raises ArtifactNotLoggedError naming Artifact.url', async () => {
    const r = await run('import wandb\nwandb.Artifact("clf", "model").url\n');
    expect(r.error?.type).toBe('wandb.sdk.artifacts.exceptions.ArtifactNotLoggedError');
    expect(r.error?.message).toContain('Artifact.url');
  });
});

describe('source_artifact, collection, source_collection, ttl', () => {
  it('a link leads to its source; a source is its own source_artifact', async () => {
    const r = await run(`${LINK}src = link.source_artifact
print(src.name, src.is_link, src.source_artifact is src)
print(link.collection, link.source_collection)
print(link.ttl)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      'resnet-baseline:v0 False True\n<ArtifactCollection image-classifier (model)> <ArtifactCollection resnet-baseline (model)>\nNone\n',
    );
    expect(r.requests.map((e) => e.operationName)).toContain('ProjectArtifactCollection');
  });
});

describe('logged_by() and api.run(path)', () => {
  it('logged_by() is the public Run that logged the version, with its state and config', async () => {
    const r = await run(`${LOG}by = art.logged_by()
print(by.id == rid, by.state, by.config, by)
same = api.run(f"vision-team/p/{rid}")
print(same.name == by.name, same.path == ["vision-team", "p", rid])
print(api.run(f"vision-team/p/runs/{rid}").id == rid)
`);
    expect(r.error).toBeUndefined();
    const [first, second, third] = r.stdout.split('\n');
    expect(first).toMatch(/^True finished \{'lr': 0\.1\} <Run vision-team\/p\/\w+ \(finished\)>$/);
    expect(second).toBe('True True');
    expect(third).toBe('True');
    expect(r.requests.map((e) => e.operationName)).toContain('ArtifactCreatedBy');
    expect(r.requests.map((e) => e.operationName)).toContain('Run');
  });

  it('a missing run is CommError wrapping RunNotFoundError; a path without a project is a ValueError text', async () => {
    const r = await run(`${LINK}for p in ["vision-team/p/nope", ""]:
    try:
        api.run(p)
    except wandb.errors.CommError as e:
        print(e)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "Could not find run <Run vision-team/p/nope (not found)>\nInvalid path: '' (missing project)\n",
    );
  });
});

describe('new_draft()', () => {
  it('a draft of the source collection with the same files; logging it with no change dedups', async () => {
    const r = await run(`${LOG}d = art.new_draft()
print(d.name, d.is_draft(), d.type)
with wandb.init(project="p", settings=wandb.Settings(silent=True)) as run:
    run.log_artifact(d)
print(d.wait().version)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('clf True model\nv0\n');
  });

  it("shares the version's metadata dict (artifact._metadata = self.metadata) until either is reassigned or the draft is logged", async () => {
    const r = await run(`import wandb
with wandb.init(project="p", settings=wandb.Settings(silent=True)) as run:
    a = wandb.Artifact("clf", "model", description="d", metadata={"k": 1})
    a.add_file("m.txt")
    run.log_artifact(a)
v = wandb.Api().artifact("vision-team/p/clf:latest")
d = v.new_draft()
print(d.metadata is v.metadata, d.description)
d.metadata["from_draft"] = 2
v.metadata["from_version"] = 3
print(v.metadata, d.metadata)
with wandb.init(project="p", settings=wandb.Settings(silent=True)) as run:
    run.log_artifact(d)
d.metadata["after_log"] = 4
print(d.metadata is v.metadata, "after_log" in v.metadata)
d2 = v.new_draft()
d2.metadata = {"own": 1}
print(v.metadata, d2.metadata)
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(
      "True d\n{'k': 1, 'from_draft': 2, 'from_version': 3} {'k': 1, 'from_draft': 2, 'from_version': 3}\n" +
        'False False\n' +
        "{'k': 1, 'from_draft': 2, 'from_version': 3} {'own': 1}\n",
    );
  });
});

describe('run.logged_artifacts() (public Run)', () => {
  it('lists the versions the run logged, named sequence:vN; a dedup hit is not a new one', async () => {
    const r = await run(`${LOG}by = api.run(f"vision-team/p/{rid}")
print([a.name for a in by.logged_artifacts()])
print([a.name for a in art.logged_by().logged_artifacts()])
`);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("['clf:v0']\n['clf:v0']\n");
    expect(r.requests.map((e) => e.operationName)).toContain('RunOutputArtifacts');
  });
});
